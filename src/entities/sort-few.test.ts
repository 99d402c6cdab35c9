import { describe, expect, it } from 'vitest';
import { sortFew } from './sort-few.js';

describe('sortFew', () => {
  it('sorts like Array.prototype.sort, keeping equal items in order', () => {
    // mentions of one entity: "Tillerson" (0), "Rex Tillerson" (40), "Mr Tillerson" (40, shorter), "he" (12)
    const mentions = [{ start: 40, end: 53 }, { start: 0, end: 9 }, { start: 40, end: 52 }, { start: 12, end: 14 }, { start: 40, end: 53 }];
    const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;
    expect(sortFew([...mentions], byStart)).toEqual([...mentions].sort(byStart));
    const pairs = [[2, 'a'], [1, 'b'], [2, 'c'], [1, 'd']] as const;
    expect(sortFew([...pairs], (a, b) => a[0] - b[0]).map((p) => p[1])).toEqual(['b', 'd', 'a', 'c']);
  });
});
