// Interns each distinct lowercased word once and keeps what the knowledge says about it as bits, so the
// per-word rules test an array slot instead of hashing a fresh string into a dozen Maps. The scanner
// looks a word up by its span in the text; only a word never seen before makes a string.
// A memo, not state: the same text gives the same words whatever was interned before.
import type { Knowledge } from '../knowledge/index.js';
import { ABBREV, COLLECTIVE, CONNECTORS, DESCRIBING, DESCRIBING_PAST, DESCRIBING_PLURAL, GENERATIONS, LINKING, MODIFIERS, NAME_TAILS, NOT_ALONE, ORDINALS, ORG_NOUNS, ORG_TAILS, PARTICLES, PLACE_CUES, PLACE_NOUNS, RULE_WORDS, SPEECH, TIME_OPENERS, TITLE_LINKS } from './word-classes.js';

/** What the knowledge says about one lowercased word. */
export const W_ABBREV = 1, W_NOT_NAME = 2, W_PARTICLE = 4, W_CONNECTOR = 8, W_ROLE_WORD = 16, W_HEAD = 32,
  W_PAIR_FIRST = 64, W_GROUP_NOUN = 128, W_HONORIFIC = 256, W_ADJ = 512, W_PEOPLE = 1024, W_BLOC = 2048,
  W_KEY = 4096, W_ROLE = 8192, W_HYPHEN = 16384, W_HAS_DIGIT = 32768, W_FIRST = 65536, W_ROLE_FIRST = 131072,
  W_PARTY = 262144, W_SUFFIX = 524288, W_THE = 1048576,
  /** Some acronym is this word in another case ("us" for "US"): only then is the case-sensitive table asked. */
  W_ACRONYM = 1 << 21, W_GIVEN = 1 << 22,
  /**
   * The word classes of word-classes.ts the candidate and group rules test, as bits: a verb of speech, a word
   * before a place ("in"), a place noun ("town"), a kind of body ("firm"), a place or body tail ("Tech"), a
   * describing past form or plural ("elected", "rights"), a collective noun ("military"). All but the tails are
   * in the lowercase table, so a lowercase word with no id is none of them (a collective noun is a group noun).
   */
  W_SPEECH = 1 << 23, W_PLACE_CUE = 1 << 24, W_PLACE_NOUN = 1 << 25, W_ORG_NOUN = 1 << 26, W_NAME_TAIL = 1 << 27,
  W_DESC_PAST = 1 << 28, W_DESC_PLURAL = 1 << 29, W_COLLECTIVE = 1 << 30;

/**
 * More word classes of word-classes.ts, which the candidate, title and nominal rules test on a word by its index
 * (`Lexicon.classes`): a bit test, not a Set lookup of the word's string. The bits hold for the word's key; a word
 * with no id (lowercase, no rule reads it) has none.
 */
export const C_GENERATION = 1, C_NOT_ALONE = 2, C_TIME_OPENER = 4, C_LINKING = 8, C_ORDINAL = 16, C_TITLE_LINK = 32, C_MODIFIER = 64, C_DESCRIBING = 128;
const CLASSES: readonly (readonly [ReadonlySet<string>, number])[] = [[GENERATIONS, C_GENERATION], [NOT_ALONE, C_NOT_ALONE], [TIME_OPENERS, C_TIME_OPENER],
  [LINKING, C_LINKING], [ORDINALS, C_ORDINAL], [TITLE_LINKS, C_TITLE_LINK], [MODIFIERS, C_MODIFIER], [DESCRIBING, C_DESCRIBING]];

/**
 * A word's sample: its length and the chars at 0, 1, middle, -2, -1, packed in two ints. Up to five
 * chars the sample is the word itself; longer words compare only their inner chars. Hashing the sample,
 * not every char, keeps the scan cheap. Keys with a char past ASCII carry a flag no ASCII word has.
 */
let sampleB = 0;
function sampleOf(n: number, a: number, b: number, m: number, y: number, z: number): number {
  sampleB = z | (n << 7);
  return a | (b << 7) | (m << 14) | (y << 21);
}
const mix = (sa: number, sb: number) => {
  let h = Math.imul(sa, 0x9e3779b1) ^ Math.imul(sb, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) | 0;
};
/** ASCII letters folded to lowercase. */
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

/** Past this many words the memo starts again (between documents), so memory stays bounded. */
const MAX_WORDS = 1 << 20;

