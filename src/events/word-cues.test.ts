import { describe, expect, it } from 'vitest';
import { lexicon } from './patterns/load-patterns.js';
import { cueBits, MODALITY, MODALITY_CUES, MODALITY_FIRST } from './word-cues.js';

describe('modality cue bits', () => {
  const lx = lexicon();

  it('marks every word of the modality lists, and the first word of each of their bigrams', () => {
    let bigrams = 0;
    for (const name of MODALITY_CUES) {
      for (const entry of lx.cues.get(name) ?? []) {
        if (entry.includes('_')) { bigrams++; expect(cueBits(lx, entry.split('_')[0]) & MODALITY_FIRST).toBe(MODALITY_FIRST); }
        else expect(cueBits(lx, entry) & MODALITY).toBe(MODALITY);
      }
    }
    expect(bigrams).toBeGreaterThan(0);
  });

  it('marks no word outside them', () => {
    expect(cueBits(lx, 'sanctions') & (MODALITY | MODALITY_FIRST)).toBe(0);
    expect(cueBits(lx, 'zzqx') & (MODALITY | MODALITY_FIRST)).toBe(0);
  });
});
