// A read-only string → number table kept as typed arrays straight from the compiled knowledge.bin: the
// keys' UTF-16 code units end to end and a hash table of slots made at build time, so loading the 34,000
// name keys makes no string, no Map and no hash (scripts/compile-knowledge.mjs writes the same layout).

/** FNV-1a over the UTF-16 code units of a key; scripts/compile-knowledge.mjs hashes the same way. */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Distinct keys, key i being `chars[starts[i], starts[i + 1])` with value `values[i]`; `slots` (a power of
 * two long) holds i + 1 at the first free cell from `hashOf(key)` on, 0 when empty.
 * @example table.get('white house') // entry index, or undefined
 */
export class NameTable {
  readonly size: number;

  constructor(private readonly slots: Int32Array, private readonly starts: Int32Array, private readonly values: Int32Array, private readonly chars: Uint16Array) {
    this.size = values.length;
  }

  get(key: string): number | undefined {
    const { slots, starts, chars } = this, mask = slots.length - 1, n = key.length;
    for (let p = hashOf(key) & mask; ; p = (p + 1) & mask) {
      const v = slots[p];
      if (v === 0) return undefined;
      let at = starts[v - 1];
      if (starts[v] - at !== n) continue;
      let i = 0;
      while (i < n && chars[at] === key.charCodeAt(i)) { i++; at++; }
      if (i === n) return this.values[v - 1];
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/**
 * A set of phrases kept as one bit per hash (scripts/compile-knowledge.mjs sets them): `has` may say yes
 * for a phrase never added, never no for one added.
 */
export class PhraseFilter {
  constructor(private readonly bits: Int32Array) {}

  has(phrase: string): boolean {
    const x = hashOf(phrase) & (this.bits.length * 32 - 1);
    return (this.bits[x >> 5] & (1 << (x & 31))) !== 0;
  }
}
