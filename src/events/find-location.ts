// Where an event happened: a place mention after "in" / "at" in the evidence sentence ("in Moscow",
// "in Lucca, Italy" → "Lucca, Italy" with Italy's country), the one nearest the trigger.
import type { Event } from '../doc/types.js';
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceActor } from './sentence-actors.js';
import type { SentenceWords } from './sentence-words.js';
import { countryOf as knownCountry } from '../knowledge/index.js';
import { cueLists } from './cue-lists.js';

const memo = new Map<string, string | null>();
const countryOf = (name: string) => {
  let c = memo.get(name);
  if (c === undefined) {
    c = knownCountry(name);
    if (memo.size < 50_000) memo.set(name, c);
  }
  return c;
};

/**
 * A draft's location, both fields written (no country: undefined) by this one function: one hidden class,
 * where the spread's two shapes deoptimised refineEvents ("wrong map" at `d.location?.country`) on unseen
 * articles. findEvents hands out the contract's shape (contractLocation): an absent country stays absent.
 */
export function placeOf(name: string, country: string | undefined): NonNullable<Event['location']> {
  return { name, country };
}

/** The contract's location of a placeOf(): the same object when it has a country, else `{ name }`. */
export function contractLocation(l: Event['location']): Event['location'] {
  return !l || l.country !== undefined ? l : { name: l.name };
}

/**
 * The location of the event triggered at word `at`, or null. A verb whose object is a topic ("to discuss
 * the war in Gaza", `topic-verb`) takes no place from after it: that place is the topic's.
 */
export function findLocation(lx: Lexicon, text: string, w: SentenceWords, actors: readonly SentenceActor[], at: number): Event['location'] {
  let best = -1, dist = Infinity;
  const cues = cueLists(lx);
  const topic = cues.topicVerb.has(w.lower[at]);
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    if (a.entity.type !== 'location' || a.pronoun || a.first === 0 || (topic && a.first > at)) continue;
    if (!cues.locative.has(w.lower[a.first - 1])) continue;
    const d = Math.abs(a.first - at) + (a.first < at ? 2 : 0);
    if (d < dist) { best = k; dist = d; }
  }
  if (best < 0) return null;
  const a = actors[best];
  const next = actors[best + 1];
  // "in Lucca, Italy": the place and its country, one location
  if (next && next.entity.type === 'location' && next.first === a.last + 2 && w.lower[a.last + 1] === ',') {
    const country = a.entity.country ?? next.entity.country ?? countryOf(next.entity.name);
    return placeOf(text.slice(w.start[a.first], w.end[next.last]), country || undefined);
  }
  const country = a.entity.country ?? countryOf(a.entity.name);
  return placeOf(a.entity.name, country || undefined);
}
