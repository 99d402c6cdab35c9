import { describe, expect, it } from 'vitest';
import { foldNetwork } from './routes-network.js';
import { snippetParts } from './routes-search.js';
import { composeQuery } from './query-params.js';

const node = (id: string, weight: number) => ({ id, name: id, type: 'person', country: null, sector: null, weight });

describe('foldNetwork', () => {
  const net = {
    nodes: [node('Merkel', 5), node('Macron', 4), node('Putin', 3), node('Alfano', 1)],
    edges: [
      { source: 'Merkel', target: 'Putin', relation: 'quotes', weight: 2 },
      { source: 'Merkel', target: 'Putin', relation: 'accuse', weight: 1 },
      { source: 'Macron', target: 'Putin', relation: 'meet', weight: 3 },
      { source: 'Alfano', target: 'Macron', relation: 'quotes', weight: 1 },
    ],
  };
  it('folds relations between the same pair into one edge with counts by type', () => {
    const out = foldNetwork(net, { limit: 10 });
    expect(out.edges.find((e) => e.source === 'Merkel')).toEqual({ source: 'Merkel', target: 'Putin', weight: 3, types: { quotes: 2, accuse: 1 } });
    expect(out.nodes.map((n) => n.id)).toEqual(['Merkel', 'Macron', 'Putin', 'Alfano']);
  });
  it('keeps the ego network of one actor, matched without case', () => {
    const out = foldNetwork(net, { ego: 'putin', limit: 10 });
    expect(out.nodes.map((n) => n.id).sort()).toEqual(['Macron', 'Merkel', 'Putin']);
    expect(out.edges.every((e) => e.source === 'Putin' || e.target === 'Putin')).toBe(true);
  });
  it('filters by relation and drops edges whose nodes were cut by the limit', () => {
    expect(foldNetwork(net, { relation: 'MEET', limit: 10 }).edges).toEqual([{ source: 'Macron', target: 'Putin', weight: 3, types: { meet: 3 } }]);
    // the actors of one relation are weighed by its ties alone, so a limit keeps its busiest actors
    expect(foldNetwork(net, { relation: 'quotes', limit: 2 }).nodes.map((n) => [n.id, n.weight])).toEqual([['Merkel', 2], ['Putin', 2]]);
    expect(foldNetwork(net, { ego: 'Alfano', limit: 10 }).nodes.map((n) => [n.id, n.weight])).toEqual([['Alfano', 1], ['Macron', 1]]);
    const cut = foldNetwork(net, { limit: 2 });
    expect(cut.truncated).toBe(true);
    expect(cut.edges).toEqual([]);
  });
});

describe('snippetParts', () => {
  const text = 'new sanctions on <b>Russia</b>';
  const show = (hs: { start: number; end: number }[]) => snippetParts({ text, highlights: hs }).map((p) => (p.hit ? `[${p.text}]` : p.text)).join('|');
  it.each([
    { hs: [{ start: 20, end: 26 }, { start: 4, end: 13 }], want: 'new |[sanctions]| on <b>|[Russia]|</b>' },
    // nested and overlapping highlights merge; out-of-range ones are dropped
    { hs: [{ start: 4, end: 13 }, { start: 6, end: 8 }, { start: 10, end: 16 }, { start: 25, end: 99 }], want: 'new |[sanctions on]| <b>Russia</b>' },
    { hs: [], want: text },
  ])('$want', ({ hs, want }) => expect(show(hs)).toBe(want));
});

describe('composeQuery', () => {
  it.each([
    { in: { q: 'sanctions', speaker: 'Boris Johnson' }, out: 'sanctions speaker:"Boris Johnson"' },
    { in: { actor: 'RUS', after: '2017-04-01' }, out: 'actor:RUS after:2017-04-01' },
    // quotes inside a value cannot break out of the phrase
    { in: { speaker: 'a" OR "b' }, out: 'speaker:"a OR b"' },
  ])('$out', ({ in: q, out }) => expect(composeQuery(q)).toBe(out));
});
