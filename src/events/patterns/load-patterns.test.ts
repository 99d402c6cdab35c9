import { describe, expect, it } from 'vitest';
import { lexicon } from './load-patterns.js';
import { maybeIn } from '../word-bits.js';
import { wordHash } from '../word-table.js';

describe('lexicon keyBits', () => {
  it('lets every key of a verb index through, and keeps out most keys of no index', () => {
    const lx = lexicon();
    let shut = 0, tried = 0;
    for (const v of lx.verbs.values()) {
      for (const k of v.index.keys()) expect(maybeIn(v.keyBits, wordHash(k))).toBe(true);
      if (!v.index.has('zzqx')) { tried++; if (!maybeIn(v.keyBits, wordHash('zzqx'))) shut++; }
    }
    expect(shut).toBeGreaterThan(tried * 0.8);
  });
});