export type Lexicon = {
  k: Knowledge;
  /** Per word id: its lowercased text, knowledge bits, longest known name and role phrase starting with it. */
  keys: string[];
  /** The two halves of each word's sample. */
  sa: Int32Array;
  sb: Int32Array;
  /** Where each key's char codes start in `chars`: the scanner compares codes, not strings. */
  offset: Int32Array;
  chars: Uint16Array;
  used: number;
  bits: Int32Array;
  /** Per word id: its word classes (C_*). */
  classes: Uint8Array;
  firstMax: Uint8Array;
  roleMax: Uint8Array;
  /** Entry index of the known name a word or phrase is (-1 when none). */
  ref: Int32Array;
  phraseRef: number[];
  /** Open-addressing table of id + 1 (0 is empty), size a power of two. */
  slots: Int32Array;
  /** Phrases met in name and role lookups: (chain, word id) → chain, by triples [chain, word, phrase + 1]. */
  phraseSlots: Int32Array;
  phraseKeys: string[];
  phraseBits: number[];
  phraseParent: number[];
  phraseWord: number[];
  /**
   * The words a lowercase word can matter as (role words, connectors, particles, group nouns, "the",
   * abbreviations), interned up front: table of id + 1 like `slots`. Any other lowercase word has no bit
   * the rules read, so the scanner gives it no id and makes no string for it.
   */
  lowSlots: Int32Array;
  /**
   * Those of one to three letters a-z by their letters (id + 1), and which (length, first two, last letter)
   * the longer ones have, one bit each: 26 KB that stay in cache (a byte each missed it on most words).
   */
  lowShort: Int16Array;
  lowSeen: Int32Array;
  /** The knowledge's acronyms lowercased. */
  acronyms: ReadonlySet<string>;
  /**
   * The W_* bits of the word lists and the C_* classes, by word, for every word in any list: a new word asks one table,
   * not thirty lists (its first sight in an unseen article cost that many lookups).
   */
  listBits: ReadonlyMap<string, number>;
  listClasses: ReadonlyMap<string, number>;
};

/** Id of a lowercase word that no rule reads (its text is sliced only when asked for). */
export const NONE = -1;

/** A chain is a word id, or PHRASE + a phrase index for two words or more. */
export const PHRASE = 1 << 24;
/**
 * What the knowledge says about a phrase: a known name, a role phrase, a role noun phrase; whether a longer
 * name or role may start with it (when not, a lookup stops there).
 */
export const P_KEY = 1, P_ROLE = 2, P_HEAD = 4, P_KEY_ON = 8, P_ROLE_ON = 16;

let current: Lexicon | null = null;

/** The lexicon for this knowledge, emptied when it has grown past its bound. */
export function lexicon(k: Knowledge): Lexicon {
  if (!current || current.k !== k || current.keys.length + current.phraseKeys.length > MAX_WORDS) current = empty(k);
  return current;
}

function empty(k: Knowledge): Lexicon {
  const size = 1 << 14;
  // The tables that grow are made empty here and sized after, by the code that grows them: a field written only once
  // is taken by optimised code as a constant, and its first growth in an unseen article then deoptimised scanWords
  // and the probes.
  const none = new Int32Array(0), noBytes = new Uint8Array(0);
  const lx: Lexicon = { k, keys: [], sa: none, sb: none, offset: none, chars: new Uint16Array(0), used: 0, bits: none, classes: noBytes, firstMax: noBytes, roleMax: noBytes, ref: none, phraseRef: [], slots: none, phraseSlots: none, phraseKeys: [], phraseBits: [], phraseParent: [], phraseWord: [], lowSlots: none, lowShort: new Int16Array(27 * 27 * 27), lowSeen: new Int32Array((16 * 26 * 32 * 32) >> 5), acronyms: new Set([...k.acronyms.keys()].map((a) => a.toLowerCase())), listBits: byWord(listsOf(k)), listClasses: byWord(CLASSES) };
  resize(lx, size >> 1);
  growChars(lx, size * 4);
  lx.phraseSlots = new Int32Array(3 << 12);
  const low = new Set<string>(['the', ...ABBREV, ...CONNECTORS, ...PARTICLES, ...k.roleWords, ...k.heads, ...k.roleFirsts.keys(), ...k.groupNouns.keys(), ...k.notNames, ...k.parties.keys(), ...RULE_WORDS, ...SPEECH, ...PLACE_CUES, ...DESCRIBING, ...DESCRIBING_PAST, ...DESCRIBING_PLURAL, ...MODIFIERS, ...ORG_NOUNS.keys(), ...ORG_TAILS.keys()]);
  for (const r of k.roles.keys()) if (!r.includes(' ')) low.add(r);
  let cells = 1 << 10;
  while (cells < low.size * 4) cells <<= 1;
  lx.lowSlots = new Int32Array(cells);
  for (const key of low) {
    const id = idOfString(lx, key);
    place(lx.lowSlots, mix(lx.sa[id], lx.sb[id]), id);
    if (!/^[a-z]+$/.test(key)) continue;
    const units = Uint16Array.from({ length: key.length }, (_, i) => key.charCodeAt(i));
    if (key.length <= 3) lx.lowShort[shortIndex(units, 0, key.length)] = id + 1;
    else { const x = seenIndex(units, 0, key.length); lx.lowSeen[x >> 5] |= 1 << (x & 31); }
  }
  return lx;
}

