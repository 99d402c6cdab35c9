// Where a word stands as a verb, read from the words just before it: shared by the trigger rules, the
// statement rule and the voice rules, so that "a likely subject" and "a form of be" mean one thing.
import type { DocWords } from './doc-words.js';
import { ENDS_LY, SUBJECT_PRONOUN } from './word-cues.js';

type Words = Pick<DocWords, 'lower' | 'cues' | 'cap'>;

/**
 * Can the word before k end the verb's subject: a name, a closing bracket, an adverb in -ly or a subject
 * pronoun ("Zebari speaks", "(AP) says", "quickly claims", "she states"; not "two states")?
 * @example subjectBefore(words('the group states'), 2) // false: "group" is no capital, pronoun or adverb
 */
export function subjectBefore(w: Words, k: number): boolean {
  const prev = w.lower[k - 1];
  return !!w.cap[k - 1] || prev === ')' || (w.cues[k - 1] & (ENDS_LY | SUBJECT_PRONOUN)) !== 0;
}

/**
 * Is a form of "be"/"get" before the word at k, across at most two negations or -ly adverbs ("was not",
 * "has been quickly", "were never")?
 */
export function beBefore(w: Words, k: number, passiveBe: ReadonlySet<string>, negation: ReadonlySet<string>): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const x = w.lower[j];
    if (passiveBe.has(x)) return true;
    if (!negation.has(x) && !(w.cues[j] & ENDS_LY)) return false;
  }
  return false;
}
