// A Bloom filter over every word form that can start a trigger (event nouns and their plurals, verb
// lemmas and each inflection the lemmatiser maps back to them), keyed by the word's hash from
// doc-words.ts: most words of a sentence are ruled out with two bit tests and no string work.
// No false negatives by construction (the forms below mirror lemmatize.ts); false positives go on to
// the exact check.
import type { Lexicon } from './patterns/load-patterns.js';
import { wordHash } from './word-table.js';

const BITS = 1 << 17;
const filters = new WeakMap<Lexicon, Uint32Array>();

/** Every surface form that lemmatize.ts / nounAt can map to a known verb or noun. */
function forms(lx: Lexicon): string[] {
  const out: string[] = [...lx.forms.keys()];
  for (const n of lx.nouns.keys()) out.push(n, n + 's');
  for (const v of lx.verbs.keys()) {
    const last = v[v.length - 1];
    out.push(v, v + 's', v + 'es', v + 'd', v + 'ed', v + 'ing', v + last + 'ing', v + last + 'ed');
    if (last === 'e') out.push(v.slice(0, -1) + 'ing');
    if (last === 'y') out.push(v.slice(0, -1) + 'ies', v.slice(0, -1) + 'ied');
  }
  return out;
}

const bitA = (h: number) => h & (BITS - 1);
const bitB = (h: number) => (h >>> 15) & (BITS - 1);

/** The lexicon's filter, built once: pass it to mayTrigger. */
export function filterOf(lx: Lexicon): Uint32Array {
  let f = filters.get(lx);
  if (f) return f;
  f = new Uint32Array(BITS >>> 5);
  for (const word of forms(lx)) {
    const h = wordHash(word);
    f[bitA(h) >>> 5] |= 1 << (bitA(h) & 31);
    f[bitB(h) >>> 5] |= 1 << (bitB(h) & 31);
  }
  filters.set(lx, f);
  return f;
}

/** false when the word with this hash can start no trigger; true when it may. */
export function mayTrigger(f: Uint32Array, hash: number): boolean {
  const a = bitA(hash), b = bitB(hash);
  return (f[a >>> 5] & (1 << (a & 31))) !== 0 && (f[b >>> 5] & (1 << (b & 31))) !== 0;
}
