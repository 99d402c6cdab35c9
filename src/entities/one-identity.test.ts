// One identity per person: relatives who share a surname stay apart, a known person is shown by the knowledge's
// name whatever variant the text spells, nicknames and list commas give no one a wrong name or title, and days,
// shows, plans and headings name nobody. Sentences made up for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';
import { shownName } from './build-entities.js';

const run = (text: string): Doc => analyze({ text, published: '2016-03-14T10:00:00+00:00' });
/** Each person with the text of its mentions. */
const people = (doc: Doc) => doc.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => doc.text.slice(m.start, m.end))]);

describe('relatives with one surname are different people', () => {
  it.each([
    // a given name the first-name list lacks is still a given name
    ['Carl Brenner said on Monday that Ivanka Brenner would visit Paris. "We are ready," Mr. Brenner told reporters.',
      [['Carl Brenner', ['Carl Brenner', 'Mr. Brenner']], ['Ivanka Brenner', ['Ivanka Brenner']]]],
    ['Gideon Marsh met Orla Marsh in Leeds.', [['Gideon Marsh', ['Gideon Marsh']], ['Orla Marsh', ['Orla Marsh']]]],
    // another middle initial is another person; a middle name or initial left out is the same one
    ['George H.W. Marsh and George W. Marsh spoke.', [['George H.W. Marsh', ['George H.W. Marsh']], ['George W. Marsh', ['George W. Marsh']]]],
    ['Colin J. Prewitt spoke. Colin Prewitt later left.', [['Colin J. Prewitt', ['Colin J. Prewitt', 'Colin Prewitt']]]],
    // the end of a long name is that name, not another given name
    ['Rep. Debra Wasserfall Kline spoke. Wasserfall Kline then left.', [['Debra Wasserfall Kline', ['Rep. Debra Wasserfall Kline', 'Wasserfall Kline']]]],
    // "Jr." is no surname: the Quinn and the Tate are two people
    ['Harold B. Quinn Jr. and Gen. Harold F. Tate Jr. spoke. Quinn left.',
      [['Harold B. Quinn Jr.', ['Harold B. Quinn Jr.', 'Quinn']], ['Harold F. Tate Jr.', ['Gen. Harold F. Tate Jr.']]]],
  ] as [string, [string, string[]][]][])('%s', (text, want) => {
    expect(people(run(text))).toEqual(want);
  });
  it('a word opening a sentence that the text writes lower-case is no given name ("Following Pellow")', () => {
    expect(people(run('Following Pellow, Ann Pellow spoke. The following day she left.'))).toEqual([['Ann Pellow', ['Pellow', 'Ann Pellow']]]);
  });
});

describe('a known person is shown by the name the knowledge gives', () => {
  it.each([
    ['Donald John Trump said the talks would go on.', 'Donald Trump'],
    ['Donald J. Trump said the talks would go on.', 'Donald Trump'],
    ['Vladimir Vladimirovich Putin said the talks would go on.', 'Vladimir Putin'],
    ['Joseph R. Biden Jr. said the talks would go on.', 'Joe Biden'],
    // the text's own spelling of a surname stays
    ['Bashar Assad said the talks would go on.', 'Bashar Assad'],
    // middle initials the knowledge does not list: the person it knows without them
    ['Paul D. Ryan said the talks would go on.', 'Paul Ryan'],
    // ... unless its own name has another middle initial
    ['George H.W. Bush said the talks would go on.', 'George H. W. Bush'],
  ])('%s → %s', (text, name) => {
    expect(run(text).entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([name]);
  });
  it.each([
    ['Donald J. Trump', 'Donald Trump', 'Donald Trump'],
    ['DONALD JOHN TRUMP', 'Donald Trump', 'DONALD TRUMP'],
    ['Sergei Lavrov', 'Sergey Lavrov', 'Sergey Lavrov'],
    ['Bashar Assad', 'Bashar al-Assad', 'Bashar Assad'],
    ['Ann Lee', '', 'Ann Lee'],
  ])('shownName(%s, %s) = %s', (name, known, want) => expect(shownName(name, known)).toBe(want));
});

describe('a title before the next name of a list is not apposed', () => {
  it('"Ann Wells, Sen. Tom Hardy and two aides": Ann Wells has no title', () => {
    const doc = run('Ann Wells, Sen. Tom Hardy and two aides arrived on Monday.');
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.title ?? null])).toEqual([['Ann Wells', null], ['Tom Hardy', 'Sen.']]);
  });
  it('"Ann Wells, Sen. Ted Cruz": nor before a known person', () => {
    const doc = run('Ann Wells, Sen. Ted Cruz and two aides arrived on Monday.');
    expect(doc.entities.find((e) => e.name === 'Ann Wells')?.title).toBeUndefined();
  });
});

