import { expect, it } from 'vitest';
import { printActors, printSearch } from './print-results.js';

it('an actor line shows country and sector, or whichever is known', () => {
  let text = '';
  const out = { write: (s: string) => { text += s; return true; } } as unknown as NodeJS.WritableStream;
  const actor = (name: string, country: string | null, sector: string | null) => ({ name, type: 'person', country, sector, articles: 1, mentions: 2, quotes: 0, events: 0 });
  printActors({ items: [actor('Anna Berg', 'SWE', 'GOV'), actor('Jo Vale', null, 'PTY'), actor('Kim Moss', null, null)], next: null }, out);
  expect(text.split('\n').slice(0, 3).map((l) => l.split('  ')[0])).toEqual(['Anna Berg (SWE GOV)', 'Jo Vale (PTY)', 'Kim Moss']);
});

it('a search names copies only when there are some, and one article in the singular', () => {
  const headline = (total: number, totalWithCopies: number, totalIsLowerBound?: boolean) => {
    let text = '';
    const out = { write: (s: string) => { text += s; return true; } } as unknown as NodeJS.WritableStream;
    printSearch({ items: [], next: null, total, totalWithCopies, totalIsLowerBound, facets: { source: [], event: [], speaker: [] } }, out);
    return text.split('\n')[0];
  };
  expect(headline(67, 67)).toBe('67 articles');
  expect(headline(1, 1)).toBe('1 article');
  expect(headline(0, 0)).toBe('0 articles');
  expect(headline(5, 8)).toBe('5 articles (8 with copies)');
  expect(headline(1000, 1001, true)).toBe('1000+ articles (1001+ with copies)');
});
