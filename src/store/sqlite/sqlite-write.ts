// SQLite writes: one IMMEDIATE transaction per batch, lookups in four queries, then per article its
// articles, text, revision and FTS rows, and per child table ONE `INSERT … SELECT … FROM jsonb_each(?)`
// over the JSON row arrays the ingest workers built and encoded (src/store/row-tuples.ts): SQLite parses
// the rows in C, the writing thread binds one ~48 KB chunk of bytes at a time. Aggregates are summed per
// batch (sum-aggregates.ts), checkpoints run in another thread (start-checkpointer.ts). Idempotent: an (id, text hash) already stored
// is skipped, so a rerun or a resumed ingest adds nothing twice.
import type Database from 'better-sqlite3';
import type { IngestItem, PutOutcome } from '../store.js';
import { docRows } from '../doc-rows.js';
import { planBatch, type Action } from '../plan-batch.js';
import { CHILD_COLUMNS, CHILD_TABLES, rowTuples, tupleChunks, type RowTuples } from '../row-tuples.js';
import { sigToBytes } from '../../ingest/minhash.js';
import { lookUpBatch } from './look-up-batch.js';
import { sumAggregates } from './sum-aggregates.js';
import { startCheckpointer, type Checkpointer } from './start-checkpointer.js';

type Row = Record<string, any>;

/** `INSERT INTO t (cols) SELECT v->>0, v->>1 … FROM jsonb_each(?)`: the rows of a JSON array of row arrays,
 * given as text or as its UTF-8 bytes (a blob would otherwise be read as JSONB). */
export function insertFromJson(db: Database.Database, table: string, columns: readonly string[], verb = 'INSERT'): Database.Statement {
  const values = columns.map((_, i) => `v->>${i}`).join(', ');
  return db.prepare(`${verb} INTO ${table} (${columns.join(', ')}) SELECT ${values} FROM (SELECT value AS v FROM jsonb_each(CAST(? AS TEXT)))`);
}

