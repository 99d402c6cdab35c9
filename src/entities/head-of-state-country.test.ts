// A head of state or government named with a bare capitalised title and no country is of the country the article's
// places name most ("President Ramos ... in Manila"); a lowercase title after a name is anybody's. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('the country of a bare head-of-state title', () => {
  it('is the country the places name most, the first named on a tie', () => {
    const doc = run('The talks ended late. President Ramos met the Chinese ambassador in Manila on Tuesday. President Ramos said the talks with China went well.');
    expect(named(doc, 'Ramos')?.country).toBe('PHL');
  });
  it('is none for a lowercase title after the name ("X, president of a charity")', () => {
    const doc = run('The talks ended late in Manila. Ada Moss, president of the Tarn Trust, said they went well.');
    expect(named(doc, 'Ada Moss')?.country).toBeUndefined();
  });
});
