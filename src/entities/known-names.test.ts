// What the knowledge lists: every US state, no country named by an English word, militant leaders as people.
// Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('the knowledge', () => {
  it('knows every US state as a place in the USA ("Wisconsin" was in no list)', () => {
    const doc = run('Farmers in Wisconsin said the drought had cut their yields.');
    expect(named(doc, 'Wisconsin')).toMatchObject({ type: 'location', country: 'USA' });
  });
  it('names no country by an English word ("Island" was Iceland)', () => {
    const doc = run('The ferry to the Island was cancelled, the operator said.');
    expect(doc.entities.filter((e) => e.country === 'ISL')).toEqual([]);
  });
  it('reads "Korea" alone as South Korea', () => {
    expect(named(run('Exports from Korea rose by 4 percent in May.'), 'Korea')?.country).toBe('KOR');
  });
  it.each([
    ['The video showed Osama bin Laden in a cave. Bin Laden was speaking slowly.', 'Osama bin Laden', 2],
    ['Anwar al-Awlaki recorded the sermons. Al-Awlaki was killed years later.', 'Anwar al-Awlaki', 2],
  ])('files a militant leader the actors give his group as a person: %s', (text, name, mentions) => {
    const e = named(run(text), name);
    expect(e).toMatchObject({ type: 'person', sector: 'IMG' });
    expect(e?.mentions).toHaveLength(mentions);
  });
});
