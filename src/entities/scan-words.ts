// The word view the entity rules read: words with flags and the punctuation before each. Built in one
// linear pass over the text; it splits "Tillerson's" into the name and a possessive flag, keeps "U.S.",
// "al-Assad", "72-year-old" whole, and marks sentence starts from doc.sentences (or full stops when absent).
import type { Sentence } from '../doc/types.js';
import type { Knowledge } from '../knowledge/index.js';
import { charCodes } from '../doc/char-codes.js';
import { idOfAscii, idOfCodes, idOfLower, idOfString, lexicon, NONE, W_ABBREV, W_GROUP_NOUN, W_PARTICLE, W_ROLE_FIRST, W_THE, type Lexicon } from './word-lexicon.js';

export const CAP = 1, ALLCAPS = 2, POSS = 4, INITIAL = 8, SENT = 16, HEAD = 32, DIGIT = 64, SKIP = 128;
/** Separator classes between a word and the one before it. */
export const S_COMMA = 1, S_STOP = 2, S_OPEN = 4, S_CLOSE = 8, S_QUOTE = 16, S_LINE = 32, S_OTHER = 64, S_COLON = 128;

/**
 * The words of one text. The typed arrays are views of buffers the next `scanWords` call reuses: a Words
 * is read within one findEntities run and never kept.
 */
export type Words = Readonly<{
  n: number;
  /** Past the last headline word (HEAD): a pass over the headline stops here, not at the end of the text. */
  headEnd: number;
  text: string;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** Punctuation classes between word i-1 and word i. */
  sep: Uint8Array;
  /**
   * Lexicon id of the word's key (`lowerOf`) and its knowledge bits (W_* in word-lexicon.ts). A lowercase
   * word no rule reads has id NONE and bits 0.
   */
  id: Int32Array;
  bits: Int32Array;
  /**
   * The words a pass may start from, in order: capitalised or digits (CAP, DIGIT), or lowercase with a bit a
   * pass starts from (LIVE_LOWER: a role's first word, a particle, a group noun, "the"). The others ("to",
   * "that", "said": most of a text) are read only as neighbours of a live word, never visited by a pass.
   */
  live: Int32Array;
  lx: Lexicon;
}>;

type Buffers = { start: Int32Array; end: Int32Array; flags: Uint8Array; sep: Uint8Array; id: Int32Array; bits: Int32Array; live: Int32Array };
const buffers = (cap: number): Buffers => ({ start: new Int32Array(cap), end: new Int32Array(cap), flags: new Uint8Array(cap), sep: new Uint8Array(cap), id: new Int32Array(cap), bits: new Int32Array(cap), live: new Int32Array(cap) });
let scratch = buffers(1 << 12);

/** The word as written: "Tillerson" (without its possessive), "U.S.". */
export const rawOf = (w: Words, i: number): string => w.text.slice(w.start[i], w.end[i]);

/** Whether word i ends in a plural "-s" ("rules", "Hornets"; not "press", "status", "Davis"). */
export function pluralEnd(w: Words, i: number): boolean {
  const e = w.end[i], t = w.text;
  if (e - w.start[i] < 4 || t.charCodeAt(e - 1) !== 115) return false;
  const p = t.charCodeAt(e - 2);
  return p !== 115 && p !== 117 && p !== 105;
}

/**
 * The word lowercased, full stops removed: the key every lookup uses (undefined past the last word). Interned
 * words share one string; a lowercase word with id NONE (plain ASCII, no full stop) is sliced on demand.
 */
export function lowerOf(w: Words, i: number): string {
  if (i < 0 || i >= w.n) return undefined as unknown as string;
  const id = w.id[i];
  return id !== NONE ? w.lx.keys[id] : w.text.slice(w.start[i], w.end[i]).toLowerCase();
}

/**
 * Is word i the rule word `key` ("of", "for")? Every rule word is interned up front, so a word with no id is none of
 * them and its text is not sliced.
 */
export const wordIs = (w: Words, i: number, key: string): boolean => i >= 0 && i < w.n && w.id[i] !== NONE && w.lx.keys[w.id[i]] === key;

