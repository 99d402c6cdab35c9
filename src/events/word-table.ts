// The distinct lower-case words met so far, each stored once with facts found once (see word-facts.ts),
// in an open-addressed table keyed by the word's hash (doc-words.ts). A token is looked up by comparing
// its characters in place, lower-cased on the fly, so a known word costs no slice, no toLowerCase and no
// Set look-up. Bounded: when half full it keeps the words met again since they came (the frequent ones)
// and forgets the rest; facts are pure functions of the word, so output never depends on what it holds.

/** FNV-1a over a lower-case word's code units: the value docWords stores for that word, the table's key. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Lower-case a code unit the way docWords does in place: A–Z and the curly apostrophe. */
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c);

/** Words of up to this many code units are compared from the slot itself, not from their string (five ints: slotOfPairs). */
export const INLINE = 10;
/** Int32s per slot: hash, cue bits, length + 1 (0: empty; SEEN bit: met again), then the word's code units two to an int. */
const STRIDE = 8;
/** In a slot's length field: the word was met again since it came or since the last sweep. */
const SEEN = 1 << 31;
const LENGTH = ~SEEN;

/**
 * A table of words and their facts `E`, made by `make` on a word's first sight. A slot keeps the hash,
 * the cue bits and (for a short word) the characters side by side in one typed array, so a look-up reads
 * one cache line and follows no pointer; the word's string and entry sit at the same slot number.
 * Half full, it sweeps: the words met again stay (a quarter of the slots at most), the rest go, so a
 * stream of rare names and numbers never throws out "the" or "said" (the table used to start again empty,
 * and every word of the next articles was made anew). 1 << 16 slots hold PolNeAR's 28,894 distinct words
 * without a sweep in ~2.5 MB, plus the words and their facts.
 */
export class WordTable<E extends { readonly word: string; readonly cues: number }> {
  private readonly data: Int32Array;
  /** per slot k: the word at 2k and its entry at 2k + 1, side by side so a look-up reads one line for both */
  private readonly refs: (string | E | undefined)[];
  private count = 0;
  /** what warm() read, kept only so that its loads are not optimised away */
  private warmth = 0;
  private readonly mask: number;

  constructor(private readonly make: (word: string) => E, size = 1 << 16) {
    if (size & (size - 1)) throw new Error(`WordTable size must be a power of two, got ${size}`);
    this.mask = size - 1;
    this.data = new Int32Array(size * STRIDE);
    this.refs = new Array<string | E | undefined>(2 * size).fill(undefined);
  }

  /** The word at slot k; read it at the slot `slotOf` returns, before the next look-up. */
  wordAt(k: number): string {
    return this.refs[2 * k] as string;
  }

  /** The entry of the word at slot k. */
  entryAt(k: number): E {
    return this.refs[2 * k + 1] as E;
  }

  /** The cue bits of the word at slot k. */
  cuesAt(k: number): number {
    return this.data[k * STRIDE + 1];
  }

