// Titles that name the body they belong to: "Chairman and CEO" is one title; a body named by its kind word
// ("American Unity Fund president", "vice president of Acme Holdings") owns the role, so a president of a fund
// is no government official. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2016-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);
const people = (doc: Doc) => doc.entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('titles joined by "and"', () => {
  it('keeps "Chairman and CEO" with the person it names', () => {
    const doc = run('The talks went on. Fox News Chairman and CEO Ada Moss said the network would stay.');
    expect(people(doc)).toEqual(['Ada Moss']);
    expect(named(doc, 'Ada Moss')).toMatchObject({ title: 'Fox News Chairman and CEO', sector: 'MED' });
  });
  it('leaves two people apart when one role is capitalised and the other not', () => {
    const doc = run('The talks went on. The president and Vice President Ada Moss met on Monday.');
    expect(named(doc, 'Ada Moss')?.title).toBe('Vice President');
  });
});

describe('a body named in a title owns the role', () => {
  it.each([
    ['The vote was close, said Harbor Unity Fund president Ada Moss on Monday.', 'Harbor Unity Fund president', undefined],
    ['The vote was close. Ada Moss, vice president of Acme Holdings, said so.', 'vice president of Acme Holdings', 'BUS'],
    ['The vote was close. Ada Moss, president of Citizens Watch, said so.', 'president of Citizens Watch', 'NGO'],
    ['The vote was close. Senate Judiciary Committee chairman Ada Moss said so.', 'Senate Judiciary Committee chairman', 'LEG'],
  ])('%s', (text, title, sector) => {
    const e = named(run(text), 'Ada Moss');
    expect(e?.title).toBe(title);
    expect(e?.sector).toBe(sector);
  });
  it('reads a portfolio before a commissioner as no body: "Alabama Securities Commissioner"', () => {
    expect(named(run('The fund closed. Alabama Securities Commissioner Ada Moss said so.'), 'Ada Moss')?.sector).toBe('GOV');
  });
});

describe('plural role nouns and capitalised occupations', () => {
  it('makes "Aides" a group, not a person', () => {
    const doc = run('The speech was long. Aides said Mr. Obama would stress the economy.');
    expect(doc.entities.find((e) => e.name === 'Aides')?.type).toBe('group');
  });
  it('reads "Actor" before a name as a title', () => {
    const doc = run('The rally was loud. Actor Ada Moss said she backed the senator.');
    expect(named(doc, 'Ada Moss')).toMatchObject({ type: 'person', title: 'Actor' });
  });
});

describe('police rank and titles after a conjunction', () => {
  it('reads "Officer" before a name as a police rank', () => {
    expect(named(run('The chase ended. Officer Ada Moss said the man ran off.'), 'Ada Moss')?.sector).toBe('COP');
  });
  it('keeps an army officer military', () => {
    expect(named(run('The war went on. An army officer, Ada Moss, said so.'), 'Ada Moss')?.sector).toBe('MIL');
  });
  it('reads the apposed title after a sentence-opening "And"', () => {
    const e = named(run("The vote was close. And Ohio's Republican attorney general, Ada Moss, vowed to act."), 'Ada Moss');
    expect(e).toMatchObject({ title: "Ohio's Republican attorney general", country: 'USA' });
  });
});
