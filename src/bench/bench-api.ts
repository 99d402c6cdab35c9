// Bench section for the HTTP API: p50/p95/p99 latency and throughput of article, search and network
// requests against `parley serve` (a child process) on a generated corpus of 100,000 articles (10,000
// with --quick). The load generator runs here, in a second process, over keep-alive node:http sockets.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../eval/shared-dir.js';
import { generateArticle } from '../ingest/generate-articles.js';
import { openStore } from '../store/open-store.js';

export type BenchApiOptions = {
  quick: boolean; articles?: number; seconds?: number; concurrency?: number;
  /** A corpus to serve (also PARLEY_BENCH_API_DB): a SQLite file, or a postgres:// URL (best with its own
   * `?schema=name`), generated there first and kept when it does not exist yet (PostgreSQL: holds no article). */
  db?: string;
};

const SPEAKERS = ['Boris Johnson', 'Rex Tillerson', 'Sergei Lavrov', 'Angela Merkel', 'Emmanuel Macron', 'Xi Jinping', 'Theresa May', 'Hassan Rouhani'];
const SEARCHES = ['sanction*', '"trade tariffs"', 'Russia AND China', 'pipeline* OR nuclear NOT Iran', 'speaker:"Boris Johnson"', 'actor:RUS event:THREATEN',
  'source:reuters after:2017-01-01 before:2017-07-01', 'speaker:"Angela Merkel" climate', 'summit', '', 'event:MEET actor:CHN', '"human rights"'];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Articles in the store at `db` (0 for a new one). */
async function articleCount(db: string): Promise<number> {
  const store = await openStore(db);
  try { return (await store.search({ q: '', limit: 1, facets: false })).totalWithCopies; } finally { await store.close(); }
}

/** Fill a store with `n` generated, annotated articles (the corpus helper's generator). */
async function makeCorpus(db: string, n: number): Promise<string[]> {
  const store = await openStore(db);
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1000) {
    const batch = [];
    for (let k = i; k < Math.min(n, i + 1000); k++) batch.push(generateArticle(k, 42).item());
    await store.putBatch(batch);
    for (let k = 0; k < batch.length; k += 97) ids.push(batch[k].id);
  }
  await store.optimize();
  await store.close();
  return ids;
}

function startServe(db: string): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin/parley.js'), 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/\S+?)\/? /.exec(out);
      if (m) resolve({ base: m[1], child });
    });
    child.stderr!.on('data', (d) => { out += d; });
    child.once('exit', (code) => reject(new Error(`parley serve exited (${code}): ${out}`)));
  });
}

/** Up to `max` article ids, newest first, through the API itself. */
async function idsFrom(base: string, max: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const url = `${base}/api/articles?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await (await fetch(url)).json()) as { items: { id: string }[]; next: string | null };
    ids.push(...page.items.map((a) => a.id));
    cursor = page.next;
  } while (cursor && ids.length < max);
  return ids.filter((_, i) => i % 7 === 0);
}

/** GET `url` and time it; rejects on a non-200 answer. */
function timedGet(agent: Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t) : reject(new Error(`${res.statusCode} ${url}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

/** CPU time the server process has used, ms (Linux /proc; null elsewhere): the figure that a loaded machine does not inflate. */
function serverCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/** `concurrency` loops over `urls` for `seconds`; latencies in ms, sorted. */
async function load(base: string, urls: string[], seconds: number, concurrency: number): Promise<{ ms: number[]; errors: number; rps: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const ms: number[] = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const url = urls[next++ % urls.length];
      try { ms.push(await timedGet(agent, base + url)); } catch { errors++; }
    }
  }));
  const rps = ms.length / ((performance.now() - t0) / 1000);
  agent.destroy();
  return { ms: ms.sort((a, b) => a - b), errors, rps };
}

/**
 * Measure the API; returns printable lines for `npm run bench`.
 * @example for (const line of await benchApi({ quick: true })) console.log(line)
 */
