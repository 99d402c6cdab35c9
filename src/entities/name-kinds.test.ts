// What kind of name a capitalised run is, from its last word and the word before it: company words
// ("Acme Robotics"), streets ("12 Morgan Lane" but "a letter from Morgan Lane"), given names after "from",
// and US state abbreviations in wire datelines. Sentences made up for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);
const typeOf = (text: string, name: string) => named(run(text), name)?.type;

describe('a company word ends a company name', () => {
  it.each([
    ['Acme Robotics said profits rose.', 'Acme Robotics'],
    ['Shares in Zentrix Systems fell on Monday.', 'Zentrix Systems'],
    ['Brightwater Holdings bought the site.', 'Brightwater Holdings'],
    ['A report by Quillon Labs found no flaw.', 'Quillon Labs'],
    ['The fund was run by Harrow Partners.', 'Harrow Partners'],
  ])('%s', (text, name) => {
    const e = named(run(text), name);
    expect(e?.type).toBe('organization');
    expect(e?.sector).toBe('BUS');
  });
  it('ties the first word alone to the company ("Mercury said" after "Mercury Holdings")', () => {
    const doc = run('Shares in Tollan Holdings fell. Tollan said it would appeal.');
    expect(doc.entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([['organization', 'Tollan Holdings', 2]]);
  });
  it('reads "Wall Street" as the finance business, a US body', () => {
    const e = named(run('Stocks fell on Wall Street after the vote.'), 'Wall Street');
    expect([e?.type, e?.country, e?.sector]).toEqual(['organization', 'USA', 'BUS']);
  });
  it('names no company by the word alone ("Systems were down")', () => {
    expect(run('Systems were down for hours.').entities).toEqual([]);
  });
});

describe('a street is a place only with a house number or "on"/"in"', () => {
  it.each([
    ['Police closed 12 Morgan Lane on Friday.', 'location'],
    ['Protesters marched on Morgan Lane.', 'location'],
    ['She got a letter from Morgan Lane on Monday.', 'person'],
    ['The prize went to Morgan Lane, who wept.', 'person'],
    // a road names no person
    ['Rents rose along a Fernley Avenue block.', 'location'],
  ])('%s', (text, type) => {
    const doc = run(text);
    const e = doc.entities.find((x) => x.name.endsWith('Lane') || x.name.endsWith('Avenue'));
    expect(e?.type).toBe(type);
  });
  it('leaves "Fleet Street" with no cue alone', () => {
    expect(run('Kerrow Street editors said no.').entities).toEqual([]);
  });
});

describe('a given name after "from" or "in" opens a person, not a place', () => {
  it.each([
    ['Help came from Sarah Quist last week.', 'Sarah Quist'],
    ['The call from Donald Pellew was short.', 'Donald Pellew'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
  it('still reads a place after "in"', () => {
    expect(typeOf('The fair in Port Harlan drew crowds.', 'Port Harlan')).toBe('location');
  });
});

describe('a wire dateline with a US state abbreviation', () => {
  it.each([
    ['TEMPE, Ariz. (AP) — A man was arrested on Monday.', 'TEMPE'],
    ['WORCESTER, Mass. (AP) — A fire destroyed a barn.', 'WORCESTER'],
    ['KINGSTON, N.Y. (AP) — Two roads were closed.', 'KINGSTON'],
    ['BLUEFIELD, W.Va. (AP) — The mine reopened.', 'BLUEFIELD'],
  ])('%s', (text, name) => {
    const doc = run(text);
    expect(named(doc, name)?.type).toBe('location');
    expect(named(doc, name)?.country).toBe('USA');
    // the abbreviation is part of the dateline, no body of its own
    expect(doc.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Associated Press']);
  });
  it.each([
    // a known place elsewhere is the town of the state the dateline names
    ['KINGSTON, N.Y. (AP) — Two roads were closed in Kingston.', 'KINGSTON', 'USA'],
    ['PARIS, Texas (AP) — Two roads were closed.', 'PARIS', 'USA'],
  ])('%s', (text, name, country) => {
    const doc = run(text);
    expect(named(doc, name)?.type).toBe('location');
    expect(named(doc, name)?.country).toBe(country);
    expect(doc.entities.filter((e) => e.type === 'location' && e.country !== 'USA')).toEqual([]);
  });
  it('gives a domestic office the country', () => {
    expect(named(run('TEMPE, Ariz. (AP) — Gov. Ann Ward signed the bill.'), 'Ann Ward')?.country).toBe('USA');
  });
  it('reads "Mass" outside a dateline as no place', () => {
    expect(run('Mass protests followed the vote.').entities.filter((e) => e.type === 'location')).toEqual([]);
  });
});

describe('a trade union named before "union"', () => {
  it('is a labour organisation of the one country the story names', () => {
    const doc = run('The Tarn union said nurses in Leeds would strike, and Downing Street said talks would go on. The GMB union agreed.');
    for (const name of ['Tarn union', 'GMB union']) {
      expect(named(doc, name)?.type).toBe('organization');
      expect(named(doc, name)?.sector).toBe('LAB');
      expect(named(doc, name)?.country).toBe('GBR');
    }
  });
  it('takes no country when the story names two', () => {
    expect(named(run('The Tarn union said nurses in Leeds and Lyon would strike.'), 'Tarn union')?.country).toBeUndefined();
  });
});

describe('a sentence adverb before a name is no part of it', () => {
  it.each([
    ['Besides Tollan Holdings, two banks bid.', 'Tollan Holdings'],
    ['Instead Ann Pellow said the plan would fail.', 'Ann Pellow'],
  ])('%s', (text, name) => {
    expect(run(text).entities.map((e) => e.name)).toEqual([name]);
  });
});