/**
 * The bits of a lowercase word some pass starts from: labelWords (a role's first word, a particle after a name),
 * findGroups (a group noun), linkNominals ("the"). findCandidates and demoteHeadline start from labels and
 * capitals only.
 */
const LIVE_LOWER = W_ROLE_FIRST | W_PARTICLE | W_GROUP_NOUN | W_THE;

/** The word classes (C_* in word-lexicon.ts) of word i: none for a word with no lexicon id or past the ends. */
export const classOf = (w: Words, i: number): number => (i >= 0 && i < w.n && w.id[i] !== NONE ? w.lx.classes[w.id[i]] : 0);

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * Per UTF-16 code unit: 1 a word char (letter, digit, mark), 2 not, 0 not asked yet. ASCII is filled
 * here; other code units on first sight, through one regex test each.
 */
const WORD = new Uint8Array(65536);
for (let c = 0; c < 128; c++) WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;
/** Letters and digits (NaN past the end is not one). */
function wordChar(c: number): boolean {
  const v = WORD[c];
  return v === 1 || (v === 0 && learn(c));
}
function learn(c: number): boolean {
  const yes = c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013 && NON_ASCII_WORD.test(String.fromCharCode(c));
  WORD[c] = yes ? 1 : 2;
  return yes;
}
/** Separator class of each ASCII punctuation character (0 for spaces and word characters). */
const SEP_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) SEP_ASCII[c] = WORD[c] === 1 || c === 32 || c === 9 ? 0 : c === 10 || c === 13 ? S_LINE : c === 44 ? S_COMMA
  : c === 46 || c === 33 || c === 63 || c === 59 ? S_STOP : c === 58 ? S_COLON : c === 40 || c === 91 ? S_OPEN : c === 41 || c === 93 ? S_CLOSE
    : c === 34 || c === 39 ? S_QUOTE : S_OTHER;
const sepHigh = (c: number) => (c === 160 ? 0 : c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 ? S_QUOTE : S_OTHER);
const upper = (c: number, ch: string) => (c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase());
const lowerCase = (c: number, ch: string) => (c < 128 ? c >= 97 && c <= 122 : ch !== ch.toUpperCase());
/** Two capitals or more and no lowercase letter: "US", "NATO", "G7" is not ("G" alone). */
function allCaps(text: string, s: number, e: number): boolean {
  let caps = 0;
  for (let x = s; x < e; x++) {
    const c = text.charCodeAt(x);
    if (c < 128) { if (c >= 65 && c <= 90) caps++; else if (c >= 97 && c <= 122) return false; }
    else { const ch = text[x]; if (upper(c, ch)) caps++; else if (lowerCase(c, ch)) return false; }
  }
  return caps > 1;
}
/** Whether text[s, e) is all ASCII. */
function asciiOnly(text: string, s: number, e: number): boolean {
  for (let x = s; x < e; x++) if (text.charCodeAt(x) > 127) return false;
  return true;
}
/**
 * The lookup key of a word outside ASCII, made the slow way. A curly apostrophe is straightened, as the knowledge's
 * keys are ("Martin O’Malley" is "martin o'malley").
 */
function keyOf(text: string, s: number, e: number): string {
  let low = text.slice(s, e).toLowerCase();
  if (low.includes('’')) low = low.replace(/’/g, "'");
  return low.includes('.') ? low.replace(/\./g, '') : low;
}

/** The key of text[s, e), as keyOf makes it, in code units (grown when a word is longer). */
let keyUnits = new Uint16Array(64);
/**
 * Id of the key of a word with full stops or a curly apostrophe ("U.S", "O’Malley", "it’s"): made in code units, with
 * no string, when its other chars are ASCII; the slow way (keyOf) otherwise.
 */
