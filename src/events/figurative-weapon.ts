// A weapon fired in words is no show of force nor strike: "the minister fired a 5-word missile at the opposition leader",
// "launched a verbal missile", "fired off a tweetstorm". Reads the object of a missile trigger (CAMEO 15,
// 19) for a "-word" compound or a `figurative-weapon` cue word; only after a verb of firing (`fire-verb`:
// "hammered Carson with insults" is still criticism).
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { cueLists } from './cue-lists.js';

/**
 * Is the verb trigger t (a launch or a firing, CAMEO 15 or 19) a weapon of words? Looks at the four words
 * after it, within its clause.
 * @example figurativeWeapon(lx, w, t) // "The Minister Fired A 5-Word Missile At His Rival" → true
 */
export function figurativeWeapon(lx: Lexicon, w: SentenceWords, t: Trigger): boolean {
  if (t.nominal) return false;
  const cues = cueLists(lx);
  if (!cues.fireVerb.has(t.lemma) || !/^1[59]/.test(t.code)) return false;
  const words = cues.figurativeWeapon;
  for (let j = t.last + 1; j < w.lower.length && j <= t.last + 4; j++) {
    const x = w.lower[j];
    if (x === ',' || x === '.' || x === ';') break;
    if (words.has(x) || x.endsWith('-word')) return true;
  }
  return false;
}
