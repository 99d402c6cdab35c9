// Table-driven tests on news-style sentences written for these tests (no copied news text).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc, Entity } from '../doc/types.js';

const run = (text: string, published = '2019-06-01T10:00:00+00:00'): Doc => analyze({ text, published });
const said = (doc: Doc, e: Entity) => e.mentions.map((m) => doc.text.slice(m.start, m.end));
const person = (doc: Doc, last: string) => doc.entities.find((e) => e.type === 'person' && e.name.endsWith(last));

describe('people with titles', () => {
  const rows: [string, string, string, string | undefined, string | undefined, string | undefined][] = [
    // text, surname, expected name, title, country, sector
    ['German foreign minister Anna Keller arrived in Vienna on Monday.', 'Keller', 'Anna Keller', 'German foreign minister', 'DEU', 'GOV'],
    ['Former Canadian ambassador to Beijing Sir Paul Whitby said the talks had failed.', 'Whitby', 'Paul Whitby', 'Former Canadian ambassador to Beijing', 'CAN', 'ELI'],
    ['The deal was criticised by Tomas Novak, Slovakia\'s finance minister, on Friday.', 'Novak', 'Tomas Novak', "Slovakia's finance minister", 'SVK', 'GOV'],
    ['Gen. Marcus Dell, a retired army officer, declined to comment.', 'Dell', 'Marcus Dell', undefined, undefined, 'MIL'],
    ['Kenya\'s President Daniel Mwangi opened the summit.', 'Mwangi', 'Daniel Mwangi', "Kenya's President", 'KEN', 'GOV'],
    ['The German chancellor, Anja Roth, said the talks were over.', 'Roth', 'Anja Roth', 'German chancellor', 'DEU', 'GOV'],
    ['Britain\'s defence secretary, Gavin Wells, said the army was ready.', 'Wells', 'Gavin Wells', "Britain's defence secretary", 'GBR', 'GOV'],
    ['Yesterday Lawrence H. Pike said the bank would fail.', 'Pike', 'Lawrence H. Pike', undefined, undefined, undefined],
    ['Austin Pike said the bank would fail.', 'Pike', 'Austin Pike', undefined, undefined, undefined],
    ['A spokesman for President Ana Diaz of Peru said no.', 'Diaz', 'Ana Diaz', 'President', undefined, 'GOV'],
    ['Senate Majority Leader Tom Hale said the vote would wait.', 'Hale', 'Tom Hale', 'Senate Majority Leader', 'USA', 'LEG'],
    ["The UK's housing minister, Dan Reeve, resigned on Tuesday.", 'Reeve', 'Dan Reeve', "UK's housing minister", 'GBR', 'GOV'],
    ['Their lawyer, Mehmet Kaya, said the case was weak.', 'Kaya', 'Mehmet Kaya', 'lawyer', undefined, 'JUD'],
    ['Google spokesman Tom Leigh declined to comment.', 'Leigh', 'Tom Leigh', 'Google spokesman', undefined, 'MNC'],
    ['House Minority Whip Ann Lee was absent.', 'Lee', 'Ann Lee', 'House Minority Whip', 'USA', 'LEG'],
    // a majority leader is one role, and the chamber gives its country
    ['Senate Majority Leader Tom Reece said no.', 'Reece', 'Tom Reece', 'Senate Majority Leader', 'USA', 'LEG'],
    ['House Minority Leader Ann Lutz said no.', 'Lutz', 'Ann Lutz', 'House Minority Leader', 'USA', 'LEG'],
    // a one-word place or country after a given name is a surname
    ["Malta's prime minister, Joseph Muscat, said so.", 'Muscat', 'Joseph Muscat', "Malta's prime minister", 'MLT', 'GOV'],
  ];
  it.each(rows)('%s', (text, last, name, title, country, sector) => {
    const doc = run(text);
    const p = person(doc, last);
    expect(p?.name).toBe(name);
    if (title) expect(p?.title).toBe(title);
    if (country) expect(p?.country).toBe(country);
    if (sector) expect(p?.sector).toBe(sector);
  });
});

describe('groups', () => {
  it('no group phrase runs through a speech verb in -ing ("with Senator Ann Vole telling reporters" is a person)', () => {
    const names = run('The vote sparked a debate, with Senator Ann Vole telling reporters on Thursday she backed the bill.').entities.map((e) => e.name);
    expect(names).toContain('Ann Vole');
    expect(names.filter((n) => n.includes('telling'))).toEqual([]);
  });
});

