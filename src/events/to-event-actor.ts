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
  const out = actor(e.name, e.id, country || undefined, sector || undefined);
  cache.set(e, out);
  return out;
}

/**
 * An actor as the events rules hold it: every field written, in the contract's order, an absent one as
 * undefined. Actors built in one place have one hidden class; the eight literal shapes they had made the
 * rules reading them (refineEvents, slotActors) megamorphic and deoptimised them on unseen articles.
 * findEvents hands out the contract's shape (contractActors): a field absent stays absent.
 */
export function actor(name: string, entity: string | undefined, country: string | undefined, sector: string | undefined): EventActor {
  return { name, entity, country, sector };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The contract's EventActor of an actor(): only the fields it has, in the same order. */
function contractActor(a: EventActor): EventActor {
  if (a.entity !== undefined && a.country !== undefined && a.sector !== undefined) return a;
  const out: Mutable<EventActor> = { name: a.name };
  if (a.entity !== undefined) out.entity = a.entity;
  if (a.country !== undefined) out.country = a.country;
  if (a.sector !== undefined) out.sector = a.sector;
  return out;
}

/** The contract's EventActors of a draft's actor list (a loop, not map: see findEvents). */
export function contractActors(list: readonly EventActor[]): EventActor[] {
  const out: EventActor[] = [];
  for (let i = 0; i < list.length; i++) out.push(contractActor(list[i]));
  return out;
}
