// "Conservatives" is Britain's party where the article names something else British, else the people on the right,
// a group of no country. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('a leaning word that names a party', () => {
  it('is a group of no country in an article that names nothing British', () => {
    const doc = run('The primary was close in Ohio. Conservatives can no longer count on him, Conservative radio host Ada Moss said.');
    expect(named(doc, 'Conservatives')).toMatchObject({ type: 'group' });
    expect(named(doc, 'Conservatives')?.country).toBeUndefined();
    expect(named(doc, 'Ada Moss')?.country).toBeUndefined();
  });
  it('is the party where the article names something else British', () => {
    const doc = run('The vote was close in London. The Conservatives lost four seats to Labour.');
    expect(named(doc, 'Conservatives')).toMatchObject({ type: 'organization', country: 'GBR', sector: 'PTY' });
  });
});
