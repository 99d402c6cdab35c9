import { describe, expect, it } from 'vitest';
import { bySpan, contains, overlaps, span } from './span.js';

describe('span', () => {
  it('rejects an end before its start', () => {
    expect(() => span(5, 4)).toThrow(/bad span/);
  });
  it('is half-open: touching spans do not overlap', () => {
    expect(overlaps(span(0, 3), span(3, 5))).toBe(false);
    expect(overlaps(span(0, 4), span(3, 5))).toBe(true);
    expect(contains(span(0, 10), span(3, 10))).toBe(true);
  });
  it('sorts by start, longer first', () => {
    expect([span(3, 4), span(0, 2), span(0, 5)].sort(bySpan)).toEqual([span(0, 5), span(0, 2), span(3, 4)]);
  });
});