/** Index of the word codes[s, e) of one to three letters a-z (case folded); -1 for other chars. */
function shortIndex(codes: Uint16Array, s: number, e: number): number {
  const a = codes[s] | 32, b = s + 1 < e ? codes[s + 1] | 32 : 96, c = s + 2 < e ? codes[s + 2] | 32 : 96;
  if (a < 97 || a > 122 || b < 96 || b > 122 || c < 96 || c > 122) return -1;
  return (a - 96) * 729 + (b - 96) * 27 + c - 96;
}
/** Length (up to 15), first two chars and last char of a word whose first char is a letter. */
const seenIndex = (codes: Uint16Array, s: number, e: number) =>
  ((Math.min(e - s, 15) * 26 + ((codes[s] | 32) - 97)) * 32 + (codes[s + 1] & 31)) * 32 + (codes[e - 1] & 31);

/**
 * Id of the ASCII word codes[s, e) (a text's code units, see char-codes.ts; no full stop, first char a-z)
 * when a lowercase word can matter, else NONE: a probe of the small table, no string made.
 */
export function idOfLower(lx: Lexicon, codes: Uint16Array, s: number, e: number): number {
  const n = e - s;
  // Short words by their letters, longer ones past a filter: most lowercase words cost a load or two.
  if (n <= 3) { const x = shortIndex(codes, s, e); if (x >= 0) return lx.lowShort[x] - 1; }
  else { const x = seenIndex(codes, s, e); if ((lx.lowSeen[x >> 5] & (1 << (x & 31))) === 0) return NONE; }
  return probeLower(lx, codes, s, e);
}

/** The five-letter sample of codes[s, e) folded to lower case (sampleB is set beside it). */
function sampleAt(codes: Uint16Array, s: number, e: number): number {
  const n = e - s;
  return n < 2 ? sampleOf(n, FOLD[codes[s]], 0, 0, 0, 0)
    : sampleOf(n, FOLD[codes[s]], FOLD[codes[s + 1]], FOLD[codes[s + (n >> 1)]], FOLD[codes[e - 2]], FOLD[codes[e - 1]]);
}

/** Linear probe of one of the lexicon's slot tables for codes[s, e); NONE when the word is absent. */
function probe(lx: Lexicon, slots: Int32Array, codes: Uint16Array, s: number, e: number, sa: number, sb: number): number {
  const n = e - s;
  const mask = slots.length - 1;
  for (let p = mix(sa, sb) & mask; ; p = (p + 1) & mask) {
    const v = slots[p];
    if (v === 0) return NONE;
    const id = v - 1;
    if (lx.sa[id] !== sa || lx.sb[id] !== sb) continue;
    // the sample holds the first two and last two letters: a word of five or fewer is matched
    if (n <= 5) return id;
    const chars = lx.chars;
    let x = s + 2, q = lx.offset[id] + 2;
    for (; x < e - 2; x++) if (chars[q++] !== FOLD[codes[x]]) break;
    if (x === e - 2) return id;
  }
}

/** The small table's probe, for a word past the filters. */
function probeLower(lx: Lexicon, codes: Uint16Array, s: number, e: number): number {
  const sa = sampleAt(codes, s, e);
  return probe(lx, lx.lowSlots, codes, s, e, sa, sampleB);
}

/** Id of the word text[s, e) lowercased, for ASCII text with no full stop in it; `codes` are the text's code units. */
export function idOfAscii(lx: Lexicon, text: string, codes: Uint16Array, s: number, e: number): number {
  const sa = sampleAt(codes, s, e);
  const sb = sampleB;
  const found = probe(lx, lx.slots, codes, s, e, sa, sb);
  if (found !== NONE) return found;
  // A long slice would keep the whole article alive: copy it.
  let key = text.slice(s, e).toLowerCase();
  if (key.length >= 13) { let copy = ''; for (let x = 0; x < key.length; x++) copy += key[x]; key = copy; }
  return insert(lx, key, sa, sb);
}

