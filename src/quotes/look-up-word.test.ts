// The word table answers as a Set of lowercased words would: any case, no slicing, and the two letters
// outside ASCII that lowercase into ASCII handled the slow way.
import { describe, expect, it } from 'vitest';
import { charCodes } from '../doc/char-codes.js';
import { F, WORDS, idOf, keyOf, keyOfCodes, lookUpCodes, lookUpLowered, lookUpWord, needsLowering, wordFacts } from './look-up-word.js';

const look = (text: string, s = 0, e = text.length) => lookUpWord(text, s, e, keyOf(text, s, e));

describe('lookUpWord', () => {
  it.each([
    ['said', 'said'], ['Said', 'said'], ['SAID', 'said'], ['According', 'according'], ['the', 'the'], ['A', 'a'],
  ])('finds %s as "%s"', (text, word) => {
    expect(look(text)).toBe(idOf(word));
    expect(lookUpLowered(text, 0, text.length)).toBe(idOf(word));
  });

  it.each(['Tillerson', 'sai', 'saidx', 'sa1d', 'x', '’'])('has no %s', (text) => {
    expect(look(text)).toBe(-1);
  });

  it('reads the word inside a text', () => {
    const text = 'Mr Smith SAID it.';
    expect(look(text, 9, 13)).toBe(idOf('said'));
  });

  it('knows what a word is', () => {
    expect(wordFacts[idOf('said')] & F.CueFirst).toBeTruthy();
    expect(wordFacts[idOf('the')] & F.Determiner).toBeTruthy();
    expect(wordFacts[idOf('the')] & F.CueFirst).toBeFalsy();
  });

  it('needs lowering exactly for the letters outside ASCII that lowercase into table letters', () => {
    const letters = new Set(WORDS.join(''));
    const missed: number[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      const lower = ch.toLowerCase();
      if (lower !== ch && [...lower].some((x) => letters.has(x)) && !needsLowering(`a${ch}b`)) missed.push(c);
    }
    expect(missed).toEqual([]);
    // "asK" with a KELVIN SIGN is "ask"
    expect(lookUpLowered('as\u212a', 0, 3)).toBe(idOf('ask'));
    expect(needsLowering('plain text')).toBe(false);
  });
});

describe('lookUpCodes', () => {
  // The token pass looks words up from code units: it must find what lookUpWord finds in the string.
  it.each([['He SAID so.', 3, 7], ['“According to', 1, 10], ['the', 0, 3], ['Tillerson said', 0, 9], ['sai', 0, 3], ['Émile', 0, 5], ['x', 0, 1]])('finds %j [%i, %i) as lookUpWord', (text, s, e) => {
    const codes = charCodes(text);
    expect(lookUpCodes(codes, s, e, keyOfCodes(codes, s, e))).toBe(lookUpWord(text, s, e, keyOf(text, s, e)));
  });
});

describe('keyOfCodes', () => {
  // The token pass keys words from code units; the table was keyed from strings: the two must agree.
  it.each([['He said so.', 3, 7], ['A', 0, 1], ['“Ça va,” Émile told', 14, 18], ['x', 0, 1]])('keys %j [%i, %i) as keyOf', (text, s, e) => {
    expect(keyOfCodes(charCodes(text), s, e)).toBe(keyOf(text, s, e));
  });
});
