// One table of the words the quote stage asks about, each with its facts as bits ("a cue can start
// here", "a determiner"), so that each word token is looked up once, by its hash and without slicing
// its text, and every later question about it is a bit test. Words outside the table have no facts.
import { BE, BEFORE_CALL, CIRCUMSTANCE_START, CUE_PREPOSITION, MODAL_BEFORE_CUE, OCCASION, PLACE_OR_TIME, PREPOSITION, PREPOSITION_BEFORE_ADJECTIVE, QUANTIFIER, SUBJECT_BEFORE_BASE, SUBORDINATOR } from './data/report-words.js';
import { ABBREVIATION, AUX, CUE_FORMS, FLOATING_QUANTIFIER, DETERMINER, INNER_PREP, NP_STOP, SUBJECT_MODIFIER, PHRASE_TAILS, PRONOUN, SENTENCE_ADVERB, SOURCE_AFTER_CUES, TIME_UNIT, TIME_WORD } from './lexicon.js';

/** Facts about a word, as bits of `wordFacts`. */
export const enum F {
  /** A speech cue may start with it: "said", "made" (clear), "according" (to). */
  CueFirst = 1,
  Determiner = 2,
  Pronoun = 4,
  NpStop = 8,
  SentenceAdverb = 16,
  TimeWord = 32,
  Aux = 64,
  InnerPrep = 128,
  Preposition = 256,
  Occasion = 512,
  TimeUnit = 1024,
  /** Its full stop ends no sentence: "Sen.", "Jan." */
  Abbreviation = 2048,
  // what the word before a cue is (find-cue.ts): asked of every cue, so bits rather than its sliced text
  Be = 4096,
  Quantifier = 8192,
  SubjectBeforeBase = 16384,
  PrepositionBeforeAdjective = 32768,
  BeforeCall = 65536,
}

const FACTS: [F, Iterable<string>][] = [
  [F.CueFirst, [...CUE_FORMS.keys(), ...PHRASE_TAILS.keys(), ...SOURCE_AFTER_CUES.map((w) => w[0])]],
  [F.Determiner, DETERMINER],
  [F.Pronoun, PRONOUN.keys()],
  [F.NpStop, NP_STOP],
  [F.SentenceAdverb, SENTENCE_ADVERB],
  [F.TimeWord, TIME_WORD],
  [F.Aux, AUX],
  [F.InnerPrep, INNER_PREP],
  [F.Preposition, PREPOSITION],
  [F.Occasion, OCCASION],
  [F.TimeUnit, TIME_UNIT],
  [F.Abbreviation, ABBREVIATION],
  [F.Be, BE],
  [F.Quantifier, QUANTIFIER],
  [F.SubjectBeforeBase, SUBJECT_BEFORE_BASE],
  [F.PrepositionBeforeAdjective, PREPOSITION_BEFORE_ADJECTIVE],
  [F.BeforeCall, BEFORE_CALL],
];
// Words asked about by name ("that", "and"): in the table so their tokens never need slicing.
const ALSO = `that and but by the a an which who said says told added asked is was were are been be
called calls calling in at during on of for from to whether i we then among as not`;

/** The words of the table, by id (lowercased). */
export const WORDS: string[] = [];
const ids = new Map<string, number>();
const facts: number[] = [];
function add(w: string, f: number): void {
  let id = ids.get(w);
  if (id === undefined) { id = WORDS.length; ids.set(w, id); WORDS.push(w); facts.push(0); }
  facts[id] |= f;
}
for (const [f, words] of FACTS) for (const w of words) add(w, f);
for (const w of tailWords()) add(w, 0);
for (const w of ALSO.split(/\s+/)) add(w, 0);
// ... and the lists asked of by word id (`idsOf`)
for (const list of [MODAL_BEFORE_CUE, CIRCUMSTANCE_START, SUBORDINATOR, CUE_PREPOSITION, FLOATING_QUANTIFIER, SUBJECT_MODIFIER, PLACE_OR_TIME]) for (const w of list) add(w, 0);

// the later words of multiword cues: "made clear", "according to"
function tailWords(): string[] {
  const out: string[] = [];
  for (const list of PHRASE_TAILS.values()) for (const p of list) out.push(...p.tail);
  for (const words of SOURCE_AFTER_CUES) out.push(...words);
  return out;
}

/** Facts of word `id` (`F` bits). */
export const wordFacts = Uint32Array.from(facts);

// A one-load filter on word keys for "can a speech cue start here?": most words are rejected before they
// are looked up. A 4 KB bit table stays in the L1 cache.
const CUE_MASK = (1 << 15) - 1;
const CUE_BLOOM = new Int32Array((CUE_MASK + 1) >> 5);
WORDS.forEach((w, id) => {
  if ((facts[id] & F.CueFirst) === 0) return;
  const b = keyOf(w, 0, w.length) & CUE_MASK;
  CUE_BLOOM[b >> 5] |= 1 << (b & 31);
});

/** May a word whose `keyOf` is `key` start a speech cue? False: it cannot; true: look it up. */
export function mayBeCueKey(key: number): boolean {
  const b = key & CUE_MASK;
  return (CUE_BLOOM[b >> 5] & (1 << (b & 31))) !== 0;
}

