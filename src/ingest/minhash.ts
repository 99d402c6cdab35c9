// Near-duplicate detection for syndicated copies: 5-word shingles, a 64-value MinHash signature,
// and LSH banding (16 bands × 4 rows) so that candidates are found by equal band keys, in linear time.
// Pure: no I/O. A copy is a candidate at Jaccard ≈ 0.5 and accepted at estimated Jaccard ≥ 0.8.

export const MINHASH_SIZE = 64;
export const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
const SHINGLE = 5;
/** Estimated Jaccard similarity above which two articles are copies. */
export const NEAR_COPY = 0.8;

// Fixed odd multipliers and offsets: the signature of a text never changes between runs.
const A = new Uint32Array(MINHASH_SIZE);
const B = new Uint32Array(MINHASH_SIZE);
{
  let s = 0x9e3779b9;
  const next = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return s >>> 0; };
  for (let i = 0; i < MINHASH_SIZE; i++) { A[i] = next() | 1; B[i] = next(); }
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** MinHash signature of a text's lower-cased word shingles. */
export function minhash(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const wh = words.map(fnv);
  const count = Math.max(1, wh.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < Math.min(wh.length, i + SHINGLE); k++) h = Math.imul(h ^ wh[k], 0x01000193);
    h >>>= 0;
    for (let j = 0; j < MINHASH_SIZE; j++) {
      const v = (Math.imul(h, A[j]) + B[j]) >>> 0;
      if (v < sig[j]) sig[j] = v;
    }
  }
  return sig;
}

/** LSH band keys: one short string per band; equal keys make candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r], 0x01000193);
    keys.push(b.toString(16) + (h >>> 0).toString(16).padStart(8, '0'));
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
