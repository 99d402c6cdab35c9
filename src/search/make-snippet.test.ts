import { expect, it } from 'vitest';
import { makeSnippet } from './make-snippet.js';
import { parseQuery } from './parse-query.js';

it('highlights words, prefixes and plural forms, with spans into the snippet text', () => {
  const text = 'Officials said the new sanctions on Russia would start on Monday. Sanctioning banks is next.';
  const s = makeSnippet(text, parseQuery('sanction* Russia').node);
  expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['sanctions', 'Russia', 'Sanctioning']);
});

it('windows a long text around the first match and marks the cut', () => {
  const text = 'Filler words here. '.repeat(50) + 'The pipeline deal was signed.' + ' More filler.'.repeat(50);
  const s = makeSnippet(text, parseQuery('pipeline').node, 120);
  expect(s.text.startsWith('…')).toBe(true);
  expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['pipeline']);
});

it('a query of speaker: or actor: names alone shows where the name comes up', () => {
  const text = 'Filler words here. '.repeat(30) + 'Later, Anna Berg said the deal was done.';
  const s = makeSnippet(text, parseQuery('speaker:"Anna Berg" source:wire').node, 120);
  expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['Anna', 'Berg']);
  expect(makeSnippet(text, parseQuery('actor:"anna berg"').node).highlights).toHaveLength(2);
  // a country code is not a word of the text
  expect(makeSnippet('The rus was over.', parseQuery('actor:RUS').node).highlights).toEqual([]);
});
