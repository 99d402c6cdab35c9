// Harm with no actor: "A powerful earthquake struck northern Japan", "Floods killed 30 people", ", killing at
// least 12" after a storm, "were killed in a car crash", "died of cholera". CAMEO's force and coercion (17-20)
// are acts of one actor on another; a force of nature, a disease or an accident (`natural-cause`) is none.
// Reads words only: "gunfire", "shelling", "a blast" and "an explosion" are left out (weapons of actors).
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { DETERMINER, ENDS_ING } from './word-cues.js';
import { codeRoot, cueLists } from './cue-lists.js';
import { beBefore } from './verb-position.js';

/** Is a `natural-cause` word among the words [from, to) of the sentence? */
function causeIn(causes: ReadonlySet<string>, w: SentenceWords, from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < to && j < w.lower.length; j++) if (causes.has(w.lower[j])) return true;
  return false;
}

/**
 * Is the force trigger t done by a force of nature, a disease or an accident? Its subject (up to five words
 * before it in its clause, unless passive; or the sentence's opening words for a participle after a comma: ", killing 12")
 * or its agent after "by"/"in"/"of"; or, for a verb of fighting, its object ("battled the blaze") ("were killed by a landslide", "killed in a car crash", "died of cholera").
 * @example naturalCause(lx, w, t) // "Floods killed 30 people in Bangladesh" → true
 */
export function naturalCause(lx: Lexicon, w: SentenceWords, t: Trigger): boolean {
  if (t.nominal) return false;
  const cues = cueLists(lx), causes = cues.naturalCause;
  if (!causes.size) return false;
  // "firefighters battled the blaze", "doctors fighting the virus", "fought against cancer": a fight with
  // a cause is no fight with an actor (the object: past "against" and a determiner, two words)
  if (cues.causeFightVerb.has(t.lemma)) {
    let k = t.last + 1;
    if (w.lower[k] === 'against') k++;
    if (w.cues[k] & DETERMINER) k++;
    if (causeIn(causes, w, k, k + 2)) return true;
  }
  const root = codeRoot(t.code);
  if (root < 17 || root > 20) return false;
  // ", killing at least 12 people": the participle's subject opens the sentence
  if (w.cues[t.first] & ENDS_ING && w.lower[t.first - 1] === ',') return causeIn(causes, w, 0, Math.min(6, t.first));
  // "flood victims were attacked by bandits": a passive's subject is the one harmed, not the cause
  const passive = beBefore(w, t.first, cues.passiveBe, cues.negation);
  for (let j = t.first - 1; !passive && j >= 0 && j >= t.first - 5; j--) {
    const x = w.lower[j];
    if (!w.isWord[j] || cues.clauseOpen.has(x)) break;
    if (causes.has(x)) return true;
  }
  const next = w.lower[t.last + 1];
  return (next === 'by' || next === 'in' || next === 'of') && causeIn(causes, w, t.last + 2, t.last + 5);
}
