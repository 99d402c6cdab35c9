// The country of a domestic office or a trade union the text leaves implied: "Gov. Mike DeWine" in a story
// datelined "COLUMBUS, Ohio", "The Chancellor, Rachel Reeves," or "the Unite union" beside the Commons and Downing Street. Only when the
// text names one country and no other; a country the text gives the person always wins.
import type { Draft } from './build-entities.js';
import { DOMESTIC_OFFICES, STATE_SECTORS } from './word-classes.js';

/** A person with a domestic office, or a trade union ("the Unite union"), that the text gives no country. */
const domestic = (d: Draft) => !d.country && ((d.type === 'person' && d.titleHead !== undefined && DOMESTIC_OFFICES.has(d.titleHead))
  || (d.type === 'organization' && d.sector === 'LAB' && d.entry === undefined));

/** Gives people with a domestic office and unions with no country the one country the article's places and state bodies name. */
export function fillDomesticCountry(drafts: readonly Draft[]): void {
  let office = false;
  for (const d of drafts) if (d.mentions.length && domestic(d)) office = true;
  if (!office) return;
  const home = onlyCountry(drafts);
  if (!home) return;
  for (const d of drafts) if (domestic(d)) d.country = home;
}

/**
 * The one country the article names, when a place or a state body names it and nothing names another. A
 * company's or a wire's home ("Reuters", "Apple") says where it is from, not where the story is.
 */
function onlyCountry(drafts: readonly Draft[]): string | undefined {
  let home: string | undefined, anchored = false;
  for (const d of drafts) {
    if (!d.country || !d.mentions.length) continue;
    const state = d.type === 'location' || (d.type === 'organization' && d.sector !== undefined && STATE_SECTORS.has(d.sector));
    if (d.type === 'organization' && !state) continue;
    if (home && d.country !== home) return undefined;
    home = d.country;
    if (state) anchored = true;
  }
  return anchored ? home : undefined;
}