// Open addressing on the word key, a quarter full: most unknown words cost one load. Slot i holds
// a word's key at 2i and its id at 2i + 1 (-1: empty), so a probe reads one cache line.
const BITS = Math.max(10, Math.ceil(Math.log2(WORDS.length * 4)));
const MASK = (1 << BITS) - 1;
const SLOTS = new Int32Array((MASK + 1) * 2).fill(-1);
const slotOf = (h: number): number => Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
WORDS.forEach((w, id) => {
  const h = keyOf(w, 0, w.length);
  let slot = slotOf(h);
  while (SLOTS[2 * slot + 1] >= 0) slot = (slot + 1) & MASK;
  SLOTS[2 * slot] = h;
  SLOTS[2 * slot + 1] = id;
});

/**
 * Id of the word text[s, e) (lowercased) in the table, or -1; `h` is its `keyOf`. Lowercases
 * A-Z only: exact unless `needsLowering(text)`.
 * @example lookUpWord('He Said', 3, 7, keyOf('He Said', 3, 7)) // WORDS.indexOf('said')
 */
export function lookUpWord(text: string, s: number, e: number, h: number): number {
  for (let slot = slotOf(h); ; slot = (slot + 1) & MASK) {
    const id = SLOTS[2 * slot + 1];
    if (id < 0) return -1;
    if (SLOTS[2 * slot] === h && sameWord(text, s, e, WORDS[id])) return id;
  }
}

// The table's words as code units, one after another: word `id` is WORD_CODES[WORD_AT[id], WORD_AT[id + 1])
const WORD_AT = new Int32Array(WORDS.length + 1);
WORDS.forEach((w, id) => { WORD_AT[id + 1] = WORD_AT[id] + w.length; });
const WORD_CODES = new Uint16Array(WORD_AT[WORDS.length]);
WORDS.forEach((w, id) => { for (let i = 0; i < w.length; i++) WORD_CODES[WORD_AT[id] + i] = w.charCodeAt(i); });

/**
 * `lookUpWord` of the word codes[s, e), from the text's code units (char-codes.ts): the per-token path,
 * which compares code units with code units where `lookUpWord` reads both strings by charCodeAt.
 */
export function lookUpCodes(codes: Uint16Array, s: number, e: number, h: number): number {
  for (let slot = slotOf(h); ; slot = (slot + 1) & MASK) {
    const id = SLOTS[2 * slot + 1];
    if (id < 0) return -1;
    if (SLOTS[2 * slot] === h && sameCodes(codes, s, e, id)) return id;
  }
}

function sameCodes(codes: Uint16Array, s: number, e: number, id: number): boolean {
  const a = WORD_AT[id];
  if (e - s !== WORD_AT[id + 1] - a) return false;
  for (let i = 0; i < e - s; i++) {
    const c = codes[s + i];
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== WORD_CODES[a + i]) return false;
  }
  return true;
}

// The letters outside ASCII whose lowercase holds an ASCII letter are "İ" (i + dot above) and the
// KELVIN SIGN "K" (k): look-up-word.test.ts checks this against every character.

/** True when a word of `text` may lowercase into a word of the table by a letter `lookUpWord` misses. */
export const needsLowering = (text: string): boolean => text.indexOf('\u0130') >= 0 || text.indexOf('\u212a') >= 0;

/** `lookUpWord` the exact, slow way: the word's text sliced and lowercased. */
export function lookUpLowered(text: string, s: number, e: number): number {
  return ids.get(text.slice(s, e).toLowerCase()) ?? -1;
}

function sameWord(text: string, s: number, e: number, w: string): boolean {
  if (e - s !== w.length) return false;
  for (let i = 0; i < w.length; i++) {
    const c = text.charCodeAt(s + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The table's key for the word text[s, e): its length, first, second and last characters, with A-Z
 * lowercased (`| 32` also changes some other characters: a collision the word check then rejects).
 * Three loads and no loop, as the token pass runs it on every word.
 */
export function keyOf(text: string, s: number, e: number): number {
  const n = e - s;
  return keyFrom(n, text.charCodeAt(s), text.charCodeAt(n > 1 ? s + 1 : s), text.charCodeAt(e - 1));
}

/** `keyOf` of the word codes[s, e), from the text's code units (char-codes.ts): the per-token path. */
export function keyOfCodes(codes: Uint16Array, s: number, e: number): number {
  const n = e - s;
  return keyFrom(n, codes[s], codes[n > 1 ? s + 1 : s], codes[e - 1]);
}

// (a declaration: the table above is keyed while this module loads)
function keyFrom(n: number, a: number, b: number, z: number): number {
  return Math.imul(Math.imul(Math.imul(n + 0x3b, 0x01000193) ^ (a | 32), 0x01000193) ^ (b | 32), 0x01000193) ^ (z | 32);
}

/**
 * The ids of `words`, each of which must be in the table: `IDS.has(wordId(toks, t))` asks what
 * `SET.has(lw(toks, t))` asks, without slicing a word the table does not hold.
 */
export function idsOf(words: Iterable<string>): ReadonlySet<number> {
  return new Set([...words].map(idOf));
}

/** Id of the table word `w` (which must be in it). */
export function idOf(w: string): number {
  const id = ids.get(w);
  if (id === undefined) throw new Error(`quote word table has no "${w}"`);
  return id;
}
