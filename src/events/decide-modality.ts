// Decides whether a trigger reports an event and how: asserted ("attacked"), threatened ("could mount
// further strikes", "the option of sanctions"), proposed ("would discuss", "to urge"), negated ("denied
// meeting", "did not attack"); null when the text reports none ("put off decisions on any further
// sanctions", "whether further sanctions would make any impact").
import type { Modality } from '../doc/types.js';
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { MODALITY, MODALITY_CUES, MODALITY_FIRST, SPEECH, SUBJECT_PRONOUN } from './word-cues.js';
import { sectorOfWord } from './agent-actor.js';
import { codeRoot, cueLists } from './cue-lists.js';
import { maybeIn, wordBits } from './word-bits.js';
import { wordHash } from './word-table.js';
import { counterfactual, lowerWordBefore, openingIf, prescribed, strongestDegree, yesNoQuestion } from './modal-reading.js';

export type Decision = Readonly<{ modality: Modality; code: string }>;

const LOOKBACK = 7;
const EMPTY: ReadonlySet<string> = new Set();
const STOP = new Set([',', ';', ':', '.', '"', '“', '”', '(', ')', '—', '–']);
const STOP_BITS = wordBits(STOP);

/** Material conflict (protest, force, sanctions, coercion, violence): framed as possible, it is a threat. */
const isForce = (code: string) => { const root = codeRoot(code); return root >= 14 && root <= 20; };

/** Intent to cooperate, by the root of the cooperation intended (CAMEO 03x). */
const INTENT: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };

function threatCode(code: string): string {
  const root = codeRoot(code);
  if (root === 16 || root === 17) return '1312';
  // "nurses will strike", "threatened to protest": a threat of dissent (CAMEO 133)
  if (root === 14) return '133';
  if (root >= 18 && root <= 20) return '138';
  return '130';
}

/** How many words before the trigger are in its clause (at most LOOKBACK): the words t.first - 1 down to t.first - n. */
function clauseBefore(w: SentenceWords, t: Trigger): number {
  let n = 0;
  for (let j = t.first - 1; j >= 0 && n < LOOKBACK; j--, n++) if (maybeIn(STOP_BITS, w.hash[j]) && STOP.has(w.lower[j])) break;
  return n;
}

const WHETHER = wordHash('whether');

const CUE_NAMES = MODALITY_CUES;
type CueName = (typeof CUE_NAMES)[number];
const BIT = Object.fromEntries(CUE_NAMES.map((name, bit) => [name, 1 << bit])) as Record<CueName, number>;
const masks = new WeakMap<Lexicon, Map<string, number>>();

/** Word (or "put_off" bigram) → bit mask of the modality cue lists it is in; built once per lexicon. */
function cueMasks(lx: Lexicon): Map<string, number> {
  let m = masks.get(lx);
  if (m) return m;
  m = new Map();
  CUE_NAMES.forEach((name, bit) => {
    for (const word of lx.cues.get(name) ?? EMPTY) m!.set(word, (m!.get(word) ?? 0) | (1 << bit));
  });
  masks.set(lx, m);
  return m;
}

const DEONTIC = new Set(['must', 'should', 'ought']);
const DEONTIC_NOT = new Set(["mustn't", "shouldn't", 'mustnt', 'shouldnt']);

/** Is a word of a clause whose list bits are `mask` in the cue list `name`? */
const inList = (mask: number, name: CueName) => (mask & BIT[name]) !== 0;

/**
 * "used to extract bribes and enforce corruption", "plans to meet Xi and discuss trade": a base form
 * after "and"/"or" shares the "to" of the infinitive its clause opened a few words before.
 */
function sharedInfinitive(w: SentenceWords, t: Trigger, n: number): boolean {
  const first = n > 0 ? w.lower[t.first - 1] : undefined;
  if ((first !== 'and' && first !== 'or') || t.nominal || w.lower[t.first] !== t.lemma) return false;
  for (let j = 2; j < n; j++) if (w.lower[t.first - 1 - j] === 'to') return true;
  return false;
}