export function sqliteWriter(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  const st = (sql: string) => {
    let s = cache.get(sql);
    if (!s) { s = db.prepare(sql); cache.set(sql, s); }
    return s;
  };
  const insArticle = db.prepare(`INSERT INTO articles (id, url, source, source_lc, headline, published, updated, pub_ts, pub_day, text_hash, body_hash,
    revision, revisions, canonical_id, duplicate_kind, is_canonical, ingested_at, facet_events, facet_speakers) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,1,?,?,?,?,?,?)`);
  const insText = db.prepare(`INSERT OR REPLACE INTO article_texts (article_id, text, minhash) VALUES (?,?,?)`);
  const updText = db.prepare(`UPDATE article_texts SET text = ? WHERE article_id = ?`);
  // the document JSON may come as UTF-8 bytes from the ingest worker: stored as text all the same
  const insRevision = db.prepare(`INSERT INTO revisions (article_id, revision, text_hash, headline, updated, ingested_at, doc) VALUES (?,?,?,?,?,?,CAST(? AS TEXT))`);
  const insFts = db.prepare(`INSERT INTO articles_fts (rowid, headline, text) VALUES (?,?,?)`);
  const delFts = db.prepare(`DELETE FROM articles_fts WHERE rowid = ?`);
  const insBands = insertFromJson(db, 'lsh_bands', ['band', 'article_id'], 'INSERT OR IGNORE');
  const insChildren = CHILD_TABLES.map((t) => insertFromJson(db, t, CHILD_COLUMNS[t], t === 'actor_keys' ? 'INSERT OR IGNORE' : 'INSERT'));
  // actor keys have no index by article: an article's keys are its entities' and event actors' names and
  // countries, so they go first, while those rows are still there
  const delChildren = ['actor_keys', ...CHILD_TABLES.filter((t) => t !== 'actor_keys')].map((t) => db.prepare(t === 'actor_keys'
    ? `WITH x(id) AS (SELECT ?) DELETE FROM actor_keys WHERE article_id = (SELECT id FROM x) AND key IN (
      SELECT name_lc FROM entities, x WHERE article_id = x.id UNION SELECT country_lc FROM entities, x WHERE article_id = x.id
      UNION SELECT name_lc FROM event_actors, x WHERE article_id = x.id UNION SELECT country_lc FROM event_actors, x WHERE article_id = x.id)`
    : `DELETE FROM ${t} WHERE article_id = ?`));
  const updArticle = db.prepare(`UPDATE articles SET url = coalesce(?, url), source = coalesce(?, source), source_lc = coalesce(?, source_lc),
    headline = ?, published = ?, updated = ?, pub_ts = ?, pub_day = ?, text_hash = ?, body_hash = ?, revision = ?, revisions = ?, facet_events = ?, facet_speakers = ? WHERE id = ?`);
  const setRevisions = db.prepare(`UPDATE articles SET revisions = ? WHERE id = ?`);
  const agg = sumAggregates(db);
  let checkpointer: Checkpointer | null | undefined;

  /** What one batch has written so far, for its child rows and the aggregates. */
  type Batch = {
    now: string;
    /** Ids stored before the batch; of those, the ones a revision replaced (out of the aggregates until rewritten). */
    stored: Set<string>;
    replaced: Set<string>;
    /** Articles new in the batch: id → canonical? */
    fresh: Map<string, boolean>;
    /** The child rows of each article as its last current version in the batch has them. */
    children: Map<string, RowTuples>;
    bands: string[][];
  };

  function writeNew(a: Extract<Action, { op: 'new' }>, rows: RowTuples, b: Batch) {
    const { item } = a;
    const d = item.doc;
    const info = insArticle.run(item.id, item.url, item.source, item.source?.toLowerCase() ?? null, d.meta.headline, d.meta.published, d.meta.updated,
      rows.pubTs, rows.pubDay, item.textHash, item.bodyHash, a.canonicalId, a.kind, a.kind === 'canonical' ? 1 : 0, b.now, rows.facetEvents, rows.facetSpeakers);
    insText.run(item.id, d.text, sigToBytes(item.minhash));
    insRevision.run(item.id, 1, item.textHash, d.meta.headline, d.meta.updated, b.now, item.docJson ?? JSON.stringify(d));
    insFts.run(info.lastInsertRowid, d.meta.headline ?? '', d.text);
    for (const band of a.bands) b.bands.push([band, item.id]);
    b.children.set(item.id, rows);
    b.fresh.set(item.id, a.kind === 'canonical');
  }

  function writeRevision(a: Extract<Action, { op: 'revision' }>, rows: RowTuples, b: Batch) {
    const { item } = a;
    const d = item.doc;
    insRevision.run(item.id, a.revision, item.textHash, d.meta.headline, d.meta.updated, b.now, item.docJson ?? JSON.stringify(d));
    if (!a.current) { setRevisions.run(a.revision, item.id); return; }
    if (b.stored.has(item.id) && !b.replaced.has(item.id)) { agg.stored(item.id, -1); b.replaced.add(item.id); }
    updArticle.run(item.url, item.source, item.source?.toLowerCase() ?? null, d.meta.headline, d.meta.published, d.meta.updated,
      rows.pubTs, rows.pubDay, item.textHash, item.bodyHash, a.revision, a.revision, rows.facetEvents, rows.facetSpeakers, item.id);
    updText.run(d.text, item.id);
    const rid = (st('SELECT rid FROM articles WHERE id = ?').get(item.id) as Row).rid;
    delFts.run(rid);
    insFts.run(rid, d.meta.headline ?? '', d.text);
    for (const del of delChildren) del.run(item.id);
    b.children.set(item.id, rows);
  }

  /** The batch's bands and child rows, one statement per ~48 KB of rows, then the aggregates. */
  function writeChildren(b: Batch) {
    if (b.bands.length) insBands.run(JSON.stringify(b.bands));
    const all = [...b.children.values()];
    const chunks = CHILD_TABLES.map((t, i) => {
      const list = tupleChunks(all, t);
      for (const chunk of list) insChildren[i].run(chunk);
      return list;
    });
    for (const id of b.replaced) agg.stored(id, 1);
    const canonical = [...b.fresh].filter(([, c]) => c).map(([id]) => id);
    for (const id of canonical) agg.fresh(b.children.get(id)!);
    const ids = JSON.stringify(canonical);
    if (canonical.length) for (const chunk of chunks[CHILD_TABLES.indexOf('relations')]) agg.edges(chunk, ids);
    for (const chunk of chunks[CHILD_TABLES.indexOf('entities')]) agg.nodes(chunk);
    agg.flush();
  }

  const put = db.transaction((items: readonly IngestItem[]): PutOutcome[] => {
    const { bandsOf, lookup: found } = lookUpBatch(st, items);
    const b: Batch = { now: new Date().toISOString(), stored: new Set(found.articles.keys()), replaced: new Set(), fresh: new Map(), children: new Map(), bands: [] };
    const { actions, outcomes } = planBatch(items, bandsOf, found);
    for (const a of actions) {
      if (a.op === 'skip') continue;
      const rows = a.item.tuples ?? rowTuples(a.item.id, docRows(a.item.doc));
      if (a.op === 'new') writeNew(a, rows, b);
      else writeRevision(a, rows, b);
    }
    writeChildren(b);
    return outcomes;
  });

  return {
    putBatch(items: readonly IngestItem[]): PutOutcome[] {
      if (!items.length) return [];
      checkpointer ??= db.memory ? null : startCheckpointer(db);
      let outcomes: PutOutcome[];
      try {
        outcomes = put.immediate(items);
      } catch (err) {
        agg.clear(); // rolled back: drop the day counts summed for it
        throw err;
      }
      checkpointer?.written();
      return outcomes;
    },
    /** Stop the checkpointer (before the connection closes). */
    async close() { await checkpointer?.close(); },
    known(keys: readonly { id: string; textHash: string }[]): Set<string> {
      const out = new Set<string>();
      const q = st('SELECT 1 FROM revisions WHERE article_id = ? AND text_hash = ? LIMIT 1');
      for (const k of keys) if (q.get(k.id, k.textHash)) out.add(`${k.id}\u0000${k.textHash}`);
      return out;
    },
  };
}
