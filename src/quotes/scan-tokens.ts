// The quote stage's own token view: words, punctuation and quotation marks told apart (open,
// close, apostrophe), with paragraph numbers, in typed arrays. One linear pass over the text;
// it does not depend on the segmenter's token rules, which do not classify quotation marks.
import { charCodes } from '../doc/char-codes.js';
import { F, WORDS, keyOfCodes, lookUpCodes, lookUpLowered, mayBeCueKey, needsLowering, wordFacts } from './look-up-word.js';

/** Token kinds of this view. */
export const enum K { Word = 0, Punct = 1, DOpen = 2, DClose = 3, SOpen = 4, SClose = 5 }

export type Toks = Readonly<{
  text: string;
  /** The text's code units (char-codes.ts): valid while the stage runs on this text. */
  codes: Uint16Array;
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Paragraph number (a newline starts a new paragraph). */
  para: Int32Array;
  /** Lowercased texts of words outside the word table, in the order `lw` first asked for them (see `word`). */
  lower: string[];
  /** Each word's place in the quote stage's word table, filled on demand by `wordId`: 0 not yet
   * looked up, id + 1, or, for a word not in the table, -1 (-2 - i once its lowercased text is lower[i]).
   * A packed list and a number a token, not a list as long as the tokens: most words are never lowercased. */
  word: Int32Array;
  /** The text holds a letter only `lookUpLowered` lowercases right (see look-up-word.ts). */
  lowering: boolean;
  /** 1 where a speech cue may start: a word with the `CueFirst` fact (`cueWord`, asked once in the token pass). */
  cue: Uint8Array;
  /** The tokens `cue` marks, in order: the reported-speech pass visits these, not every token. */
  cues: Int32Array;
  /**
   * Every token that is no word, and every paragraph's first token, in order: the only tokens where a quote
   * or a sentence can open or close, so pairing marks and splitting sentences visit these, not every token.
   */
  seams: Int32Array;
}>;

// Character classes in one table (1 = word character, 2 = space): one load per character.
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || (c >= 0x3040 && c < 0xfe00)) CLASS[c] = 1;
  else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) CLASS[c] = 2;
}
export const isAlnum = (c: number): boolean => CLASS[c] === 1;
const isSpace = (c: number): boolean => CLASS[c] === 2;
const APOS = 0x27, RSQ = 0x2019, LSQ = 0x2018, DQ = 0x22, LDQ = 0x201c, RDQ = 0x201d;
const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'jr', 'sr', 'mt', 'ft', 'sept', 'gens', 'reps', 'sens']);
// the same words as numbers, one 7-bit digit a letter (see keepsStop)
const ABBREVIATED_KEYS = new Set([...ABBREVIATED].filter((w) => w.length <= 4).map((w) => [...w].reduce((key, ch) => key * 128 + ch.charCodeAt(0), 0)));
// Letters a straight double quote opens after: "(", "[", dashes, slash.
const OPENERS_BEFORE = new Set([40, 91, 123, 0x2014, 0x2013, 45, 47]);

/** Tokenise `text` for quote finding. Linear; never throws. */
export function scanTokens(text: string): Toks {
  const len = text.length;
  const cap = Math.max(16, (len >> 2) + 16);
  let start = new Int32Array(cap), end = new Int32Array(cap), para = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let word = new Int32Array(cap);
  let n = 0, p = 0, sawText = false;
  const push = (s: number, e: number, k: number): void => {
    if (n === start.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => { const b = new (a.constructor as new (l: number) => T)(a.length * 2); b.set(a); return b; };
      start = grow(start); end = grow(end); para = grow(para); kind = grow(kind); word = grow(word);
    }
    start[n] = s; end[n] = e; kind[n] = k; para[n] = p;
    n++;
  };
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 && sawText) { p++; sawText = false; }
      i++;
      continue;
    }
    sawText = true;
    if (isAlnum(c)) {
      let j = i + 1;
      while (j < len) {
        const d = text.charCodeAt(j);
        if (CLASS[d] === 1) { j++; continue; }
        // "don't", "Russia's", "rebel-held", "U.S.", "3.5": joiners between word characters
        if ((d === APOS || d === RSQ || d === 45 || d === 46 || d === 0x2010 || d === 0x2011 || d === 38 || (d === 44 && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1)))) && j + 1 < len && isAlnum(text.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      // "U.S." keeps its last full stop when the word has an inner one
      if (j < len && text.charCodeAt(j) === 46 && j - i <= 4 && text.lastIndexOf('.', j - 1) > i) j++;
      // "Mr. Burman", "Paul H. Chipok": the abbreviation keeps its full stop, which then ends no sentence
      else if (j < len && text.charCodeAt(j) === 46 && keepsStop(text, i, j)) j++;
      push(i, j, K.Word);
      i = j;
      continue;
    }
    const m = markAt(text, i, c);
    push(i, i + (m >> 8), m & 0xff);
    i += m >> 8;
  }
  const toks = { text, codes: charCodes(text), n, start, end, kind, para, lower: [], word, lowering: needsLowering(text), cue: new Uint8Array(n), cues: new Int32Array(0), seams: new Int32Array(0) };
  const cues: number[] = [], seams: number[] = [];
  for (let t = 0; t < n; t++) {
    if (kind[t] === K.Word && cueWord(toks, t)) { toks.cue[t] = 1; cues.push(t); }
    if (kind[t] !== K.Word || t === 0 || para[t] !== para[t - 1]) seams.push(t);
  }
  toks.cues = Int32Array.from(cues);
  toks.seams = Int32Array.from(seams);
  return toks;
}

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }

