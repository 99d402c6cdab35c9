// Per-word cue bits for the events rules, found once per distinct word (word-facts.ts): which lists the
// word is in (determiner, preposition, auxiliary ...) and what the lexicon knows of it. A rule then tests
// a bit of the token instead of asking several Sets about the same word.
import type { Lexicon } from './patterns/load-patterns.js';
import { lemmatize } from './lemmatize.js';
import { filterOf, mayTrigger } from './trigger-filter.js';
import { wordHash } from './word-table.js';
import { knowledge } from '../knowledge/index.js';

/** Words that make the next word a noun: "the attack", "his support", "further strikes". */
const NOUN_BEFORE = new Set(["'", '’', 'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", 'further', 'any', 'new', 'fresh', 'of', 'for', 'after', 'before', 'during', 'in', 'into', 'no', 'this', 'that', 'these', 'those', 'last', 'latest', 'recent', 'first', 'second', 'planned', 'targeted', 'possible', 'weekend', 'economic', 'military', 'diplomatic', 'bilateral', 'peace', 'direct', 'deadly', 'suspected', 'alleged', 'two-day', 'official', 'state', 'weapons', 'weapon', 'chemical', 'gas', 'air', 'suicide', 'missile', 'drone', 'terrorist', 'terror', 'car', 'hunger', 'general', 'additional', 'more', 'fresh', 'renewed', 'repeated', 'ongoing', 'independent', 'international', 'joint', 'high-level', 'ministers', 'leaders', 'officials', 'criminal', 'federal', 'fraud', 'corruption', 'murder', 'felony', 'bribery', 'manslaughter']);

export const NOUN_BEFORE_BIT = 1, DETERMINER = 2, PREPOSITION = 4, AUXILIARY = 8, SUBJECT_PRONOUN = 16, BASE_VERB_BEFORE = 32;
export const IRREGULAR_FORM = 64, VERB = 128, SPEECH = 256, NOUN = 512, LEMMA_VERB = 1024, LEMMA_MAKE = 2048, ADJECTIVE_AFTER_MAKE = 4096;
export const SPEECH_ACT = 1 << 13;
/** set by word-facts.ts: the word can start a trigger (its entry's `trigger` is not null) */
export const TRIGGER = 1 << 14;
/** set by word-facts.ts: the word can start a verb's object pattern (its entry's `keys` are not empty) */
export const PATTERN_KEY = 1 << 15;
/** a pronoun resolvePronoun can place: in pronoun-person, pronoun-thing or pronoun-plural */
export const PRONOUN = 1 << 16;

/** The word is in a modality cue list (decide-modality.ts) / is the first word of a two-word one ("put" of "put_off") */
export const MODALITY = 1 << 17, MODALITY_FIRST = 1 << 18;
/** A capitalised word that is an adjective, not a name: a demonym, a party or a bloc ("Israeli", "Republican") */
export const NAME_ADJECTIVE = 1 << 19;
/** A degree word before an adjective: "most", "more", "very", "so" */
export const DEGREE = 1 << 20;
/**
 * How the word ends, for the trigger rules ("attacked", "meeting", "talks", "officials", "likely", "won't"):
 * a bit test per word instead of a String endsWith call (a builtin call, ~25 ns) per rule and candidate.
 * SINGULAR_S: ends in one s, not "ss" ("officials", not "press"); what /[^s]s$/ tests.
 */
export const ENDS_ED = 1 << 21, ENDS_ING = 1 << 22, ENDS_S = 1 << 23, SINGULAR_S = 1 << 24, ENDS_LY = 1 << 25, ENDS_NT = 1 << 26;
/**
 * Set by word-facts.ts from a trigger word's facts, so that the trigger rules reject most candidates from
 * the cue bits alone, without reading the word's entry (out of cache after the other stages): its lemma is
 * the word itself, it starts a multi-word verb, its lemma needs a capital object, it is in the adjective-verb list.
 */
export const LEMMA_SELF = 1 << 27, MULTI_VERB = 1 << 28, NEEDS_CAPITAL = 1 << 29, ADJECTIVE_VERB = 1 << 30;
/** The cue lists decideModality reads, each a bit of its masks. */
export const MODALITY_CUES = ['deferral', 'hypothetical', 'negation', 'denial', 'modal-threat', 'threat-frame', 'propose-frame', 'intent-frame', 'failure', 'possibility-modal', 'negative-subject'] as const;

/** The cue lists whose words get a bit of their own. */
const LIST_BITS: readonly (readonly [string, number])[] = [['determiner', DETERMINER], ['preposition', PREPOSITION], ['auxiliary', AUXILIARY],
  ['subject-pronoun', SUBJECT_PRONOUN], ['base-verb-before', BASE_VERB_BEFORE], ['speech', SPEECH], ['adjective-after-make', ADJECTIVE_AFTER_MAKE],
  ['speech-act', SPEECH_ACT], ['pronoun-person', PRONOUN], ['pronoun-thing', PRONOUN], ['pronoun-plural', PRONOUN], ['degree', DEGREE],
  ...MODALITY_CUES.map((name) => [name, MODALITY] as const)];

const wordBitsOf = new WeakMap<Lexicon, ReadonlyMap<string, number>>();

/**
 * The bits a word has for being in a list (cue lists, irregular forms, verbs, the modality bigrams' first
 * words, the demonyms, parties and blocs), made once per lexicon: one Map look-up on a word's first sight
 * where asking each list cost ~1 µs, and most new words (names, numbers, rare words) are in none.
 */
function listBits(lx: Lexicon): ReadonlyMap<string, number> {
  let bits = wordBitsOf.get(lx);
  if (bits) return bits;
  const map = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => { for (const w of words) map.set(w, (map.get(w) ?? 0) | bit); };
  mark(NOUN_BEFORE, NOUN_BEFORE_BIT);
  for (const [name, bit] of LIST_BITS) mark(lx.cues.get(name) ?? [], bit);
  mark(lx.forms.keys(), IRREGULAR_FORM);
  mark(lx.verbs.keys(), VERB);
  // first words of the modality cue lists' bigrams ("put" of "put_off")
  for (const name of MODALITY_CUES) for (const k of lx.cues.get(name) ?? []) if (k.includes('_')) mark([k.split('_')[0]], MODALITY_FIRST);
  // "Israeli occupied territories", "Republican proposed cuts": a demonym, party or bloc word before a participle is no subject
  const k = knowledge();
  for (const names of [k.adjectives, k.parties, k.blocs]) mark(names.keys(), NAME_ADJECTIVE);
  wordBitsOf.set(lx, (bits = map));
  return bits;
}

/** The cue bits of a lower-case word; 0 for the empty word. */
export function cueBits(lx: Lexicon, word: string): number {
  if (word === '') return 0;
  const bits = (listBits(lx).get(word) ?? 0) | endingBits(word);
  // a noun, or a form whose lemma is a verb, is in the trigger filter: a word it rules out needs no lemma
  if (!mayTrigger(filterOf(lx), wordHash(word))) return bits;
  const lemma = lemmatize(word, lx.forms, lx.verbs);
  const noun = lx.nouns.get(word) ?? (word.endsWith('s') ? lx.nouns.get(word.slice(0, -1)) : undefined);
  return bits | (noun ? NOUN : 0) | (lx.verbs.has(lemma) ? LEMMA_VERB : 0) | (lemma === 'make' ? LEMMA_MAKE : 0);
}

/** The ENDS_* and SINGULAR_S bits of a word. */
export function endingBits(word: string): number {
  const singular = word.length > 1 && word.endsWith('s') && word.charCodeAt(word.length - 2) !== 115;
  return (word.endsWith('ed') ? ENDS_ED : 0) | (word.endsWith('ing') ? ENDS_ING : 0) | (word.endsWith('s') ? ENDS_S : 0) | (singular ? SINGULAR_S : 0)
    | (word.endsWith('ly') ? ENDS_LY : 0) | (word.endsWith("n't") ? ENDS_NT : 0);
}
