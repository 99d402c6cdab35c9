// SQLite writes: one IMMEDIATE transaction per batch, lookups in three queries, then per article its
// articles, text, revision and FTS rows, and per child table ONE `INSERT … SELECT … FROM jsonb_each(?)`
// over the JSON row arrays the ingest workers built (src/store/row-tuples.ts): SQLite parses the rows
// in C, the writing thread binds one string per table. Idempotent: an (id, text hash) already stored
// is skipped, so a rerun or a resumed ingest adds nothing twice.
import type Database from 'better-sqlite3';
import type { IngestItem, PutOutcome } from '../store.js';
import { docRows } from '../doc-rows.js';
import { batchKeys, planBatch, type BandMember, type Existing } from '../plan-batch.js';
import { CHILD_COLUMNS, CHILD_TABLES, rowTuples, tupleChunks, type RowTuples } from '../row-tuples.js';
import { bytesToSig, sigToBytes } from '../../ingest/minhash.js';
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
  const inList = (n: number) => Array.from({ length: n }, () => '?').join(',');
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

  function lookup(items: readonly IngestItem[]) {
    const keys = batchKeys(items);
    const articles = new Map<string, Existing>();
    for (const r of st(`SELECT id, revisions, updated, canonical_id FROM articles WHERE id IN (${inList(keys.ids.length)})`).all(...keys.ids) as Row[]) {
      articles.set(r.id, { id: r.id, revision: r.revisions, updated: r.updated, canonicalId: r.canonical_id, hashes: new Set() });
    }
    if (articles.size) {
      const ids = [...articles.keys()];
      for (const r of st(`SELECT article_id, text_hash FROM revisions WHERE article_id IN (${inList(ids.length)})`).all(...ids) as Row[]) {
        articles.get(r.article_id)?.hashes.add(r.text_hash);
      }
    }
    const hashes = new Map<string, string>();
    for (const r of st(`SELECT body_hash, canonical_id FROM articles WHERE body_hash IN (${inList(keys.hashes.length)})`).all(...keys.hashes) as Row[]) {
      hashes.set(r.body_hash, r.canonical_id);
    }
    const allBands = [...new Set(keys.bands.flat())];
    const bands = new Map<string, BandMember[]>();
    for (let i = 0; i < allBands.length; i += 5000) {
      const chunk = allBands.slice(i, i + 5000);
      const rows = st(`SELECT b.band, a.id, a.canonical_id, t.minhash FROM lsh_bands b JOIN articles a ON a.id = b.article_id
        JOIN article_texts t ON t.article_id = b.article_id
        WHERE b.band IN (${inList(chunk.length)})`).all(...chunk) as Row[];
      for (const r of rows) {
        const list = bands.get(r.band) ?? [];
        list.push({ id: r.id, canonicalId: r.canonical_id, sig: bytesToSig(r.minhash) });
        bands.set(r.band, list);
      }
    }
    return { bandsOf: keys.bands, lookup: { articles, hashes, bands } };
  }

  const put = db.transaction((items: readonly IngestItem[]): PutOutcome[] => {
    const { bandsOf, lookup: found } = lookup(items);
    const stored = new Set(found.articles.keys());
    const { actions, outcomes } = planBatch(items, bandsOf, found);
    // new in this batch: id → canonical?; stored before it and replaced: taken out of the aggregates until rewritten
    const fresh = new Map<string, boolean>();
    const replaced = new Set<string>();
    const now = new Date().toISOString();
    // the child rows of each article as its last current version in the batch has them
    const children = new Map<string, RowTuples>();
    const bands: string[][] = [];
    for (const a of actions) {
      if (a.op === 'skip') continue;
      const { item } = a;
      const d = item.doc;
      const rows = item.tuples ?? rowTuples(item.id, docRows(d));
      const docJson = item.docJson ?? JSON.stringify(d);
      if (a.op === 'new') {
        const info = insArticle.run(item.id, item.url, item.source, item.source?.toLowerCase() ?? null, d.meta.headline, d.meta.published, d.meta.updated,
          rows.pubTs, rows.pubDay, item.textHash, item.bodyHash, a.canonicalId, a.kind, a.kind === 'canonical' ? 1 : 0, now, rows.facetEvents, rows.facetSpeakers);
        insText.run(item.id, d.text, sigToBytes(item.minhash));
        insRevision.run(item.id, 1, item.textHash, d.meta.headline, d.meta.updated, now, docJson);
        insFts.run(info.lastInsertRowid, d.meta.headline ?? '', d.text);
        for (const b of a.bands) bands.push([b, item.id]);
        children.set(item.id, rows);
        fresh.set(item.id, a.kind === 'canonical');
        continue;
      }
      insRevision.run(item.id, a.revision, item.textHash, d.meta.headline, d.meta.updated, now, docJson);
      if (!a.current) { setRevisions.run(a.revision, item.id); continue; }
      if (stored.has(item.id) && !replaced.has(item.id)) { agg.stored(item.id, -1); replaced.add(item.id); }
      updArticle.run(item.url, item.source, item.source?.toLowerCase() ?? null, d.meta.headline, d.meta.published, d.meta.updated,
        rows.pubTs, rows.pubDay, item.textHash, item.bodyHash, a.revision, a.revision, rows.facetEvents, rows.facetSpeakers, item.id);
      updText.run(d.text, item.id);
      const rid = (st('SELECT rid FROM articles WHERE id = ?').get(item.id) as Row).rid;
      delFts.run(rid);
      insFts.run(rid, d.meta.headline ?? '', d.text);
      for (const del of delChildren) del.run(item.id);
      children.set(item.id, rows);
    }
    if (bands.length) insBands.run(JSON.stringify(bands));
    const all = [...children.values()];
    const chunks = CHILD_TABLES.map((t, i) => {
      const list = tupleChunks(all, t);
      for (const chunk of list) insChildren[i].run(chunk);
      return list;
    });
    for (const id of replaced) agg.stored(id, 1);
    const canonical = [...fresh].filter(([, c]) => c).map(([id]) => id);
    for (const id of canonical) agg.fresh(children.get(id)!);
    const ids = JSON.stringify(canonical);
    if (canonical.length) for (const chunk of chunks[CHILD_TABLES.indexOf('relations')]) agg.edges(chunk, ids);
    for (const chunk of chunks[CHILD_TABLES.indexOf('entities')]) agg.nodes(chunk);
    agg.flush();
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
