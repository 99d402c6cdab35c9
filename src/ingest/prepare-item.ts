// Raw input → analysed, store-ready item: analyze() or analyzeBatch() (never reimplemented here), the contract
// projection, the rows (as JSON tuples for the writers), and the MinHash signature. Runs inside
// the ingest worker threads.
import { analyze, analyzeBatch } from '../analyze/analyze.js';
import { contentId } from '../analyze/content-id.js';
import type { Doc } from '../doc/types.js';
import { toContract } from '../analyze/to-contract.js';
import { ReadError } from '../read/article-input.js';
import { rowTuples } from '../store/row-tuples.js';
import type { IngestItem } from '../store/store.js';
import { engineVersion } from './engine-version.js';
import { minhash } from './minhash.js';
import { rawHash, type RawInput } from './raw-input.js';

export type Prepared = { item: IngestItem } | { id: string; error: { code: string; message: string } };

export type PrepareOptions = { searchKeys?: boolean; textHash?: string };

/** Analyse one raw input into an IngestItem; a ReadError becomes an error record. `searchKeys: false` when the
 * store is SQLite (row-tuples.ts); `textHash`: rawHash(raw), when the caller has it already. */
export function prepareItem(raw: RawInput, opts: PrepareOptions = {}): Prepared {
  try {
    return itemOf(raw, analyze(analyzeInput(raw)), opts);
  } catch (err) {
    return failed(raw, err);
  }
}

/**
 * prepareItem over many inputs, analysed together by analyzeBatch (stage by stage: the ingest workers hand it
 * their chunks of 16 articles). `hashes[i]`: rawHash of `raws[i]`, when the caller has it.
 * @example prepareItems([raw], { searchKeys: false })[0] // { item } or { id, error }
 */
export function prepareItems(raws: readonly RawInput[], opts: { searchKeys?: boolean; hashes?: readonly (string | undefined)[] } = {}): Prepared[] {
  const docs = analyzeBatch(raws.map(analyzeInput));
  return raws.map((raw, i) => {
    const doc = docs[i];
    if (doc instanceof Error) return failed(raw, doc);
    try {
      return itemOf(raw, doc, { searchKeys: opts.searchKeys, textHash: opts.hashes?.[i] });
    } catch (err) {
      return failed(raw, err);
    }
  });
}

const analyzeInput = (raw: RawInput) => ({ id: raw.id, text: raw.text, html: raw.html, url: raw.url, published: raw.published, headline: raw.headline, source: raw.source });

function failed(raw: RawInput, err: unknown): Prepared {
  if (err instanceof ReadError) return { id: raw.id, error: { code: err.code, message: err.message } };
  return { id: raw.id, error: { code: 'analysis-failed', message: (err as Error).message } };
}

/** The store-ready item of an analysed document: contract, rows, hashes, MinHash. */
function itemOf(raw: RawInput, doc: Doc, opts: PrepareOptions): Prepared {
  let contract = toContract(doc);
  // the reader keeps the input's "updated" only when it finds one itself; an explicit one wins
  if (raw.updated && !contract.meta.updated) contract = { ...contract, meta: { ...contract.meta, updated: raw.updated } };
  if (raw.headline && !contract.meta.headline) contract = { ...contract, meta: { ...contract.meta, headline: raw.headline } };
  const body = contract.text;
  return {
    item: {
      id: raw.id, url: raw.url ?? doc.meta.url ?? null, source: raw.source ?? doc.meta.source ?? null,
      textHash: opts.textHash ?? rawHash(raw), bodyHash: contentId(body), minhash: minhash(body), doc: contract, tuples: rowTuples(contract, opts),
      engine: engineVersion(), ...(raw.origin ? { origin: raw.origin } : {}),
    },
  };
}
