// SQLite writes: one IMMEDIATE transaction per batch, lookups in four queries, then per article its
// articles, text, revision and FTS rows, and per child table ONE `INSERT … SELECT … FROM jsonb_each(?)`
// over the JSON row arrays the ingest workers built and encoded (src/store/row-tuples.ts), each article's
// rows wrapped with its rid: SQLite parses the rows in C, the writing thread binds one ~48 KB chunk of bytes at a time. Aggregates are summed per
// batch (sum-aggregates.ts), checkpoints run in another thread (start-checkpointer.ts). Idempotent: an (id, text hash) already stored
// is skipped, so a rerun or a resumed ingest adds nothing twice.
import type Database from 'better-sqlite3';
import type { IngestItem, PutOutcome, ReplaceOutcome } from '../store.js';
import { planBatch, type Action } from '../plan-batch.js';
import { CHILD_COLUMNS, CHILD_TABLES, eventList, rowTuples, type RowTuples } from '../row-tuples.js';
import { tupleChunks, type Keyed } from '../tuple-chunks.js';
import { sigToBytes } from '../../ingest/minhash.js';
import { lookUpBatch } from './look-up-batch.js';
import { sumAggregates } from './sum-aggregates.js';
import { startCheckpointer, type Checkpointer } from './start-checkpointer.js';
import { UNKNOWN_ENGINE } from '../../ingest/engine-version.js';
import { rowIndexInsert } from './sqlite-migrations.js';

type Row = Record<string, any>;

/** The tables whose rows' text has an FTS5 index (migration 9), kept in step with them here. */
const ROW_INDEXED = ['quotes', 'events'] as const;

/** `INSERT INTO t (cols) SELECT v->>0, v->>1 … FROM jsonb_each(?)`: the rows of a JSON array of row arrays,
 * given as text or as its UTF-8 bytes (a blob would otherwise be read as JSONB); `sorted`: in the order of the first column. */
export function insertFromJson(db: Database.Database, table: string, columns: readonly string[], verb = 'INSERT', sorted = false): Database.Statement {
  const values = columns.map((_, i) => `v->>${i}`).join(', ');
  return db.prepare(`${verb} INTO ${table} (${columns.join(', ')}) SELECT ${values} FROM (SELECT value AS v FROM jsonb_each(CAST(? AS TEXT)))${sorted ? ' ORDER BY 1' : ''}`);
}

/** The same over `[[rid, [row …]], …]` (tupleChunks): each row goes in with its article's rid first. */
function insertKeyed(db: Database.Database, table: string, columns: readonly string[], verb: string): Database.Statement {
  const values = columns.map((_, i) => `v->>${i}`).join(', ');
  return db.prepare(`${verb} INTO ${table} (article_rid, ${columns.join(', ')}) SELECT k, ${values}
    FROM (SELECT a.value->>0 AS k, r.value AS v FROM jsonb_each(CAST(? AS TEXT)) a, jsonb_each(a.value, '$[1]') r)`);
}

