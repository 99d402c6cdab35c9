// Recognises a speech cue at a token: a verb form ("said", "insisted"), a multiword cue ("made clear",
// "called on") or a prepositional one ("according to"). Title-case words inside a sentence are not
// cues ("Tillerson To Urge Russia"), nor are noun readings ("the report", "a claim").
import { K, endsWithLy, factsOf, hasFact, isCap, isPossessive, type Toks, lw, wordId } from './scan-tokens.js';
import { F, WORDS, idOf } from './look-up-word.js';
import { CUE_FORMS, type CueForm, GROUP_NOUN, PERSON_ROLE, IRREGULAR_PAST, NOT_CUE_NEXT, PHRASE_TAILS, SOURCE_AFTER_CUES } from './lexicon.js';
import { ADJECTIVE, ADJECTIVE_ENDINGS, CALL_FORMS, COMPLEMENT_OPENERS, CUE_AFTER_PAST, DEGREE_WORDS } from './data/report-words.js';
import { NOUN_S_AFTER_NAME } from './data/cue-verbs.js';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export type Cue = Readonly<{
  /** Token range of the cue words. */
  s: number;
  e: number;
  lemma: string;
  quoteOnly: boolean;
  objectTo: boolean;
  /** "saying", "adding": a participle whose subject is the sentence's. */
  ing: boolean;
  /** "was told that": the subject heard, it did not speak. */
  passive: boolean;
  /** "according to": the source follows the cue. */
  sourceAfter: boolean;
}>;

// -s forms that stay nouns after a capitalised word ("Western states", "Rust Belt states that ..."), where other
// nounish -s forms are verbs ("Trump claims")
const NOUN_AFTER_NAME = new Set(words(NOUN_S_AFTER_NAME));
// Lemmas that are nouns as often as verbs: their base and -s forms count only after a subject pronoun
// or a modal ("they claim", "will say").
const NOUNISH = new Set(`state report claim note comment answer reply question request order quote post demand
promise pledge vow signal estimate forecast counter object appeal press brief blast hail dispute contest
charge cry shout joke smile sigh laugh whisper shrug remark protest complain`.split(/\s+/));
/**
 * Can a speech cue start at token `t` (is it a word with the `CueFirst` fact)? A quick test before `cueAt`,
 * answered by the token pass (`cueWord` in scan-tokens.ts, kept in `toks.cue`).
 */
export function mayStartCue(toks: Toks, t: number): boolean {
  return t >= 0 && t < toks.n && toks.cue[t] === 1;
}

/** Past forms that after a quantifier are verbs: "Several said", "Four in 10 told pollsters" (not "eight reported incidents", "two noted scholars"). */
const QUANTIFIED_PAST = new Set('said told added wrote argued insisted complained answered replied responded explained warned'.split(' '));

// The cue forms and phrases of each table word, by its id: one load, where a Map of ~800 words looked up
// by text misses the cache
const FORM_OF: readonly (CueForm | undefined)[] = WORDS.map((w) => CUE_FORMS.get(w));
const PHRASES_OF: readonly (readonly { lemma: string; tail: string[] }[] | undefined)[] = WORDS.map((w) => PHRASE_TAILS.get(w));
const SOURCE_AFTER_OF: readonly (readonly string[][])[] = WORDS.map((w) => SOURCE_AFTER_CUES.filter((words) => words[0] === w));
// ... and what cueAt asks of the word's text, as bits by its id
const enum Is { Past = 1, NounForm = 2, NounishBase = 4, NounAfterName = 8 }
const IS_OF = Uint8Array.from(WORDS, (w, id) => {
  const form = FORM_OF[id];
  return (w.endsWith('ed') || IRREGULAR_PAST.has(w) ? Is.Past : 0) | (w.endsWith('s') || form?.lemma === w ? Is.NounForm : 0) |
    (form?.base && NOUNISH.has(form.lemma) ? Is.NounishBase : 0) | (NOUN_AFTER_NAME.has(w) ? Is.NounAfterName : 0);
});
const NOT_NEXT_OF: readonly (ReadonlySet<string> | undefined)[] = FORM_OF.map((form) => form && NOT_CUE_NEXT.get(form.lemma));

