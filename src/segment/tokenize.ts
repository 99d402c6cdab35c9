// Tokens for one stretch of text: words, numbers, punctuation and symbols, in one pass over char codes.
// Choices: "don't", "six-year", "US-UK", "AT&T" are one word; a possessive "'s" is its own word token
// ("Syria" + "'s"); "U.S.", "J.K.", "e.g." keep their dots; "Mr." is "Mr" + "."; "3.5", "1,000",
// "3:14", "12/04/2017" are one number; "£5.5bn" is "£" + "5.5bn"; each quotation mark is its own token;
// "..." and "?!" runs are one token; an emoji with its modifiers and joiners is one symbol token.
// The hot loops read the CLASS table directly (a function call per character halves the speed), and the
// text's code units from a typed array (char-codes.ts), cheaper than charCodeAt.
import type { Token, TokenKind } from '../doc/types.js';
import { charCodes } from '../doc/char-codes.js';
import { CLASS, charClass, DIGIT, HIGH, LETTER, PUNCT, SPACE } from './char-class.js';

const APOS = 0x27, RSQUO = 0x2019, DOT = 0x2e, HYPHEN = 0x2d, AMP = 0x26, QUOT = 0x22, LDQUO = 0x201c, RDQUO = 0x201d;

const isApostrophe = (c: number) => c === APOS || c === RSQUO;
const isHyphen = (c: number) => c === HYPHEN || c === 0x2010 || c === 0x2011;
const isNumberJoin = (c: number) => c === DOT || c === 0x2c || c === 0x3a || c === 0x2f; // . , : /

