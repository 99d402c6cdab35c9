// The abbreviation lists as Sets, built once at load.
import {
  AMBIGUOUS, BEFORE_NUMBER, DOTTED_NEVER_END, HONORIFICS, SENTENCE_STARTERS, TIME_FOLLOWERS,
} from '../data/abbreviations.js';

export const honorifics: ReadonlySet<string> = new Set(HONORIFICS);
export const beforeNumber: ReadonlySet<string> = new Set(BEFORE_NUMBER);
export const ambiguous: ReadonlySet<string> = new Set(AMBIGUOUS);
export const dottedNeverEnd: ReadonlySet<string> = new Set(DOTTED_NEVER_END);
export const timeFollowers: ReadonlySet<string> = new Set(TIME_FOLLOWERS);
export const sentenceStarters: ReadonlySet<string> = new Set(SENTENCE_STARTERS);

/**
 * The words before a full stop that any of the three lists above names, by length, first and last code
 * unit: a word whose shape is not here ("said.", "year.") is none of them, and needs no slice to tell.
 */
const SHAPES = new Uint8Array(16 * 128 * 128);
const shapeAt = (length: number, first: number, last: number) => (length * 128 + first) * 128 + last;
for (const word of [...HONORIFICS, ...BEFORE_NUMBER, ...AMBIGUOUS]) {
  const first = word.charCodeAt(0), last = word.charCodeAt(word.length - 1);
  if (word.length >= 16 || first >= 128 || last >= 128) throw new Error(`abbreviation too long or not ASCII: ${word}`);
  SHAPES[shapeAt(word.length, first, last)] = 1;
}

/** False when text[start, end) is surely in none of honorifics, beforeNumber and ambiguous. */
export function mayBeListed(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length >= 16) return false;
  const first = text.charCodeAt(start), last = text.charCodeAt(end - 1);
  return first < 128 && last < 128 && SHAPES[shapeAt(length, first, last)] === 1;
}
