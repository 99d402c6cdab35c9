// Builds a Doc by hand for tests: text, entities named by their surface strings, optional quotes.
// Paragraphs, sentences and tokens come from the real segmenter, as in the pipeline.
import type { Doc, Entity, EntityType, Quote } from '../../doc/types.js';
import { segment } from '../../segment/segment.js';

export type EntitySpec = { name: string; type: EntityType; country?: string; sector?: string; surfaces?: string[]; gender?: 'm' | 'f' };

/** A document with the given entities' mentions found by exact surface match. */
export function makeDoc(text: string, specs: EntitySpec[] = [], published: string | null = '2017-04-12T00:04:00+01:00', quotes: Quote[] = []): Doc {
  const meta = { headline: null, published, updated: null };
  const { paragraphs, tokens, sentences } = segment({ id: 'test', text, meta }, {});
  const entities: Entity[] = specs.map((s, i) => {
    const mentions: { start: number; end: number }[] = [];
    for (const surface of s.surfaces ?? [s.name]) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        const before = at === 0 ? ' ' : text[at - 1], after = text[at + surface.length] ?? ' ';
        if (/\w/.test(before) || /\w/.test(after)) continue;
        mentions.push({ start: at, end: at + surface.length });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `e${i + 1}`, type: s.type, name: s.name, mentions, ...(s.country ? { country: s.country } : {}), ...(s.sector ? { sector: s.sector } : {}), ...(s.gender ? { gender: s.gender } : {}) };
  });
  return { id: 'test', text, meta, paragraphs, sentences, tokens, entities, quotes, events: [], diagnostics: [] };
}

/** Common actors of the test sentences. */
export const ACTORS: Record<string, EntitySpec> = {
  russia: { name: 'Russia', type: 'location', country: 'RUS', surfaces: ['Russia', 'Russian', 'Moscow'] },
  iran: { name: 'Iran', type: 'location', country: 'IRN' },
  syria: { name: 'Syria', type: 'location', country: 'SYR', surfaces: ['Syria', 'Syrian'] },
  usa: { name: 'United States', type: 'location', country: 'USA', surfaces: ['United States', 'US', 'Washington'] },
  tillerson: { name: 'Rex Tillerson', type: 'person', country: 'USA', sector: 'GOV', surfaces: ['Rex Tillerson', 'Tillerson'], gender: 'm' },
  putin: { name: 'Vladimir Putin', type: 'person', country: 'RUS', sector: 'GOV', surfaces: ['Vladimir Putin', 'Putin'], gender: 'm' },
  assad: { name: 'Bashar Assad', type: 'person', country: 'SYR', sector: 'GOV', surfaces: ['Bashar Assad', 'Assad'], gender: 'm' },
  whiteHouse: { name: 'White House', type: 'organization', country: 'USA', sector: 'GOV' },
  g7: { name: 'G7', type: 'organization', sector: 'IGO' },
  opcw: { name: 'Organisation for the Prohibition of Chemical Weapons', type: 'organization', sector: 'IGO' },
  lucca: { name: 'Lucca', type: 'location', country: 'ITA' },
  italy: { name: 'Italy', type: 'location', country: 'ITA' },
  kabul: { name: 'Kabul', type: 'location', country: 'AFG' },
  taliban: { name: 'Taliban', type: 'group', country: 'AFG', sector: 'REB', surfaces: ['Taliban', 'Taliban fighters'] },
  police: { name: 'police', type: 'organization', sector: 'COP', surfaces: ['police'] },
  johnson: { name: 'Boris Johnson', type: 'person', country: 'GBR', sector: 'GOV', surfaces: ['Boris Johnson', 'Johnson'], gender: 'm' },
};
