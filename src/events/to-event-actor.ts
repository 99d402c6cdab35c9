// An event's actor from an entity: its name, id, country and sector, as the contract's EventActor.
// When the entity carries no country or sector, the shipped knowledge (src/knowledge) is asked:
// "Syrian military figures" → SYR, "OPCW" → IGO.
import type { Entity, EventActor } from '../doc/types.js';
import { countryOf, findIgo, sectorOfRole } from '../knowledge/index.js';

const cache = new WeakMap<Entity, EventActor>();

/** What a name tells of an actor, whatever entity carries it: entities are new each article, names come back. */
type NameFacts = Readonly<{ country: string | null; igo: boolean }>;
const byName = new Map<string, NameFacts>();
/** Bounded: past this many names, facts are found again each time (they are pure functions of the name). */
const MAX_NAMES = 50_000;

function countryFor(name: string): string | null {
  const whole = countryOf(name);
  if (whole) return whole;
  for (const word of name.split(/[\s/-]+/)) if (/^\p{Lu}/u.test(word) && word.length > 2) {
    const c = countryOf(word);
    if (c) return c;
  }
  return null;
}

function nameFacts(name: string): NameFacts {
  let f = byName.get(name);
  if (!f) {
    f = { country: countryFor(name), igo: !!findIgo(name) };
    if (byName.size < MAX_NAMES) byName.set(name, f);
  }
  return f;
}

/** The EventActor for an entity. */
export function toEventActor(e: Entity): EventActor {
  const hit = cache.get(e);
  if (hit) return hit;
  // sectorOfRole remembers its answers (src/knowledge); a name's country and IGO standing are kept here
  const facts = e.country && e.sector ? null : nameFacts(e.name);
  const country = e.country ?? (e.type === 'person' ? null : facts!.country);
  const sector = e.sector ?? (facts!.igo ? 'IGO' : e.type === 'person' ? null : sectorOfRole(e.name));
  // written out, not spread: a spread of `{ country }` or `{}` made two objects more per actor
  const out: EventActor = country ? (sector ? { name: e.name, entity: e.id, country, sector } : { name: e.name, entity: e.id, country }) : sector ? { name: e.name, entity: e.id, sector } : { name: e.name, entity: e.id };
  cache.set(e, out);
  return out;
}
