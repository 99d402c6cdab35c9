import { describe, expect, it } from 'vitest';
import { matchesText, rowText, stemWord, textMatcher, type TextNode } from './match-text.js';
import { parseQuery } from './parse-query.js';

const text = (q: string) => rowText(parseQuery(q).node).text as TextNode;

describe('matchesText: a quote or a sentence against the text of a query', () => {
  const QUOTE = 'The tax plan will hurt families, and we planned for a fight over it.';
  it.each([
    ['"tax plan"', true], // the words in a row
    ['"plan tax"', false],
    ['"tax plans"', true], // stemmed as the indexes do
    ['planning', true], // "planned"
    ['fight AND families', true],
    ['fight AND budget', false],
    ['budget OR famil*', true],
    ['tax -hurt', false],
    ['TAX', true],
    ['taxi', false],
  ])('%s → %s', (q, want) => {
    expect(matchesText(text(q), QUOTE)).toBe(want);
    expect(textMatcher(text(q))(QUOTE)).toBe(want); // its quick test of the words a match must hold never says no to a match
  });

  it('folds case, not accents, as the PostgreSQL row match does', () => {
    expect(matchesText(text('"JOSÉ peña"'), 'said José Peña, the mayor')).toBe(true);
    expect(matchesText(text('"jose pena"'), 'said José Peña, the mayor')).toBe(false);
    expect(textMatcher(text('policies'))('a policy of the council')).toBe(true);
  });
  it('stems plurals, past and -ing forms, and no short words', () => {
    expect(['plans', 'planned', 'planning', "plan's"].map(stemWord)).toEqual(['plan', 'plan', 'plan', 'plan']);
    expect(['policies', 'bus', 'press', 'is'].map(stemWord)).toEqual(['policy', 'bus', 'press', 'is']);
  });
});

describe('rowText: which part of a query the row matches, which its article', () => {
  it('takes the text conjuncts for the row and keeps the fields for the article', () => {
    const { text: t, article } = rowText(parseQuery('"tax plan" speaker:"Ann Lee" after:2017-01-01').node);
    expect(t).toEqual({ kind: 'phrase', text: 'tax plan' });
    expect(article.kind).toBe('and');
  });
  it('a negated word filters rows only', () => {
    const { text: t, article } = rowText(parseQuery('speaker:Lee -Trump').node);
    expect(t).toMatchObject({ kind: 'not' });
    expect(article).toMatchObject({ kind: 'field', field: 'speaker' });
  });
  it('text in an OR with a field stays with the article', () => {
    expect(rowText(parseQuery('tax OR speaker:Lee').node).text).toBeNull();
  });
});
