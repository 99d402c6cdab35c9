// Loads the events stage's lookup data once: dist/knowledge/verbs.json (built by scripts/compile-verbs.mjs)
// when running from dist/, else compiles src/events/data/ directly (tests, a fresh checkout).
// Turns the plain JSON into Maps and Sets so the stage does only O(1) look-ups per word.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pairBits } from '../word-bits.js';
import { wordHash } from '../word-table.js';
import { compilePatterns, PATTERN_FILES, type CameoInfo, type CompiledBlock, type CompiledNoun, type CompiledPattern, type CompiledPatterns } from './compile-patterns.js';

/** A block's object patterns indexed by their first word's key (see patternKey). */
export type PatternIndex = ReadonlyMap<string, readonly CompiledPattern[]>;
/**
 * `base`: the verb's own code, else its block's; `keys`: how many keys its index has. `id`: the block's number in `keyBits`, one pair bit set
 * (word-bits.ts) of every block's index keys shared by all verbs, so a key an index lacks costs no Map
 * look-up and no read of a cold per-verb array (the trigger rules run between other stages' work).
 * `keySig`: a bit (keyBit) for each key of the block's index, several keys to a bit, asked before `keyBits`.
 */
export type VerbEntry = Readonly<{ block: CompiledBlock; code: string | null; base: string | null; index: PatternIndex; keys: number; id: number; keyBits: Uint32Array; keySig: number }>;

/** A key's bit in a block's 32-bit key signature (VerbEntry.keySig), from the key's wordHash. */
export const keyBit = (hash: number) => 1 << (hash & 31);

/** Index key of a pattern word or text word: whole when short, its first six letters when long. */
export const patternKey = (word: string) => (word.length >= 6 ? word.slice(0, 6) : word);

function indexBlock(block: CompiledBlock): PatternIndex {
  const index = new Map<string, CompiledPattern[]>();
  for (const pattern of block.patterns) {
    for (const alt of new Set(pattern[0][0].map(patternKey))) (index.get(alt) ?? index.set(alt, []).get(alt)!).push(pattern);
  }
  return index;
}

export type Lexicon = Readonly<{
  verbs: ReadonlyMap<string, VerbEntry>;
  /** First words of multi-word verbs ("call" for "call_on"), with the longest word count. */
  multi: ReadonlyMap<string, number>;
  forms: ReadonlyMap<string, string>;
  nouns: ReadonlyMap<string, CompiledNoun>;
  cameo: ReadonlyMap<string, CameoInfo>;
  cues: ReadonlyMap<string, ReadonlySet<string>>;
}>;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');

/** Read the data files from src/events/data/ and compile them. */
export function compileFromSources(dataDir = resolve(root, 'src', 'events', 'data')): CompiledPatterns {
  const read = (f: string) => readFileSync(resolve(dataDir, f), 'utf8');
  return compilePatterns({
    verbFiles: PATTERN_FILES.verbFiles.map(read),
    nouns: read(PATTERN_FILES.nouns),
    cameo: read(PATTERN_FILES.cameo),
    cues: read(PATTERN_FILES.cues),
    irregular: read(PATTERN_FILES.irregular),
  });
}

/** Turn compiled data into the Maps the stage reads. */
export function toLexicon(c: CompiledPatterns): Lexicon {
  const verbs = new Map<string, VerbEntry>();
  const multi = new Map<string, number>();
  const indexes = c.blocks.map(indexBlock);
  const keyBits = pairBits(indexes.map((index) => index.keys()));
  const keySigs = indexes.map((index) => { let sig = 0; for (const k of index.keys()) sig |= keyBit(wordHash(k)); return sig; });
  for (const [lemma, [b, code]] of Object.entries(c.verbs)) {
    verbs.set(lemma, { block: c.blocks[b], code, base: code ?? c.blocks[b].code, index: indexes[b], keys: indexes[b].size, id: b, keyBits, keySig: keySigs[b] });
    const parts = lemma.split('_');
    if (parts.length > 1) multi.set(parts[0], Math.max(multi.get(parts[0]) ?? 0, parts.length));
  }
  const cues = new Map<string, ReadonlySet<string>>();
  for (const [name, words] of Object.entries(c.cues)) cues.set(name, new Set(words));
  return { verbs, multi, forms: new Map(Object.entries(c.forms)), nouns: new Map(Object.entries(c.nouns)), cameo: new Map(Object.entries(c.cameo)), cues };
}

let cached: Lexicon | null = null;

/** The stage's lexicon, loaded on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const json = resolve(root, 'dist', 'knowledge', 'verbs.json');
  const fromDist = here.includes(`${'/'}dist${'/'}`) || here.includes('\\dist\\');
  const data = fromDist && existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as CompiledPatterns) : compileFromSources();
  cached = toLexicon(data);
  return cached;
}
