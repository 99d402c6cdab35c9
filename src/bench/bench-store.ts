// Bench section for the corpus store: ingest rate with analysis (worker threads, SQLite and PostgreSQL; 20,000
// generated articles, quick mode 4,000), raw store write rate, and search latency p50/p95 as the corpus grows
// (10k → 30k → 100k generated articles; quick mode 2k → 5k). PostgreSQL runs in a throwaway schema and is skipped, with the
// reason, when no server answers at PARLEY_TEST_PG (default postgres://postgres@127.0.0.1:5432/test).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ingest, timingLine } from '../ingest/ingest.js';
import { generateArticle } from '../ingest/generate-articles.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

const QUERIES = ['sanction*', '"trade tariffs"', 'Russia AND China', 'pipeline* OR nuclear NOT Iran', 'speaker:"Boris Johnson"',
  'actor:RUS event:THREATEN', 'source:reuters after:2017-01-01 before:2017-07-01', 'speaker:"Angela Merkel" climate', 'summit', '',
  'event:MEET actor:CHN', '"human rights" -Egypt'];

/** Quotes and events by their own words (src/search/match-text.ts): a word in a tenth of the quotes, a phrase, a word with a
 * speaker, a word no row holds; events by a word of their sentence. */
const ROW_QUERIES: ['quotes' | 'events', string][] = [['quotes', 'progress'], ['quotes', '"trade tariffs"'], ['quotes', 'resolve speaker:"Boris Johnson"'],
  ['quotes', 'Rannoch'], ['events', 'accused'], ['events', '"nuclear programme"']];

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const f1 = (n: number) => n.toFixed(1);
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');

/** Search latency over the query set (each query twice: cold-ish then warm), ms. */
async function searchLatency(store: Store, facets: boolean): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await store.search({ q, limit: 20, facets });
      times.push(performance.now() - t);
    }
  }
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

/** A page of quotes or events matched by their own words, over ROW_QUERIES three times, ms. */
async function rowLatency(store: Store): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const [kind, q] of ROW_QUERIES) {
      const t = performance.now();
      await store[kind]({ q, limit: 20 });
      times.push(performance.now() - t);
    }
  }
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

/** Timeline, actor network and first page of actors of the whole corpus (from the aggregates) and of the articles a
 * query matches (no aggregate to read: the matches are counted), ms. */
async function restrictedLatency(store: Store): Promise<string> {
  const ms = async (read: () => Promise<unknown>) => { const t = performance.now(); await read(); return f1(performance.now() - t); };
  const parts: string[] = [];
  for (const q of ['', 'sanction*', 'actor:RUS']) {
    parts.push(`${q || 'whole corpus'}: timeline ${await ms(() => store.timeline('month', { q }))} ms, network ${await ms(() => store.actorNetwork({ q }))} ms, `
      + `actors ${await ms(() => store.actors({ q, limit: 20 }))} ms`);
  }
  return parts.join('; ');
}

/** Fill `store` up to each size in `sizes` with generated, pre-annotated articles; report write rate and latency. */
async function growCurve(name: string, store: Store, sizes: number[], out: string[]): Promise<void> {
  let have = 0;
  for (const size of sizes) {
    const t = performance.now();
    for (let i = have; i < size; i += 500) {
      const batch = [];
      for (let k = i; k < Math.min(size, i + 500); k++) batch.push(generateArticle(k, 42).item());
      await store.putBatch(batch);
    }
    const ms = performance.now() - t;
    const written = size - have;
    have = size;
    await store.optimize();
    const full = await searchLatency(store, true);
    const bare = await searchLatency(store, false);
    out.push(`store ${name.padEnd(8)} ${String(size).padStart(7)} articles: write ${rate(written, ms).padStart(6)}/s (generated+annotated, no analysis); `
      + `search p50 ${f1(bare.p50)} ms p95 ${f1(bare.p95)} ms; with facets+totals p50 ${f1(full.p50)} ms p95 ${f1(full.p95)} ms`);
    out.push(`store ${name.padEnd(8)} ${String(size).padStart(7)} articles: ${await restrictedLatency(store)}`);
    const rows = await rowLatency(store);
    out.push(`store ${name.padEnd(8)} ${String(size).padStart(7)} articles: quotes and events by their own words p50 ${f1(rows.p50)} ms p95 ${f1(rows.p95)} ms`);
  }
}