/**
 * Id of the key in codes[0, n), lowercase ASCII already (a key the scanner made without a string: "us" of "U.S.",
 * "o'malley" of "O’Malley"): the id `idOfString` gives the same key, as the samples and the table are the same.
 */
export function idOfCodes(lx: Lexicon, codes: Uint16Array, n: number): number {
  const sa = sampleAt(codes, 0, n);
  const sb = sampleB;
  const found = probe(lx, lx.slots, codes, 0, n, sa, sb);
  if (found !== NONE) return found;
  let key = '';
  for (let x = 0; x < n; x++) key += String.fromCharCode(codes[x]);
  return insert(lx, key, sa, sb);
}

/** Entry index of the known name a chain is, or -1. */
export const chainRef = (lx: Lexicon, chain: number): number => (chain < PHRASE ? lx.ref[chain] : lx.phraseRef[chain - PHRASE]);

/** The lowercased text of a chain: "foreign minister". */
export const chainKey = (lx: Lexicon, chain: number): string => (chain < PHRASE ? lx.keys[chain] : lx.phraseKeys[chain - PHRASE]);

/**
 * The chain of `chain` followed by word `id`: "foreign" + "minister". Name and role lookups walk
 * chains, so a phrase is joined into a string and looked up in the knowledge once, not at every use.
 */
export function phraseOf(lx: Lexicon, chain: number, id: number): number {
  let slots = lx.phraseSlots;
  const cells = slots.length / 3;
  // Cells are a power of two (3 << 12, doubled): a mask, not a division.
  const mask = cells - 1;
  for (let p = mix(chain, id) & mask; ; p = (p + 1) & mask) {
    const v = slots[p * 3 + 2];
    if (v === 0) break;
    if (slots[p * 3] === chain && slots[p * 3 + 1] === id) return PHRASE + v - 1;
  }
  const key = chainKey(lx, chain) + ' ' + lx.keys[id];
  const k = lx.k, index = lx.phraseKeys.length;
  lx.phraseKeys.push(key);
  lx.phraseParent.push(chain);
  lx.phraseWord.push(id);
  const ref = k.keys.get(key);
  lx.phraseRef.push(ref ?? -1);
  lx.phraseBits.push((ref !== undefined ? P_KEY : 0) | (k.roles.has(key) ? P_ROLE : 0) | (k.heads.has(key) ? P_HEAD : 0)
    | (k.keyStarts.has(key) ? P_KEY_ON : 0) | (k.roleStarts.has(key) ? P_ROLE_ON : 0));
  if ((index + 1) * 2 > cells) { slots = lx.phraseSlots = new Int32Array(slots.length * 2); for (let x = 0; x < index; x++) placePhrase(lx, x); }
  placePhrase(lx, index);
  return PHRASE + index;
}

function placePhrase(lx: Lexicon, index: number): void {
  const slots = lx.phraseSlots, cells = slots.length / 3;
  const chain = lx.phraseParent[index], id = lx.phraseWord[index];
  let p = mix(chain, id) & (cells - 1);
  while (slots[p * 3 + 2] !== 0) p = (p + 1) & (cells - 1);
  slots[p * 3] = chain; slots[p * 3 + 1] = id; slots[p * 3 + 2] = index + 1;
}

/** Id of a word already lowercased (the path for words outside ASCII). */
export function idOfString(lx: Lexicon, key: string): number {
  const sa = sampleString(key), sb = sampleB, h = mix(sa, sb);
  const slots = lx.slots, mask = slots.length - 1;
  for (let p = h & mask; ; p = (p + 1) & mask) {
    const v = slots[p];
    if (v === 0) break;
    if (lx.sa[v - 1] === sa && lx.sb[v - 1] === sb && lx.keys[v - 1] === key) return v - 1;
  }
  return insert(lx, key, sa, sb);
}

function sampleString(k: string): number {
  const n = k.length;
  let high = 0;
  for (let i = 0; i < n; i++) if (k.charCodeAt(i) > 127) high = 1 << 31;
  const c = (i: number) => k.charCodeAt(i) & 127;
  const sa = n < 2 ? sampleOf(n, n ? c(0) : 0, 0, 0, 0, 0) : sampleOf(n, c(0), c(1), c(n >> 1), c(n - 2), c(n - 1));
  sampleB |= high;
  return sa;
}

