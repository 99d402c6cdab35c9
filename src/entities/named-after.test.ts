// Names that are not people although they look like one: something named after a known person the article names
// ("the Trump Shuttle" after "Donald Trump"), and the title-case titles of works and slogans with a pronoun or a
// question word inside ("The Spy Who Loved Me", "Survey I"). Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2016-03-14T10:00:00+00:00' });
const typeOf = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name)?.type;
const people = (doc: Doc) => doc.entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('a name opened by a known person\'s surname', () => {
  it.each([
    ['Donald Trump bought the airline in 1989. The Trump Shuttle lost money for years.', 'Trump Shuttle'],
    ['Hillary Clinton spoke at length. The Clinton Presidential Library opened in 2004.', 'Clinton Presidential Library'],
  ])('%s', (text, name) => {
    expect(typeOf(run(text), name)).toBe('organization');
  });
  it('keeps a person whose name has a given name ("Melania Trump")', () => {
    expect(typeOf(run('Donald Trump spoke first. Melania Trump spoke next.'), 'Melania Trump')).toBe('person');
  });
  it('keeps two names of an unknown person written both ways', () => {
    const doc = run('Bilal Harun was arrested. Police said Harun Bilal had a gun.');
    expect(typeOf(doc, 'Harun Bilal')).toBe('person');
  });
});

describe('the title of a work or a slogan', () => {
  it.each([
    ['The film opened in June. The Spy Who Loved Me made millions.', 'Spy Who Loved Me'],
    ['The firm published data. Survey I showed less bias than the others.', 'Survey I'],
    ['The crowd chanted Save Our Town all night, Ada Moss said.', 'Save Our Town'],
  ])('%s', (text, name) => {
    const doc = run(text);
    expect(doc.entities.find((e) => e.name === name)).toBeUndefined();
  });
  it('keeps a monarch\'s numeral after a given name ("Elizabeth I")', () => {
    expect(people(run('The queen died long ago. Elizabeth I ruled for decades.'))).toEqual(['Elizabeth I']);
  });
});