export function sqliteWriter(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  const st = (sql: string) => {
    let s = cache.get(sql);
    if (!s) { s = db.prepare(sql); cache.set(sql, s); }
    return s;
  };
  const insArticle = db.prepare(`INSERT INTO articles (id, url, source, source_lc, headline, published, updated, pub_ts, pub_day, text_hash, body_hash,
    revision, revisions, canonical_id, duplicate_kind, is_canonical, ingested_at, facet_events, facet_speakers, quote_count, event_list, engine, origin)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,1,1,?,?,?,?,?,?,?,?,?,?)`);
  const insText = db.prepare(`INSERT INTO article_texts (article_rid, text, minhash) VALUES (?,?,?)`);
  const updText = db.prepare(`UPDATE article_texts SET text = ? WHERE article_rid = ?`);
  // the document JSON may come as UTF-8 bytes from the ingest worker: stored as text all the same
  const insRevision = db.prepare(`INSERT INTO revisions (article_rid, revision, text_hash, headline, updated, ingested_at, doc) VALUES (?,?,?,?,?,?,CAST(? AS TEXT))`);
  const insFts = db.prepare(`INSERT INTO articles_fts (rowid, headline, text) VALUES (?,?,?)`);
  const delFts = db.prepare(`DELETE FROM articles_fts WHERE rowid = ?`);
  // band keys are random: inserted in key order, each B-tree page is visited once per batch, not once per key
  // (27-29 -> 20 µs per article at 24,000 stored, batch 1,024; sorting the actor keys cost more than it saved)
  const insBands = insertFromJson(db, 'lsh_bands', ['band', 'article_rid'], 'INSERT OR IGNORE', true);
  const insChildren = CHILD_TABLES.map((t) => insertKeyed(db, t, CHILD_COLUMNS[t], t === 'actor_keys' ? 'INSERT OR IGNORE' : 'INSERT'));
  // actor keys have no index by article: an article's keys are its entities' and event actors' names and
  // countries, so they go first, while those rows are still there
  const delChildren = ['actor_keys', ...CHILD_TABLES.filter((t) => t !== 'actor_keys')].map((t) => db.prepare(t === 'actor_keys'
    ? `DELETE FROM actor_keys WHERE article_rid = @rid AND key IN (
      SELECT name_lc FROM entities WHERE article_rid = @rid UNION SELECT country_lc FROM entities WHERE article_rid = @rid
      UNION SELECT x.value FROM events ev, json_each(ev.actor_names) x WHERE ev.article_rid = @rid
      UNION SELECT x.value FROM events ev, json_each(ev.actor_countries) x WHERE ev.article_rid = @rid)`
    : `DELETE FROM ${t} WHERE article_rid = @rid`)).concat(ROW_INDEXED.map((t) => db.prepare(`DELETE FROM ${t}_fts WHERE rowid >= (@rid << 20) AND rowid < ((@rid + 1) << 20)`)));
  // the row text index (migration 9) of the quotes and events of the articles whose rids are a JSON array
  const insRowIndex = ROW_INDEXED.map((t) => db.prepare(rowIndexInsert(t, 'article_rid IN (SELECT value FROM json_each(?))')));
  const indexRows = (all: readonly Keyed[]) => {
    const rids = JSON.stringify(all.map((k) => k.key));
    if (all.length) for (const ins of insRowIndex) ins.run(rids);
  };
  const updArticle = db.prepare(`UPDATE articles SET url = coalesce(?, url), source = coalesce(?, source), source_lc = coalesce(?, source_lc),
    headline = ?, published = ?, updated = ?, pub_ts = ?, pub_day = ?, text_hash = ?, body_hash = ?, revision = ?, revisions = ?, facet_events = ?, facet_speakers = ?,
    quote_count = ?, event_list = ?, engine = ?, origin = coalesce(origin, ?) WHERE rid = ?`);
  // reanalysis: the article's own columns stay (its text and meta are the same), what the analysis made is replaced
  const updAnalysis = db.prepare(`UPDATE articles SET facet_events = ?, facet_speakers = ?, quote_count = ?, event_list = ?, engine = ? WHERE rid = ?`);
  const updDoc = db.prepare(`UPDATE revisions SET doc = CAST(? AS TEXT) WHERE article_rid = ? AND revision = ?`);
  const setRevisions = db.prepare(`UPDATE articles SET revisions = ? WHERE rid = ?`);
  const agg = sumAggregates(db);
  let checkpointer: Checkpointer | null | undefined;

  /** What one batch has written so far, for its child rows and the aggregates. */
  type Batch = {
    now: string;
    /** Ids stored before the batch; of those, the rids a revision replaced (out of the aggregates until rewritten). */
    stored: Set<string>;
    replaced: Set<number>;
    /** Articles new in the batch: rid → canonical? */
    fresh: Map<number, boolean>;
    /** The child rows of each article (by id) as its last current version in the batch has them, with its rid. */
    children: Map<string, Keyed & { key: number }>;
    bands: (string | number)[][];
  };

  function writeNew(a: Extract<Action, { op: 'new' }>, rows: RowTuples, b: Batch) {
    const { item } = a;
    const d = item.doc;
    const info = insArticle.run(item.id, item.url, item.source, item.source?.toLowerCase() ?? null, d.meta.headline, d.meta.published, d.meta.updated,
      rows.pubTs, rows.pubDay, item.textHash, item.bodyHash, a.canonicalId, a.kind, a.kind === 'canonical' ? 1 : 0, b.now, rows.facetEvents, rows.facetSpeakers,
      rows.quoteCount, eventList(rows), item.engine ?? UNKNOWN_ENGINE, item.origin ?? '');
    const rid = Number(info.lastInsertRowid);
    insText.run(rid, d.text, sigToBytes(item.minhash));
    insRevision.run(rid, 1, item.textHash, d.meta.headline, d.meta.updated, b.now, item.docJson ?? JSON.stringify(d));
    insFts.run(rid, d.meta.headline ?? '', d.text);
    for (const band of a.bands) b.bands.push([band, rid]);
    b.children.set(item.id, { key: rid, tuples: rows });
    b.fresh.set(rid, a.kind === 'canonical');
  }

  function writeRevision(a: Extract<Action, { op: 'revision' }>, rows: RowTuples, b: Batch) {
    const { item } = a;
    const d = item.doc;
    const rid = Number((st('SELECT rid FROM articles WHERE id = ?').get(item.id) as Row).rid);
    insRevision.run(rid, a.revision, item.textHash, d.meta.headline, d.meta.updated, b.now, item.docJson ?? JSON.stringify(d));
    if (!a.current) { setRevisions.run(a.revision, rid); return; }
    if (b.stored.has(item.id) && !b.replaced.has(rid)) { agg.stored(rid, -1); b.replaced.add(rid); }
    updArticle.run(item.url, item.source, item.source?.toLowerCase() ?? null, d.meta.headline, d.meta.published, d.meta.updated,
      rows.pubTs, rows.pubDay, item.textHash, item.bodyHash, a.revision, a.revision, rows.facetEvents, rows.facetSpeakers, rows.quoteCount, eventList(rows),
      item.engine ?? UNKNOWN_ENGINE, item.origin ?? '', rid);
    updText.run(d.text, rid);
    delFts.run(rid);
    insFts.run(rid, d.meta.headline ?? '', d.text);
    for (const del of delChildren) del.run({ rid });
    b.children.set(item.id, { key: rid, tuples: rows });
  }

  /** The batch's bands and child rows, one statement per ~48 KB of rows, then the aggregates. */
  function writeChildren(b: Batch) {
    if (b.bands.length) insBands.run(JSON.stringify(b.bands));
    const all = [...b.children.values()];
    CHILD_TABLES.forEach((t, i) => { for (const chunk of tupleChunks(all, t)) insChildren[i].run(chunk); });
    indexRows(all);
    for (const rid of b.replaced) agg.stored(rid, 1);
    const canonical = new Set([...b.fresh].filter(([, c]) => c).map(([rid]) => rid));
    for (const k of all) if (canonical.has(k.key)) agg.fresh(k.tuples);
    if (canonical.size) agg.canonical(JSON.stringify([...canonical]));
    if (all.length) agg.nodes(JSON.stringify(all.map((k) => k.key)));
    agg.flush();
  }

  const put = db.transaction((items: readonly IngestItem[]): PutOutcome[] => {
    const { bandsOf, lookup: found } = lookUpBatch(st, items);
    const b: Batch = { now: new Date().toISOString(), stored: new Set(found.articles.keys()), replaced: new Set(), fresh: new Map(), children: new Map(), bands: [] };
    const { actions, outcomes } = planBatch(items, bandsOf, found);
    for (const a of actions) {
      if (a.op === 'skip') continue;
      const rows = a.item.tuples ?? rowTuples(a.item.doc, { searchKeys: false });
      if (a.op === 'new') writeNew(a, rows, b);
      else writeRevision(a, rows, b);
    }
    writeChildren(b);
    return outcomes;
  });

  /** Reanalysis: each article whose current text hash is the item's gets the item's document and rows in place of its own. */
  const replace = db.transaction((items: readonly IngestItem[]): ReplaceOutcome[] => {
    const done = new Map<string, Keyed & { key: number }>();
    const outcomes = items.map((item): ReplaceOutcome => {
      const cur = st('SELECT rid, text_hash, revision FROM articles WHERE id = ?').get(item.id) as Row | undefined;
      if (!cur) return 'missing';
      if (cur.text_hash !== item.textHash) return 'changed';
      const rid = Number(cur.rid);
      const rows = item.tuples ?? rowTuples(item.doc, { searchKeys: false });
      if (!done.has(item.id)) agg.stored(rid, -1);
      for (const del of delChildren) del.run({ rid });
      updAnalysis.run(rows.facetEvents, rows.facetSpeakers, rows.quoteCount, eventList(rows), item.engine ?? UNKNOWN_ENGINE, rid);
      updDoc.run(item.docJson ?? JSON.stringify(item.doc), rid, cur.revision);
      done.set(item.id, { key: rid, tuples: rows });
      return 'replaced';
    });
    const all = [...done.values()];
    CHILD_TABLES.forEach((t, i) => { for (const chunk of tupleChunks(all, t)) insChildren[i].run(chunk); });
    indexRows(all);
    for (const k of all) agg.stored(k.key, 1);
    if (all.length) agg.nodes(JSON.stringify(all.map((k) => k.key)));
    agg.flush();
    return outcomes;
  });

  return {
    replaceAnalysis(items: readonly IngestItem[]): ReplaceOutcome[] {
      if (!items.length) return [];
      checkpointer ??= db.memory ? null : startCheckpointer(db);
      const outcomes = replace.immediate(items);
      checkpointer?.written();
      return outcomes;
    },
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
    /** One query for all `keys` (a JSON array of [id, text hash] pairs): a query per key was ~4% of the writing thread. */
    known(keys: readonly { id: string; textHash: string }[]): Set<string> {
      if (!keys.length) return new Set();
      const q = st(`SELECT a.id, r.text_hash FROM (SELECT value->>0 AS id, value->>1 AS h FROM json_each(?)) k
        JOIN articles a ON a.id = k.id JOIN revisions r ON r.article_rid = a.rid AND r.text_hash = k.h`);
      const rows = q.all(JSON.stringify(keys.map((k) => [k.id, k.textHash]))) as Row[];
      return new Set(rows.map((r) => `${r.id}\u0000${r.text_hash}`));
    },
  };
}
