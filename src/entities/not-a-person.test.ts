// Title-case runs that name no person: a verb's -ing form before a name, the name of a plan or a work, a run that
// ends in a party word, and words that open a body's name. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const people = (doc: Doc) => doc.entities.filter((e) => e.type === 'person').map((e) => `${e.name} (${e.mentions.length})`);
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('runs that name no person', () => {
  it('cuts an -ing form that opens the sentence off the name after it', () => {
    const doc = run('Ada Moss spoke first. Joining Moss on the stage was her brother.');
    expect(people(doc)).toEqual(['Ada Moss (2)']);
    expect(doc.text.slice(named(doc, 'Ada Moss')!.mentions[1].start, named(doc, 'Ada Moss')!.mentions[1].end)).toBe('Moss');
  });
  it.each([
    'Ada Moss praised the Giving Forward pledge.',
    'Ada Moss backed Countering Harmful Rumours, a school plan.',
    'Ada Moss, a Harlow Republican, said no.',
    'Ada Moss spoke to a Key Democratic aide.',
  ])('%s', (text) => {
    expect(people(run(text))).toEqual(['Ada Moss (1)']);
  });
  it.each([
    ['Ada Moss told the Daily Lantern she would run.', 'Daily Lantern'],
    ['Ada Moss wrote for the Free Courier until May.', 'Free Courier'],
    ['Ada Moss joined the United Glass Workers in 2010.', 'United Glass Workers'],
  ])('reads words that open no person\'s name as a body\'s: %s', (text, body) => {
    expect(named(run(text), body)?.type).toBe('organization');
  });
  it('takes the people of a place for no body ("New Yorkers")', () => {
    expect(run('The vote was close, and New Yorkers were angry.').entities.filter((e) => e.type === 'organization')).toEqual([]);
  });
  it('leaves a given name after such a word to the person ("Navy SEAL Chris Kyle")', () => {
    expect(people(run('The vote was close. National Guard Sgt. John Moss said no.'))).toEqual(['John Moss (1)']);
  });
});
