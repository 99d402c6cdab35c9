// Capitalised runs that are no person: slogans, compass adjectives, place names opened by "San"/"Santa"/"St.",
// known campaigning bodies; and the gender of a known person called by the surname alone. Sentences made up for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

const run = (text: string) => analyze({ text, published: '2016-03-14T10:00:00+00:00' });
const typeOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.type;

describe('a capitalised run that is no person', () => {
  it('a slogan with an adverb is no name ("Make Ohio Great Again")', () => {
    expect(typeOf('The mayor vowed to Make Ohio Great Again at the fair.', 'Great Again')).toBeUndefined();
  });
  it('a compass adjective is no name ("Middle Eastern diplomats")', () => {
    expect(typeOf('Middle Eastern diplomats gathered in Oslo on Friday.', 'Middle Eastern')).toBeUndefined();
  });
  it.each([
    ['The San Marcelo council voted to close the road.', 'San Marcelo'],
    ['After Santa Rosalba, officials changed the rules.', 'Santa Rosalba'],
  ])('"San"/"Santa" opens a place name with no person cue: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('location');
  });
  it('"Chair" is a role: it opens the title of the name after it, not a name of its own ("Transit Committee Chair Nadia Volkova")', () => {
    const doc = run('Transit Committee Chair Nadia Volkova said the vote was fair.');
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.title])).toEqual([['Nadia Volkova', 'Transit Committee Chair']]);
  });
  it('a day, month or feast ends a place opened by "San" ("the San Marcelo Christmas fair")', () => {
    const doc = run('Police said the San Marcelo Christmas fair would go ahead.');
    expect(doc.entities.filter((e) => e.type === 'location').map((e) => e.name)).toEqual(['San Marcelo']);
  });
  it.each([
    ['Doctors at the St. Ignatia hospital treated the boy.', 'St. Ignatia'],
    ['She studied at St. Wendeline College for two years.', 'St. Wendeline College'],
  ])('a saint\'s name with a building or institution noun is a body, not a place: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
  it.each([
    ['Planned Parenthood said the cuts would close clinics.', 'Planned Parenthood'],
    ['Black Lives Matter organisers marched through Dayton.', 'Black Lives Matter'],
  ])('a known campaigning body is an organisation: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('a branch of a known body', () => {
  it('names up to an organisation word after a known body are part of its name ("Planned Parenthood Action Fund")', () => {
    const doc = run('The Planned Parenthood Action Fund endorsed the senator on Monday.');
    expect(doc.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Planned Parenthood Action Fund']);
  });
});

describe('gender of a known person named by the surname alone', () => {
  it('"Obama" known as Barack Obama is male', () => {
    const e = run('The talks went well. Obama arrived in Lisbon on Monday.').entities.find((x) => x.name === 'Barack Obama');
    expect(e?.gender).toBe('m');
  });
});

describe('nominals tie only to who fits them', () => {
  const nominals = (text: string) => run(text).entities.filter((e) => e.mentions.some((m) => m.kind === 'nominal')).map((e) => e.name);
  it('"the Republican" is no politician the article does not call a Republican', () => {
    expect(nominals('Hillary Clinton spoke in Ohio on Monday. The Republican later said the plan would fail.')).toEqual([]);
    expect(nominals('Democratic Sen. Mark Tolliver spoke in Ohio. The Republican later said the plan would fail.')).toEqual([]);
  });
  it('"the Republican" is the one the article calls a Republican', () => {
    expect(nominals('Republican Sen. Mark Tolliver spoke in Ohio. The Republican later said the plan would fail.')).toEqual(['Mark Tolliver']);
  });
  it('"the Indiana governor" is not a "former New Mexico governor"', () => {
    expect(nominals('Former New Mexico governor Gary Whitfield spoke in Denver on Monday. The Indiana governor said the plan would fail.')).toEqual([]);
    expect(nominals('Indiana Gov. Mark Tolliver spoke in Denver on Monday. The Indiana governor said the plan would fail.')).toEqual(['Mark Tolliver']);
  });
});
