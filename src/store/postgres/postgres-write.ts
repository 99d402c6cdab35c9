// PostgreSQL writes: one transaction per batch, ids locked with transaction advisory locks (so many
// workers can write at once), lookups with = ANY(array), article rows as multi-row VALUES, child rows
// from the workers' JSON tuples with one INSERT … SELECT … jsonb_array_elements per table.
import type { PoolClient } from 'pg';
import type { IngestItem, PutOutcome, ReplaceOutcome } from '../store.js';
import { CHILD_COLUMNS, CHILD_TABLES, eventList, rowTuples, type ChildTable } from '../row-tuples.js';
import { joinTuples, type Keyed } from '../tuple-chunks.js';
import { batchKeys, planBatch, type BandMember, type Existing } from '../plan-batch.js';
import { bytesToSig, sigToBytes } from '../../ingest/minhash.js';
import { UNKNOWN_ENGINE } from '../../ingest/engine-version.js';

type Rows = unknown[][];

/** INSERT many rows in chunks below PostgreSQL's 65,535-parameter limit. */
async function insertRows(c: PoolClient, table: string, cols: string[], rows: Rows, suffix = ''): Promise<void> {
  const per = Math.max(1, Math.floor(60_000 / cols.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params: unknown[] = [];
    const values = chunk.map((r) => `(${r.map((v) => { params.push(v); return `$${params.length}`; }).join(',')})`).join(',');
    await c.query(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${values} ${suffix}`, params);
  }
}

/** The weighted tsvector: headline A, body B. */
const TSV = (headline: string, text: string) => `setweight(to_tsvector('english', ${headline}), 'A') || setweight(to_tsvector('english', ${text}), 'B')`;

const ARTICLE_COLS = ['id', 'url', 'source', 'source_lc', 'headline', 'published', 'updated', 'pub_ts', 'pub_day', 'text_hash', 'body_hash',
  'revision', 'revisions', 'canonical_id', 'duplicate_kind', 'is_canonical', 'ingested_at', 'facet_events', 'facet_speakers', 'quote_count', 'event_list', 'search_keys', 'engine', 'origin'];

/** Articles rows carry two extra values (headline, text) that only feed the tsvector. */
async function insertArticles(c: PoolClient, rows: Rows): Promise<void> {
  const per = 500;
  for (let i = 0; i < rows.length; i += per) {
    const params: unknown[] = [];
    const values = rows.slice(i, i + per).map((r) => {
      const ph = r.map((v) => { params.push(v); return `$${params.length}`; });
      const text = ph.pop()!;
      const head = ph.pop()!;
      return `(${ph.join(',')}, ${TSV(head, text)})`;
    }).join(',');
    await c.query(`INSERT INTO articles (${ARTICLE_COLS.join(',')}, tsv) VALUES ${values}`, params);
  }
}

const decoder = new TextDecoder();
const docText = (v: string | Uint8Array | undefined) => (v === undefined || typeof v === 'string' ? v : decoder.decode(v));

const INTEGER_COLUMNS = new Set(['start_at', 'end_at', 'mentions', 'weight']);

/** Insert the rows of a JSON array `[[article id, [row …]], …]` (src/store/row-tuples.ts) with one statement. */
async function insertJson(c: PoolClient, table: ChildTable, json: string): Promise<void> {
  const cols = CHILD_COLUMNS[table];
  const values = cols.map((col, i) => (INTEGER_COLUMNS.has(col) ? `(v->>${i})::integer` : `v->>${i}`)).join(', ');
  await c.query(`INSERT INTO ${table} (article_id, ${cols.join(',')}) SELECT a->>0, ${values}
    FROM jsonb_array_elements($1::jsonb) a, jsonb_array_elements(a->1) v ${table === 'actor_keys' ? 'ON CONFLICT DO NOTHING' : ''}`, [json]);
}

async function lookup(c: PoolClient, items: readonly IngestItem[]) {
  const keys = batchKeys(items);
  const articles = new Map<string, Existing>();
  for (const r of (await c.query('SELECT id, revisions, updated, canonical_id FROM articles WHERE id = ANY($1)', [keys.ids])).rows) {
    articles.set(r.id, { id: r.id, revision: r.revisions, updated: r.updated, canonicalId: r.canonical_id, hashes: new Set() });
  }
  if (articles.size) {
    for (const r of (await c.query('SELECT article_id, text_hash FROM revisions WHERE article_id = ANY($1)', [[...articles.keys()]])).rows) {
      articles.get(r.article_id)?.hashes.add(r.text_hash);
    }
  }
  const hashes = new Map<string, string>();
  for (const r of (await c.query('SELECT body_hash, canonical_id FROM articles WHERE body_hash = ANY($1)', [keys.hashes])).rows) hashes.set(r.body_hash, r.canonical_id);
  const bands = new Map<string, BandMember[]>();
  const rows = (await c.query(`SELECT b.band, a.id, a.canonical_id, t.minhash FROM lsh_bands b JOIN articles a ON a.id = b.article_id
    JOIN article_texts t ON t.article_id = b.article_id
    WHERE b.band = ANY($1)`, [[...new Set(keys.bands.flat())]])).rows;
  for (const r of rows) {
    const list = bands.get(r.band) ?? [];
    list.push({ id: r.id, canonicalId: r.canonical_id, sig: bytesToSig(r.minhash) });
    bands.set(r.band, list);
  }
  return { bandsOf: keys.bands, found: { articles, hashes, bands } };
}

/** `fn` in one transaction, with the articles `ids` locked by transaction advisory locks (taken in one order: no deadlock). */
async function lockedTransaction<T>(c: PoolClient, ids: readonly string[], fn: () => Promise<T>): Promise<T> {
  await c.query('BEGIN');
  try {
    await c.query('SELECT pg_advisory_xact_lock(hashtext(x)) FROM (SELECT DISTINCT unnest($1::text[]) AS x ORDER BY 1) s', [ids]);
    const out = await fn();
    await c.query('COMMIT');
    return out;
  } catch (err) {
    await c.query('ROLLBACK');
    throw err;
  }
}

/** The child rows of the articles `all`, and the event types they name into the event_types dictionary. */
async function insertChildren(c: PoolClient, all: readonly Keyed[], eventTypes: Iterable<string>): Promise<void> {
  for (const t of CHILD_TABLES) {
    const json = joinTuples(all, t);
    if (json.length > 2) await insertJson(c, t, json);
  }
  await insertRows(c, 'event_types', ['event'], [...eventTypes].map((e) => [e]), 'ON CONFLICT DO NOTHING');
}

/** Write one batch in one transaction; idempotent on (id, text hash). */
export async function putBatchPostgres(c: PoolClient, items: readonly IngestItem[]): Promise<PutOutcome[]> {
  if (!items.length) return [];
  return lockedTransaction(c, items.map((i) => i.id), async () => {
    const { bandsOf, found } = await lookup(c, items);
    const { actions, outcomes } = planBatch(items, bandsOf, found);
    const now = new Date().toISOString();
    const art: Rows = [], rev: Rows = [], bands: Rows = [], texts: Rows = [];
    // the child rows of each article as its last current version in the batch has them
    const children = new Map<string, Keyed>();
    const replaced: string[] = [];
    // articles new in this batch: their rows are inserted after the loop, so a revision in the same batch rewrites them here
    const pending = new Map<string, { art: unknown[]; text: unknown[] }>();
    const eventTypes = new Set<string>(), sources = new Set<string>();
    for (const a of actions) {
      if (a.op === 'skip') continue;
      const { item } = a;
      const d = item.doc;
      const rows = item.tuples ?? rowTuples(d);
      if (item.source) sources.add(item.source);
      rev.push([item.id, a.op === 'new' ? 1 : a.revision, item.textHash, d.meta.headline, d.meta.updated, now, docText(item.docJson) ?? JSON.stringify(d)]);
      const p = pending.get(item.id);
      if (a.op === 'revision' && p) {
        p.art[12] = a.revision;
        if (!a.current) continue;
        p.art.splice(1, 3, item.url ?? p.art[1], item.source ?? p.art[2], item.source?.toLowerCase() ?? p.art[3]);
        p.art.splice(4, 8, d.meta.headline, d.meta.published, d.meta.updated, rows.pubTs, rows.pubDay, item.textHash, item.bodyHash, a.revision);
        p.art.splice(17, 9, rows.facetEvents, rows.facetSpeakers, rows.quoteCount, eventList(rows), rows.searchKeys, item.engine ?? UNKNOWN_ENGINE,
          p.art[23] ?? item.origin ?? '', d.meta.headline ?? '', d.text);
        p.text[1] = d.text;
      } else if (a.op === 'revision') {
        if (!a.current) { await c.query('UPDATE articles SET revisions = $1 WHERE id = $2', [a.revision, item.id]); continue; }
        await c.query(`UPDATE articles SET url = coalesce($1, url), source = coalesce($2, source), source_lc = coalesce($3, source_lc), headline = $4,
          published = $5, updated = $6, pub_ts = $7, pub_day = $8, text_hash = $9, body_hash = $10, revision = $11, revisions = $11, facet_events = $12, facet_speakers = $13,
          quote_count = $16, event_list = $17, search_keys = $18, engine = $19, origin = coalesce(origin, $20), tsv = ${TSV("coalesce($4, '')", '$14')} WHERE id = $15`,
        [item.url, item.source, item.source?.toLowerCase() ?? null, d.meta.headline, d.meta.published, d.meta.updated, rows.pubTs, rows.pubDay,
          item.textHash, item.bodyHash, a.revision, rows.facetEvents, rows.facetSpeakers, d.text, item.id, rows.quoteCount, eventList(rows), rows.searchKeys,
          item.engine ?? UNKNOWN_ENGINE, item.origin ?? '']);
        await c.query('UPDATE article_texts SET text = $1 WHERE article_id = $2', [d.text, item.id]);
        replaced.push(item.id);
      } else {
        const row = [item.id, item.url, item.source, item.source?.toLowerCase() ?? null, d.meta.headline, d.meta.published, d.meta.updated, rows.pubTs,
          rows.pubDay, item.textHash, item.bodyHash, 1, 1, a.canonicalId, a.kind, a.kind === 'canonical' ? 1 : 0, now, rows.facetEvents, rows.facetSpeakers,
          rows.quoteCount, eventList(rows), rows.searchKeys, item.engine ?? UNKNOWN_ENGINE, item.origin ?? '', d.meta.headline ?? '', d.text];
        const text = [item.id, d.text, sigToBytes(item.minhash)];
        art.push(row);
        texts.push(text);
        pending.set(item.id, { art: row, text });
        for (const b of a.bands) bands.push([b, item.id]);
      }
      children.set(item.id, { key: item.id, tuples: rows });
      for (const v of rows.facetEvents.split('|')) if (v) eventTypes.add(v);
    }
    if (replaced.length) {
      for (const t of CHILD_TABLES) await c.query(`DELETE FROM ${t} WHERE article_id = ANY($1)`, [replaced]);
    }
    await insertArticles(c, art);
    await insertRows(c, 'article_texts', ['article_id', 'text', 'minhash'], texts);
    await insertRows(c, 'revisions', ['article_id', 'revision', 'text_hash', 'headline', 'updated', 'ingested_at', 'doc'], rev);
    await insertRows(c, 'lsh_bands', ['band', 'article_id'], bands, 'ON CONFLICT DO NOTHING');
    await insertChildren(c, [...children.values()], eventTypes);
    await insertRows(c, 'sources', ['source'], [...sources].map((s) => [s]), 'ON CONFLICT DO NOTHING');
    return outcomes;
  });
}

/** Reanalysis in one transaction: each article whose current text hash is the item's gets the item's document and rows
 * in place of its own (the aggregates follow through their triggers); its text, meta and full-text vector stay. */
export async function replaceAnalysisPostgres(c: PoolClient, items: readonly IngestItem[]): Promise<ReplaceOutcome[]> {
  if (!items.length) return [];
  return lockedTransaction(c, items.map((i) => i.id), async () => {
    const current = new Map<string, { hash: string; revision: number }>();
    for (const r of (await c.query('SELECT id, text_hash, revision FROM articles WHERE id = ANY($1)', [items.map((i) => i.id)])).rows) {
      current.set(r.id, { hash: r.text_hash, revision: r.revision });
    }
    const done = new Map<string, Keyed & { item: IngestItem }>();
    const outcomes = items.map((item): ReplaceOutcome => {
      const cur = current.get(item.id);
      if (!cur) return 'missing';
      if (cur.hash !== item.textHash) return 'changed';
      done.set(item.id, { key: item.id, tuples: item.tuples ?? rowTuples(item.doc), item });
      return 'replaced';
    });
    const all = [...done.values()];
    if (all.length) {
      for (const t of CHILD_TABLES) await c.query(`DELETE FROM ${t} WHERE article_id = ANY($1)`, [[...done.keys()]]);
      const col = (f: (k: (typeof all)[number]) => unknown) => all.map(f);
      await c.query(`UPDATE articles a SET facet_events = u.fe, facet_speakers = u.fs, quote_count = u.qc, event_list = u.el,
        search_keys = u.sk::text[], engine = u.en FROM (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::text[], $6::text[], $7::text[])
        AS x(id, fe, fs, qc, el, sk, en)) u WHERE a.id = u.id`, [col((k) => k.item.id), col((k) => k.tuples.facetEvents), col((k) => k.tuples.facetSpeakers),
        col((k) => k.tuples.quoteCount), col((k) => eventList(k.tuples)), col((k) => pgArray(k.tuples.searchKeys)), col((k) => k.item.engine ?? UNKNOWN_ENGINE)]);
      await c.query(`UPDATE revisions r SET doc = u.doc FROM (SELECT * FROM unnest($1::text[], $2::integer[], $3::text[]) AS x(id, rev, doc)) u
        WHERE r.article_id = u.id AND r.revision = u.rev`, [col((k) => k.item.id), col((k) => current.get(k.item.id)!.revision),
        col((k) => docText(k.item.docJson) ?? JSON.stringify(k.item.doc))]);
      await insertChildren(c, all, new Set(all.flatMap((k) => k.tuples.facetEvents.split('|').filter(Boolean))));
    }
    return outcomes;
  });
}

/** A text[] literal for unnest over a text array column: '{"a","b"}'. */
const pgArray = (xs: readonly string[]) => `{${xs.map((x) => `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
