// The words of a whole document as parallel arrays, built in one pass over its tokens: lower-case text
// (a token is lower-cased only when it has a capital or a curly apostrophe), spans, kinds, capitals,
// and a hash of each lower-case word that lets the trigger finder skip most words without a Map look-up.
// Hot loop (runs on every token of every article): typed arrays, no per-token allocation beyond the slice.
import type { Token } from '../doc/types.js';

export type DocWords = Readonly<{
  lower: readonly string[];
  start: Int32Array;
  end: Int32Array;
  /** 1 for word/number tokens, 0 for punctuation and symbols */
  isWord: Uint8Array;
  /** 1 when the word starts with a capital letter A–Z */
  cap: Uint8Array;
  /** FNV-1a hash of the lower-case word (see wordHash) */
  hash: Int32Array;
}>;

/** FNV-1a over a lower-case word's code units: the same value docWords stores for that word. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h | 0;
}

const ONE_CHAR = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** Words of all tokens of a document. */
export function docWords(text: string, tokens: readonly Token[]): DocWords {
  const n = tokens.length;
  const lower: string[] = new Array(n);
  const start = new Int32Array(n), end = new Int32Array(n), isWord = new Uint8Array(n), cap = new Uint8Array(n), hash = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const t = tokens[j];
    const s = t.start, e = t.end;
    start[j] = s;
    end[j] = e;
    isWord[j] = t.kind === 'word' || t.kind === 'number' ? 1 : 0;
    const c0 = text.charCodeAt(s);
    cap[j] = c0 >= 65 && c0 <= 90 ? 1 : 0;
    // ",", ".", "a": one ASCII character needs no slice
    if (e - s === 1 && c0 < 128) {
      const l = c0 >= 65 && c0 <= 90 ? c0 + 32 : c0;
      lower[j] = ONE_CHAR[l];
      hash[j] = Math.imul(0x811c9dc5 ^ l, 0x01000193) | 0;
      continue;
    }
    let h = 0x811c9dc5, plain = true;
    for (let i = s; i < e; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) { c += 32; plain = false; }
      else if (c >= 128) { plain = false; if (c === 0x2019) c = 39; else if (c < 0x2000 || c > 0x206f) { h = 0; break; } }
      h = Math.imul(h ^ c, 0x01000193);
    }
    const raw = text.slice(s, e);
    if (plain) { lower[j] = raw; hash[j] = h | 0; continue; }
    const l = raw.toLowerCase();
    const word = l.includes('\u2019') ? l.replace(/\u2019/g, "'") : l;
    lower[j] = word;
    hash[j] = h === 0 ? wordHash(word) : h | 0;
  }
  return { lower, start, end, isWord, cap, hash };
}