/** Plain ASCII code units after which no word goes on: all but letters, digits and the joiners ' - & . */
const ENDS_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ENDS_WORD[c] = /[A-Za-z0-9'&.-]/.test(String.fromCharCode(c)) ? 0 : 1;

const isAsciiLetter = (c: number) => ((c | 0x20) - 0x61) >>> 0 < 26;

/** Token kinds by the code scanToken adds to its end (end * 4 + code: a string is under 2^29 units long). */
const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol'];

/**
 * Put the tokens of text[from, to) in `out` from index `n` on (over the preallocated slots that
 * segment.ts gives, pushing past them) and return the new count. `marks` receives the indices of the
 * tokens sentence splitting must look at (the first of each line, sentence marks . ? ! …, double quotes,
 * dotted words like "U.S."), so that it can skip every other token.
 * A plain ASCII word (with the space after it), a comma, a full stop and a double quote take a path of their
 * own, without the general path's class lookups and calls: they are nine tokens in ten (segment 0.73 of its
 * time before; the full stop and quotes, one token in sixteen, 0.97 more).
 */
export function tokenize(text: string, from: number, to: number, out: Token[], n: number, marks: number[]): number {
  const codes = charCodes(text);
  let i = from;
  let lineStart = true;
  while (i < to) {
    const c = codes[i];
    if (c === 0x20) { i++; continue; }
    let end = -1;
    let next = -1; // where to look on: past the one space after a plain word
    let kind: TokenKind = 'word';
    let marked = false;
    if (isAsciiLetter(c)) {
      // "talks," "Syria." end here; a dot after one letter may make "U.S." and is left to scanWord
      let j = i + 1;
      let d = 0;
      while (j < to && isAsciiLetter(d = codes[j])) j++;
      if (j === to) end = next = j;
      else if (d === 0x20) { end = j; next = j + 1; }
      else if (d < 128 && (ENDS_WORD[d] === 1 || (d === DOT && j - i > 1))) end = next = j;
    } else if (c === 0x2c) {
      end = next = i + 1;
      kind = 'punct';
    } else if (c === DOT || c === QUOT || c === LDQUO || c === RDQUO) {
      // a full stop ("..." one token) or a double quote: marked, as isMarked would
      end = i + 1;
      if (c === DOT) while (end < to && codes[end] === DOT) end++;
      next = end;
      kind = 'punct';
      marked = true;
    }
    if (end >= 0) {
      if (lineStart || marked) marks.push(n);
    } else {
      let k = CLASS[c];
      if (k === 0) k = charClass(c);
      if (k === SPACE) {
        if (c === 0x0a || c === 0x0d || c === 0x2028) lineStart = true;
        i++;
        continue;
      }
      if (lineStart || isMarked(codes, c, k, i, to)) marks.push(n);
      const coded = scanToken(codes, i, to, c, k);
      end = next = coded >> 2;
      kind = KINDS[coded & 3];
    }
    lineStart = false;
    const token: Token = { start: i, end, kind };
    if (n < out.length) out[n] = token;
    else out.push(token);
    n++;
    i = next;
  }
  return n;
}

/** The token at `i` (class `k`, not a space), as end * 4 + its kind's index in KINDS. */
function scanToken(codes: Uint16Array, i: number, to: number, c: number, k: number): number {
  if (k === LETTER || k === DIGIT || (k === HIGH && astralIsLetter(codes, i, to))) {
    return scanWord(codes, i, to) * 4 + (k === DIGIT ? 1 : 0);
  }
  if (k === PUNCT) {
    const end = scanPunct(codes, i, to, c);
    return end * 4 + (end - i === 2 && isApostrophe(c) ? 0 : 2);
  }
  return scanSymbol(codes, i, to) * 4 + 3;
}

/** Sentence marks, double quotes, and words that may end in a dot ("U.S."). */
function isMarked(codes: Uint16Array, c: number, k: number, i: number, to: number): boolean {
  if (k === PUNCT) return c === DOT || c === 0x3f || c === 0x21 || c === 0x2026 || c === 0x22 || c === 0x201c || c === 0x201d;
  return k === LETTER && i + 1 < to && codes[i + 1] === DOT;
}

function classAt(codes: Uint16Array, i: number): number {
  const c = codes[i];
  const k = CLASS[c];
  return k === 0 ? charClass(c) : k;
}

function wordAt(codes: Uint16Array, i: number, to: number): boolean {
  if (i >= to) return false;
  const k = classAt(codes, i);
  return k === LETTER || k === DIGIT;
}

/** End of the word or number starting at `i`. */
function scanWord(codes: Uint16Array, i: number, to: number): number {
  const start = i;
  const first = classAt(codes, i);
  const numeric = first === DIGIT;
  i += first === HIGH ? 2 : 1;
  while (i < to) {
    const c = codes[i];
    if (((c | 0x20) - 0x61) >>> 0 < 26) { i++; continue; } // ASCII letter: the common case
    let k = CLASS[c];
    if (k === 0) k = charClass(c);
    if (k === LETTER || k === DIGIT) { i++; continue; }
    if (k === SPACE) break;
    if (k === HIGH && astralIsLetter(codes, i, to)) { i += 2; continue; }
    const next = i + 1 < to ? codes[i + 1] : 0;
    if (isApostrophe(c) && wordAt(codes, i + 1, to)) {
      // "Syria's": the possessive 's is left for its own token; "don't", "O'Brien" stay whole
      if ((next === 0x73 || next === 0x53) && !wordAt(codes, i + 2, to)) break;
      i++;
    } else if (isHyphen(c) && wordAt(codes, i + 1, to)) {
      i++;
    } else if (numeric && isNumberJoin(c) && i + 1 < to && classAt(codes, i + 1) === DIGIT && classAt(codes, i - 1) === DIGIT) {
      i++;
    } else if (c === DOT && i - start === 1 && classAt(codes, start) === LETTER) {
      return scanInitials(codes, start, i, to);
    } else if (c === AMP && isCapital(codes[i - 1]) && isCapital(next)) {
      i++; // "AT&T"
    } else break;
  }
  return i;
}

const isCapital = (c: number) => c >= 65 && c <= 90;

/** "U.S.", "J.K.", "e.g.": single letters joined by dots, with the last dot. `dot` is the first dot. */
function scanInitials(codes: Uint16Array, start: number, dot: number, to: number): number {
  let j = dot;
  let groups = 0;
  while (j + 2 <= to && codes[j] === DOT && classAt(codes, j + 1) === LETTER && !wordAt(codes, j + 2, to)) {
    j += 2;
    groups++;
  }
  if (groups === 0) return dot; // a lone initial "W." is "W" + "."
  return j < to && codes[j] === DOT ? j + 1 : j;
}

/** Punctuation: "..." and "?!" runs are one token; "'s" after a word is the possessive. */
function scanPunct(codes: Uint16Array, i: number, to: number, c: number): number {
  if (isApostrophe(c) && i > 0 && wordAt(codes, i - 1, i) && i + 1 < to) {
    const s = codes[i + 1];
    if ((s === 0x73 || s === 0x53) && !wordAt(codes, i + 2, to)) return i + 2;
  }
  let j = i + 1;
  if (c === DOT) while (j < to && codes[j] === DOT) j++;
  else if (c === 0x3f || c === 0x21) while (j < to && (codes[j] === 0x3f || codes[j] === 0x21)) j++;
  else if (c === HYPHEN) while (j < to && codes[j] === HYPHEN) j++;
  return j;
}

/** Letters outside the BMP (CJK extensions, maths letters); emoji and other pictographs are symbols. */
function astralIsLetter(codes: Uint16Array, i: number, to: number): boolean {
  if (i + 1 >= to) return false;
  // the code point of a surrogate pair, as codePointAt reads it (a lone surrogate is itself)
  const hi = codes[i], lo = codes[i + 1];
  const cp = hi >= 0xd800 && hi <= 0xdbff && isLow(lo) ? (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000 : hi;
  return cp > 0xffff && cp < 0x1f000;
}

/** A symbol; an emoji keeps its skin tone, variation selector and ZWJ sequence ("❤️", "👩‍💻"). */
function scanSymbol(codes: Uint16Array, i: number, to: number): number {
  const c = codes[i];
  let j = c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLow(codes[i + 1]) ? i + 2 : i + 1;
  while (j < to) {
    const d = codes[j];
    if (d === 0xfe0f || d === 0x20e3) { j++; continue; }
    // skin tone modifiers U+1F3FB..U+1F3FF
    if (d === 0xd83c && j + 1 < to && codes[j + 1] >= 0xdffb && codes[j + 1] <= 0xdfff) { j += 2; continue; }
    if (d === 0x200d && j + 2 < to && classAt(codes, j + 1) === HIGH && isLow(codes[j + 2])) { j += 3; continue; }
    break;
  }
  return j;
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