/**
 * Kind and width of the punctuation (or quotation mark) starting at text[i], whose code is `c`:
 * `kind | width << 8`. A mark's kind (open, close, apostrophe) is read from the characters around it.
 */
export function markAt(text: string, i: number, c: number): number {
  const len = text.length;
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  const next = i + 1 < len ? text.charCodeAt(i + 1) : 32;
  if (c === APOS && next === APOS) {
    // ''NYT style'' doubled apostrophes are double quotation marks
    const after2 = i + 2 < len ? text.charCodeAt(i + 2) : 32;
    const before = isSpace(prev) || OPENERS_BEFORE.has(prev) || i === 0;
    const after = isSpace(after2) || i + 2 >= len || !isAlnum(after2);
    return (before && !after ? K.DOpen : !before && after ? K.DClose : before ? K.DOpen : K.DClose) | 2 << 8;
  }
  if (c === 0x60 && next === 0x60) return K.DOpen | 2 << 8;
  // “the best in the world“ — a typeset mark facing the wrong way is read by its surroundings
  if (c === LDQ) return (!isSpace(prev) && i > 0 && !OPENERS_BEFORE.has(prev) && (isSpace(next) || !isAlnum(next)) ? K.DClose : K.DOpen) | 1 << 8;
  if (c === RDQ) return ((isSpace(prev) || i === 0) && isAlnum(next) ? K.DOpen : K.DClose) | 1 << 8;
  if (c === DQ) {
    const before = isSpace(prev) || OPENERS_BEFORE.has(prev) || prev === LSQ || i === 0;
    const after = isSpace(next) || i + 1 >= len || (!isAlnum(next) && next !== LSQ && next !== APOS);
    return (before && !after ? K.DOpen : !before && after ? K.DClose : before ? K.DOpen : K.DClose) | 1 << 8;
  }
  if (c === LSQ || c === APOS || c === RSQ) {
    const before = isSpace(prev) || OPENERS_BEFORE.has(prev) || prev === LDQ || prev === DQ || i === 0;
    if (c === LSQ || (before && isAlnum(next))) return K.SOpen | 1 << 8;
    return (isAlnum(prev) && isAlnum(next) ? K.Punct : K.SClose) | 1 << 8;
  }
  if (c === 45 && next === 45) return K.Punct | 2 << 8;
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) return K.Punct | 2 << 8;
  return K.Punct | 1 << 8;
}

/** "Mr.", "Gen.", "H.": a word of up to four letters whose full stop belongs to it and ends no sentence. */
export function keepsStop(text: string, i: number, j: number): boolean {
  if (j - i > 4) return false;
  const c = text.charCodeAt(i);
  if (j - i === 1) return c >= 65 && c <= 90;
  // the word's letters lowercased into one number, without slicing: the list is ASCII, and no other
  // capital lowercases into an ASCII letter it holds ("K", KELVIN SIGN, gives "k")
  let key = 0;
  for (let k = i; k < j; k++) {
    const d = text.charCodeAt(k);
    if (d >= 128) return false;
    key = key * 128 + (d >= 65 && d <= 90 ? d + 32 : d);
  }
  return ABBREVIATED_KEYS.has(key);
}

/** True when token `t` is a word; false out of range (a read before the first token, kept out of a typed array's bounds, deoptimises its caller). */
export function isWord(toks: Toks, t: number): boolean {
  return t >= 0 && t < toks.n && toks.kind[t] === K.Word;
}

