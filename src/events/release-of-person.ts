// CAMEO 084 releases persons (prisoners, hostages, a named activist), not documents: "a poll released
// Sunday", "figures her campaign released", "the order released Friday", "emails will be released".
// Reads the words around a "release" verb; knows nothing of entities.
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { AUXILIARY, PREPOSITION } from './word-cues.js';

const NONE: ReadonlySet<string> = new Set();

/** A capitalised word that is not a possessive ("Clinton's emails") nor the sentence's first word. */
const nameAt = (w: SentenceWords, j: number) => j > 0 && !!w.cap[j] && w.lower[j + 1] !== "'s";

/**
 * Does the "release" at t free no person? Its object (the five words after it, through "of") names a
 * document, or names no person; with no object, the word before it is no person ("Alan Gross was
 * released", "an activist released in") and no name it passes through "was" or "by" ("Iranians released
 * by the United States"; not "the ad Trump released today").
 */
export function releasesNoPerson(lx: Lexicon, w: SentenceWords, t: Trigger): boolean {
  const docs = lx.cues.get('document-noun') ?? NONE;
  const persons = lx.cues.get('person-noun') ?? NONE;
  const him = lx.cues.get('pronoun-person') ?? NONE;
  const when = lx.cues.get('time-word') ?? NONE;
  if (docs.has(w.lower[t.first - 1] ?? '')) return true;
  let person = false;
  for (let j = t.last + 1; j < w.lower.length && j <= t.last + 5 && (w.lower[j] === 'of' || !(w.cues[j] & PREPOSITION)); j++) {
    const x = w.lower[j];
    if (docs.has(x)) return true;
    // "a poll released Thursday found Clinton leading": the object comes before the time
    if (x === ',' || x === '.' || x === ';' || when.has(x)) break;
    person ||= persons.has(x) || him.has(x) || nameAt(w, j);
  }
  if (person) return false;
  let k = t.first - 1, passive = false;
  while (k >= 0 && (w.cues[k] & AUXILIARY || w.lower[k].endsWith('ly'))) { passive ||= !!(w.cues[k] & AUXILIARY); k--; }
  if (k < 0) return true;
  if (persons.has(w.lower[k])) return false;
  return !(nameAt(w, k) && (passive || w.lower[t.last + 1] === 'by'));
}
