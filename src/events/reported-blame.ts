// A charge of wrongdoing made in a quote is the speaker's accusation (CAMEO 112): "Cruz said Clinton lied
// to voters", "'Washington provoked this crisis,' Lavrov said". The charge's verb (`blame-verb`) needs a
// named subject right before it; a negated charge ("has never lied") and one with no speaker are left out.
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { SentenceActor } from './sentence-actors.js';
import { cueLists } from './cue-lists.js';
import { AUXILIARY, ENDS_LY, ENDS_NT } from './word-cues.js';
import { listBitsOf, maybeIn } from './word-bits.js';

export type Blame = Readonly<{ verb: number; accused: SentenceActor }>;

/** The charges of one sentence: the verb's index and the actor charged (its subject). */
export function reportedBlames(lx: Lexicon, w: SentenceWords, actors: readonly SentenceActor[]): Blame[] {
  const cues = cueLists(lx), verbs = cues.blameVerb;
  const out: Blame[] = [];
  if (!verbs.size) return out;
  const bits = listBitsOf(verbs);
  for (let k = 1; k < w.lower.length; k++) {
    if (!maybeIn(bits, w.hash[k]) || w.cap[k] || !verbs.has(w.lower[k])) continue;
    // "had lied", "is lying", "repeatedly lied"; "has not lied" charges no one
    let h = k - 1, negated = false;
    for (; h >= 0 && (w.cues[h] & (AUXILIARY | ENDS_LY | ENDS_NT) || cues.negation.has(w.lower[h])); h--) if (!(w.cues[h] & (AUXILIARY | ENDS_LY))) negated = true;
    const accused = endingAt(actors, h);
    if (!accused || negated) continue;
    out.push({ verb: k, accused });
  }
  return out;
}

/**
 * The first actor whose mention ends at word h. A loop, not `actors.find(...)`: a closure over the loop's
 * `h` made the loop allocate a scope for every word it read, charge verb or not.
 */
function endingAt(actors: readonly SentenceActor[], h: number): SentenceActor | undefined {
  for (const a of actors) if (a.last === h) return a;
  return undefined;
}
