// "Georgia" is a US state and a country: in an article that names other US states and nothing else of the country,
// the state. Runs after the merge, over the drafts; a place or body named with it ("Georgia Tech") follows.
import type { Knowledge } from '../knowledge/index.js';
import type { Draft } from './build-entities.js';
import { stateNames } from './find-candidates.js';

/** How many other US states an article must name before a state's name that is also a country's means the state. */
const OTHER_STATES = 2;

/** Moves a place named like a US state to the USA, with the bodies named after it, when the article is about US states. */
export function fillStateCountry(drafts: readonly Draft[], k: Knowledge): void {
  const states = stateNames(k);
  let foreign: string | undefined;
  for (const d of drafts) if (d.type === 'location' && d.country && d.country !== 'USA' && d.mentions.length && states.has(d.name.toLowerCase())) { foreign = d.country; break; }
  if (!foreign) return;
  let others = 0, name = '';
  for (const d of drafts) if (d.type === 'location' && d.country === foreign && states.has(d.name.toLowerCase())) name = d.name.toLowerCase();
  for (const d of drafts) {
    if (!d.mentions.length || d.country !== foreign) { if (d.type === 'location' && d.country === 'USA' && states.has(d.name.toLowerCase())) others++; continue; }
    // "Tbilisi", "Georgian troops", "the Georgian president": the article names the country itself.
    if (!named(d, name)) return;
  }
  if (others < OTHER_STATES) return;
  for (const d of drafts) {
    if (d.country !== foreign) continue;
    d.country = 'USA';
    d.entry = undefined;
  }
}

/**
 * Does draft d take its country from the state's name: the place, a body named with it ("Georgia Tech"), a person whose
 * title has it ("former Georgia governor"), not a demonym ("Georgian president")?
 */
function named(d: Draft, name: string): boolean {
  if (d.type === 'location' || d.type === 'organization') return hasWord(d.name, name);
  return d.type === 'person' && d.title !== undefined && hasWord(d.title, name);
}

/** Does `text` hold the words of `name` (lowercase) as words of their own ("Georgia" in "Georgia Rep.", not in "Georgian")? */
function hasWord(text: string, name: string): boolean {
  const at = text.toLowerCase().indexOf(name);
  if (at < 0) return false;
  const after = text.charCodeAt(at + name.length);
  return (at === 0 || text.charCodeAt(at - 1) === 32) && !(after >= 97 && after <= 122);
}
