// Compiles the quote stage's word lists (data/) once, at module load, into Sets and Maps.
import { INFINITIVE_VERBS, IRREGULAR, THAT_ONLY_VERBS, NOT_CUE_BEFORE, OBJECT_TO_VERBS, PHRASES, QUOTE_ONLY_VERBS, REPORT_VERBS, SOURCE_AFTER } from './data/cue-verbs.js';
import { ABBREVIATIONS, AUXILIARIES, BODY_NOUNS, FLOATING_QUANTIFIERS, IRREGULAR_PASTS, DETERMINERS, GROUP_NOUNS, HONORIFICS, INNER_PREPOSITIONS, SUBJECT_MODIFIERS, NAME_STOPS, NP_STOPS, OBJECT_OPENERS, OTHER_PRONOUNS, PERSON_ROLES, PRONOUNS, SENTENCE_ADVERBS, TIME_PHRASE_OPENERS, TIME_PHRASE_TAILS, TIME_UNITS, TIME_WORDS } from './data/speaker-words.js';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** What a cue word form is. */
export type CueForm = Readonly<{ lemma: string; quoteOnly: boolean; objectTo: boolean; ing: boolean; participle: boolean; /** the lemma or its -s form: "say", "says" */ base: boolean }>;

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR_MAP.get(lemma);
  if (irregular) return irregular;
  const last = lemma[lemma.length - 1];
  const consonantY = last === 'y' && !'aeiou'.includes(lemma[lemma.length - 2]);
  const s = /(s|x|z|ch|sh)$/.test(lemma) ? lemma + 'es' : consonantY ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  const ed = last === 'e' ? lemma + 'd' : consonantY ? lemma.slice(0, -1) + 'ied' : lemma + 'ed';
  const ing = last === 'e' && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : lemma + 'ing';
  return [lemma, s, ed, ed, ing];
}

const IRREGULAR_MAP = new Map<string, string[]>();
for (const line of IRREGULAR.trim().split('\n')) {
  const [lemma, ...forms] = words(line);
  IRREGULAR_MAP.set(lemma, [lemma, ...forms]);
}

/** Every inflected form of a cue verb, lowercased. */
export const CUE_FORMS = new Map<string, CueForm>();
const objectTo = new Set(words(OBJECT_TO_VERBS));
/** Lemmas of commitment whose content can be a to-infinitive: "vowed to veto". */
export const INFINITIVE_CUE: ReadonlySet<string> = new Set(words(INFINITIVE_VERBS));
/** Lemmas that report speech outside quotation marks only before "that": "maintained that ...". */
export const THAT_ONLY_CUE: ReadonlySet<string> = new Set(words(THAT_ONLY_VERBS));
function addVerb(lemma: string, quoteOnly: boolean): void {
  const forms = inflect(lemma);
  forms.forEach((f, i) => {
    if (CUE_FORMS.has(f) && !CUE_FORMS.get(f)!.quoteOnly) return;
    CUE_FORMS.set(f, { lemma, quoteOnly, objectTo: objectTo.has(lemma), ing: f.endsWith('ing') && i >= 4, participle: i === 3, base: f === lemma || f === lemma + 's' || f === lemma + 'es' });
  });
}
for (const v of words(REPORT_VERBS)) addVerb(v, false);
for (const v of words(QUOTE_ONLY_VERBS)) addVerb(v, true);

/** Multiword cues keyed by the form of their first word: the following words, lowercased. */
export const PHRASE_TAILS = new Map<string, { lemma: string; tail: string[] }[]>();
for (const line of PHRASES.trim().split('\n')) {
  const [head, ...tail] = words(line);
  for (const f of inflect(head)) {
    const list = PHRASE_TAILS.get(f) ?? [];
    list.push({ lemma: `${head} ${tail.join(' ')}`, tail });
    list.sort((a, b) => b.tail.length - a.tail.length);
    PHRASE_TAILS.set(f, list);
  }
}

