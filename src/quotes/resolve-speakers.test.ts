// Speakers resolved through the whole pipeline (entities included): nominal bodies, pronouns for bodies,
// and phrases whose head is not the entity inside them. Made-up news sentences, one row per rule.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** The quotes of a text as [quoted words, speaker name]. */
const spoken = (text: string) => analyze({ text }).quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name ?? null]);
const speakerOf = (text: string, words: string) => spoken(text).find(([w]) => w!.startsWith(words))?.[1];

describe('nominal bodies', () => {
  it('"the company" is the last company named, not an agency named after it', () => {
    expect(speakerOf('Fines loom\n\nMicrosoft faces a fine from the European Commission over its browser. "We will appeal," the company said.', 'We will appeal'))
      .toBe('Microsoft');
  });
  it('"the company" with no company named is no other body: the phrase itself', () => {
    expect(speakerOf('Fines loom\n\nThe European Commission opened an inquiry on Monday. "We will appeal," the company said.', 'We will appeal'))
      .toBe('company');
  });
  it('a place before a body noun only modifies it: the office speaks, not the county', () => {
    expect(speakerOf('Crash on Route 9\n\nA driver died on Sunday in Montgomery County. The Montgomery County coroner\'s office said the driver was 45.', 'the driver was'))
      .toBe("Montgomery County coroner's office");
  });
});

describe('pronouns for bodies', () => {
  it('"it" is no plural group named before', () => {
    expect(speakerOf('Town falls\n\nSyrian rebels said the town had fallen. It said in a filing that the talks would resume.', 'the talks would'))
      .not.toBe('Syrian rebels');
  });
});

describe('pronouns and common words', () => {
  it('"He\'s" is the pronoun with a contraction, and stands for the person before', () => {
    expect(speakerOf('Race tightens\n\nSenator Tom Hale spoke in Reno on Monday. He\'s predicting he will win the state.', 'he will win'))
      .toBe('Tom Hale');
  });
  it('a capitalised word opening a sentence that the text also writes in lower case is no antecedent for "she"', () => {
    expect(speakerOf('Budget row\n\nMayor Ana Ruiz met the council. Tension grew as the night went on, and tension was high. She said the cuts would stay.', 'the cuts would'))
      .toBe('Ana Ruiz');
  });
  it('a capitalised word opening a sentence and giving an object is a verb, no antecedent for "she"', () => {
    expect(speakerOf('Trade plans\n\nAnn Lee, the senator, spoke in Ohio. "We will fight," she said. Compare that with the mood in Dayton. "We will win," she said.', 'We will win'))
      .toBe('Ann Lee');
    expect(speakerOf('Trade plans\n\nBarack Obama spoke first. Contrast that with the mood in Denver, where Hillary Clinton spoke. "We will win," she said.', 'We will win'))
      .not.toBe('Contrast');
  });
  it('a common word as a mention may name a source, but no person for a later "he"', () => {
    expect(speakerOf('Budget row\n\nJoe Ward ran the budget office. Research suggests the cuts will hurt, and research is clear. He said the plan was fair.', 'the plan was'))
      .toBe('Joe Ward');
  });
});

describe('name runs', () => {
  it('a capitalised function word of a title-case headline is no part of the name after it', async () => {
    const { findQuotes } = await import('./find-quotes.js');
    const text = 'Talks Collapse As Senator Hale Walks Out\n\nWhile Hale spoke, the room emptied. "It is over," Hale said.';
    const out = findQuotes({ id: 't', text, meta: { headline: null, published: null, updated: null }, paragraphs: [], sentences: [], tokens: [], entities: [] }, {});
    expect(out.quotes.map((q) => q.speaker?.name)).toEqual(['Hale']);
  });
});
