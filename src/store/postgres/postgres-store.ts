// PostgreSQL backend: pg pool, tsvector/GIN full text, Citus-ready schema (postgres-migrations.ts).
// Reads are the shared SQL of src/store/sql with `?` numbered to `$n`; workers claim analysis jobs
// with FOR UPDATE SKIP LOCKED, so many `parley worker` processes on many machines share one queue.
import pg from 'pg';
import type { Store } from '../store.js';
import { postgresDialect } from '../sql/dialects.js';
import { sqlReads } from '../sql/sql-reads.js';
import type { Exec } from '../sql/exec.js';
import { migratePostgres } from './postgres-migrations.js';
import { putBatchPostgres, replaceAnalysisPostgres } from './postgres-write.js';

/** `?` → `$1, $2…`, leaving quoted strings alone. */
export function numberParams(sql: string): string {
  let n = 0;
  let out = '';
  let quoted = false;
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === '?' && !quoted ? `$${++n}` : ch;
  }
  return out;
}

/** Open (and migrate) the PostgreSQL store at `url`; `schema` isolates a test run (created if missing). */
export async function openPostgresStore(url: string, options: { schema?: string } = {}): Promise<Store> {
  const schema = options.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${JSON.stringify(schema)}`);
  const pool = new pg.Pool({
    connectionString: url, max: 4, connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', () => { /* an idle client's connection dropped: the pool replaces it */ });
  const client = await pool.connect();
  try {
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await migratePostgres(client);
  } finally {
    client.release();
  }
  const exec: Exec = {
    async all(sql, params) {
      return (await pool.query(numberParams(sql), params as unknown[])).rows;
    },
  };
  const withClient = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect();
    try { return await fn(c); } finally { c.release(); }
  };
  return {
    kind: 'postgres',
    ...sqlReads(exec, postgresDialect),
    putBatch: (items) => withClient((c) => putBatchPostgres(c, items)),
    replaceAnalysis: (items) => withClient((c) => replaceAnalysisPostgres(c, items)),
    async known(keys) {
      if (!keys.length) return new Set();
      const r = await pool.query(`SELECT article_id, text_hash FROM revisions r JOIN unnest($1::text[], $2::text[]) AS k(id, h)
        ON r.article_id = k.id AND r.text_hash = k.h`, [keys.map((k) => k.id), keys.map((k) => k.textHash)]);
      return new Set(r.rows.map((x) => `${x.article_id}\u0000${x.text_hash}`));
    },
    async fileOrigins(ids) {
      const r = await pool.query('SELECT id, origin FROM articles WHERE id = ANY($1)', [[...ids]]);
      return new Map(r.rows.map((x) => [String(x.id), x.origin ?? null]));
    },
    async adoptOrigins(pairs) {
      if (!pairs.length) return;
      await pool.query(`UPDATE articles a SET origin = p.origin FROM unnest($1::text[], $2::text[]) AS p(id, origin) WHERE a.id = p.id AND a.origin IS NULL`,
        [pairs.map((p) => p.id), pairs.map((p) => p.origin)]);
    },
    async enqueue(jobs) {
      if (!jobs.length) return 0;
      const r = await pool.query(`INSERT INTO jobs (id, input) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [jobs.map((j) => j.id), jobs.map((j) => JSON.stringify(j.input))]);
      return r.rowCount ?? 0;
    },
    async claimJobs(limit, worker) {
      // a job claimed by a worker that died more than ten minutes ago is claimable again
      const r = await pool.query(`UPDATE jobs SET status = 'running', worker = $1, claimed_at = now() WHERE id IN (
        SELECT id FROM jobs WHERE status = 'pending' OR (status = 'running' AND claimed_at < now() - interval '10 minutes')
        ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING id, input`, [worker, limit]);
      return r.rows.map((x) => ({ id: x.id, input: JSON.parse(x.input) }));
    },
    async finishJobs(ids, error) {
      await pool.query(`UPDATE jobs SET status = $1, error = $2 WHERE id = ANY($3)`, [error ? 'failed' : 'done', error ?? null, [...ids]]);
    },
    async pendingJobs() {
      return Number((await pool.query(`SELECT count(*) AS n FROM jobs WHERE status IN ('pending', 'running')`)).rows[0].n);
    },
    async optimize() {
      // VACUUM as well as ANALYZE: it sets the visibility map, without which PostgreSQL reads the heap for every entry of an
      // index-only scan (the article ids of a field value) and plans bitmap heap scans instead (100k articles, autovacuum off:
      // speaker:"Boris Johnson" 17 ms p50 after, 39 before)
      for (const t of ['articles', 'quotes', 'events', 'entities', 'actor_keys', 'relations', 'lsh_bands']) await pool.query(`VACUUM (ANALYZE) ${t}`);
    },
    async close() { await pool.end(); },
  };
}
