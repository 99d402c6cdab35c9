// "the Benghazi attacks", "Friday's Munich mall shooting", "the 2012 Orlando massacre": a town named just
// before a noun of violence is where it struck, the attacked, not the attacker. A country keeps its place
// as actor ("the U.S. strike", "a Russian attack": demonyms and countries act).
import type { EventActor } from '../doc/types.js';
import type { SentenceWords } from './sentence-words.js';
import type { SentenceActor } from './sentence-actors.js';
import type { Trigger } from './find-triggers.js';
import { lookupName } from '../knowledge/index.js';
import { DETERMINER } from './word-cues.js';

const violence = (root: string) => root === '18' || root === '19' || root === '20';

/**
 * The town named at most two words before the noun of violence t ("Benghazi attacks", "Munich mall
 * shooting"), among the sentence's actors: a location entity that is no country. Null when none is.
 */
export function placeModifier(w: SentenceWords, actors: readonly SentenceActor[], t: Trigger, root: string): SentenceActor | null {
  if (!violence(root)) return null;
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    if (a.pronoun || a.last >= t.first || a.last < t.first - 2 || a.entity.type !== 'location') continue;
    // a word between may be a noun of the place ("mall", "nightclub"), not a verb or a preposition
    if (a.last === t.first - 2 && (!w.isWord[t.first - 1] || w.cap[t.first - 1])) continue;
    // "the Munich mall shooting", "The Paris attacks killed 130": after a place that a determiner or a possessive
    // opens, a verb form is the noun the place modifies
    if (!t.nominal && !(a.first > 0 && (w.cues[a.first - 1] & DETERMINER || w.lower[a.first - 1] === "'s"))) continue;
    if (lookupName(a.entity.name)?.type === 'C') continue;
    return a;
  }
  return null;
}

/** Actors and recipients with the town `place` moved from the actors to the recipients (the first of them). */
export function placeAsTarget(actors: readonly EventActor[], recipients: readonly EventActor[], place: SentenceActor): { actors: EventActor[]; recipients: EventActor[] } | null {
  const at = actors.findIndex((a) => a.entity === place.entity.id);
  if (at < 0) return null;
  const rest = actors.filter((_, i) => i !== at);
  return { actors: rest, recipients: [actors[at], ...recipients.filter((r) => r.entity !== place.entity.id)] };
}
