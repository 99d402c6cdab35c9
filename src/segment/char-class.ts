// Character classes for the tokenizer, by UTF-16 code unit. ASCII is filled at load; any other unit
// is classified on first sight by a Unicode property test and cached, so a scan stays linear.
// Astral characters (surrogate pairs) are classed by code point range in the tokenizer itself.

export const OTHER = 1; // a symbol: currency, maths, emoji parts
export const SPACE = 2; // white space, no-break spaces, control characters, BOM
export const LETTER = 3; // a letter or combining mark: part of a word
export const DIGIT = 4;
export const PUNCT = 5;
export const HIGH = 6; // high surrogate
export const LOW = 7; // low surrogate

/** Class by code unit, 0 while not yet seen: hot loops read it directly and call charClass on 0. */
export const CLASS = new Uint8Array(65536);
const table = CLASS;

const isLetter = /[\p{L}\p{M}\u200C\u200D]/u;
const isDigit = /\p{Nd}/u;
const isSpace = /[\s\p{Z}\p{Cc}\p{Cf}]/u;
const isPunct = /\p{P}/u;

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return HIGH;
  if (c >= 0xdc00 && c <= 0xdfff) return LOW;
  const s = String.fromCharCode(c);
  // U+200C/U+200D join letters in some scripts; U+FEFF and other format characters are space.
  if (isLetter.test(s)) return LETTER;
  if (isDigit.test(s)) return DIGIT;
  if (isSpace.test(s)) return SPACE;
  if (isPunct.test(s)) return PUNCT;
  return OTHER;
}

// ASCII, Latin-1 and the general punctuation block are what news text is mostly made of.
for (let c = 0; c < 0x250; c++) table[c] = classify(c);
for (let c = 0x2000; c < 0x2070; c++) table[c] = classify(c);

/** The class of one UTF-16 code unit. */
export function charClass(c: number): number {
  const k = table[c];
  if (k !== 0) return k;
  const found = classify(c);
  table[c] = found;
  return found;
}

/** True for letters and digits: what a word is made of. */
export function isWordChar(c: number): boolean {
  const k = charClass(c);
  return k === LETTER || k === DIGIT;
}

/** True for an upper-case letter (ASCII fast path; others by case mapping). */
export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (charClass(c) !== LETTER) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

/** True for a lower-case letter. */
export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (charClass(c) !== LETTER) return false;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase();
}