function insert(lx: Lexicon, key: string, sa: number, sb: number): number {
  const id = lx.keys.length;
  if (id + 1 >= lx.sa.length) grow(lx);
  if (lx.used + key.length > lx.chars.length) growChars(lx, Math.max(lx.chars.length * 2, lx.used + key.length));
  for (let i = 0; i < key.length; i++) lx.chars[lx.used++] = key.charCodeAt(i);
  lx.keys.push(key);
  lx.sa[id] = sa;
  lx.sb[id] = sb;
  lx.offset[id + 1] = lx.used;
  const k = lx.k;
  lx.firstMax[id] = Math.min(255, k.firsts.get(key) ?? 0);
  lx.roleMax[id] = Math.min(255, k.roleFirsts.get(key) ?? 0);
  lx.ref[id] = k.keys.get(key) ?? -1;
  lx.classes[id] = lx.listClasses.get(key) ?? 0;
  lx.bits[id] = bitsOf(lx, key, lx.ref[id] >= 0) | (lx.acronyms.has(key) ? W_ACRONYM : 0) | (lx.firstMax[id] ? W_FIRST : 0) | (lx.roleMax[id] ? W_ROLE_FIRST : 0);
  place(lx.slots, mix(sa, sb), id);
  return id;
}

function place(slots: Int32Array, h: number, id: number): void {
  const mask = slots.length - 1;
  let p = h & mask;
  while (slots[p] !== 0) p = (p + 1) & mask;
  slots[p] = id + 1;
}

/** Doubles the per-id arrays and the table (kept at most half full). */
const grow = (lx: Lexicon): void => resize(lx, lx.sa.length * 2);

/** The keys' chars in a buffer of `n` code units, keeping those written. */
function growChars(lx: Lexicon, n: number): void {
  const c = new Uint16Array(n);
  c.set(lx.chars);
  lx.chars = c;
}

/** Sizes the per-id arrays for `n` ids and the table for 2n cells, keeping what they hold. */
function resize(lx: Lexicon, n: number): void {
  const copy = <T extends Int32Array | Uint8Array>(a: T, b: T) => { b.set(a); return b; };
  lx.sa = copy(lx.sa, new Int32Array(n));
  lx.sb = copy(lx.sb, new Int32Array(n));
  lx.offset = copy(lx.offset, new Int32Array(n));
  lx.bits = copy(lx.bits, new Int32Array(n));
  lx.classes = copy(lx.classes, new Uint8Array(n));
  lx.firstMax = copy(lx.firstMax, new Uint8Array(n));
  lx.roleMax = copy(lx.roleMax, new Uint8Array(n));
  lx.ref = copy(lx.ref, new Int32Array(n));
  lx.slots = new Int32Array(n * 2);
  for (let id = 0; id < lx.keys.length; id++) place(lx.slots, mix(lx.sa[id], lx.sb[id]), id);
}

type Lists = readonly (readonly [{ has(key: string): boolean; keys(): Iterable<string> }, number])[];

/** The word lists of the knowledge and of word-classes.ts, each with its W_* bit. */
const listsOf = (k: Knowledge): Lists => [[ABBREV, W_ABBREV], [k.notNames, W_NOT_NAME], [PARTICLES, W_PARTICLE], [CONNECTORS, W_CONNECTOR],
  [k.roleWords, W_ROLE_WORD], [k.heads, W_HEAD], [k.pairFirsts, W_PAIR_FIRST], [k.groupNouns, W_GROUP_NOUN], [k.honorifics, W_HONORIFIC],
  [k.adjectives, W_ADJ], [k.peoples, W_PEOPLE], [k.blocs, W_BLOC], [k.roles, W_ROLE], [k.parties, W_PARTY], [k.suffixes, W_SUFFIX],
  [new Set(['the']), W_THE], [k.firstNames, W_GIVEN], [SPEECH, W_SPEECH], [PLACE_CUES, W_PLACE_CUE], [PLACE_NOUNS, W_PLACE_NOUN],
  [ORG_NOUNS, W_ORG_NOUN], [NAME_TAILS, W_NAME_TAIL], [DESCRIBING_PAST, W_DESC_PAST], [DESCRIBING_PLURAL, W_DESC_PLURAL], [COLLECTIVE, W_COLLECTIVE]];

/** Every word of the lists with the OR of the bits of the lists it is in. */
function byWord(lists: Lists): Map<string, number> {
  const out = new Map<string, number>();
  for (const [list, bit] of lists) for (const key of list.keys()) out.set(key, (out.get(key) ?? 0) | bit);
  return out;
}

/** The knowledge's bits for a word; `known` tells whether it is a key (looked up once, by the caller). */
function bitsOf(lx: Lexicon, key: string, known: boolean): number {
  let b = lx.listBits.get(key) ?? 0;
  if (known) b |= W_KEY;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 45) b |= W_HYPHEN;
    else if (c >= 48 && c <= 57) b |= W_HAS_DIGIT;
  }
  return b;
}