/** Is the word before the clause's modal a name, a subject pronoun or an agent noun ("Russia could", "they would", "officials may")? */
function actorBeforeModal(lx: Lexicon, w: SentenceWords, at: number, span: number): boolean {
  const modal = cueLists(lx).modalThreat;
  for (let j = at - 1; j >= 1 && j >= at - span; j--) {
    if (!modal.has(w.lower[j])) continue;
    const k = j - 1;
    return !!w.cap[k] || !!(w.cues[k] & SUBJECT_PRONOUN && w.lower[k] !== 'which' && w.lower[k] !== 'that' && w.lower[k] !== 'also') || !!sectorOfWord(w.entry[k]);
  }
  return true;
}

/**
 * Is the word at k, before an infinitive's "to", a `purpose-head` noun ("ways", "opportunity", "time", "million")?
 * Not "way" in "went out of his way to criticize" (the act was done).
 */
function purposeHead(lx: Lexicon, w: SentenceWords, k: number): boolean {
  const x = w.lower[k];
  if (x === undefined || !cueLists(lx).purposeHead.has(x)) return false;
  return !(x === 'way' && w.lower[k - 2] === 'of');
}

const CONDITION_WORDS = 12;

/**
 * "If Trump is not the nominee, Democrats supporting him will stay home": in a sentence that opens with "if" or
 * "unless", a trigger before the first comma is in the condition, one after it in the consequence; null otherwise.
 */
function conditionalPart(w: SentenceWords, t: Trigger): 'condition' | 'consequence' | null {
  const k = openingIf(w);
  if (k < 0) return null;
  const comma = w.lower.indexOf(',', k + 1);
  // a condition is short: past a dozen words an act is of an aside or of a clause the comma did not close
  // ("If you don't want ... - which is what his nomination does - I ask you to support this slate")
  if (comma < 0 || t.first < comma) return t.first - k <= CONDITION_WORDS ? 'condition' : null;
  // "If elected, Pell said she would meet Xi": a promise reported, the speaker's intent
  for (let j = comma + 1; j < t.first; j++) if (w.cues[j] & SPEECH) return null;
  return 'consequence';
}