describe('nicknames', () => {
  it('an epithet before a given name is the person the article calls so', () => {
    expect(people(run('Hillary Clinton spoke in Ohio. Her rival called her Crooked Hillary again.')))
      .toEqual([['Hillary Clinton', ['Hillary Clinton', 'Crooked Hillary']]]);
  });
  it('and nobody when the article names no one so', () => {
    expect(people(run('He called his rival Little Marco all week.'))).toEqual([]);
  });
});

describe('names of no person', () => {
  it.each([
    ['Voters went to the polls on Super Tuesday in Ohio.'],
    ['He spoke on Morning Joe and on Good Morning America.'],
    ['The Clean Power Plan and the Trans-Pacific Partnership were cited.'],
    ['Veterans of World War II marched.'],
    ['CORRECTION APPENDED'],
    ['Thank God, the storm passed.'],
  ])('%s', (text) => {
    expect(people(run(text))).toEqual([]);
  });
  it('a title-case run with a capitalised preposition is no person, and a later surname is not its', () => {
    const doc = run('Donald Trump spoke. Jews Against Trump rallied outside. Trump waved.');
    expect(people(doc)).toEqual([['Donald Trump', ['Donald Trump', 'Trump']]]);
  });
});

describe('a nominal names the person with that role', () => {
  it.each([
    // the whole role, not its head noun: the vice president is not the president named last
    ['Vice President Tomas Grell met President Alma Reyes in Ohio. The vice president spoke first.', 'Tomas Grell'],
    // a role of three words read in its own order
    ['Deputy Prime Minister Ivo Stanek met Prime Minister Lena Dorn in Brno. The deputy prime minister left early.', 'Ivo Stanek'],
    // the same head noun when nobody has the role itself
    ['Candidate Ruth Amsel toured Iowa. The presidential candidate spoke at a farm.', 'Ruth Amsel'],
  ])('%s → %s', (text, name) => {
    const doc = run(text);
    const nominal = doc.entities.find((e) => e.mentions.some((m) => m.kind === 'nominal'));
    expect(nominal?.name).toBe(name);
  });
});

describe('a known name without the middle initial that tells two known people apart', () => {
  const person = (doc: Doc) => doc.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.country ?? '', e.mentions.map((m) => doc.text.slice(m.start, m.end))]);
  it('"George Bush" in 2016 is neither Bush for sure: no knowledge, no tie to "George W. Bush"', () => {
    expect(person(run('Lena Ortiz praised George Bush and George W. Bush at the ranch.'))).toEqual([
      ['Lena Ortiz', '', ['Lena Ortiz']], ['George Bush', '', ['George Bush']], ['George W. Bush', 'USA', ['George W. Bush']]]);
  });
  it('... nor the one a bare surname means ("Mr. Bush" after "Jeb Bush")', () => {
    expect(person(run('Jeb Bush thanked George Bush on Monday. Mr. Bush then left.'))).toEqual([
      ['Jeb Bush', 'USA', ['Jeb Bush', 'Mr. Bush']], ['George Bush', '', ['George Bush']]]);
  });
  it('"George Bush" while in office is the one the knowledge names', () => {
    const doc = analyze({ text: 'George Bush spoke at the ranch.', published: '1991-05-01T10:00:00+00:00' });
    expect(person(doc)).toEqual([['George H. W. Bush', 'USA', ['George Bush']]]);
  });
});
