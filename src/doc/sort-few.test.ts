import { describe, expect, it } from 'vitest';
import { sortFew } from './sort-few.js';

describe('sortFew', () => {
  it('gives what the stable Array.prototype.sort gives, short lists and long', () => {
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647) % 7;
    for (const n of [0, 1, 2, 5, 12, 32, 33, 100]) {
      const keys = Array.from({ length: n }, next);
      const byKey = (a: number, b: number) => keys[a] - keys[b];
      const xs = keys.map((_, i) => i);
      expect(sortFew([...xs], byKey)).toEqual([...xs].sort(byKey));
    }
  });

  it('keeps equal items in their order', () => {
    // two quotes whose speaker mention starts at the same token keep their text order
    expect(sortFew([3, 1, 2, 0], (a, b) => (a % 2) - (b % 2))).toEqual([2, 0, 3, 1]);
  });

  it('sorts like Array.prototype.sort, keeping equal items in order', () => {
    // mentions of one entity: "Tillerson" (0), "Rex Tillerson" (40), "Mr Tillerson" (40, shorter), "he" (12)
    const mentions = [{ start: 40, end: 53 }, { start: 0, end: 9 }, { start: 40, end: 52 }, { start: 12, end: 14 }, { start: 40, end: 53 }];
    const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;
    expect(sortFew([...mentions], byStart)).toEqual([...mentions].sort(byStart));
    const pairs = [[2, 'a'], [1, 'b'], [2, 'c'], [1, 'd']] as const;
    expect(sortFew([...pairs], (a, b) => a[0] - b[0]).map((p) => p[1])).toEqual(['b', 'd', 'a', 'c']);
  });
});
