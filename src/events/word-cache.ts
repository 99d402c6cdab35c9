// A small direct-mapped memo keyed by a word and its hash from doc-words.ts: a look-up costs one
// array read and a string compare, not the string hashing and far probe of a large Map. A clash
// evicts the older word (it is recomputed when seen again); memory stays fixed.

/** Memo of one value per word, `size` slots (a power of two). */
export class WordCache<V> {
  private readonly hashes: Int32Array;
  private readonly words: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private readonly mask: number;

  constructor(size = 8192) {
    if (size & (size - 1)) throw new Error(`WordCache size must be a power of two, got ${size}`);
    this.hashes = new Int32Array(size);
    this.words = new Array(size).fill(undefined);
    this.values = new Array(size).fill(undefined);
    this.mask = size - 1;
  }

  /** The value stored for `word` (whose hash is `hash`), or undefined. */
  get(word: string, hash: number): V | undefined {
    const k = hash & this.mask;
    return this.hashes[k] === hash && this.words[k] === word ? this.values[k] : undefined;
  }

  set(word: string, hash: number, value: V): V {
    const k = hash & this.mask;
    this.hashes[k] = hash;
    this.words[k] = word;
    this.values[k] = value;
    return value;
  }
}
