// Per-word cue bits for the events rules, found once per distinct word (word-facts.ts): which lists the
// word is in (determiner, preposition, auxiliary ...) and what the lexicon knows of it. A rule then tests
// a bit of the token instead of asking several Sets about the same word.
import type { Lexicon } from './patterns/load-patterns.js';
import { lemmatize } from './lemmatize.js';
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
export const MODALITY_CUES = ['deferral', 'hypothetical', 'negation', 'denial', 'modal-threat', 'threat-frame', 'propose-frame', 'intent-frame', 'failure'] as const;

const firstWords = new WeakMap<Lexicon, ReadonlySet<string>>();

/** First words of the modality cue lists' bigrams, found once per lexicon. */
function modalityFirsts(lx: Lexicon): ReadonlySet<string> {
  let f = firstWords.get(lx);
  if (!f) {
    const set = new Set<string>();
    for (const name of MODALITY_CUES) for (const k of lx.cues.get(name) ?? []) if (k.includes('_')) set.add(k.split('_')[0]);
    firstWords.set(lx, (f = set));
  }
  return f;
}

/** The cue bits of a lower-case word; 0 for the empty word. */
export function cueBits(lx: Lexicon, word: string): number {
  if (word === '') return 0;
  const has = (name: string) => lx.cues.get(name)?.has(word) ?? false;
  const lemma = lemmatize(word, lx.forms, lx.verbs);
  const noun = lx.nouns.get(word) ?? (word.endsWith('s') ? lx.nouns.get(word.slice(0, -1)) : undefined);
  return (NOUN_BEFORE.has(word) ? NOUN_BEFORE_BIT : 0) | (has('determiner') ? DETERMINER : 0) | (has('preposition') ? PREPOSITION : 0)
    | (has('auxiliary') ? AUXILIARY : 0) | (has('subject-pronoun') ? SUBJECT_PRONOUN : 0) | (has('base-verb-before') ? BASE_VERB_BEFORE : 0)
    | (lx.forms.has(word) ? IRREGULAR_FORM : 0) | (lx.verbs.has(word) ? VERB : 0) | (has('speech') ? SPEECH : 0) | (noun ? NOUN : 0)
    | (lx.verbs.has(lemma) ? LEMMA_VERB : 0) | (lemma === 'make' ? LEMMA_MAKE : 0) | (has('adjective-after-make') ? ADJECTIVE_AFTER_MAKE : 0)
    | (has('speech-act') ? SPEECH_ACT : 0) | (has('pronoun-person') || has('pronoun-thing') || has('pronoun-plural') ? PRONOUN : 0)
    | (MODALITY_CUES.some(has) ? MODALITY : 0) | (modalityFirsts(lx).has(word) ? MODALITY_FIRST : 0) | (nameAdjective(word) ? NAME_ADJECTIVE : 0) | (has('degree') ? DEGREE : 0)
    | endingBits(word);
}

/** The ENDS_* and SINGULAR_S bits of a word. */
export function endingBits(word: string): number {
  const singular = word.length > 1 && word.endsWith('s') && word.charCodeAt(word.length - 2) !== 115;
  return (word.endsWith('ed') ? ENDS_ED : 0) | (word.endsWith('ing') ? ENDS_ING : 0) | (word.endsWith('s') ? ENDS_S : 0) | (singular ? SINGULAR_S : 0)
    | (word.endsWith('ly') ? ENDS_LY : 0) | (word.endsWith("n't") ? ENDS_NT : 0);
}

/** "Israeli occupied territories", "Republican proposed cuts": a demonym, party or bloc word before a participle is no subject. */
function nameAdjective(word: string): boolean {
  const k = knowledge();
  return k.adjectives.has(word) || k.parties.has(word) || k.blocs.has(word);
}
