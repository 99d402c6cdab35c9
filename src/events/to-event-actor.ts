// An event's actor from an entity: its name, id, country and sector, as the contract's EventActor.
import type { Entity, EventActor } from '../doc/types.js';

/** The EventActor for an entity. */
export function toEventActor(e: Entity): EventActor {
  return { name: e.name, entity: e.id, ...(e.country ? { country: e.country } : {}), ...(e.sector ? { sector: e.sector } : {}) };
}

/** Actors without repeats (the same entity named twice in one compound). */
export function uniqueActors(list: readonly Entity[]): EventActor[] {
  const seen = new Set<string>();
  const out: EventActor[] = [];
  for (const e of list) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(toEventActor(e));
  }
  return out;
}
