// The word after a given name and a middle initial, or between a name and a generation, is the surname, whatever
// else the knowledge says it names. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const people = (doc: Doc) => doc.entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('the surname after a middle initial', () => {
  it.each([
    ['The vote was close. Representative Ada T. King of Ohio voted no.', ['Ada T. King']],
    ['The vote was close. Ada T. Jordan said she would vote no.', ['Ada T. Jordan']],
    ['The vote was close. Ada Moss King Jr. said she would vote no.', ['Ada Moss King Jr.']],
  ])('%s', (text, want) => {
    const doc = run(text);
    expect(people(doc)).toEqual(want);
    expect(doc.entities.filter((e) => e.type === 'location' && e.name === 'Jordan')).toEqual([]);
  });
  it('still finds a known person whose name has an initial ("President Viktor F. Yanukovych")', () => {
    const doc = run('The vote was close. President Viktor F. Yanukovych fled the capital.');
    expect(doc.entities.find((e) => e.type === 'person')).toMatchObject({ name: 'Viktor Yanukovych', country: 'UKR' });
  });
});
