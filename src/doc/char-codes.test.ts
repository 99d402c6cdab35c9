import { describe, expect, it } from 'vitest';
import { charCodes } from './char-codes.js';

const units = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('charCodes', () => {
  // One row per text, asked in turn: each answer holds that text's units, not the last one's.
  it.each([
    ['Mr. Smith said “no.”'],
    ['Café ‘déjà vu’ 😀'],
    // a lone surrogate is kept as it is, not replaced
    ['a\ud800b\udc00'],
    ['The senator left. '.repeat(2000)],
    [''],
  ])('%#', (text) => {
    const codes = charCodes(text);
    expect(Array.from(codes)).toEqual(units(text));
    expect(codes[text.length]).toBeUndefined();
  });

  it('gives the same view when asked twice about one text', () => {
    const text = 'Officials said so.';
    expect(charCodes(text)).toBe(charCodes(text));
  });
});
