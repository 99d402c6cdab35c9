// The words of a whole document as parallel arrays, built in one pass over its tokens: lower-case text
// (capitals and curly apostrophes folded), spans, kinds, capitals, a hash of each lower-case word, and
// each word's entry in the lexicon's word table (word-facts.ts) with its cue bits copied out.
// Hot loop (runs on every token of every article): one table probe per token, typed arrays, and a
// slice only for a word the table has not met.
import type { Token } from '../doc/types.js';
import { charCodes } from '../doc/char-codes.js';
import { lexicon } from './patterns/load-patterns.js';
import { wordTable, type WordEntry } from './word-facts.js';
import { INLINE, wordHash, type WordTable } from './word-table.js';

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
  /** the word's cue bits (word-cues.ts) */
  cues: Int32Array;
  /** the word's entry in the word table */
  entry: readonly WordEntry[];
}>;

/** Words of all tokens of a document. */
export function docWords(text: string, tokens: readonly Token[], table: WordTable<WordEntry> = wordTable(lexicon())): DocWords {
  const n = tokens.length;
  // the six typed arrays share one buffer: one allocation per document instead of six
  const buf = new ArrayBuffer(18 * n);
  const w = { lower: new Array<string>(n), start: new Int32Array(buf, 0, n), end: new Int32Array(buf, 4 * n, n), isWord: new Uint8Array(buf, 16 * n, n), cap: new Uint8Array(buf, 17 * n, n), hash: new Int32Array(buf, 8 * n, n), cues: new Int32Array(buf, 12 * n, n), entry: new Array<WordEntry>(n) };
  fillWords(text, tokens, table, w);
  return w;
}

/** What stageWords reuses from run to run: the typed arrays' buffer and the word and entry lists. */
const reused = { buffer: new ArrayBuffer(18 * 1024), lower: [] as string[], entry: [] as WordEntry[] };

/**
 * The words of all tokens of a document for one run of the events stage: docWords' arrays, made in memory
 * reused from run to run (a new ArrayBuffer, its backing store outside the heap, and two lists of a slot
 * per token cost ~4–12 µs per document). Valid until the next call: findEvents keeps none of it past its run.
 */
export function stageWords(text: string, tokens: readonly Token[], table: WordTable<WordEntry> = wordTable(lexicon())): DocWords {
  const n = tokens.length;
  if (reused.buffer.byteLength < 18 * n) reused.buffer = new ArrayBuffer(36 * n);
  const buf = reused.buffer, lower = reused.lower, entry = reused.entry;
  lower.length = n;
  entry.length = n;
  const w = { lower, start: new Int32Array(buf, 0, n), end: new Int32Array(buf, 4 * n, n), isWord: new Uint8Array(buf, 16 * n, n), cap: new Uint8Array(buf, 17 * n, n), hash: new Int32Array(buf, 8 * n, n), cues: new Int32Array(buf, 12 * n, n), entry };
  fillWords(text, tokens, table, w);
  return w;
}

/**
 * The hot loop, apart from the object docWords returns: optimised on-stack inside the loop, a function
 * that then built an object literal it had no feedback for was thrown back to the interpreter and
 * recompiled once per article (800 deoptimisations over the first 840 PolNeAR texts, ~5 ms each).
 * Hashes first, looks up after: the table (megabytes) is mostly out of cache once the stages before this
 * one have run, and a look-up waits for its slot; `warm` loads every token's first slot in a tight loop
 * whose misses overlap (events 2-4% faster after the earlier stages, though slower when all is in cache).
 */
function fillWords(text: string, tokens: readonly Token[], table: WordTable<WordEntry>, w: { lower: string[]; start: Int32Array; end: Int32Array; isWord: Uint8Array; cap: Uint8Array; hash: Int32Array; cues: Int32Array; entry: WordEntry[] }): void {
  const { lower, entry, start, end, isWord, cap, hash, cues } = w;
  const n = tokens.length;
  // a short word's code units, folded and packed two to an int as the table keeps them (PAIRS ints per
  // token, 0 past the end), made in the pass that hashes them: each character is read once
  const pairs = pairScratch(n);
  // the text's code units as a typed array (an indexed load, where charCodeAt checks the string each time);
  // the quotes stage made it for this text already
  const codes = charCodes(text);
  for (let j = 0; j < n; j++) {
    const t = tokens[j];
    const s = t.start, e = t.end;
    start[j] = s;
    end[j] = e;
    isWord[j] = t.kind === 'word' || t.kind === 'number' ? 1 : 0;
    const c0 = codes[s];
    cap[j] = c0 >= 65 && c0 <= 90 ? 1 : 0;
    if (e - s > INLINE) {
      hash[j] = foldedHash(codes, s, e);
      continue;
    }
    let h = 0x811c9dc5, pair = 0, p = j * PAIRS;
    for (let i = s; i < e; i++) {
      let c = codes[i];
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) { if (c === 0x2019) c = 39; else if (c < 0x2000 || c > 0x206f) { h = 0; break; } }
      h = Math.imul(h ^ c, 0x01000193);
      if ((i - s) & 1) { pairs[p++] = pair | (c << 16); pair = 0; } else pair = c;
    }
    // the odd last unit; a word that needs the full toLowerCase (h = 0) leaves its pairs unread
    if (pair !== 0) pairs[p] = pair;
    hash[j] = h === 0 ? 0 : h | 0;
  }
  table.warm(hash, n);
  for (let j = 0; j < n; j++) {
    const s = start[j], e = end[j];
    let h = hash[j], k: number;
    if (h !== 0) {
      k = -1;
      if (e - s <= INLINE) {
        const p = j * PAIRS;
        k = table.slotOfPairs(h, e - s, pairs[p], pairs[p + 1], pairs[p + 2], pairs[p + 3], pairs[p + 4]);
      }
      if (k < 0) k = table.slotOfSpan(text, s, e, h);
    } else {
      const l = text.slice(s, e).toLowerCase();
      const word = l.includes('\u2019') ? l.replace(/\u2019/g, "'") : l;
      k = table.slotOf(word, (h = wordHash(word)));
      hash[j] = h;
    }
    lower[j] = table.wordAt(k);
    entry[j] = table.entryAt(k);
    cues[j] = table.cuesAt(k);
  }
}

/** Ints of packed code units per token: INLINE code units, two to an int. */
const PAIRS = 5;
let scratch = new Int32Array(PAIRS * 1024);

/** A zeroed scratch array of PAIRS ints for each of n tokens, reused from document to document. */
function pairScratch(n: number): Int32Array {
  if (scratch.length < PAIRS * n) scratch = new Int32Array(PAIRS * n * 2);
  else scratch.fill(0, 0, PAIRS * n);
  return scratch;
}

/** The wordHash of text[s, e) folded in place (A–Z, the curly apostrophe); 0 when a character needs the full toLowerCase ("É-lysée"). */
function foldedHash(codes: Uint16Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) {
    let c = codes[i];
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) { if (c === 0x2019) c = 39; else if (c < 0x2000 || c > 0x206f) return 0; }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}
