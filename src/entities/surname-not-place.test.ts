// A one-word known place that is the surname of a person named in full before is that person, unless a word
// before it asks for a place ("in Lazio"). Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('a surname that is also a place', () => {
  it('is the person named before ("Mary Lazio ... Lazio said")', () => {
    const doc = run('The vote was close. Mary Lazio voted no. Lazio said the plan was too costly.');
    expect(named(doc, 'Mary Lazio')?.mentions).toHaveLength(2);
    expect(doc.entities.filter((e) => e.type === 'location')).toEqual([]);
  });
  it('is the place after a word that asks for one ("in Lazio")', () => {
    const doc = run('The vote was close. Mary Lazio voted no. She grew up in Lazio before moving north.');
    expect(named(doc, 'Lazio')?.type).toBe('location');
  });
});
