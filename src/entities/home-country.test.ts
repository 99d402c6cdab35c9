// Where the text says a politician is from, and which side: a party word in the title ("Republican presidential candidate",
// "Democratic Sen.", "Tory MP"), "of <place>" after the name, a US party-state tag ("R-Texas"). Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

const person = (text: string, name: string) => analyze({ text, published: '2024-03-14T10:00:00+00:00' }).entities.find((e) => e.name === name);

describe('a party word in a title gives the title its country', () => {
  it.each([
    ['Republican presidential candidate Dana Whitfield said on Monday that she would win.', 'Dana Whitfield', 'Republican presidential candidate', 'USA'],
    ['Democratic Sen. Ray Kowalski said the bill would fail.', 'Ray Kowalski', 'Democratic Sen.', 'USA'],
    ['Tory MP Fiona Hartley said the plan was wrong.', 'Fiona Hartley', 'Tory MP', 'GBR'],
  ])('%s', (text, name, title, country) => {
    const p = person(text, name);
    expect(p?.title).toBe(title);
    expect(p?.country).toBe(country);
  });

  it('a party word alone with a role names nobody: "the Republican candidate"', () => {
    const doc = analyze({ text: 'Voters asked about the Republican candidate and his plans.' });
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('where the text says a person is from, right after the name', () => {
  it.each([
    ['Sen. Ray Kowalski of Vermont said the vote was close.', 'USA'],
    ['Rep. Ray Kowalski, D-Ohio, said the vote was close.', 'USA'],
    ['Rep. Ray Kowalski (R-Okla.) said the vote was close.', 'USA'],
    ['Ray Kowalski of Laconia, N.H., said the vote was close.', 'USA'],
    ['Ray Kowalski of Manchester said the vote was close.', 'GBR'],
    // the text's "of" beats a second country in the story
    ['Mayor Ray Kowalski of Dayton, Ohio, flew to Mexico City for the talks.', 'USA'],
  ])('%s', (text, country) => {
    expect(person(text, 'Ray Kowalski')?.country).toBe(country);
  });

  it.each([
    ['Ray Kowalski of Georgia said the vote was close.'], // a US state and a country
    ['Ray Kowalski of Manchester University said the vote was close.'], // a place that starts a longer name
  ])('no country when the place is not sure: %s', (text) => {
    expect(person(text, 'Ray Kowalski')?.country).toBeUndefined();
  });
});

describe('a shadow office is the opposition', () => {
  it.each([
    ['Shadow chancellor Tom Blakely accused the government of waste.', 'Tom Blakely', 'OPP'],
    ['The shadow home secretary, Ann Vole, said the plan would fail.', 'Ann Vole', 'OPP'],
    ['Former shadow minister Ed Lane said the plan would fail.', 'Ed Lane', 'ELI'],
  ])('%s', (text, name, sector) => {
    expect(person(text, name)?.sector).toBe(sector);
  });
});

describe('a body named with the role owns it', () => {
  it.each([
    ['Reza Tavana, a former commander of the Revolutionary Guards, said the ship would be seized.', 'Reza Tavana', 'IRN', 'ELI'],
    ['Ana Lind, a spokeswoman for the European Commission, said talks would go on.', 'Ana Lind', undefined, 'IGO'],
  ])('%s', (text, name, country, sector) => {
    const p = person(text, name);
    expect(p?.country).toBe(country);
    expect(p?.sector).toBe(sector);
  });
  it('a country\'s possessive gives its body that country: "Russia\'s Foreign Ministry"', () => {
    const doc = analyze({ text: "Russia's Foreign Ministry criticised the seizure on Friday." });
    expect(doc.entities.find((e) => e.name === 'Foreign Ministry')?.country).toBe('RUS');
  });
});

describe('a surname after a title and a first name', () => {
  it('a country or place after an honorific and a first name is a surname: "Rep. Steve Israel"', () => {
    const doc = analyze({ text: 'Rep. Dale Israel (D-N.Y.) said the plan would fail.' });
    expect(doc.entities.find((e) => e.type === 'person')?.name).toBe('Dale Israel');
    expect(doc.entities.filter((e) => e.type === 'location')).toEqual([]);
  });
  it('a bare surname the dictionary files with no full name gives no facts to a person the text names in full', () => {
    const p = analyze({ text: 'Gov. Maggie Hassan said the plan would fail. Hassan later left.' }).entities.find((e) => e.name === 'Maggie Hassan');
    expect(p?.country).not.toBe('JOR');
  });
});

describe('place names with ordinals, hotels', () => {
  it.each([
    ['Chinese ships sailed near Second Thomas Shoal on Monday.', 'Second Thomas Shoal', 'location'],
    ['The gala was held at the Harbor View Hotel on Friday.', 'Harbor View Hotel', 'organization'],
  ])('%s', (text, name, type) => {
    expect(analyze({ text }).entities.find((e) => e.name === name)?.type).toBe(type);
  });
});
