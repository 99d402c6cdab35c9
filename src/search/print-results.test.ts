import { expect, it } from 'vitest';
import { printActors } from './print-results.js';

it('an actor line shows country and sector, or whichever is known', () => {
  let text = '';
  const out = { write: (s: string) => { text += s; return true; } } as unknown as NodeJS.WritableStream;
  const actor = (name: string, country: string | null, sector: string | null) => ({ name, type: 'person', country, sector, articles: 1, mentions: 2, quotes: 0, events: 0 });
  printActors({ items: [actor('Anna Berg', 'SWE', 'GOV'), actor('Jo Vale', null, 'PTY'), actor('Kim Moss', null, null)], next: null }, out);
  expect(text.split('\n').slice(0, 3).map((l) => l.split('  ')[0])).toEqual(['Anna Berg (SWE GOV)', 'Jo Vale (PTY)', 'Kim Moss']);
});