describe('one identity per actor', () => {
  it('ties surname, honorific and possessive forms to the full name', () => {
    const doc = run('Defence Secretary Helen Marsh flew to Oslo. Ms Marsh met officials there. Later, Marsh\'s aides said the visit went well.');
    const p = person(doc, 'Marsh')!;
    // The title stays in entity.title; the mention is the name (with a one-word honorific when there is one).
    expect(said(doc, p)).toEqual(['Helen Marsh', 'Ms Marsh', 'Marsh']);
    expect(p.title).toBe('Defence Secretary');
    expect(p.gender).toBe('f');
    expect(doc.entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });
  it('takes the gender of a person the dictionary knows from the given name too', () => {
    const doc = run('His opponent, Hillary Clinton, won Georgia. Theresa May met Angela Merkel in Berlin.');
    for (const name of ['Clinton', 'May', 'Merkel']) expect(person(doc, name)?.gender).toBe('f');
  });
  it('ties a bare name to the body a noun named before', () => {
    const doc = run('Shares in the construction firm Carrow fell. Carrow had debts.');
    const orgs = doc.entities.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => said(doc, e))).toEqual([['Carrow', 'Carrow']]);
    expect(orgs[0].sector).toBe('BUS');
  });
  it('ties an acronym to its organisation', () => {
    const doc = run('The International Atomic Energy Agency sent inspectors. The IAEA said access was limited.');
    const orgs = doc.entities.filter((e) => e.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].sector).toBe('IGO');
    expect(said(doc, orgs[0])).toEqual(['International Atomic Energy Agency', 'IAEA']);
  });
  it('links "the former ambassador" and "the Tory" to the person described before', () => {
    const doc = run('Former ambassador to Paris Sir John Pell spoke first. The former ambassador said the plan was weak.\n\nConservative MP Sir Roger Haldane, a former defence secretary, was blunter. "It will fail," the Tory said.');
    expect(said(doc, person(doc, 'Pell')!)).toContain('The former ambassador');
    expect(said(doc, person(doc, 'Haldane')!)).toContain('the Tory');
  });
});

describe('what must not become a person', () => {
  it('reads title-case headlines only for names the body knows', () => {
    const doc = analyze({ text: 'Minister To Urge Allies To Back Ceasefire Plan\n\nForeign Secretary Alan Grey will meet allies on Tuesday.' });
    const people = doc.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Alan Grey']);
  });
  it('keeps "US" and "WHO" apart from "us" and "who"', () => {
    const doc = run('The WHO warned the US on Monday. Officials who spoke to us disagreed.');
    const names = doc.entities.map((e) => e.name);
    expect(names).toContain('World Health Organization');
    const who = doc.entities.find((e) => e.name === 'World Health Organization')!;
    expect(said(doc, who)).toEqual(['WHO']);
    const us = doc.entities.find((e) => e.country === 'USA' && e.type === 'location')!;
    expect(said(doc, us)).toEqual(['US']);
  });
  it('does not start names with sentence openers', () => {
    const doc = run('However, Berlin rejected the offer. Before Tuesday, nothing moved.');
    expect(doc.entities.map((e) => e.name)).toEqual(['Berlin']);
  });
});

describe('metonymy and groups', () => {
  const rows: [string, string, string, string | undefined, string | undefined][] = [
    ['The Kremlin denied the report.', 'Kremlin', 'organization', 'RUS', 'GOV'],
    ['Downing Street said the talks would continue.', 'Downing Street', 'organization', 'GBR', 'GOV'],
    ['Iraqi officials confirmed the strike.', 'Iraqi officials', 'group', 'IRQ', 'GOV'],
    ['Senior Turkish military commanders met in Ankara.', 'Turkish military commanders', 'group', 'TUR', 'MIL'],
    ['The deal angered the Egyptians.', 'Egyptians', 'group', 'EGY', undefined],
    ['Western governments urged restraint.', 'Western governments', 'group', undefined, 'GOV'],
    // a wider list of group nouns: voters, refugees, workers, ...
    ['Syrian refugees crossed the border.', 'Syrian refugees', 'group', 'SYR', 'REF'],
    ['Two German reporters were detained.', 'German reporters', 'group', 'DEU', 'MED'],
    ['The Afghan defence ministry said 20 militants died.', 'Afghan defence ministry', 'group', 'AFG', 'GOV'],
    // a past form that describes the group is no verb
    ['Many GOP elected officials stayed away.', 'GOP elected officials', 'group', 'USA', 'GOV'],
    // a plural that describes the noun is no noun of its own
    ['The NAACP rights activists marched.', 'NAACP rights activists', 'group', 'USA', 'HRI'],
  ];
  it.each(rows)('%s', (text, name, type, country, sector) => {
    const doc = run(text);
    const e = doc.entities.find((x) => x.name === name);
    expect(e?.type).toBe(type);
    expect(e?.country).toBe(country);
    if (sector) expect(e?.sector).toBe(sector);
  });
});

