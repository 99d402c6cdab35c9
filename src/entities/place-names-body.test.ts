// A known place right before a body's name is part of that name and gives its country ("the Ohio Court of
// Appeals", "Leeds City Council"); words that open no name ("Only", "Another") name nobody. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('a place before a body word', () => {
  it.each([
    ['The Ohio Court of Appeals overturned the ruling on Monday.', 'Ohio Court of Appeals', 'USA', 'JUD'],
    ['Leeds City Council said the road would close.', 'Leeds City Council', 'GBR', 'GOV'],
    ['A spokesman for the Chicago Tribune declined to comment.', 'Chicago Tribune', 'USA', 'MED'],
    ['She studied at the Texas Institute of Technology before joining.', 'Texas Institute of Technology', 'USA', 'EDU'],
  ])('%s', (text, name, country, sector) => {
    const doc = run(text);
    expect(named(doc, name)).toMatchObject({ type: 'organization', country, sector });
    expect(doc.entities).toHaveLength(1);
  });
  it('leaves a place before a person alone ("Texas Gov. Ada Moss")', () => {
    const doc = run('Texas Gov. Ada Moss signed the bill.');
    expect(named(doc, 'Ada Moss')?.title).toBe('Texas Gov.');
  });
});

describe('words that open no name', () => {
  it.each([
    ['Only Ada Moss voted against the plan.', 'Ada Moss'],
    ['Another Democrat, Ada Moss, said she would wait.', 'Ada Moss'],
  ])('%s', (text, name) => {
    expect(run(text).entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([name]);
  });
});
