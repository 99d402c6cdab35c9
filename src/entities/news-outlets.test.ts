// American news outlets, think tanks and unions the knowledge lists, and the page headings that name nobody
// ("ABSTRACT", "CORRECTION APPENDED"). Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('outlets and bodies the knowledge lists', () => {
  it.each([
    ['The vote was close, Ada Moss told MSNBC on Monday.', 'MSNBC', 'MED'],
    ['The vote was close, Ada Moss told Politico on Monday.', 'Politico', 'MED'],
    ['The vote was close, Ada Moss told ABC News on Monday.', 'ABC News', 'MED'],
    ['The vote was close, said Ada Moss of the Brookings Institution.', 'Brookings Institution', 'NGO'],
  ])('%s', (text, name, sector) => {
    expect(named(run(text), name)).toMatchObject({ type: 'organization', country: 'USA', sector });
  });
  it('gives the outlet\'s country and sector to its reporter', () => {
    expect(named(run('The vote was close, Politico reporter Ada Moss wrote.'), 'Ada Moss')).toMatchObject({ country: 'USA', sector: 'MED' });
  });
  it('takes no heading for a body', () => {
    const doc = run('Talks end without a deal\nABSTRACT\nThe vote was close, Ada Moss said.\nCORRECTION APPENDED');
    expect(doc.entities.map((e) => e.name)).toEqual(['Ada Moss']);
  });
});
