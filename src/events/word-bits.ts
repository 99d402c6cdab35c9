// A one-hash bit set over word hashes (doc-words.ts) for a short word list: "is this word perhaps in
// the list?" costs one array read, so the exact Set is asked only for the few words that pass. A pair
// set answers the same for many numbered lists in one shared array, which stays in cache.
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

const PAIR_MASK = (1 << 19) - 1; // 524,288 bits (64 KB) for the few thousand (verb block, key) pairs

const pairBit = (id: number, hash: number) => (Math.imul(id + 1, 0x9e3779b1) ^ hash) & PAIR_MASK;

/** One bit set for many lists at once, each list numbered: is word `hash` perhaps in list `id`? */
export function pairBits(lists: readonly Iterable<string>[]): Uint32Array {
  const bits = new Uint32Array((PAIR_MASK + 1) >>> 5);
  lists.forEach((words, id) => {
    for (const w of words) {
      const b = pairBit(id, wordHash(w));
      bits[b >>> 5] |= 1 << (b & 31);
    }
  });
  return bits;
}

/** false when list `id` has no word with this hash; true when it may. */
export const maybePair = (bits: Uint32Array, id: number, hash: number): boolean => {
  const b = pairBit(id, hash);
  return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
};

const listBits = new WeakMap<ReadonlySet<string>, Uint32Array>();

/** The bit set of a cue list, made once per list. */
export function listBitsOf(list: ReadonlySet<string>): Uint32Array {
  let bits = listBits.get(list);
  if (!bits) listBits.set(list, (bits = wordBits(list)));
  return bits;
}

/**
 * Is a word of `list` among words [from, to) (lower-case words and their hashes, as doc-words.ts keeps
 * them)? A bit test of each hash comes before the Set: for rules asked of sentences with no trigger.
 */
export function listWordIn(list: ReadonlySet<string>, lower: readonly string[], hash: Int32Array, from: number, to: number): boolean {
  if (!list.size) return false;
  const bits = listBitsOf(list);
  for (let k = from; k < to; k++) if (maybeIn(bits, hash[k]) && list.has(lower[k])) return true;
  return false;
}
