// A US state's abbreviation with its full stops is the state, and puts the known place before its comma in the
// USA ("Manchester, N.H."); "L.A." and "V.A." are no states. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('US state abbreviations', () => {
  it('reads "N.H." as New Hampshire, one place with the state named in full', () => {
    const doc = run('The rally was packed. Voters in Manchester, N.H., cheered. The N.H. primary is in New Hampshire next week.');
    expect(named(doc, 'New Hampshire')).toMatchObject({ type: 'location', country: 'USA' });
    expect(named(doc, 'New Hampshire')?.mentions).toHaveLength(3);
    expect(named(doc, 'Manchester')?.country).toBe('USA');
    expect(doc.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });
  it('puts a known place before a state\'s abbreviation in the USA ("Athens, Ga.")', () => {
    expect(named(run('The rally was packed. She grew up in Athens, Ga., and moved north.'), 'Athens')?.country).toBe('USA');
  });
  it('takes no initials for a state that the list does not write so ("L.A.", "V.A.")', () => {
    const doc = run('The rally was packed. She flew to L.A. and met the V.A. secretary.');
    expect(doc.entities.filter((e) => e.type === 'location' && e.country === 'USA' && e.name !== 'L.A.')).toEqual([]);
  });
});
