// A poll's finding, no act: "28 percent of caucusgoers supported Trump", "47% say the troops should stay",
// "a majority of voters backed Sanders", "with 13 percent supporting another candidate". A share of an
// electorate doing something is how respondents answered, not an event between actors.
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { cueLists } from './cue-lists.js';
import { PREPOSITION } from './word-cues.js';

/** How far back the subject's figure may stand ("a majority of voters looking for an outsider supported"). */
const LOOKBACK = 8;
const STOP = new Set([',', ';', ':', '.', '"', '“', '”', '(', ')', '—', '–']);

/**
 * Is the verb trigger t's subject a poll figure? A `poll-figure` word ("percent", "%") in the words of its
 * clause before it, or a `poll-share` word ("majority", "two-thirds") followed by "of" and a `poll-group`
 * word ("voters", "Americans") within three words; the look back stops at punctuation, a conjunction or a
 * subordinator ("won 45 percent and attacked Cruz", "before he attacked"), and at a preposition other than "of"
 * (the figure is then no subject: "cut the rate to 28 percent in a compromise rebuffed by Republicans").
 * @example pollResult(lx, w, t) // "28 percent of likely caucusgoers supported Trump" → true
 */
export function pollResult(lx: Lexicon, w: SentenceWords, t: Trigger): boolean {
  if (t.nominal) return false;
  const cues = cueLists(lx);
  if (!cues.pollFigure.size) return false;
  for (let j = t.first - 1; j >= 0 && j >= t.first - LOOKBACK; j--) {
    const x = w.lower[j];
    if (STOP.has(x) || cues.conjunction.has(x) || cues.subordinator.has(x) || (w.cues[j] & PREPOSITION && x !== 'of')) return false;
    if (cues.pollFigure.has(x)) return true;
    if (cues.pollShare.has(x) && w.lower[j + 1] === 'of') {
      for (let k = j + 2; k < t.first && k <= j + 4; k++) if (cues.pollGroup.has(w.lower[k])) return true;
    }
  }
  return false;
}