/** The cue starting at token `t` of a sentence starting at `first`, or null. */
export function cueAt(toks: Toks, t: number, first: number): Cue | null {
  if (!mayStartCue(toks, t)) return null;
  // (a word with a fact is in the table: its text is the table's)
  const id = wordId(toks, t);
  const w = WORDS[id];
  if (t !== first && isCap(toks, t) && !titleSays(toks, t, first)) return null;
  for (const words of SOURCE_AFTER_OF[id]) {
    if (matches(toks, t + 1, words, 1)) {
      return { s: t, e: t + words.length, lemma: words.join(' '), quoteOnly: false, objectTo: false, ing: false, passive: false, sourceAfter: true };
    }
  }
  // the word before, by its facts: no slicing of a word the table does not hold (0 when no word)
  const prev = factsOf(toks, t - 1);
  // "the report", "his claims": a noun; but "Several said", "Two in three said": a number or quantifier is the subject
  if (determiner(toks, t - 1) && !(prev & F.Quantifier && QUANTIFIED_PAST.has(w))) return null;
  // "the most telling promise", "a more elaborate plan": a degree word after a determiner makes it an adjective
  if (t - 2 >= first && toks.kind[t - 1] === K.Word && DEGREE_WORDS.has(lw(toks, t - 1)) && determiner(toks, t - 2)) return null;
  const passive = (prev & F.Be) !== 0;
  // "Trump's comments", "Clinton's calls for a ban": after a possessive a base or -s form is a noun ("Trump's
  // said" is "has said", "he's saying" is "is saying": cues)
  // "a controversial tweet about", "his repeated calls for": so after a determiner and an adjective, unless a
  // clause follows ("the hospital says the wing will close")
  if ((isPossessive(toks, t - 1) || (adjectiveAfterDeterminer(toks, t - 1, first) && !clauseNext(toks, t + 1))) && IS_OF[id] & Is.NounForm) return null;
  const phrases = PHRASES_OF[id];
  if (phrases) {
    for (const p of phrases) {
      if (matches(toks, t + 1, p.tail, 0)) {
        return { s: t, e: t + 1 + p.tail.length, lemma: p.lemma, quoteOnly: false, objectTo: p.tail[0] === 'on' || p.tail[0] === 'upon', ing: w.endsWith('ing'), passive: passive && !w.endsWith('ing'), sourceAfter: false };
      }
    }
  }
  const form = FORM_OF[id];
  if (!form) return CALL_FORMS.has(w) && !passive && characterises(toks, t, prev) ? { s: t, e: t + 1, lemma: 'call', quoteOnly: false, objectTo: false, ing: w === 'calling', passive: false, sourceAfter: false } : null;
  const third = w !== form.lemma;
  if (IS_OF[id] & Is.NounishBase && (prev & F.SubjectBeforeBase) === 0 && !(third && isCap(toks, t - 1) && !(IS_OF[id] & Is.NounAfterName))) return null;
  if (IS_OF[id] & Is.Past && (prev & F.PrepositionBeforeAdjective || modifierBefore(toks, t)) && nounNext(toks, t + 1)) return null;
  // Right after a past form: a base form completes that verb or is a noun ("who helped write the bill", "a personally
  // signed tweet"), a past or -ing form before a bare noun describes it ("had ignored repeated orders", "fired warning
  // shots"), but not before its complement ("criticized as"); "those surveyed say" is a cue
  const base = w === form.lemma;
  if ((base || IS_OF[id] & Is.Past || form.ing) && !CUE_AFTER_PAST.has(form.lemma) && pastVerbBefore(toks, t, first, (IS_OF[id] & Is.Past) !== 0)
    && (base || (nounNext(toks, t + 1) && !COMPLEMENT_OPENERS.has(lw(toks, t + 1))))) return null;
  // "added to the list", "would press ahead with its planning bill": a particle that makes another verb
  const not = NOT_NEXT_OF[id];
  if (not && t + 1 < toks.n && toks.kind[t + 1] === K.Word && not.has(lw(toks, t + 1))) return null;
  return { s: t, e: t + 1, lemma: form.lemma, quoteOnly: form.quoteOnly, objectTo: form.objectTo, ing: form.ing, passive: passive && !form.ing, sourceAfter: false };
}

/**
 * "Bellwether County Says Trump Should Win": in a title-case headline "Says" or "Said" between two
 * capitalised words is the verb (not "Tillerson To Urge Russia": other title-case verbs stay no cue; nor
 * "It Says A Lot", "Things Latinos Said In 2015").
 */
function titleSays(toks: Toks, t: number, first: number): boolean {
  const w = lw(toks, t);
  if ((w !== 'says' && w !== 'said') || t - 1 < first || toks.kind[t - 1] !== K.Word || !isCap(toks, t - 1) || lw(toks, t - 1) === 'it') return false;
  // ("Things Latinos Said In 2015": a preposition after it makes it a participle)
  if (hasFact(toks, t + 1, F.Preposition)) return false;
  if (!(toks.kind[t + 1] === K.Word && isCap(toks, t + 1)) && toks.kind[t + 1] !== K.DOpen && toks.kind[t + 1] !== K.SOpen) return false;
  let words = 0, caps = 0;
  for (let k = first; k < toks.n && k <= t + 6; k++) {
    if (toks.kind[k] !== K.Word) continue;
    words++;
    if (isCap(toks, k)) caps++;
  }
  return caps * 4 >= words * 3;
}


/**
 * "called him a liar", "called the plan “rotten to the core”": "call" with an object and what it is called,
 * a quotation or "a"/"an" within a few words, said by a name, pronoun or clause subject before it (not "a
 * website called ...", not "called a press conference"); or a quotation right after it when its object is a
 * relative before the subject ("what it calls “...”").
 */
