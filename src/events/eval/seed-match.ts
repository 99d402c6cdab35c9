// Matching system events to the seed article's hand-coded events: same event type (PLOVER, with the
// gold's DEMAND read as REQUEST and INVESTIGATE as ACCUSE, as in PLOVER 2021) or same CAMEO root,
// a source and a target that fit the gold's country codes or names.
import type { Event, EventActor } from '../../doc/types.js';

export type GoldEvent = { source: string | null; target: string | null; cameo: string; plover: string; trigger?: string };

const NORMAL: Record<string, string> = { DEMAND: 'REQUEST', INVESTIGATE: 'ACCUSE' };

/** Does a gold actor description ("USA (Tillerson)", "IGO (G7)", "RUS, IRN", "Khan Sheikhoun (town)") fit? */
export function actorFits(gold: string | null, actors: readonly EventActor[]): boolean {
  if (gold === null) return true; // the coder named no target: any
  const codes = (gold.match(/\b[A-Z]{3}\b/g) ?? []).filter((c) => c !== 'IGO');
  const names = [...gold.matchAll(/IGO \(([^)]+)\)/g)].map((m) => m[1].toLowerCase());
  if (!codes.length && !names.length) names.push(gold.replace(/\s*\(.*$/, '').toLowerCase());
  const initials = (name: string) => name.split(/\s+/).filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]).join('').toLowerCase();
  return actors.some((a) => (a.country && codes.includes(a.country)) || names.some((n) => a.name.toLowerCase().includes(n) || n.includes(a.name.toLowerCase()) || initials(a.name) === n));
}

/** "USA (Tillerson)" → does some actor's name hold "tillerson"? True when the gold names no one. */
function nameFits(gold: string | null, actors: readonly EventActor[]): boolean {
  const named = gold?.match(/^[A-Z]{3}\s*\(([^)]+)\)/)?.[1].toLowerCase();
  return !named || actors.some((a) => a.name.toLowerCase().includes(named) || named.includes(a.name.toLowerCase()));
}

/** The system event matching a gold event, or undefined; events in `used` are taken (one-to-one).
 *  `strict` also asks for the gold's parenthesised name; run a strict pass over all gold events first. */
export function matchGold(g: GoldEvent, events: readonly Event[], used: Set<Event> = new Set(), strict = false): Event | undefined {
  const type = NORMAL[g.plover] ?? g.plover;
  const fits = (e: Event) => !used.has(e) && (e.plover.event === type || e.cameo.root === g.cameo) && actorFits(g.source, e.actors) && actorFits(g.target, e.recipients);
  const hit = strict ? events.find((e) => fits(e) && nameFits(g.source, e.actors)) : events.find(fits);
  if (hit) used.add(hit);
  return hit;
}
