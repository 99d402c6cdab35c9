// A one-hash bit set over word hashes (doc-words.ts) for a short word list: "is this word perhaps in
// the list?" costs one array read, so the exact Set is asked only for the few words that pass.
import { wordHash } from './word-table.js';

const MASK = (1 << 12) - 1; // 4,096 bits: lists here hold tens of words

/** The bit set of a word list. */
export function wordBits(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array((MASK + 1) >>> 5);
  for (const w of words) {
    const b = wordHash(w) & MASK;
    bits[b >>> 5] |= 1 << (b & 31);
  }
  return bits;
}

/** false when no word of the list has this hash; true when one may. */
export const maybeIn = (bits: Uint32Array, hash: number): boolean => (bits[(hash & MASK) >>> 5] & (1 << (hash & 31))) !== 0;
