// What the events stage knows of one distinct lower-case word, found on its first sight and kept in the
// lexicon's word table (word-table.ts): its cue bits, what it can be as a trigger (noun entry, verb
// lemma), the pattern index keys it can start. Every token of a document points here.
import type { CompiledNoun } from './patterns/compile-patterns.js';
import { patternKey, type Lexicon, type VerbEntry } from './patterns/load-patterns.js';
import { lemmatize } from './lemmatize.js';
import { filterOf, mayTrigger } from './trigger-filter.js';
import { ADJECTIVE_VERB, cueBits, LEMMA_SELF, MULTI_VERB, NEEDS_CAPITAL, PATTERN_KEY, TRIGGER } from './word-cues.js';
import { WordTable, wordHash } from './word-table.js';
import { multiVerbs, type MultiNode } from './multi-verbs.js';

/** What a word can be as a trigger: its noun entry, its verb lemma. */
export type TriggerFacts = Readonly<{
  noun: CompiledNoun | undefined;
  lemma: string;
  verb: boolean;
  irregular: boolean;
  /** the lemma's verb entry, and whether it is a generic verb ("want", "face") */
  verbEntry: VerbEntry | undefined;
  generic: boolean;
  /** the multi-word verbs the lemma starts ("call" → "call_on"), null when none */
  multi: MultiNode | null;
  /** the lemma is in the needs-capital-object list ("arrive") */
  needsCapital: boolean;
}>;

export type WordEntry = {
  readonly word: string;
  /** cue bits (word-cues.ts) */
  readonly cues: number;
  /** null when the word can start no trigger */
  readonly trigger: TriggerFacts | null;
  /** index keys whose patterns' first word can match the word (see patternKeys); empty for most words (no PATTERN_KEY bit) */
  readonly keys: readonly string[];
  /**
   * the wordHash of each of `keys` (keyCount of them), to test a verb's keyBits before its index: fields of
   * the entry, not an array, so that the test reads no second object (keys has at most three: keysOf)
   */
  readonly keyCount: number;
  readonly key0: number;
  readonly key1: number;
  readonly key2: number;
  /**
   * a bit (blockBit) for each verb block whose index has one of `keys`, several blocks to a bit: a verb whose
   * block's bit is clear takes no pattern from the word, asked of the two entries in hand, no table read
   */
  readonly blockSig: number;
  /**
   * the word's noun entry, the verb entry of its lemma, whether that is a generic verb, and the multi-word
   * verbs it starts (its trigger facts' own), copied here: a trigger candidate reads one object, not two or three
   */
  readonly noun: CompiledNoun | undefined;
  readonly verbEntry: VerbEntry | undefined;
  readonly generic: boolean;
  readonly multi: MultiNode | null;
  /** the sector of the word as an agent noun ("police" → COP), found on first need by agent-actor.ts */
  sector: string | null | undefined;
};

function nounAt(lx: Lexicon, word: string): CompiledNoun | undefined {
  return lx.nouns.get(word) ?? (word.endsWith('s') ? lx.nouns.get(word.slice(0, -1)) : undefined);
}

/** The word's facts when it can start a trigger (a known verb form or event noun), else null. */
function triggerFacts(lx: Lexicon, word: string): TriggerFacts | null {
  if (!mayTrigger(filterOf(lx), wordHash(word))) return null;
  const noun = nounAt(lx, word);
  const lemma = lemmatize(word, lx.forms, lx.verbs);
  const verb = lx.verbs.has(lemma);
  return noun || verb ? { noun, lemma, verb, irregular: lx.forms.has(word), verbEntry: lx.verbs.get(lemma), generic: !!lx.cues.get('generic-verb')?.has(lemma), multi: multiVerbs(lx).get(lemma) ?? null, needsCapital: !!lx.cues.get('needs-capital-object')?.has(lemma) } : null;
}

const tables = new WeakMap<Lexicon, WordTable<WordEntry>>();

/** The lexicon's word table, made once. */
export function wordTable(lx: Lexicon): WordTable<WordEntry> {
  let t = tables.get(lx);
  if (!t) tables.set(lx, (t = new WordTable<WordEntry>((word) => {
    const trigger = triggerFacts(lx, word);
    const keys = keysOf(lx, word);
    const key = (q: number) => (q < keys.length ? wordHash(keys[q]) : 0);
    return { word, cues: cueBits(lx, word) | (trigger ? triggerBits(lx, word, trigger) : 0) | (keys.length ? PATTERN_KEY : 0), trigger, keys, keyCount: keys.length, key0: key(0), key1: key(1), key2: key(2), blockSig: blockSig(lx, keys), noun: trigger?.noun, verbEntry: trigger?.verbEntry, generic: !!trigger?.generic, multi: trigger?.multi ?? null, sector: undefined };
  })));
  return t;
}

/** The TRIGGER bit and the bits find-triggers.ts reads in place of a trigger word's facts. */
function triggerBits(lx: Lexicon, word: string, f: TriggerFacts): number {
  return TRIGGER | (f.lemma === word ? LEMMA_SELF : 0) | (f.multi ? MULTI_VERB : 0) | (f.needsCapital ? NEEDS_CAPITAL : 0) | (lx.cues.get('adjective-verb')?.has(word) ? ADJECTIVE_VERB : 0);
}

const allKeys = new WeakMap<Lexicon, ReadonlyMap<string, number>>();

/** Every key of every verb's pattern index, with the block signature (blockBit) of the blocks whose index has it. */
function patternKeys(lx: Lexicon): ReadonlyMap<string, number> {
  let keys = allKeys.get(lx);
  if (!keys) {
    const map = new Map<string, number>();
    for (const v of lx.verbs.values()) for (const k of v.index.keys()) map.set(k, (map.get(k) ?? 0) | blockBit(v.id));
    allKeys.set(lx, (keys = map));
  }
  return keys;
}

/** A verb block's bit in a 32-bit signature of blocks (WordEntry.blockSig). */
export const blockBit = (id: number) => 1 << (id & 31);

/** The signature of the blocks whose index has one of `keys`. */
function blockSig(lx: Lexicon, keys: readonly string[]): number {
  const known = patternKeys(lx);
  let sig = 0;
  for (const k of keys) sig |= known.get(k) ?? 0;
  return sig;
}

const NO_KEYS: readonly string[] = [];

/** Index keys whose patterns' first word can match x: x itself and its singular ("sanctions" → "sanction"), distinct (three at most). */
function keysOf(lx: Lexicon, x: string): readonly string[] {
  const known = patternKeys(lx);
  const out: string[] = [];
  // a key no verb's index holds is left out: most words after a verb start no pattern
  const add = (word: string) => { const k = patternKey(word); if (known.has(k) && !out.includes(k)) out.push(k); };
  add(x);
  if (x.length < 9 && x.length > 3 && x.charCodeAt(x.length - 1) === 115) {
    if (x.endsWith("'s")) add(x.slice(0, -2));
    else if (x.endsWith('es')) { add(x.slice(0, -2)); add(x.slice(0, -1)); }
    else add(x.slice(0, -1));
  }
  return out.length ? out : NO_KEYS;
}