  /**
   * Load the first slot of each of `hashes[0, n)`, and its word, into cache, and do nothing else: the loads
   * of this tight loop overlap, where those of the probing loop after it would wait one by one.
   */
  warm(hashes: Int32Array, n: number): void {
    const d = this.data, refs = this.refs, mask = this.mask;
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const k = hashes[j] & mask;
      sum += d[k * STRIDE] + (refs[2 * k] === undefined ? 1 : 0);
    }
    // kept, so that the compiler keeps the loads
    this.warmth = sum;
  }

  /**
   * The slot of a short word (up to INLINE code units) already in the table, else -1: `len` code units,
   * folded and packed two to an int as `put` stores them (p0 = units 0 and 1 …, 0 past the end), compared
   * as five ints; docWords packs them while it hashes, so a known word's characters are read once.
   */
  slotOfPairs(hash: number, len: number, p0: number, p1: number, p2: number, p3: number, p4: number): number {
    const d = this.data;
    for (let k = hash & this.mask; ; k = (k + 1) & this.mask) {
      const b = k * STRIDE, l = d[b + 2];
      if (l === 0) return -1;
      if (d[b] === hash && (l & LENGTH) === len + 1 && d[b + 3] === p0 && d[b + 4] === p1 && d[b + 5] === p2 && d[b + 6] === p3 && d[b + 7] === p4) {
        d[b + 2] = l | SEEN;
        return k;
      }
    }
  }

  /** The slot of text[start, end) folded in place (ASCII capitals, curly apostrophes); `hash` is its wordHash. */
  slotOfSpan(text: string, start: number, end: number, hash: number): number {
    const len = end - start, d = this.data;
    for (let k = hash & this.mask; ; k = (k + 1) & this.mask) {
      const b = k * STRIDE, l = d[b + 2];
      if (l === 0) break;
      if (d[b] !== hash || (l & LENGTH) !== len + 1) continue;
      let i = 0;
      if (len <= INLINE) {
        for (let p = b + 3; i < len; i += 2, p++) {
          const pair = fold(text.charCodeAt(start + i)) | (i + 1 < len ? fold(text.charCodeAt(start + i + 1)) << 16 : 0);
          if (pair !== d[p]) break;
        }
      } else {
        const w = this.refs[2 * k] as string;
        while (i < len && fold(text.charCodeAt(start + i)) === w.charCodeAt(i)) i++;
      }
      if (i >= len) {
        d[b + 2] = l | SEEN;
        return k;
      }
    }
    let word = text.slice(start, end);
    if (!isLower(word)) word = word.toLowerCase().replace(/\u2019/g, "'");
    return this.add(word, hash);
  }

  /** The slot of a lower-case word whose wordHash is `hash`. */
  slotOf(word: string, hash: number): number {
    const d = this.data;
    for (let k = hash & this.mask; ; k = (k + 1) & this.mask) {
      const b = k * STRIDE;
      if (d[b + 2] === 0) break;
      if (d[b] === hash && this.refs[2 * k] === word) {
        d[b + 2] |= SEEN;
        return k;
      }
    }
    return this.add(word, hash);
  }

  private add(word: string, hash: number): number {
    if (this.count >= (this.mask + 1) >>> 1) this.sweep();
    const known = internalized(word);
    return this.put(known, hash, this.make(known));
  }

  private put(word: string, hash: number, e: E): number {
    let k = hash & this.mask;
    while (this.data[k * STRIDE + 2] !== 0) k = (k + 1) & this.mask;
    const b = k * STRIDE, d = this.data;
    d[b] = hash;
    d[b + 1] = e.cues;
    d[b + 2] = word.length + 1;
    if (word.length <= INLINE) for (let i = 0; i < word.length; i += 2) d[b + 3 + (i >> 1)] = word.charCodeAt(i) | (i + 1 < word.length ? word.charCodeAt(i + 1) << 16 : 0);
    this.refs[2 * k] = word;
    this.refs[2 * k + 1] = e;
    this.count++;
    return k;
  }

  /** Keep the words met again (a quarter of the slots at most, unmarked again), forget the rest. */
  private sweep(): void {
    const keep: { word: string; hash: number; entry: E }[] = [];
    const d = this.data, size = this.mask + 1;
    for (let k = 0; k < size && keep.length < size >>> 2; k++) {
      if (d[k * STRIDE + 2] < 0) keep.push({ word: this.refs[2 * k] as string, hash: d[k * STRIDE], entry: this.refs[2 * k + 1] as E });
    }
    d.fill(0);
    this.refs.fill(undefined);
    this.count = 0;
    for (const x of keep) this.put(x.word, x.hash, x.entry);
  }

  /** How many words the table holds. */
  get size(): number {
    return this.count;
  }
}

/**
 * The same word as V8's one copy of it (a property key is one): every rule compares words with literals
 * (`x === ','`, `w.lower[i - 1] === 'and'`), and two such strings are equal only when they are the same
 * object, a pointer compare, where a sliced word costs a call comparing characters; Sets and Maps find its
 * hash already made.
 */
function internalized(word: string): string {
  // a dictionary-mode object (Object.create(null)) takes the key without a hidden class of its own: an
  // object literal with the word as key made one per distinct word, twice the cost on a word's first sight
  const o = Object.create(null) as Record<string, number>;
  o[word] = 0;
  const key = Object.keys(o)[0] ?? word;
  // an index-like word ("2017", "18") is an element, and Object.keys makes a new string of it, not the
  // internalized one: the first number at a rule's `w.lower[k] === 'to'` on unseen text deopted the rule
  // ("wrong instance type"). JSON.parse internalizes a string of up to 10 characters, all such words.
  return key.length <= 10 && DIGITS.test(key) ? (JSON.parse(`"${key}"`) as string) : key;
}

const DIGITS = /^[0-9]+$/;

/** No capital A–Z and no curly apostrophe: the slice is already the folded word. */
function isLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 0x2019) return false;
  }
  return true;
}