describe('places named by a demonym', () => {
  it.each([
    ['Troops killed five gunmen in a Philippine province on Monday.', 'Philippine province', 'PHL'],
    ['Shelling hit the Syrian capital.', 'Syrian capital', 'SYR'],
  ])('%s', (text, name, country) => {
    const e = run(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('location');
    expect(e?.country).toBe(country);
  });
  it.each([
    // the name after "of" is the place; a noun after the place noun makes it a modifier
    ['Shelling hit the Syrian town of Douma.', 'Syrian town'],
    ['Russian state media said so.', 'Russian state'],
  ])('%s', (text, name) => {
    expect(run(text).entities.map((x) => x.name)).not.toContain(name);
  });
});

describe('organisations and places that are no people', () => {
  const rows: [string, string, string, string | undefined][] = [
    // a lone organisation word after a known body is part of its name, not a body of its own
    ['By Anna Weber, BBC News, Berlin. The BBC said so.', 'BBC News', 'organization', 'GBR'],
    // a demonym before a body gives its country
    ['The Russian Defence Ministry denied the report.', 'Russian Defence Ministry', 'organization', 'RUS'],
    ['The Philippine Red Cross sent food.', 'Red Cross', 'organization', 'PHL'],
    // a known body the knowledge files with people
    ['The Syrian Observatory for Human Rights said 12 died.', 'Syrian Observatory for Human Rights', 'organization', 'SYR'],
    // a last word that names a structure or a part of a city
    ['Fans lined the Harbour Bridge.', 'Harbour Bridge', 'location', undefined],
    ['Residents of the South Side met.', 'South Side', 'location', undefined],
    // a place noun after a known place makes one place with it
    ['Crowds marched down Michigan Avenue.', 'Michigan Avenue', 'location', 'USA'],
    ['Fans lined the Sydney Harbour Bridge.', 'Sydney Harbour Bridge', 'location', 'AUS'],
    // the noun before a name says what it is, and a later bare mention is the same body
    ['Shares in the construction firm Carrow fell. Carrow had debts.', 'Carrow', 'organization', undefined],
    ['The French charity Mer Ouverte said 80 people were rescued.', 'Mer Ouverte', 'organization', 'FRA'],
    // "the", a place and a plural: a team
    ['In the evening the Charlotte Hornets announced a deal.', 'Charlotte Hornets', 'organization', undefined],
  ];
  it.each(rows)('%s', (text, said, type, country) => {
    const doc = run(text);
    const e = doc.entities.find((x) => x.mentions.some((m) => doc.text.slice(m.start, m.end) === said));
    expect(e?.type).toBe(type);
    expect(e?.country).toBe(country);
    expect(doc.entities.filter((x) => x.type !== 'location' && x.name !== e?.name && said.split(' ').some((word) => x.name.includes(word))).map((x) => x.name)).toEqual([]);
  });
});

describe('what is no group', () => {
  it.each([
    // a verb between a name and a group noun: the name is the subject, not the owner
    ['The Defence Ministry denied targeting civilians.'],
    ['Moscow denied targeting civilians.'],
    ['The GOP rules require delegates to vote twice.'],
    // a collective noun before a noun describes it
    ['The Kenyan police operation ended.'],
  ])('%s', (text) => {
    expect(run(text).entities.filter((e) => e.type === 'group').map((e) => e.name)).toEqual([]);
  });
});

describe('hostile input', () => {
  it.each([
    ['empty', ''],
    ['emoji and CRLF', 'Mr Smith 😀 said\r\n"No" 🇺🇸 to the UN.\r\n'],
    ['no-break spaces and curly quotes', 'President\u00a0Ana Ruiz said “yes”.'],
    ['long run of capitals', 'A '.repeat(5000) + 'B'],
  ])('%s: spans in bounds and sorted', (_, text) => {
    const doc = run(text);
    for (const e of doc.entities) {
      let last = -1;
      for (const m of e.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeGreaterThanOrEqual(last);
        last = m.start;
      }
    }
  });
});

describe('titles set off by commas', () => {
  it('takes no title from a list ("the president, the vice president, Ann Ray, we")', () => {
    const doc = run('Everybody in the administration, the president, the vice president, Ann Ray, we were all working.');
    expect(person(doc, 'Ray')?.title).toBeUndefined();
  });
  it('a later nominal ties to the person the apposed title describes', () => {
    const doc = run('The German chancellor, Anja Roth, arrived in Paris. The chancellor said she was hopeful.');
    expect(said(doc, person(doc, 'Roth')!)).toEqual(['Anja Roth', 'The chancellor']);
  });
  it('keeps a place that is no first name before a name, and one before a place', () => {
    const doc = run('Officials in Austin Texas met on Monday.');
    expect(doc.entities.map((e) => e.name)).toContain('Austin');
  });
});

describe('acronyms with a possessive', () => {
  it("finds 'EU's', 'UN's' and 'IMF’s' as the bodies they stand for", () => {
    const doc = run("The UN's envoy met the IMF’s chief to discuss the EU's plan.");
    expect(doc.entities.map((e) => e.name).sort()).toEqual(['European Union', 'International Monetary Fund', 'United Nations']);
  });
});
