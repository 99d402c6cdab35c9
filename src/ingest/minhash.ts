// Near-duplicate detection for syndicated copies: 5-word shingles, a 64-value MinHash signature,
// and LSH banding (16 bands × 4 rows) so that candidates are found by equal band keys, in linear time.
// Pure: no I/O. A copy is a candidate at Jaccard ≈ 0.5 and accepted at estimated Jaccard ≥ 0.8.

import { lowestHashes } from './lowest-hashes.js';

export const MINHASH_SIZE = 64;
export const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
const SHINGLE = 5;
/** Estimated Jaccard similarity above which two articles are copies. */
export const NEAR_COPY = 0.8;

// Fixed odd multipliers and offsets: the signature of a text never changes between runs.
const A = new Int32Array(MINHASH_SIZE);
/** The offsets plus 2^31: h·a + (b + 2^31) mod 2^32 is (h·a + b) ^ 0x80000000, whose signed order is the unsigned order of h·a + b. */
const B_SIGNED = new Int32Array(MINHASH_SIZE);
{
  let s = 0x9e3779b9;
  const next = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return s >>> 0; };
  for (let i = 0; i < MINHASH_SIZE; i++) { A[i] = next() | 1; B_SIGNED[i] = next() ^ 0x80000000; }
}
/** The minimum over shingles, 64 permutations at a time, in WebAssembly SIMD (lowest-hashes.ts). */
const LOWEST = lowestHashes(A, B_SIGNED);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Letters and digits among the first 128 code points: 1 in a word, 0 between words. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Other code points seen so far (a news text uses few): in a word? */
const otherWord = new Map<number, boolean>();
const isWordPoint = (cp: number): boolean => {
  let w = otherWord.get(cp);
  if (w === undefined) { w = WORD_CHAR.test(String.fromCodePoint(cp)); if (otherWord.size < 65_536) otherWord.set(cp, w); }
  return w;
};

/** FNV-1a hash (as int32: a uint32 above 2^31 is a heap number) of every word (run of letters and digits, as `[\p{L}\p{N}]+` matches) of a lower-cased text,
 * over its UTF-16 code units, in one pass: the regex match and a string per word took ~40% of minhash(). */
function wordHashes(lower: string): number[] {
  const out: number[] = [];
  let h = FNV_OFFSET, inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (c < 128) word = ASCII_WORD[c] === 1;
    else {
      const cp = lower.codePointAt(i)!;
      if (cp > 0xffff) units = 2;
      word = isWordPoint(cp);
    }
    if (word) {
      if (!inWord) { h = FNV_OFFSET; inWord = true; }
      h = Math.imul(h ^ c, FNV_PRIME);
      if (units === 2) h = Math.imul(h ^ lower.charCodeAt(i + 1), FNV_PRIME);
    } else if (inWord) { out.push(h); inWord = false; }
    i += units - 1;
  }
  if (inWord) out.push(h);
  return out;
}

/** MinHash signature of a text's lower-cased word shingles. */
export function minhash(text: string): Uint32Array {
  const wh = wordHashes(text.toLowerCase());
  const count = Math.max(1, wh.length - SHINGLE + 1);
  const sh = LOWEST.shingles(count);
  for (let i = 0; i < count; i++) {
    let h = FNV_OFFSET;
    for (let k = i, end = Math.min(wh.length, i + SHINGLE); k < end; k++) h = Math.imul(h ^ wh[k], FNV_PRIME);
    sh[i] = h;
  }
  // the lowest (h·a + b + 2^31) as int32 is the lowest h·a + b as uint32, with the sign bit flipped
  const low = LOWEST.lowest(count);
  const sig = new Uint32Array(MINHASH_SIZE);
  for (let j = 0; j < MINHASH_SIZE; j++) sig[j] = low[j] ^ 0x80000000;
  return sig;
}

/** "00" … "ff". */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** LSH band keys: one short string per band (its hex digit, then the band's hash in 8 hex digits); equal keys make candidates.
 * The hex digits come from a table: `(h >>> 0).toString(16)` of a hash above 2^31 (a heap number) took ~12 µs per article on the writing thread. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r], 0x01000193);
    keys.push(b.toString(16) + HEX[(h >>> 24) & 255] + HEX[(h >>> 16) & 255] + HEX[(h >>> 8) & 255] + HEX[h & 255]);
  }
  return keys;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** Signature ↔ bytes for storage. */
export function sigToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}
export function bytesToSig(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf);
  return new Uint32Array(copy.buffer, 0, MINHASH_SIZE);
}