/** Modality and final code of a trigger, or null when the sentence reports no such event. */
export function decideModality(lx: Lexicon, w: SentenceWords, t: Trigger): Decision | null {
  // the clause's words are w.lower[t.first - 1 - j] for j < n, nearest first
  const n = clauseBefore(w, t);
  const table = cueMasks(lx);
  // the lists the clause's words are in (at most LOOKBACK words), and those of its three nearest words
  let all = 0, near = 0;
  // and whether a word of the clause is "whether", or a negation in "n't" ("didn't", "won't")
  let whether = false, nt = false;
  // word k's cue bits say whether it is in a list at all, and whether it starts a bigram ("put off"),
  // so most words cost no look-up
  for (let j = 0, k = t.first - 1; j < n; j++, k--) {
    const x = w.lower[k];
    const mask = (w.cues[k] & MODALITY ? table.get(x) ?? 0 : 0) | (j + 1 < n && w.cues[k - 1] & MODALITY_FIRST ? table.get(w.lower[k - 1] + '_' + x) ?? 0 : 0);
    all |= mask;
    if (j < 3) near |= mask;
    if (w.hash[k] === WHETHER && x === 'whether') whether = true;
    if (x.endsWith("n't")) nt = true;
  }
  const before0 = n > 0 ? w.lower[t.first - 1] : undefined, before1 = n > 1 ? w.lower[t.first - 2] : undefined;
  const irrealis = t.noun?.flags.includes('irrealis') ?? false;
  if (inList(all, 'deferral')) return null;
  // "Do you support Donald Trump?": a yes-no question reports no act
  const cues = cueLists(lx);
  if (!t.code.startsWith('01') && yesNoQuestion(w, cues.questionOpener)) return null;
  // "we would have gotten a laser on them and killed them", "should have endorsed him": it did not happen
  if (inList(all, 'modal-threat') && counterfactual(w, t, n)) return null;
  // "police failed to arrest him", "failed to win any states": not achieved, and no proposal either
  if (inList(near, 'failure')) return null;
  if (inList(all, 'hypothetical') && !inList(all, 'modal-threat') && !inList(all, 'threat-frame')) return null;
  // "asked whether the secretary would meet the unions", "unclear whether Russia will attack": a question
  // reports no act, done, proposed or threatened
  if (whether) return null;
  // "we must not push Russia into a corner": a negated prescription reports no act, done or denied
  if ((before0 !== undefined && DEONTIC_NOT.has(before0)) || ((before0 === 'not' || before0 === "n't") && before1 !== undefined && DEONTIC.has(before1))) return null;
  // "Germany should expand its military", "ISIS must be defeated", "Trump needs to deliver a speech": a prescription
  // is the speaker's wish, no act of the one it is prescribed to, done, intended or threatened
  if (prescribed(w, t, n, cues.deontic, cues.obligationTo)) return null;
  // "If so, it might be in both parties' interest to reach a deal", "If these people don't support the United
  // States, ...": a condition or its consequence foreseen reports no act (a threat, "if they attack, we will
  // strike back", is kept below)
  const conditional = conditionalPart(w, t);
  if (conditional === 'condition' && !t.code.startsWith('01')) return null;
  if (inList(near, 'negation') || inList(near, 'denial') || nt || inList(all, 'negative-subject')) {
    // "I couldn't disagree more": the negation says the act most strongly
    if (strongestDegree(w, t)) return { modality: 'asserted', code: t.code };
    return conditional ? null : { modality: 'negated', code: t.code };
  }
  const threatFrame = inList(all, 'threat-frame') || inList(all, 'modal-threat') || (t.nominal && w.lower[t.first - 1] === 'of' && cueLists(lx).threatFrame.has(w.lower[t.first - 2]));
  if (threatFrame && (isForce(t.code) || irrealis)) {
    if (inList(all, 'hypothetical')) return null;
    // "which would restore United Nations sanctions", "the move could trigger sanctions": a consequence
    // foreseen, no one's threat (PLOVER THREATEN is the actor's own act): a modal alone frames a threat
    // only after an actor ("Russia could impose sanctions", "they would strike", "officials could"); so
    // does a verb's: "the tax would hurt farmers", "the wall could kill jobs" foresee harm, threaten none
    if (!inList(all, 'threat-frame') && !actorBeforeModal(lx, w, t.first, n)) return null;
    return { modality: 'threatened', code: threatCode(t.code) };
  }
  if (t.code.startsWith('13')) return { modality: 'threatened', code: t.code };
  if (irrealis) return null;
  // "Rubio can ask them to back another candidate", "in what could ultimately stall Trump's dash": a possibility
  // or an ability, no act done, intended or threatened
  if (inList(near, 'possibility-modal') && lowerWordBefore(w, t, 3, cues.possibilityModal)) return null;
  // "Bernie would probably encourage people", "Sanders will likely endorse her": a guess at an act, as framed force is
  // above ("perhaps" and "likely" with a modal)
  if (inList(all, 'hypothetical')) return null;
  // "I am proud to endorse him", "was happy to support the bill": said while done, not intended
  if (before0 === 'to' && before1 !== undefined && cues.emotiveTo.has(before1) && !inList(all, 'modal-threat')) return { modality: 'asserted', code: t.code };
  if (inList(all, 'modal-threat') || inList(all, 'propose-frame') || before0 === 'to' || sharedInfinitive(w, t, n)) {
    // "an alleged plot to blow up the airport": violence neither done nor threatened is no event
    if (isForce(t.code)) return null;
    // "ways to counter Iran", "the opportunity to speak", "it's time to unite", "paid $8 million to buy", "requested
    // anonymity to discuss": an act that a means, a chance or a reason is for, no one's intent
    if (before0 === 'to' && purposeHead(lx, w, t.first - 2)) return null;
    // "decided to resume the dialogue": CAMEO codes the decision as intent to cooperate (03)
    if (conditional) return null;
    if (inList(all, 'intent-frame') && INTENT[t.code.slice(0, 2)]) return { modality: 'proposed', code: INTENT[t.code.slice(0, 2)] };
    return { modality: 'proposed', code: t.code };
  }
  return { modality: 'asserted', code: t.code };
}
