// A crowd's gathering as a demonstration (CAMEO 141): "Thousands gathered outside parliament to demand
// the resignation ...", "protesters massed outside the embassy". The gathering verb is no trigger of its
// own (gathering is generic); its subject must be a crowd, and a protest's purpose must follow unless the
// crowd is protesters. Leaves the purpose's own event ("to demand") to the trigger rules.
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { SentenceActor } from './sentence-actors.js';
import { cueLists } from './cue-lists.js';
import { AUXILIARY, ENDS_LY } from './word-cues.js';
import { listBitsOf, maybeIn } from './word-bits.js';

export type CrowdProtest = Readonly<{ verb: number; crowd: number }>;

const CLAUSE_END = new Set(['.', ';', ':', '"', '“', '”', '(', ')']);
/** How far after the verb a purpose is looked for: "gathered outside the parliament building in Athens to demand". */
const PURPOSE_WINDOW = 10;

/** The crowd gatherings of one sentence: the gathering verb's index and its subject's head noun. */
export function crowdProtests(lx: Lexicon, w: SentenceWords, actors: readonly SentenceActor[]): CrowdProtest[] {
  const cues = cueLists(lx);
  if (!cues.crowdVerb.size) return [];
  const out: CrowdProtest[] = [];
  const bits = listBitsOf(cues.crowdVerb);
  for (let k = 1; k < w.lower.length; k++) {
    if (!maybeIn(bits, w.hash[k]) || w.cap[k] || !cues.crowdVerb.has(w.lower[k])) continue;
    // "Thousands of protesters had gathered", "a crowd quickly gathered"
    let h = k - 1;
    while (h > 0 && w.cues[h] & (AUXILIARY | ENDS_LY)) h--;
    const head = w.lower[h];
    // "protesters gathered outside the embassy" is a protest; "thousands gathered", "Georgians gathered"
    // only for one ("to demand")
    const crowd = cues.crowdNoun.has(head) || groupEndsAt(actors, h);
    if (!cues.protestCrowd.has(head) && !(crowd && purposeAfter(w, k, cues.protestPurpose))) continue;
    out.push({ verb: k, crowd: h });
  }
  return out;
}

/** Does a protest's purpose follow the verb at k in its clause: "to demand", "against the law", ", chanting"? */
function purposeAfter(w: SentenceWords, k: number, purpose: ReadonlySet<string>): boolean {
  for (let j = k + 1; j < w.lower.length && j <= k + PURPOSE_WINDOW; j++) {
    const x = w.lower[j];
    if (CLAUSE_END.has(x)) return false;
    if (purpose.has(x) && (x === 'against' || w.lower[j - 1] === 'to' || w.lower[j - 1] === ',' || w.lower[j - 1] === 'and')) return true;
  }
  return false;
}

/**
 * Does a group's or a place's name end at word h ("Georgians")? A loop, not `actors.some(...)`: a closure
 * over the loop's `h` made the loop allocate a scope for every word it read, verb or not.
 */
function groupEndsAt(actors: readonly SentenceActor[], h: number): boolean {
  for (const a of actors) if (a.last === h && !a.pronoun && a.entity.type !== 'person') return true;
  return false;
}
