// A person's followers as an actor of their own: "Trump supporters jeered the protester", "Mr. Rubio's
// advisers conceded", "his aides said" — the supporters act, not the person who names them. The group
// takes the person's country; its sector is the noun's (civilians when the knowledge has none).
import type { EventActor } from '../doc/types.js';
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceActor } from './sentence-actors.js';
import type { SentenceWords } from './sentence-words.js';
import { sectorOfRole } from '../knowledge/index.js';
import { cueLists } from './cue-lists.js';
import { actor, toEventActor } from './to-event-actor.js';

/** The followers named by a person mention and the noun after it ("Trump supporters", "Clinton's aides"), or null. */
export function followerActor(lx: Lexicon, text: string, w: SentenceWords, a: SentenceActor): EventActor | null {
  if (a.entity.type !== 'person') return null;
  let j = a.last + 1;
  if (w.lower[j] === "'s" && !a.pronoun) j++;
  if (j >= w.lower.length || w.cap[j] || !cueLists(lx).followerNoun.has(w.lower[j])) return null;
  const person = toEventActor(a.entity);
  // "his aides": the pronoun's person by name
  const name = a.pronoun ? `${person.name}'s ${w.lower[j]}` : text.slice(w.start[a.first], w.end[j]);
  return actor(name, undefined, person.country || undefined, sectorOfRole(w.lower[j]) ?? 'CVL');
}

/** The event actors of a slot's mentions, followers for a person's followers, without repeats. */
export function slotActors(lx: Lexicon, text: string, w: SentenceWords, list: readonly SentenceActor[]): EventActor[] {
  const out: EventActor[] = [];
  for (const a of list) {
    const x = followerActor(lx, text, w, a) ?? toEventActor(a.entity);
    if (!out.some((y) => (x.entity ? y.entity === x.entity : y.name === x.name))) out.push(x);
  }
  return out;
}
