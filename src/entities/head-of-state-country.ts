// The country of a head of state or government the text names with a bare capitalised title ("President Ramos",
// "Prime Minister Ada Moss") and no country: the country the article's places name most, the first named on a tie.
// Runs after the merge; a country the text or the knowledge gives always wins.
import type { Draft } from './build-entities.js';
import { HEAD_OFFICES, STATE_SECTORS } from './word-classes.js';

/** A person with a capitalised head-of-state title and no country ("President Ramos"; not "X, president of Y"). */
const bareHead = (d: Draft) => d.type === 'person' && !d.country && d.mentions.length > 0 && d.titleHead !== undefined && HEAD_OFFICES.has(d.titleHead)
  && d.title !== undefined && d.title.charCodeAt(0) >= 65 && d.title.charCodeAt(0) <= 90 && d.title.toLowerCase() === d.titleHead;

/** Gives such a person the country the article's places and state bodies name most. */
export function fillHeadOfStateCountry(drafts: readonly Draft[]): void {
  let any = false;
  for (const d of drafts) if (bareHead(d)) any = true;
  if (!any) return;
  const home = mainCountry(drafts);
  if (!home) return;
  for (const d of drafts) if (bareHead(d)) d.country = home;
}

/** The country with the most mentions of places and state bodies; of two with as many, the one named first. */
function mainCountry(drafts: readonly Draft[]): string | undefined {
  const count = new Map<string, number>(), first = new Map<string, number>();
  for (const d of drafts) {
    if (!d.country || !d.mentions.length) continue;
    if (d.type !== 'location' && !(d.type === 'organization' && d.sector !== undefined && STATE_SECTORS.has(d.sector))) continue;
    count.set(d.country, (count.get(d.country) ?? 0) + d.mentions.length);
    const at = d.mentions[0].start;
    if (!first.has(d.country) || at < first.get(d.country)!) first.set(d.country, at);
  }
  let best: string | undefined;
  for (const [c, n] of count) {
    const b = best === undefined ? -1 : count.get(best)!;
    if (n > b || (n === b && first.get(c)! < first.get(best!)!)) best = c;
  }
  return best;
}