function idOfKey(lx: Lexicon, text: string, codes: Uint16Array, s: number, e: number): number {
  if (keyUnits.length < e - s) keyUnits = new Uint16Array((e - s) * 2);
  let n = 0;
  for (let x = s; x < e; x++) {
    const c = codes[x];
    if (c === 46) continue;
    if (c === 0x2019) { keyUnits[n++] = 39; continue; }
    if (c > 127) return idOfString(lx, keyOf(text, s, e));
    keyUnits[n++] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  return idOfCodes(lx, keyUnits, n);
}

/**
 * Scan the text into words. Spans in `headline` and `skip` (dateline) get HEAD / SKIP flags.
 * One hot loop (longer than the house size, on purpose: a call per character halves the speed): it reads
 * each character once, from the text's code units in a typed array (char-codes.ts), counting capitals; a
 * word already in the lexicon then costs one compare of its chars and no string at all.
 */
export function scanWords(text: string, sentences: readonly Sentence[], headline: readonly [number, number][], skip: readonly [number, number][], k: Knowledge): Words {
  const lx = lexicon(k);
  const codes = charCodes(text);
  // Worst case one word per two characters; the buffers are shared between calls (allocating six typed
  // arrays per article cost a fifth of the stage).
  const cap = (text.length >> 1) + 2;
  if (scratch.start.length < cap) scratch = buffers(cap);
  const { start, end, flags, sep, id: ids, bits, live } = scratch;
  let n = 0, headEnd = 0, nLive = 0;
  let si = 0, hi = 0, ki = 0, prevAbbrev = false;
  // The sentence the scan is in, its bounds read once (Infinity past the last).
  const ns = sentences.length;
  let sStart = ns ? sentences[0].start : Infinity, sEnd = ns ? sentences[0].end : Infinity;
  const len = text.length;
  let i = 0, sp = 0;
  while (i < len) {
    let c = codes[i];
    // Punctuation between the previous word and this one.
    if (c < 128) { if (WORD[c] !== 1) { sp |= SEP_ASCII[c]; i++; continue; } }
    else if (!wordChar(c)) { sp |= sepHigh(c); i++; continue; }
    const s = i;
    let dots = 0, high = c;
    // A word: letters and digits, joined by - ' ’ . & when a letter or digit follows. Only the OR of the
    // chars past ASCII and the joiners is kept (is it ASCII?); capitals are counted after, for capitalised words only.
    for (;;) {
      i++;
      if (i >= len) break;
      c = codes[i];
      // ASCII letters and digits by arithmetic, no table load: most chars of most words
      if (((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10) continue;
      if (c >= 128 && (WORD[c] === 1 || (WORD[c] === 0 && learn(c)))) { high |= c; continue; }
      if ((c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38) && i + 1 < len && wordChar(codes[i + 1])) {
        if (c === 46) dots++;
        high |= c;
        i++; c = codes[i]; high |= c; continue;
      }
      break;
    }
    const ascii = high < 128, wordEnd = i;
    let e = i, f = 0;
    const c0 = codes[s];
    const cap0 = c0 < 128 ? c0 >= 65 && c0 <= 90 : upper(c0, text[s]);
    // A plain lowercase word is looked up only among the few lowercase words the rules read.
    let plain = ascii && !dots;
    const low = plain && c0 >= 97 && c0 <= 122;
    // "Tillerson's" loses its "'s" below unless a full stop may join it first ("Al's." is four letters):
    // then only the name is looked up.
    const c1 = codes[e - 1], c2 = codes[e - 2];
    const strip = (c1 === 115 || c1 === 83) && e - s > 3 && (c2 === 39 || c2 === 0x2019) && !(e - s <= 4 && codes[e] === 46);
    let id = strip ? NONE : low ? idOfLower(lx, codes, s, e) : plain ? idOfAscii(lx, text, codes, s, e) : idOfKey(lx, text, codes, s, e);
    // "Mr." and "U.S." keep their full stop; "Moscow." ends a sentence instead.
    if (i < len && codes[i] === 46) {
      const short = e - s <= 4 && (dots > 0 || (e - s === 1 && cap0) || (id !== NONE && (lx.bits[id] & W_ABBREV) !== 0));
      if (short) { e++; i++; if (e - s === 2 && cap0) f |= INITIAL; }
    }
    // "Tillerson's" → the name and a possessive; "forces'" too.
    // (Only a word ending in s reads further.)
    const d1 = codes[e - 1];
    if (d1 === 115 || d1 === 83) {
      if (e - s > 3 && (codes[e - 2] === 39 || codes[e - 2] === 0x2019)) {
        f |= POSS; e -= 2;
        // "Trump’s": without its curly apostrophe a name may be plain ASCII after all (the same key and id
        // either way; a lowercase word keeps the slow path, which gives it bits the filtered one would not).
        if (!plain && !dots && !(c0 >= 97 && c0 <= 122) && asciiOnly(text, s, e)) plain = true;
        id = low ? idOfLower(lx, codes, s, e) : plain ? idOfAscii(lx, text, codes, s, e) : idOfKey(lx, text, codes, s, e);
      } else if (d1 === 115 && e < len && (codes[e] === 39 || codes[e] === 0x2019) && !(e + 1 < len && wordChar(codes[e + 1]))) f |= POSS;
    }
    if (c0 >= 48 && c0 <= 57) f |= DIGIT;
    // ("EU's" is all capitals without its possessive)
    else if (cap0) { f |= CAP; if (allCaps(text, s, Math.min(e, wordEnd))) f |= ALLCAPS; }
    // "al-Sisi", "el-Baradei", "ad-Din": an Arabic article joined to a capitalised name is part of the name
    else if (articlePrefix(codes, s, e)) { f |= CAP; if (low) id = idOfAscii(lx, text, codes, s, e); }
    // Sentence start: from the segmenter when it gave sentences, otherwise after . ! ? or a line break.
    if (ns) {
      while (sEnd <= s) { si++; sStart = si < ns ? sentences[si].start : Infinity; sEnd = si < ns ? sentences[si].end : Infinity; }
      if (sStart <= s && (n === 0 || end[n - 1] <= sStart)) f |= SENT;
    } else if (n === 0 || (sp & (S_LINE | S_STOP) && !prevAbbrev) || (sp & S_QUOTE && sp & S_COLON)) f |= SENT;
    if (sp & S_LINE) f |= SENT;
    while (hi < headline.length && headline[hi][1] <= s) hi++;
    if (hi < headline.length && headline[hi][0] <= s) { f |= HEAD; headEnd = n + 1; }
    while (ki < skip.length && skip[ki][1] <= s) ki++;
    if (ki < skip.length && skip[ki][0] <= s) f |= SKIP;
    // "Chuck Schumer, D-N.Y., said", "(R-Okla.)": a US party-state tag after a name names nobody
    else if ((c0 === 68 || c0 === 82 || c0 === 73) && codes[s + 1] === 45 && codes[s + 2] >= 65 && codes[s + 2] <= 90 && sp & (S_COMMA | S_OPEN)) f |= SKIP;
    const b = id === NONE ? 0 : lx.bits[id];
    prevAbbrev = (f & INITIAL) !== 0 || (e - s <= 5 && (b & W_ABBREV) !== 0);
    // written always, kept (the count moves on) for a live word only: no branch
    live[nLive] = n; nLive += (f & (CAP | DIGIT)) !== 0 || (b & LIVE_LOWER) !== 0 ? 1 : 0;
    start[n] = s; end[n] = e; flags[n] = f; sep[n] = sp; ids[n] = id; bits[n] = b; n++;
    sp = 0;
  }
  // Views of length n, so a read past the last word is undefined as with arrays of their own.
  return { n, headEnd, text, start: start.subarray(0, n), end: end.subarray(0, n), flags: flags.subarray(0, n), sep: sep.subarray(0, n), id: ids.subarray(0, n), bits: bits.subarray(0, n), live: live.subarray(0, nLive), lx };
}

/** "al-Sisi", "el-Baradei", "ad-Din", "ash-Shater": two or three lower-case letters of an Arabic article, a hyphen, a capital. */
function articlePrefix(codes: Uint16Array, s: number, e: number): boolean {
  if (codes[s] !== 97 && codes[s] !== 101) return false; // a, e
  const h = codes[s + 2] === 45 ? s + 2 : codes[s + 3] === 45 ? s + 3 : -1;
  if (h < 0 || h + 1 >= e) return false;
  const c = codes[h + 1];
  if (c < 65 || c > 90) return false;
  const w = String.fromCharCode(codes[s], codes[s + 1], ...(h === s + 3 ? [codes[s + 2]] : []));
  return ARTICLES.has(w);
}

const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'ath', 'adh', 'az']);
