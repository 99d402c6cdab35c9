import { describe, expect, it } from 'vitest';
import { lexicon } from './patterns/load-patterns.js';
import { cueBits, ENDS_ED, ENDS_ING, ENDS_LY, ENDS_NT, ENDS_S, LEMMA_MAKE, LEMMA_VERB, MODALITY, MODALITY_CUES, MODALITY_FIRST, NOUN, SINGULAR_S } from './word-cues.js';

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

describe('ending bits', () => {
  const lx = lexicon();
  const ENDINGS = ENDS_ED | ENDS_ING | ENDS_S | SINGULAR_S | ENDS_LY | ENDS_NT;
  it.each([
    // "the regime stormed the square": an -ed form
    ['stormed', ENDS_ED],
    ['marching', ENDS_ING],
    // "officials" ends in one s, "press" in two: only the first can be a plural or a third-person verb
    ['officials', ENDS_S | SINGULAR_S],
    ['press', ENDS_S],
    ['s', ENDS_S],
    ['quickly', ENDS_LY],
    ["won't", ENDS_NT],
    ['ministry', 0],
  ])('%s', (word, bits) => {
    expect(cueBits(lx, word) & ENDINGS).toBe(bits);
  });
});

describe('lemma bits', () => {
  const lx = lexicon();
  it.each([
    // "made clear that": the lemma of an irregular form, and of the base form itself
    ['made', LEMMA_MAKE | LEMMA_VERB],
    ['make', LEMMA_MAKE | LEMMA_VERB],
    // "attacked", "sanctions": a regular form of a known verb, a noun's plural
    ['attacked', LEMMA_VERB],
    ['sanctions', NOUN | LEMMA_VERB],
    // a name or a rare word (ruled out by the trigger filter, so never lemmatised) has none
    ['tillerson', 0],
    ['zzqx', 0],
  ])('%s', (word, bits) => {
    expect(cueBits(lx, word) & (LEMMA_MAKE | LEMMA_VERB | NOUN)).toBe(bits);
  });
});
