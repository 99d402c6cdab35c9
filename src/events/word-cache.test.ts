import { describe, expect, it } from 'vitest';
import { WordCache } from './word-cache.js';
import { maybeIn, wordBits } from './word-bits.js';
import { wordHash } from './doc-words.js';

describe('WordCache', () => {
  it('keeps a value per word and tells clashing words apart', () => {
    const cache = new WordCache<number>(8);
    cache.set('sanctions', wordHash('sanctions'), 1);
    expect(cache.get('sanctions', wordHash('sanctions'))).toBe(1);
    // same slot, other word: a miss, never the other word's value
    expect(cache.get('talks', wordHash('sanctions'))).toBeUndefined();
  });

  it('refuses a size that is no power of two', () => {
    expect(() => new WordCache(100)).toThrow(/power of two/);
  });
});

describe('wordBits', () => {
  it('never rules out a listed word', () => {
    const list = ['he', 'she', 'they', 'it', 'his', 'their'];
    const bits = wordBits(list);
    for (const w of list) expect(maybeIn(bits, wordHash(w))).toBe(true);
  });
});
