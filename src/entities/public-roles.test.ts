// Roles of people in the public eye that political news quotes: strategists and pollsters, hosts and anchors,
// entertainers, authors. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('public roles', () => {
  it.each([
    ['The vote was close, Republican strategist Ada Moss said.', 'Republican strategist', 'USA', 'PTY'],
    ['The vote was close, Democratic pollster Ada Moss said.', 'Democratic pollster', 'USA', 'PTY'],
    ['The vote was close, radio host Ada Moss said.', 'radio host', undefined, 'MED'],
    ['The vote was close, Actress Ada Moss said.', 'Actress', undefined, 'ELI'],
    ['The vote was close, author Ada Moss said.', 'author', undefined, undefined],
  ])('%s', (text, title, country, sector) => {
    const e = named(run(text), 'Ada Moss');
    expect(e?.title).toBe(title);
    expect(e?.country).toBe(country);
    expect(e?.sector).toBe(sector);
  });
  it('leaves a surname that is a common word ("Paul Singer")', () => {
    expect(named(run('The vote was close, billionaire Paul Singer said.'), 'Paul Singer')?.type).toBe('person');
  });
});