/** True when token `t` is a word starting with a capital letter. */
export function isCap(toks: Toks, t: number): boolean {
  if (toks.kind[t] !== K.Word) return false;
  const c = toks.codes[toks.start[t]];
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

/**
 * Is token `t` a word ending in "'s" or "’s", longer than that ending: a possessive ("Trump's"), or "he's"?
 * (As `withoutApostropheS(lw(toks, t)) !== lw(toks, t)`, read from the codes without slicing.)
 */
export function isPossessive(toks: Toks, t: number): boolean {
  if (t < 0 || t >= toks.n || toks.kind[t] !== K.Word) return false;
  const s = toks.start[t], e = toks.end[t], c = toks.codes[e - 2], z = toks.codes[e - 1];
  return e - s > 2 && (z === 115 || z === 83) && (c === APOS || c === RSQ);
}

/** Is token `t` a word ending in "ly" (any case), as `lw(toks, t).endsWith('ly')` without slicing? */
export function endsWithLy(toks: Toks, t: number): boolean {
  if (t < 0 || t >= toks.n || toks.kind[t] !== K.Word) return false;
  const e = toks.end[t], y = toks.codes[e - 1], l = toks.codes[e - 2];
  return e - toks.start[t] >= 2 && (y === 121 || y === 89) && (l === 108 || l === 76);
}

/** Lowercased text of word token `t` ('' for others and out of range), cached. */
export function lw(toks: Toks, t: number): string {
  if (t < 0 || t >= toks.n || toks.kind[t] !== K.Word) return '';
  const id = wordId(toks, t);
  if (id >= 0) return WORDS[id];
  const v = toks.word[t];
  if (v <= -2) return toks.lower[-2 - v];
  const s = toks.text.slice(toks.start[t], toks.end[t]).toLowerCase();
  toks.word[t] = -2 - toks.lower.length;
  toks.lower.push(s);
  return s;
}

/** True when token `t` is a word with fact `f` ("determiner", see look-up-word.ts). */
export function hasFact(toks: Toks, t: number, f: F): boolean {
  const id = wordId(toks, t);
  return id >= 0 && (wordFacts[id] & f) !== 0;
}

/** The facts (`F` bits) of token `t`'s word; 0 for words outside the table and other tokens. */
export function factsOf(toks: Toks, t: number): number {
  const id = wordId(toks, t);
  return id >= 0 ? wordFacts[id] : 0;
}

/** Id of word token `t` in the quote stage's word table; -1 when it is not there or `t` is no word. */
export function wordId(toks: Toks, t: number): number {
  if (t < 0 || t >= toks.n || toks.kind[t] !== K.Word) return -1;
  const v = toks.word[t];
  if (v !== 0) return v > 0 ? v - 1 : -1;
  return lookUpToken(toks, t, keyOfCodes(toks.codes, toks.start[t], toks.end[t]));
}

/**
 * `wordId` of word token `t` not looked up yet, whose `keyOfCodes` is `key` (for a caller that has
 * keyed it already: find-cue.ts's filter); the answer is kept in `toks.word`.
 */
export function lookUpToken(toks: Toks, t: number, key: number): number {
  const { text } = toks, s = toks.start[t], e = toks.end[t];
  const id = toks.lowering ? lookUpLowered(text, s, e) : lookUpCodes(toks.codes, s, e, key);
  toks.word[t] = id >= 0 ? id + 1 : -1;
  return id;
}

/**
 * Can a speech cue start at word token `t` (a word with the `CueFirst` fact)? Asked once a token, by the
 * token pass (`toks.cue` keeps the answer): the word is keyed once, for the filter and, when the filter passes
 * it, for its look-up, kept in `toks.word`. (In a text that needs lowering, "asK" with a KELVIN SIGN, the
 * filter on its own key decides, as it always has.)
 */
export function cueWord(toks: Toks, t: number): boolean {
  const key = keyOfCodes(toks.codes, toks.start[t], toks.end[t]);
  return mayBeCueKey(key) && cueKeyed(toks, t, key);
}

/** `cueWord` of word token `t` whose key (`keyOfCodes`) passed the filter: it is looked up. */
function cueKeyed(toks: Toks, t: number, key: number): boolean {
  const id = lookUpToken(toks, t, key);
  return id >= 0 && (wordFacts[id] & F.CueFirst) !== 0;
}

/**
 * The punctuation mark of token `t` as a one-character string ('' for a word, a quotation mark or out of range),
 * always an internalized string. `text[i]` makes a new string for a code unit above 255 ("—", "…"), and a
 * comparison compiled while it had met only internalized ones (`ch(toks, k) === ','`) is deoptimised the
 * first time it meets such a mark: on an unseen article, and its whole caller is compiled again.
 */
export const ch = (toks: Toks, t: number): string => (t >= 0 && t < toks.n && toks.kind[t] === K.Punct ? charOf(toks.codes[toks.start[t]]) : '');

/** Is token k a dash between clauses: an em or en dash, or a double hyphen standing for one? */
export function dashAt(toks: Toks, k: number): boolean {
  const c = ch(toks, k);
  return c === '—' || c === '–' || (c === '-' && toks.end[k] - toks.start[k] === 2);
}

// One-character strings by code unit: below 256 V8's own table (internalized); above, each made once and
// internalized as a property key is
const WIDE_CHARS = new Map<number, string>();
function charOf(c: number): string {
  if (c < 256) return String.fromCharCode(c);
  let s = WIDE_CHARS.get(c);
  if (s === undefined) { s = Object.keys({ [String.fromCharCode(c)]: 0 })[0]; WIDE_CHARS.set(c, s); }
  return s;
}

/** Token text. */
export const tokText = (toks: Toks, t: number): string => toks.text.slice(toks.start[t], toks.end[t]);

/** Index of the first token starting at or after `offset` (`toks.n` when none): a binary search. */
export function tokenFrom(toks: Toks, offset: number): number {
  let lo = 0, hi = toks.n;
  while (lo < hi) { const m = (lo + hi) >> 1; if (toks.start[m] < offset) lo = m + 1; else hi = m; }
  return lo;
}

/** Paragraph number of the token holding (or last before) `offset`. */
export function paragraphAt(toks: Toks, offset: number): number {
  const t = tokenFrom(toks, offset);
  return t > 0 ? toks.para[t - 1] : 0;
}
