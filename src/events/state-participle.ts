// A feeling or a state told of someone, no act between actors: "we were distressed", "he was strangely subdued",
// "sounding relaxed", "Democratic voters are united", "friends were devastated by the news"; and coping with a
// thing: "is struggling with stagnant wages", "has been grappling with the allegations", "are wrestling over
// their choice". A participle of a `state-verb` after a linking verb (`passive-be`, `link-verb`) reads as an
// adjective, unless a name follows it ("dismayed by Russia's decision" is disapproval of Russia).
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { DEGREE, ENDS_ED, ENDS_ING, ENDS_LY } from './word-cues.js';
import { cueLists } from './cue-lists.js';

/** "struggling with", "wrestling over", "struggling to": what a coping verb takes. */
const COPE_NEXT = new Set(['with', 'over', 'to']);

/** Is there a linking verb in the three words before k, past negations, -ly adverbs and degree words ("was strangely", "are as")? */
function linkBefore(lx: Lexicon, w: SentenceWords, k: number): boolean {
  const cues = cueLists(lx);
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const x = w.lower[j];
    if (cues.passiveBe.has(x) || cues.linkVerb.has(x)) return true;
    if (!cues.negation.has(x) && !(w.cues[j] & (ENDS_LY | DEGREE)) && x !== 'as') return false;
  }
  return false;
}

/** "by Russia's decision", "with Secretary Perez", "that Secretary Clinton has declined": a name within three words from k. */
function nameNear(w: SentenceWords, k: number): boolean {
  for (let j = k; j < w.lower.length && j <= k + 2; j++) if (w.cap[j]) return true;
  return false;
}

/**
 * Is the verb trigger t a feeling or a state, no act? A `state-verb` participle in -ed after a linking verb,
 * with no name in the three words after it ("dismayed by Russia's decision", "frustrated with Secretary Perez":
 * a feeling about someone named may be disapproval); or a `cope-verb` in -ing before "with", "over" or "to" and no name.
 * @example stateParticiple(lx, w, t) // "Obviously, we were distressed when we learned about it" → true
 */
export function stateParticiple(lx: Lexicon, w: SentenceWords, t: Trigger): boolean {
  if (t.nominal || t.first !== t.last) return false;
  const cues = cueLists(lx), m = w.cues[t.first];
  if (m & ENDS_ED && cues.stateVerb.has(t.lemma)) return linkBefore(lx, w, t.first) && !nameNear(w, t.last + 1);
  if (m & ENDS_ING && cues.copeVerb.has(t.lemma)) return COPE_NEXT.has(w.lower[t.last + 1] ?? '') && !w.cap[t.last + 2];
  return false;
}
