// "Georgia" is a US state where the article names other US states and nothing else of the country. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('a US state named like a country', () => {
  it('is the state among other states, with the people and bodies named after it', () => {
    const doc = run('The race moved south. Primaries in Ohio, Utah and Georgia come next, and Georgia Rep. Ada Moss backed the governor.');
    expect(named(doc, 'Georgia')?.country).toBe('USA');
    expect(named(doc, 'Ada Moss')?.country).toBe('USA');
  });
  it('stays the country where the article names the country itself', () => {
    const doc = run('The war was short. Troops entered Georgia in August, senators from Ohio and Utah said. Georgian officials fled.');
    expect(named(doc, 'Georgia')?.country).toBe('GEO');
  });
  it('stays the country with fewer than two other states', () => {
    expect(named(run('The talks were long. Envoys from Georgia met officials in Ohio.'), 'Georgia')?.country).toBe('GEO');
  });
});
