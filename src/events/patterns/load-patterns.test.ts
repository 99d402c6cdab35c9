import { describe, expect, it } from 'vitest';
import { lexicon } from './load-patterns.js';
import { maybePair } from '../word-bits.js';
import { wordHash } from '../word-table.js';

describe('lexicon keyBits', () => {
  it('lets every key of a verb index through, and keeps out most keys of no index', () => {
    const lx = lexicon();
    let shut = 0, tried = 0;
    for (const v of lx.verbs.values()) {
      for (const k of v.index.keys()) expect(maybePair(v.keyBits, v.id, wordHash(k))).toBe(true);
      if (!v.index.has('zzqx')) { tried++; if (!maybePair(v.keyBits, v.id, wordHash('zzqx'))) shut++; }
    }
    expect(shut).toBeGreaterThan(tried * 0.8);
  });
});
