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

const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?/gu;
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'rev', 'prof', 'no', 'vs', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'u.s', 'u.k', 'u.n']);

/** Scan the text into words. Spans in `ranges` (headline, dateline) get HEAD / SKIP flags. */
export function scanWords(text: string, sentences: readonly Sentence[], headline: readonly [number, number][], skip: readonly [number, number][]): Words {
  const start: number[] = [], end: number[] = [], flags: number[] = [], sep: number[] = [], lower: string[] = [], raw: string[] = [];
  let prevEnd = 0, si = 0, hi = 0, ki = 0, prevAbbrev = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let s = m.index, e = s + m[0].length, f = 0;
    let w = m[0];
    // "Mr." / "U.S." keep the full stop; "Moscow." ends a sentence instead.
    if (w.endsWith('.')) {
      const bare = w.slice(0, -1).toLowerCase();
      if (ABBREV.has(bare) || /^\p{Lu}$/u.test(w.slice(0, -1)) || bare.includes('.')) f |= 0; else { w = w.slice(0, -1); e--; }
    }
    if (/['’]s$/.test(w) && w.length > 2) { f |= POSS; w = w.slice(0, -2); e -= 2; }
    else if (/s['’]$/.test(text.slice(e - 1, e + 1)) && text[e] !== undefined && (text[e] === "'" || text[e] === '’') && /\p{L}/u.test(text[e - 1]) && text[e - 1] === 's') f |= POSS;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) f |= DIGIT;
    else if (w[0] !== w[0].toLowerCase()) {
      f |= CAP;
      if (w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w.slice(1))) f |= ALLCAPS;
    }
    if (/^\p{Lu}\.$/u.test(w)) f |= INITIAL;
    // Punctuation between the previous word and this one.
    let sp = 0;
    for (let i = prevEnd; i < s; i++) {
      const ch = text.charCodeAt(i);
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
      if (si < sentences.length && sentences[si].start <= s && (start.length === 0 || end[end.length - 1] <= sentences[si].start)) f |= SENT;
    } else if (start.length === 0 || (sp & (S_LINE | S_STOP) && !prevAbbrev) || (sp & S_QUOTE && sp & S_COLON)) f |= SENT;
    if (sp & S_LINE) f |= SENT;
    while (hi < headline.length && headline[hi][1] <= s) hi++;
    if (hi < headline.length && headline[hi][0] <= s) f |= HEAD;
    while (ki < skip.length && skip[ki][1] <= s) ki++;
    if (ki < skip.length && skip[ki][0] <= s) f |= SKIP;
    const low = w.toLowerCase();
    prevAbbrev = ABBREV.has(low.replace(/\.$/, '')) || (f & INITIAL) !== 0;
    start.push(s); end.push(e); flags.push(f); sep.push(sp); raw.push(w);
    lower.push(low.includes('.') ? low.replace(/\./g, '') : low);
    prevEnd = m.index + m[0].length;
  }
  return { n: start.length, start: Int32Array.from(start), end: Int32Array.from(end), flags: Uint8Array.from(flags), sep: Uint8Array.from(sep), lower, raw };
}
