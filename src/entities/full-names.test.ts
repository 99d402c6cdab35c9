// A person the dictionary knows by the surname alone ("Obama") is shown by the full name when the article says
// only the surname, if that person held a role on the article's date and nobody else with the surname did.
// Sentences made up for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

const people = (text: string, published?: string) =>
  analyze({ text, ...(published ? { published } : {}) }).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.sector ?? null]);

describe('the full name of a person known by the surname', () => {
  it.each([
    // in office on the date
    ['Obama said the economy was strong.', '2016-05-01T10:00:00Z', [['Barack Obama', 'GOV']]],
    // no date: his role of today (a former president) is open, the other Obamas' roles have ended
    ['Obama said the economy was strong.', undefined, [['Barack Obama', 'ELI']]],
    // before his dated roles: the dictionary's roles do not fit, so the text's word stays
    ['Obama said the economy was strong.', '1995-05-01T10:00:00Z', [['Obama', null]]],
    // two people named Maduro held office then: which one is not known
    ['Maduro said the talks were over.', '2004-05-01T10:00:00Z', [['Maduro', 'GOV']]],
  ] as [string, string | undefined, [string, string | null][]][])('%s (%s)', (text, published, want) => {
    expect(people(text, published)).toEqual(want);
  });
  it('leaves a full name the text gives with the same surname alone ("Michelle Obama ... Obama")', () => {
    expect(people('Michelle Obama spoke first. Obama agreed.', '2016-05-01T10:00:00Z')).toEqual([['Michelle Obama', null]]);
  });
});

describe('two full names with one surname', () => {
  it('are two people; the surname alone goes to the one named last', () => {
    const doc = analyze({ text: 'Ann Pellow spoke first. John Pellow agreed. Pellow then left.' });
    expect(doc.entities.map((e) => [e.name, e.mentions.map((m) => doc.text.slice(m.start, m.end))])).toEqual([
      ['Ann Pellow', ['Ann Pellow']], ['John Pellow', ['John Pellow', 'Pellow']]]);
  });
  it('gives "Mrs." to the woman, "Mr." to the man, whoever was named last', () => {
    const doc = analyze({ text: 'Ann Pellow spoke first. John Pellow agreed. Mrs. Pellow then left, and Mr. Pellow stayed.' });
    expect(doc.entities.map((e) => [e.name, e.mentions.map((m) => doc.text.slice(m.start, m.end))])).toEqual([
      ['Ann Pellow', ['Ann Pellow', 'Mrs. Pellow']], ['John Pellow', ['John Pellow', 'Mr. Pellow']]]);
  });
  it('keep "Barack Obama" apart from "Michelle Obama"', () => {
    expect(people('Michelle Obama spoke. Barack Obama agreed.', '2016-05-01T10:00:00Z')).toEqual([['Michelle Obama', null], ['Barack Obama', 'GOV']]);
  });
});

describe('a bare surname shared by two people in the text', () => {
  it('goes to the one the article names far more often, not the last named', () => {
    const doc = analyze({ text: 'Ann Pellow spoke. Ann Pellow wept. Ann Pellow left. John Pellow agreed. Pellow then spoke again.' });
    const ann = doc.entities.find((e) => e.name === 'Ann Pellow')!;
    expect(ann.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['Ann Pellow', 'Ann Pellow', 'Ann Pellow', 'Pellow']);
  });
});
