// The word view the entity rules read: words with flags and the punctuation before each. Built in one
// linear pass over the text; it splits "Tillerson's" into the name and a possessive flag, keeps "U.S.",
// "al-Assad", "72-year-old" whole, and marks sentence starts from doc.sentences (or full stops when absent).
import type { Sentence } from '../doc/types.js';

export const CAP = 1, ALLCAPS = 2, POSS = 4, INITIAL = 8, SENT = 16, HEAD = 32, DIGIT = 64, SKIP = 128;
/** Separator classes between a word and the one before it. */
export const S_COMMA = 1, S_STOP = 2, S_OPEN = 4, S_CLOSE = 8, S_QUOTE = 16, S_LINE = 32, S_OTHER = 64, S_COLON = 128;

export type Words = Readonly<{
  n: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** Punctuation classes between word i-1 and word i. */
  sep: Uint8Array;
  /** Lowercased text, full stops removed: the key every lookup uses. */
  lower: string[];
  raw: string[];
}>;

const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'rev', 'prof', 'no', 'vs', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co']);
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Letters and digits; other scripts through one cached regex test. */
function wordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return WORD_ASCII[c] === 1;
  return c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013 && NON_ASCII_WORD.test(text[i]);
}
const WORD_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_ASCII[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
const upper = (c: number, ch: string) => (c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase());
const lowerCase = (c: number, ch: string) => (c < 128 ? c >= 97 && c <= 122 : ch !== ch.toUpperCase());

/** Scan the text into words. Spans in `ranges` (headline, dateline) get HEAD / SKIP flags. */
export function scanWords(text: string, sentences: readonly Sentence[], headline: readonly [number, number][], skip: readonly [number, number][]): Words {
  // Typed arrays sized for the worst case (one word per two characters), cut to length at the end.
  const cap = (text.length >> 1) + 2;
  const start = new Int32Array(cap), end = new Int32Array(cap), flags = new Uint8Array(cap), sep = new Uint8Array(cap);
  const lower: string[] = [], raw: string[] = [];
  let n = 0;
  let prevEnd = 0, si = 0, hi = 0, ki = 0, prevAbbrev = false;
  const len = text.length;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (c < 128 ? WORD_ASCII[c] === 0 : !wordChar(c, text, i)) { i++; continue; }
    const s = i;
    let caps = 0, lows = 0, dots = 0;
    // A word: letters and digits, joined by - ' ’ . & when a letter or digit follows.
    for (;;) {
      if (c < 128) { if (c >= 65 && c <= 90) caps++; else if (c >= 97) lows++; }
      else { const ch = text[i]; if (upper(c, ch)) caps++; else if (lowerCase(c, ch)) lows++; }
      i++;
      if (i >= len) break;
      c = text.charCodeAt(i);
      if (c < 128 ? WORD_ASCII[c] === 1 : wordChar(c, text, i)) continue;
      if ((c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38) && i + 1 < len && wordChar(text.charCodeAt(i + 1), text, i + 1)) { if (c === 46) dots++; i++; c = text.charCodeAt(i); continue; }
      break;
    }
    let e = i, f = 0;
    // "Mr." and "U.S." keep their full stop; "Moscow." ends a sentence instead.
    if (i < len && text.charCodeAt(i) === 46) {
      const short = e - s <= 4 && (dots > 0 || (e - s === 1 && caps === 1) || ABBREV.has(text.slice(s, e).toLowerCase()));
      if (short) { e++; i++; if (e - s === 2 && caps === 1) f |= INITIAL; }
    }
    // "Tillerson's" → the name and a possessive; "forces'" too.
    const c1 = text.charCodeAt(e - 1), c2 = text.charCodeAt(e - 2);
    if (e - s > 3 && (c1 === 115 || c1 === 83) && (c2 === 39 || c2 === 0x2019)) { f |= POSS; e -= 2; }
    else if (e < len && (text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019) && c1 === 115 && !(e + 1 < len && wordChar(text.charCodeAt(e + 1), text, e + 1))) f |= POSS;
    const c0 = text.charCodeAt(s);
    if (c0 >= 48 && c0 <= 57) f |= DIGIT;
    else if (upper(c0, text[s])) { f |= CAP; if (caps > 1 && lows === 0) f |= ALLCAPS; }
    // Punctuation between the previous word and this one.
    let sp = 0;
    for (let x = prevEnd; x < s; x++) {
      const ch = text.charCodeAt(x);
      if (ch === 32 || ch === 9 || ch === 160) continue;
      if (ch === 10 || ch === 13) sp |= S_LINE;
      else if (ch === 44) sp |= S_COMMA;
      else if (ch === 46 || ch === 33 || ch === 63 || ch === 59) sp |= S_STOP;
      else if (ch === 58) sp |= S_COLON;
      else if (ch === 40 || ch === 91) sp |= S_OPEN;
      else if (ch === 41 || ch === 93) sp |= S_CLOSE;
      else if (ch === 34 || ch === 0x201c || ch === 0x201d || ch === 39 || ch === 0x2018 || ch === 0x2019) sp |= S_QUOTE;
      else sp |= S_OTHER;
    }
    // Sentence start: from the segmenter when it gave sentences, otherwise after . ! ? or a line break.
    if (sentences.length) {
      while (si < sentences.length && sentences[si].end <= s) si++;
      if (si < sentences.length && sentences[si].start <= s && (n === 0 || end[n - 1] <= sentences[si].start)) f |= SENT;
    } else if (n === 0 || (sp & (S_LINE | S_STOP) && !prevAbbrev) || (sp & S_QUOTE && sp & S_COLON)) f |= SENT;
    if (sp & S_LINE) f |= SENT;
    while (hi < headline.length && headline[hi][1] <= s) hi++;
    if (hi < headline.length && headline[hi][0] <= s) f |= HEAD;
    while (ki < skip.length && skip[ki][1] <= s) ki++;
    if (ki < skip.length && skip[ki][0] <= s) f |= SKIP;
    const w = text.slice(s, e);
    let low = caps ? w.toLowerCase() : w;
    if (dots || low.endsWith('.')) low = low.replace(/\./g, '');
    prevAbbrev = (f & INITIAL) !== 0 || (e - s <= 5 && ABBREV.has(low));
    start[n] = s; end[n] = e; flags[n] = f; sep[n] = sp; n++;
    raw.push(w); lower.push(low);
    prevEnd = i;
  }
  return { n, start: start.subarray(0, n), end: end.subarray(0, n), flags: flags.subarray(0, n), sep: sep.subarray(0, n), lower, raw };
}