function characterises(toks: Toks, t: number, prev: number): boolean {
  if (t + 1 < toks.n && (toks.kind[t + 1] === K.DOpen || toks.kind[t + 1] === K.SOpen) && relativeObject(toks, t)) return true;
  if (t > 0 && toks.kind[t - 1] === K.Word && !isCap(toks, t - 1) && (prev & F.BeforeCall) === 0 && !endsWithLy(toks, t - 1)) return false;
  for (let k = t + 1; k < toks.n && k - t <= 7; k++) {
    if (toks.kind[k] === K.DOpen || toks.kind[k] === K.SOpen) return k > t + 1;
    if (toks.kind[k] !== K.Word) return false;
    const w = lw(toks, k);
    if ((w === 'a' || w === 'an') && k > t + 1) return k - t <= 4;
  }
  return false;
}

/**
 * "what it calls “...”", "which the senator called “...”": the object of "call" is a relative "what" or
 * "which" before its subject, so the quotation right after it is what the thing is called.
 */
function relativeObject(toks: Toks, t: number): boolean {
  for (let k = t - 1; k >= 0 && t - k <= 4; k--) {
    if (toks.kind[k] !== K.Word) return false;
    const w = lw(toks, k);
    if (w === 'what' || w === 'which') return k < t - 1;
  }
  return false;
}

const ALL = idOf('all'), BOTH = idOf('both'), THAT = idOf('that');
/** Token `k` is a determiner other than "all" and "both" ("all said", "both said": the subject). */
const determiner = (toks: Toks, k: number): boolean => {
  if (!hasFact(toks, k, F.Determiner)) return false;
  const id = wordId(toks, k);
  return id !== ALL && id !== BOTH;
};

function matches(toks: Toks, t: number, words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length; i++) {
    const k = t + i - from;
    if (k >= toks.n || lw(toks, k) !== words[i]) return false;
  }
  return true;
}

/** "beyond agreed limits": a word follows that opens no clause (see clauseNext). */
function nounNext(toks: Toks, k: number): boolean {
  return toks.kind[k] === K.Word && !clauseNext(toks, k);
}

/**
 * "270 pledged delegates", "the hotly contested race": a number, or an "-ly" adverb after a determiner, right
 * before the past form at `t`, which then describes the noun after it.
 */
function modifierBefore(toks: Toks, t: number): boolean {
  const p = t - 1;
  if (p < 0 || toks.kind[p] !== K.Word) return false;
  const c = toks.codes[toks.start[p]];
  if (c >= 48 && c <= 57) return true;
  return endsWithLy(toks, p) && lw(toks, p).length > 4 && hasFact(toks, p - 1, F.Determiner);
}

/**
 * Is token t - 1 a lower-case word of five letters or more ending in "ed", in the same sentence: "ignored" of "had
 * ignored repeated orders"? (char codes, nothing sliced) Before a cue in a past form (`pastCue`), an irregular past
 * form counts too: "has given added fuel", "had taken repeated shots" (not before a gerund: "has made decrying
 * outsourced jobs central" reports what he decries).
 */
function pastVerbBefore(toks: Toks, t: number, first: number, pastCue: boolean): boolean {
  const p = t - 1;
  if (p < first || toks.kind[p] !== K.Word || isCap(toks, p)) return false;
  const e = toks.end[p];
  return (e - toks.start[p] > 4 && toks.codes[e - 1] === 100 && toks.codes[e - 2] === 101) || (pastCue && IRREGULAR_PAST.has(lw(toks, p)));
}

/** "a controversial tweet", "his repeated calls": token `k` is a lower-case adjective after a determiner or possessive. */
function adjectiveAfterDeterminer(toks: Toks, k: number, first: number): boolean {
  if (k - 1 < first || toks.kind[k] !== K.Word || toks.kind[k - 1] !== K.Word || isCap(toks, k)) return false;
  if (!determiner(toks, k - 1) && !isPossessive(toks, k - 1)) return false;
  const w = lw(toks, k);
  if (ADJECTIVE.has(w)) return true;
  return adjectiveEnding(w) && !PERSON_ROLE.has(w) && !GROUP_NOUN.has(w);
}

// (a loop, not `some` with a closure made for each word)
function adjectiveEnding(w: string): boolean {
  for (const e of ADJECTIVE_ENDINGS) if (w.endsWith(e)) return true;
  return false;
}

/** "says the wing", "says Lee", "says that": a capitalised word, determiner, pronoun or "that" follows. */
function clauseNext(toks: Toks, k: number): boolean {
  if (k >= toks.n || toks.kind[k] !== K.Word) return false;
  if (isCap(toks, k)) return true;
  return wordId(toks, k) === THAT || hasFact(toks, k, F.Determiner | F.Pronoun);
}
