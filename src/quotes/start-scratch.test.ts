// Scratch arrays come filled as asked, never overlap within one article, and are handed out again
// after `startScratch`.
import { describe, expect, it } from 'vitest';
import { scratchFloat64, scratchInt32, scratchUint8, startScratch } from './start-scratch.js';

describe('scratch memory', () => {
  it('fills, keeps arrays of one article apart, and reuses them for the next', () => {
    startScratch();
    const a = scratchInt32(5, -1), b = scratchUint8(3), c = scratchFloat64(2);
    expect([...a]).toEqual([-1, -1, -1, -1, -1]);
    b.fill(7); c.fill(1.5);
    expect([...a, ...b, ...c]).toEqual([-1, -1, -1, -1, -1, 7, 7, 7, 1.5, 1.5]);
    startScratch();
    const d = scratchInt32(5);
    expect([...d]).toEqual([0, 0, 0, 0, 0]);
    expect(a.buffer).toBe(d.buffer); // the first article's array is gone
  });

  it('grows for a long article and hands a huge one its own memory', () => {
    startScratch();
    expect(scratchInt32(100_000, 3)[99_999]).toBe(3);
    expect(scratchUint8(50_000_000).length).toBe(50_000_000);
  });
});
