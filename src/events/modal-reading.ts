// Readings of a verb's modal frame that decide-modality.ts asks for: a counterfactual ("would have
// killed them"), a possibility ("can support any candidate"), a prescription ("should send troops"), the
// "if" that opens a sentence past a conjunction ("But if the House agrees, …"). Word tests only; the cue
// lists stay in data/cues.txt.
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';

const PAST_MODAL = new Set(['would', 'could', 'might', 'should', 'must']);
const QUOTE = new Set(['"', '“', "'", '‘', '``', "''"]);
const OPENER = new Set(['but', 'and', 'so', 'even', 'only', 'yet']);

/**
 * "we would have gotten a laser on them and killed them", "it would have been cool had she congratulated
 * him", "should have endorsed him": a modal with "have" in the `n` words before the trigger frames an act
 * that did not happen.
 */
export function counterfactual(w: SentenceWords, t: Trigger, n: number): boolean {
  for (let j = t.first - 1; j >= 1 && j >= t.first - n; j--) {
    const x = w.lower[j];
    if ((x === 'have' || x === "'ve") && PAST_MODAL.has(w.lower[j - 1])) return true;
  }
  return false;
}

/** Is a lower-case word of `list` among the `n` words before the trigger (a capital "May" is the month)? */
export function lowerWordBefore(w: SentenceWords, t: Trigger, n: number, list: ReadonlySet<string>): boolean {
  for (let j = t.first - 1; j >= 0 && j >= t.first - n; j--) if (list.has(w.lower[j]) && !w.cap[j]) return true;
  return false;
}

/**
 * The index of the "if" or "unless" that opens the sentence, past a quotation mark and a conjunction
 * ("If so, …", "But if the support is as strong, …", "And unless Congress acts, …"); -1 when none does.
 */
export function openingIf(w: SentenceWords): number {
  let k = QUOTE.has(w.lower[0]) ? 1 : 0;
  if (OPENER.has(w.lower[k])) k++;
  return w.lower[k] === 'if' || w.lower[k] === 'unless' ? k : -1;
}

/** "I couldn't disagree more", "could not agree more": a negated modal before a verb that "more" follows says the act most strongly. */
export function strongestDegree(w: SentenceWords, t: Trigger): boolean {
  if (w.lower[t.last + 1] !== 'more') return false;
  const prev = w.lower[t.first - 1];
  if (prev === "couldn't" || prev === 'couldnt') return true;
  return (prev === 'not' || prev === "n't") && w.lower[t.first - 2] === 'could';
}

/**
 * "Germany should expand its military", "ISIS must be defeated", "needs to be ratified", "what he has to offer":
 * a deontic modal, or "to" after a verb of need, in the four words before the trigger (within its clause).
 */
export function prescribed(w: SentenceWords, t: Trigger, n: number, deontic: ReadonlySet<string>, obligationTo: ReadonlySet<string>): boolean {
  for (let j = t.first - 1; j >= 0 && j >= t.first - Math.min(n, 4); j--) {
    const x = w.lower[j];
    if (deontic.has(x)) return true;
    if (x === 'to' && j > 0 && obligationTo.has(w.lower[j - 1])) return true;
  }
  return false;
}

const CLOSE = new Set(['"', '”', "'", '’', "''"]);

/**
 * "Do you support Donald Trump?", "Should federal funding be eliminated?": is the sentence a yes-no question, its
 * first word (past a quotation mark) one of `openers` and its last (before a closing quotation mark) "?"?
 */
export function yesNoQuestion(w: SentenceWords, openers: ReadonlySet<string>): boolean {
  let end = w.lower.length - 1;
  if (end > 0 && CLOSE.has(w.lower[end])) end--;
  if (w.lower[end] !== '?') return false;
  return openers.has(w.lower[QUOTE.has(w.lower[0]) ? 1 : 0]);
}