export async function benchApi(opts: BenchApiOptions): Promise<string[]> {
  const n = opts.articles ?? (Number(process.env.BENCH_API_ARTICLES) || (opts.quick ? 10_000 : 100_000));
  const seconds = opts.seconds ?? (opts.quick ? 3 : 8);
  const concurrency = opts.concurrency ?? Number(process.env.BENCH_API_CONCURRENCY ?? 4);
  const out = ['', `HTTP API (parley serve, SQLite, ${n.toLocaleString('en-US')} generated articles; load from a second process, ${concurrency} connections, ${seconds} s per request kind)`];
  if (!existsSync(join(PROJECT_ROOT, 'dist/server/app.js'))) return [...out, 'api: skipped: dist/ is not built'];
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-api-'));
  const given = opts.db ?? process.env.PARLEY_BENCH_API_DB;
  let child: ChildProcess | undefined;
  try {
    let ids: string[] = [];
    const db = given || join(dir, 'api.db');
    const postgres = /^postgres(ql)?:\/\//.test(db);
    if (postgres ? (await articleCount(db)) === 0 : !existsSync(db)) {
      const t = performance.now();
      ids = await makeCorpus(db, n);
      out.push(`corpus written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    } else out[1] = out[1].replace(/[\d,]+ generated articles/, `corpus ${given}`);
    if (postgres) out[1] = out[1].replace('SQLite', 'PostgreSQL');
    const server = await startServe(db);
    child = server.child;
    if (!ids.length) ids = await idsFrom(server.base, 5000);
    // the first request of each aggregate runs uncached (the server memoises network and timeline)
    const agent = new Agent({ keepAlive: true });
    for (const url of [`/api/network?limit=500&actor=${encodeURIComponent(SPEAKERS[0])}`, '/api/network?limit=500', '/api/timeline?bucket=month']) {
      out.push(`cold ${url}: ${(await timedGet(agent, server.base + url)).toFixed(0)} ms`);
    }
    agent.destroy();
    const kinds: [string, string[]][] = [
      ['article', ids.map((id) => `/api/articles/${encodeURIComponent(id)}`)],
      ['search (hits + totals)', SEARCHES.map((q) => `/api/search?limit=20&facets=false&q=${encodeURIComponent(q)}`)],
      ['search (+ facets)', SEARCHES.map((q) => `/api/search?limit=20&q=${encodeURIComponent(q)}`)],
      ['network (ego)', SPEAKERS.map((s) => `/api/network?limit=500&actor=${encodeURIComponent(s)}`)],
      ['network (all, top 500)', ['/api/network?limit=500', '/api/network?limit=200']],
    ];
    out.push('request                   p50 ms   p95 ms   p99 ms     req/s  errors  server CPU ms/req');
    for (const [name, urls] of kinds) {
      await load(server.base, urls, Math.min(1, seconds), concurrency); // warm-up
      const cpu0 = serverCpuMs(child.pid);
      const r = await load(server.base, urls, seconds, concurrency);
      const cpu1 = serverCpuMs(child.pid);
      const perReq = cpu0 !== null && cpu1 !== null && r.ms.length ? ((cpu1 - cpu0) / r.ms.length).toFixed(2) : '-';
      out.push(`${name.padEnd(24)} ${pct(r.ms, 50).toFixed(1).padStart(7)} ${pct(r.ms, 95).toFixed(1).padStart(8)} ${pct(r.ms, 99).toFixed(1).padStart(8)} ${r.rps.toFixed(0).padStart(9)} ${String(r.errors).padStart(7)} ${perReq.padStart(18)}`);
    }
  } catch (err) {
    out.push(`api: failed: ${(err as Error).message}`);
  } finally {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

// `node dist/bench/bench-api.js [--quick]` runs this section alone.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  for (const line of await benchApi({ quick: process.argv.includes('--quick') })) console.log(line);
}
