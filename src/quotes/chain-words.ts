// Word tokens chained by length and first letter, so that a search for one word visits only the tokens
// that can be it, in text order. For name-index.ts: a long article asks for dozens of surnames, and a
// pass over all its tokens for each made that lookup the costliest step of speaker resolution.
import { K, type Toks } from './scan-tokens.js';
import { scratchInt32 } from './start-scratch.js';

const MASK = (1 << 10) - 1;

/** Chains of tokens: `head[bucket]` is the first token of a bucket, `next[t]` the one after t, -1 ending each. */
export type WordChains = Readonly<{ head: Int32Array; next: Int32Array }>;

// A first letter as the chains key it: A-Z lowercased; 0 for one outside ASCII (whose lowercase the
// search cannot tell, so such a token is a candidate for every word of its length)
const firstKey = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : 0);
const bucketOf = (length: number, first: number): number => (length * 131 + first) & MASK;

/** Chain the word tokens of `toks` from token `from` on (scratch memory: for this article only). */
export function chainWords(toks: Toks, from: number): WordChains {
  const head = scratchInt32(MASK + 1, -1), next = scratchInt32(toks.n, -1);
  const { start, end, kind, codes } = toks;
  // from the last token back, each put in front of its chain: the chains come out in text order, with no
  // array of chain tails
  for (let t = toks.n - 1; t >= from; t--) {
    if (kind[t] !== K.Word) continue;
    const b = bucketOf(end[t] - start[t], firstKey(codes[start[t]]));
    next[t] = head[b];
    head[b] = t;
  }
  return { head, next };
}

/**
 * The tokens, in text order, that may be the word of `length` characters whose lowercase starts with
 * `first` (a char code): every word token that is it is among them, with some that are not.
 * @example candidates(chainWords(toks, 0), 5, 115) // tokens of "Smith", "smith", "SMITH", "stone"…
 */
export function candidates(chains: WordChains, length: number, first: number): number[] {
  const out: number[] = [];
  const { head, next } = chains;
  let a = head[bucketOf(length, firstKey(first))];
  // the bucket of first letters outside ASCII, merged in (when it is another bucket)
  let b = firstKey(first) === 0 ? -1 : head[bucketOf(length, 0)];
  while (a >= 0 || b >= 0) {
    if (b < 0 || (a >= 0 && a < b)) { out.push(a); a = next[a]; }
    else if (a < 0 || b < a) { out.push(b); b = next[b]; }
    else { out.push(a); a = next[a]; b = next[b]; }
  }
  return out;
}
