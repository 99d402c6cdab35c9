// A compass word opens a place's name, never a person's. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('a compass word opens a place', () => {
  it.each([
    ['Voters were angry. The MP for North Fells, Ada Moss, said the plan was wrong.', 'North Fells'],
    ['Rivers burst their banks. East Marsh was flooded on Sunday.', 'East Marsh'],
  ])('%s', (text, place) => {
    const doc = run(text);
    expect(named(doc, place)?.type).toBe('location');
  });
  it('joins the word before a known place and drops the place\'s country: "the South China Sea"', () => {
    const doc = run('Tensions rose. Patrol boats crossed the South China Sea on Friday.');
    expect(named(doc, 'South China Sea')).toMatchObject({ type: 'location' });
    expect(named(doc, 'South China Sea')?.country).toBeUndefined();
  });
  it('leaves a compass word that ends a name ("Ada West")', () => {
    expect(named(run('The vote was close. Ada West said she would run.'), 'Ada West')?.type).toBe('person');
  });
});
