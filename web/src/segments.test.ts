import { describe, expect, it } from 'vitest';
import { segmentText, type KeyedSpan } from './segments.js';

const text = 'Putin said "we have seen it all" before, he told reporters.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

function show(spans: KeyedSpan[]) {
  return segmentText(text.length, spans).map((s) => [text.slice(s.start, s.end), s.keys.join(',')]);
}

describe('segmentText', () => {
  it.each([
    // no spans: one segment with nothing over it
    { spans: [], want: [[text, '']] },
    // a nested entity mention inside a quote splits the quote in three
    {
      spans: [{ key: 'q', ...at('we have seen it all') }, { key: 'e', ...at('seen') }],
      want: [['Putin said "', ''], ['we have ', 'q'], ['seen', 'q,e'], [' it all', 'q'], ['" before, he told reporters.', '']],
    },
    // crossing spans: quote and event sentence overlap without nesting
    {
      spans: [{ key: 'q', ...at('seen it all" before') }, { key: 'v', ...at('all" before, he told') }],
      want: [['Putin said "we have ', ''], ['seen it ', 'q'], ['all" before', 'q,v'], [', he told', 'v'], [' reporters.', '']],
    },
    // identical spans share every segment; empty and out-of-range spans are ignored
    {
      spans: [{ key: 'a', ...at('Putin') }, { key: 'b', ...at('Putin') }, { key: 'z', start: 5, end: 5 }, { key: 'x', start: 500, end: 900 }],
      want: [['Putin', 'a,b'], [text.slice(5), '']],
    },
  ])('cuts at every boundary ($want.length segments)', ({ spans, want }) => {
    expect(show(spans as KeyedSpan[])).toEqual(want);
  });

  it('covers the whole text exactly once, in order', () => {
    const spans: KeyedSpan[] = [];
    for (let i = 0; i < 200; i++) spans.push({ key: `k${i}`, start: (i * 7) % 50, end: ((i * 7) % 50) + (i % 13) });
    const segs = segmentText(text.length, spans);
    expect(segs[0].start).toBe(0);
    expect(segs[segs.length - 1].end).toBe(text.length);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
  });
});
