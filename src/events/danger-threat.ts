// Is a threat noun a danger posed or faced rather than a threat someone made (PLOVER THREATEN)? "posed a
// deadly threat", "face the threat of terrorism", "the threat a Trump presidency poses" name a danger.
// Reads words only; other threat nouns stay threats ("external threats" too: coders code many of them).
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';

const NONE: ReadonlySet<string> = new Set();

/**
 * A threat posed or faced: the object of "pose" or "face" (up to three words before it, in its clause), or
 * followed by one ("the threat a Trump presidency poses", "the threats they face").
 * @example dangerThreat(lx, w, t) // "Police said the gunman posed a deadly threat" → true
 */
export function dangerThreat(lx: Lexicon, w: SentenceWords, t: Trigger): boolean {
  const danger = lx.cues.get('danger-verb') ?? NONE;
  for (let j = t.first - 1; j >= 0 && j >= t.first - 4; j--) {
    const x = w.lower[j];
    if (danger.has(x)) return true;
    if (x === ',' || x === '.' || x === ';') break;
  }
  for (let j = t.last + 1; j < w.lower.length && j <= t.last + 4; j++) {
    const x = w.lower[j];
    if (danger.has(x)) return true;
    if (x === ',' || x === '.' || x === ';' || x === 'to' || x === 'of') break;
  }
  return false;
}