/** Ingest `n` generated raw articles through the real pipeline (analysis on every core). The first thousands
 * include each worker's warm-up (~3 s of CPU), so the rate of the second half is given too: the steady state. */
async function ingestRate(name: string, store: Store, n: number, dir: string, out: string[]): Promise<void> {
  const file = join(dir, `ingest-${name}.jsonl`);
  const raws = Array.from({ length: n }, (_, i) => generateArticle(i, 99).raw);
  const chars = raws.reduce((sum, r) => sum + (r.text ?? '').length, 0) / n;
  writeFileSync(file, raws.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const marks: { ms: number; done: number }[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await ingest(store, [file], { quiet: true, onBatch: (c) => marks.push({ ms: performance.now() - t0, done: c.done }) });
  const cpu = process.cpuUsage(cpu0);
  const half = marks.find((m) => m.done >= n / 2);
  const last = marks[marks.length - 1];
  const steady = half && last && last.done > half.done ? `; the last ${(last.done - half.done).toLocaleString('en-US')} at ${rate(last.done - half.done, last.ms - half.ms)}/s` : '';
  out.push(`store ${name.padEnd(8)} ingest with analysis: ${n.toLocaleString('en-US')} generated articles (${Math.round(chars).toLocaleString('en-US')} characters on average) `
    + `in ${f1(report.seconds)} s = ${rate(n, report.seconds * 1000)}/s${steady} (${availableParallelism()} cores; `
    + `this process's CPU ${Math.round((cpu.user + cpu.system) / n)} µs/article${name === 'postgres' ? ', the server not counted' : ''})`, `  ${timingLine(report.timing)}`);
  const again = await ingest(store, [file], { quiet: true });
  out.push(`store ${name.padEnd(8)} rerun of the same ingest (no-op): ${f1(again.seconds)} s, ${again.counts.unchanged} unchanged`);
}

/** The ingest machinery alone: the same pipeline with analyze() replaced by the generator's own annotation
 * (same row counts), so the figure is reading + hand-off + writes, what ingest adds over the analysis. */
async function machineryRate(name: string, open: () => Promise<Store>, n: number, dir: string, out: string[]): Promise<void> {
  const file = join(dir, `machinery-${name}.jsonl`);
  writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify(generateArticle(i, 77).raw)).join('\n') + '\n');
  const store = await open();
  try {
    const report = await ingest(store, [file], { quiet: true, stubAnalysis: true });
    out.push(`store ${name.padEnd(8)} ingest machinery alone (analysis stubbed): ${n} articles in ${f1(report.seconds)} s = ${rate(n, report.seconds * 1000)}/s`,
      `  ${timingLine(report.timing)}`);
  } finally {
    await store.close();
  }
}

async function pgUrl(): Promise<string | null> {
  const url = process.env.PARLEY_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try { await c.connect(); return url; } catch { return null; } finally { await c.end().catch(() => {}); }
}

/** Run the store benchmarks; returns printable lines. */
export async function benchStore(opts: { quick: boolean }): Promise<string[]> {
  const out: string[] = ['', 'corpus store'];
  // quick mode stays under ~3 minutes on a loaded 2-core machine (both stores)
  const sizes = opts.quick ? [2_000, 5_000] : [10_000, 30_000, 100_000];
  // big enough for the steady state: every worker warms up on its first ~1,000 articles
  const ingestN = opts.quick ? 4_000 : 20_000;
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const sqlite = await openStore(join(dir, 'ingest.db'));
    await ingestRate('sqlite', sqlite, ingestN, dir, out);
    await sqlite.close();
    await machineryRate('sqlite', () => openStore(join(dir, 'machinery.db')), opts.quick ? 1_000 : 10_000, dir, out);
    const grow = await openStore(join(dir, 'grow.db'));
    await growCurve('sqlite', grow, sizes, out);
    await grow.close();
    const url = await pgUrl();
    if (!url) {
      out.push('store postgres: skipped (no PostgreSQL at PARLEY_TEST_PG)');
    } else {
      const schema = `parley_bench_${process.pid}`;
      try {
        const s1 = await openStore(url, { schema });
        await ingestRate('postgres', s1, ingestN, dir, out);
        await s1.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
        const s2 = await openStore(url, { schema });
        await growCurve('postgres', s2, sizes, out);
        await s2.close();
      } finally {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
