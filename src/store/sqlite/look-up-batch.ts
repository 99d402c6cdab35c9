// What a SQLite batch touches, in four queries: the stored articles with its ids (and their text hashes),
// the articles with its body hashes, and the MinHash band members with its band keys (for near copies).
// The plan (plan-batch.ts) decides from this; nothing is written here.
import type Database from 'better-sqlite3';
import type { IngestItem } from '../store.js';
import { batchKeys, type BandMember, type Existing } from '../plan-batch.js';
import { bytesToSig } from '../../ingest/minhash.js';

type Row = Record<string, any>;

// one parameter, a JSON array: one prepared statement whatever the batch's size (an IN list of `?` per
// value made a new statement, parsed and kept, for every count of distinct band keys)
const IN_JSON = 'IN (SELECT value FROM json_each(?))';

/** Look up `items` with `st` (a cached prepare: the four statements are prepared once). */
export function lookUpBatch(st: (sql: string) => Database.Statement, items: readonly IngestItem[]) {
  const keys = batchKeys(items);
  const articles = new Map<string, Existing>();
  for (const r of st(`SELECT id, revisions, updated, canonical_id FROM articles WHERE id ${IN_JSON}`).all(JSON.stringify(keys.ids)) as Row[]) {
    articles.set(r.id, { id: r.id, revision: r.revisions, updated: r.updated, canonicalId: r.canonical_id, hashes: new Set() });
  }
  if (articles.size) {
    const ids = [...articles.keys()];
    for (const r of st(`SELECT a.id AS article_id, r.text_hash FROM articles a JOIN revisions r ON r.article_rid = a.rid WHERE a.id ${IN_JSON}`)
      .all(JSON.stringify(ids)) as Row[]) {
      articles.get(r.article_id)?.hashes.add(r.text_hash);
    }
  }
  const hashes = new Map<string, string>();
  for (const r of st(`SELECT body_hash, canonical_id FROM articles WHERE body_hash ${IN_JSON}`).all(JSON.stringify(keys.hashes)) as Row[]) {
    hashes.set(r.body_hash, r.canonical_id);
  }
  const bands = new Map<string, BandMember[]>();
  // the keys (distinct) joined, not `IN`: an IN list of the batch's ~16,000 keys is first copied into a temporary index
  const rows = st(`SELECT b.band, a.id, a.canonical_id, t.minhash FROM json_each(?) k JOIN lsh_bands b ON b.band = k.value
    JOIN articles a ON a.rid = b.article_rid JOIN article_texts t ON t.article_rid = a.rid`).all(JSON.stringify([...new Set(keys.bands.flat())])) as Row[];
  for (const r of rows) {
    const list = bands.get(r.band) ?? [];
    list.push({ id: r.id, canonicalId: r.canonical_id, sig: bytesToSig(r.minhash) });
    bands.set(r.band, list);
  }
  return { bandsOf: keys.bands, lookup: { articles, hashes, bands } };
}