/** Per cue lemma, the next words that make it no cue ("added to", "press ahead"). */
export const NOT_CUE_NEXT = new Map<string, Set<string>>();
for (const line of NOT_CUE_BEFORE.trim().split('\n')) {
  const [lemma, next] = words(line);
  NOT_CUE_NEXT.set(lemma, (NOT_CUE_NEXT.get(lemma) ?? new Set()).add(next));
}

/** Prepositional cues ("according to"), as word lists. */
export const SOURCE_AFTER_CUES = SOURCE_AFTER.split('|').map(words);

function tagged(s: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const w of words(s)) { const [word, tag = ''] = w.split(':'); m.set(word, tag); }
  return m;
}

export const HONORIFIC = tagged(HONORIFICS);

/** "Trump's" → "Trump", "he’s" → "he": the word without a final "'s" or "’s"; any other word as it is. */
export function withoutApostropheS(w: string): string {
  const c = w.charCodeAt(w.length - 2);
  return w.length > 2 && w.charCodeAt(w.length - 1) === 115 && (c === 39 || c === 0x2019) ? w.slice(0, -2) : w;
}

/** The honorific's gender tag ('m', 'f' or '') for "Mr", "Mr.", "Sen." …; undefined for any other word. */
export function honorificOf(w: string): string | undefined {
  return HONORIFIC.get(w) ?? (w.endsWith('.') ? HONORIFIC.get(w.slice(0, -1)) : undefined);
}
export const PERSON_ROLE = tagged(PERSON_ROLES);
export const GROUP_NOUN = new Set(words(GROUP_NOUNS));
/** A person's role or a group of people: a noun that can head a speaker's phrase ("the minister", "officials"). */
export const headNoun = (w: string): boolean => PERSON_ROLE.has(w) || GROUP_NOUN.has(w);
/** Per body noun, the sectors of the bodies it can stand for ("?" none known, "*" any). */
export const BODY_NOUN = new Map<string, Set<string>>();
for (const w of words(BODY_NOUNS)) { const [noun, sectors] = w.split(':'); BODY_NOUN.set(noun, new Set(sectors.split(',').filter(Boolean))); }
export const IRREGULAR_PAST = new Set(words(IRREGULAR_PASTS));
/** A past form: "-ed" (five letters or more) or a common irregular one ("began", "given"). */
export const pastForm = (w: string): boolean => (w.length > 4 && w.endsWith('ed')) || IRREGULAR_PAST.has(w);
export const TIME_PHRASE_TAIL = new Set(words(TIME_PHRASE_TAILS));
export const TIME_PHRASE_OPENER = new Set(words(TIME_PHRASE_OPENERS));
export const FLOATING_QUANTIFIER = new Set(words(FLOATING_QUANTIFIERS));
export const PRONOUN = tagged(PRONOUNS);
export const OTHER_PRONOUN = new Set(words(OTHER_PRONOUNS));
export const NAME_STOP = new Set(words(NAME_STOPS));
export const NP_STOP = new Set(words(NP_STOPS));
export const DETERMINER = new Set(words(DETERMINERS));
export const OBJECT_OPENER = new Set(words(OBJECT_OPENERS));
export const SENTENCE_ADVERB = new Set(words(SENTENCE_ADVERBS));
export const TIME_WORD = new Set(words(TIME_WORDS));
export const TIME_UNIT = new Set(words(TIME_UNITS));
export const AUX = new Set(words(AUXILIARIES));
export const INNER_PREP = new Set(words(INNER_PREPOSITIONS));
export const SUBJECT_MODIFIER = new Set(words(SUBJECT_MODIFIERS));
export const ABBREVIATION = new Set(words(ABBREVIATIONS));

/** Lemmas of speech cues, for the eval's speech-only subset. */
export const SPEECH_LEMMAS = new Set([...CUE_FORMS.values()].map((c) => c.lemma));
