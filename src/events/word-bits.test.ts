import { describe, expect, it } from 'vitest';
import { maybeIn, wordBits } from './word-bits.js';
import { wordHash } from './word-table.js';

describe('wordBits', () => {
  it('never rules out a listed word', () => {
    const list = ['he', 'she', 'they', 'it', 'his', 'their'];
    const bits = wordBits(list);
    for (const w of list) expect(maybeIn(bits, wordHash(w))).toBe(true);
  });
});
