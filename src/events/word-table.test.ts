import { describe, expect, it } from 'vitest';
import { WordTable, wordHash } from './word-table.js';

const table = (size?: number) => new WordTable((word) => ({ word, cues: word.length }), size);

describe('WordTable', () => {
  it('finds a word in the text, folded in place, and stores it once', () => {
    const t = table();
    const text = 'Russia’s RUSSIA russia sanctions';
    const a = t.slotOfSpan(text, 9, 15, wordHash('russia'));
    expect(t.wordAt(a)).toBe('russia');
    expect(t.slotOfSpan(text, 16, 22, wordHash('russia'))).toBe(a);
    expect(t.slotOf('russia', wordHash('russia'))).toBe(a);
    // the curly apostrophe folds to a straight one
    expect(t.wordAt(t.slotOfSpan(text, 6, 8, wordHash("'s")))).toBe("'s");
    // a long word is compared from its string
    expect(t.wordAt(t.slotOfSpan(text, 23, 32, wordHash('sanctions')))).toBe('sanctions');
    expect(t.cuesAt(t.slotOf('sanctions', wordHash('sanctions')))).toBe(9);
  });

  it('finds a short word by its packed, folded code units, and only a word it holds', () => {
    const t = table();
    const a = t.slotOf('talks', wordHash('talks'));
    // "Talks": t a | l k | s, folded, two code units to an int
    const pack = (x: string, i: number) => (x.charCodeAt(i) || 0) | ((x.charCodeAt(i + 1) || 0) << 16);
    const pairs = (x: string) => [0, 2, 4, 6, 8].map((i) => pack(x, i)) as [number, number, number, number, number];
    expect(t.slotOfPairs(wordHash('talks'), 5, ...pairs('talks'))).toBe(a);
    // the same hash and length, other characters: not found
    expect(t.slotOfPairs(wordHash('talks'), 5, ...pairs('tales'))).toBe(-1);
    expect(t.slotOfPairs(wordHash('visit'), 5, ...pairs('visit'))).toBe(-1);
  });

  it('keeps each word as it came, whatever it looks like', () => {
    const t = table();
    for (const w of ['2017', '__proto__', 'constructor', 'said', '1.5', '']) expect(t.wordAt(t.slotOf(w, wordHash(w)))).toBe(w);
  });

  it('tells apart words that share a hash', () => {
    const t = table();
    const a = t.slotOf('talks', 42), b = t.slotOf('visit', 42);
    expect(a).not.toBe(b);
    expect(t.slotOfSpan('talks', 0, 5, 42)).toBe(a);
    expect(t.wordAt(t.slotOfSpan('visit', 0, 5, 42))).toBe('visit');
  });

  it('when half full keeps the words met again and forgets the rest, still answering right', () => {
    const t = table(8);
    const at = (w: string) => t.wordAt(t.slotOf(w, wordHash(w)));
    for (const w of ['the', 'said', 'tillerson', 'lavrov']) expect(at(w)).toBe(w);
    expect(at('said')).toBe('said');
    // half full: "said", met again, stays; the others go
    expect(at('moscow')).toBe('moscow');
    expect(t.size).toBe(2);
    // a forgotten word comes back with the same facts
    expect(t.cuesAt(t.slotOf('lavrov', wordHash('lavrov')))).toBe(6);
    for (const w of ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff']) expect(at(w)).toBe(w);
  });

  it('refuses a size that is no power of two', () => {
    expect(() => table(100)).toThrow(/power of two/);
  });
});
