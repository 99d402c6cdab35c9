// `parley ingest`: raw inputs → (skip what is stored) → analysis on every core → one transaction per
// batch. Analysis of the next batch overlaps the write of the previous one; writes stay in order,
// so revisions keep their order. Safe to kill at any point: a batch is written whole or not at all,
// and a rerun skips every (id, content hash) already stored.
import type { Store } from '../store/store.js';
import { startPool } from './analyze-pool.js';
import { collectInputs, walk, type InputProblem } from './collect-inputs.js';
import { progressReporter, type Counts } from './progress.js';
import { rawHash, type RawInput } from './raw-input.js';
import { resolveFileIds } from './resolve-file-ids.js';
import { threadCpuMs } from './thread-cpu.js';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * Articles per transaction. Every batch rewrites the pages of the indexes it inserts into at random places
 * (MinHash bands, actor keys, speakers, body hashes: ~1,000 of 1,570 pages written for 256 articles at 16k
 * stored), so larger batches write fewer pages per article: 256 → 1,024 cut the writing thread from ~480 to
 * ~325 µs of CPU per article and the bytes through the WAL from ~200 to ~100 KB per article (24,000 generated).
 */
export const DEFAULT_BATCH = 1024;

export type IngestOptions = {
  threads?: number;
  batch?: number;
  quiet?: boolean;
  out?: NodeJS.WriteStream;
  /** Queue the inputs for `parley worker` processes instead of analysing here. */
  queue?: boolean;
  /** Set to stop after the batches in flight (Ctrl-C). */
  signal?: AbortSignal;
  /** Benchmark only: generated inputs skip analyze() (see analyze-worker.ts), to time the machinery alone. */
  stubAnalysis?: boolean;
  /** Called after each batch is written, with the counts so far (the bench times the steady state with it). */
  onBatch?: (counts: Readonly<Counts>) => void;
};

/** Where the time went (milliseconds): main-thread reads, store look-ups and writes, worker analysis (summed). */
export type IngestTiming = { wallMs: number; mainBusyMs: number; collectMs: number; knownMs: number; writeMs: number; optimizeMs: number;
  workerBusyMs: number; firstChunkMs: number; threads: number; articles: number;
  /** CPU time of the main thread alone (Linux), null where unknown. */
  mainCpuMs: number | null;
  /** CPU time of the worker threads (Linux), null where unknown; and of the whole process (every thread: also V8's
   * compiler and GC threads, the checkpointer, libuv): in a fresh process V8's threads are a quarter of it. */
  workerCpuMs: number | null; processCpuMs: number };

export type IngestReport = { counts: Counts; problems: InputProblem[]; summary: string; seconds: number; timing: IngestTiming };

/** One line for `--timing` and the bench. */
export function timingLine(t: IngestTiming): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const per = (ms: number) => `${Math.round((1000 * ms) / Math.max(1, t.articles))} µs/article`;
  const split = t.mainCpuMs === null || t.workerCpuMs === null ? `process CPU ${per(t.processCpuMs)}; `
    : `process CPU ${per(t.processCpuMs)} (main ${per(t.mainCpuMs)}, workers ${per(t.workerCpuMs)}, other threads ${per(t.processCpuMs - t.mainCpuMs - t.workerCpuMs)}); `;
  return `wall ${s(t.wallMs)}; ${split}main thread busy ${s(t.mainBusyMs)} (reading ${s(t.collectMs)}, known ${s(t.knownMs)}, writes ${s(t.writeMs)}, `
    + `optimize ${s(t.optimizeMs)}); ${t.threads} workers busy ${s(t.workerBusyMs)} in all (${Math.round((100 * t.workerBusyMs) / Math.max(1, t.wallMs * Math.max(1, t.threads)))}% of their wall time), first chunk back after ${s(t.firstChunkMs)}`;
}

/** Count the article files under local arguments, for the progress bar's ETA; undefined when unknowable. */
async function countInputs(args: readonly string[]): Promise<number | undefined> {
  let n = 0;
  for (const a of args) {
    if (/^https?:/i.test(a)) return undefined;
    try {
      const s = await stat(a);
      const files = s.isDirectory() ? await walk(a) : [a];
      if (files.some((f) => ['.jsonl', '.ndjson', '.json', '.xml', '.rss', '.atom'].includes(extname(f).toLowerCase()))) return undefined;
      n += files.length;
    } catch { /* reported by collectInputs */ }
  }
  return n;
}

/** Ingest every input named by `args` into `store`. */
export async function ingest(store: Store, args: readonly string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const started = Date.now();
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = threadCpuMs();
  const proc0 = process.cpuUsage();
  const tm = { collectMs: 0, knownMs: 0, writeMs: 0, optimizeMs: 0 };
  const problems: InputProblem[] = [];
  const counts: Counts = { done: 0, new: 0, revision: 0, unchanged: 0, errors: 0 };
  let total: number | undefined;
  void countInputs(args).then((n) => { total = n; });
  const progress = progressReporter(opts.out ?? process.stderr, { quiet: opts.quiet, total: () => total });
  const size = opts.batch ?? DEFAULT_BATCH;
  const pool = opts.queue ? null : startPool(opts.threads, { stub: opts.stubAnalysis, backlog: size, searchKeys: store.kind !== 'sqlite' });
  let writes: Promise<void> = Promise.resolve();
  const inflight: Promise<void>[] = [];

  const submit = async (files: RawInput[]) => {
    if (!files.length) return;
    const batch = await resolveFileIds(store, files, problems);
    const keys = batch.map((r) => ({ id: r.id, textHash: rawHash(r) }));
    if (opts.queue) {
      await store.enqueue(batch.map((input, i) => ({ id: `${keys[i].textHash}:${input.id}`, input })));
      counts.done += batch.length;
      counts.new += batch.length;
      progress.update(counts);
      return;
    }
    let t = performance.now();
    const known = await store.known(keys);
    tm.knownMs += performance.now() - t;
    // the workers get each input's hash with it: it is the item's text hash
    const todo: RawInput[] = [], hashes: string[] = [];
    batch.forEach((r, i) => { if (!known.has(`${keys[i].id}\u0000${keys[i].textHash}`)) { todo.push(r); hashes.push(keys[i].textHash); } });
    const skipped = batch.length - todo.length;
    const analysed = pool!.analyze(todo, hashes);
    const step = writes.then(async () => {
      const results = await analysed;
      const items = [];
      for (const r of results) {
        if ('item' in r) items.push(r.item);
        else { counts.errors++; problems.push({ where: r.id, message: `${r.error.code}: ${r.error.message}` }); }
      }
      const t = performance.now();
      const outcomes = await store.putBatch(items);
      tm.writeMs += performance.now() - t;
      for (const o of outcomes) counts[o === 'older' ? 'revision' : o]++;
      counts.unchanged += skipped;
      counts.done += batch.length;
      progress.update(counts);
      opts.onBatch?.(counts);
    });
    writes = step;
    inflight.push(step);
    // several batches queued in the pool: the workers never wait for a write, the write of batch N
    // overlaps the analysis of N+1..N+3
    if (inflight.length > 4) await inflight.shift();
  };

  try {
    let batch: RawInput[] = [];
    // the first batches are small (32, 64, …) so that writing starts while the workers warm up
    let want = Math.min(size, 32);
    let t = performance.now();
    for await (const raw of collectInputs(args, problems)) {
      tm.collectMs += performance.now() - t;
      if (opts.signal?.aborted) break;
      batch.push(raw);
      if (batch.length >= want) { await submit(batch); batch = []; want = Math.min(size, want * 2); }
      t = performance.now();
    }
    if (!opts.signal?.aborted) await submit(batch);
    await writes;
    // fresh statistics, or the planner guesses (PostgreSQL picked nested loops for 2 s until ANALYZE)
    t = performance.now();
    if (counts.new + counts.revision > 0) await store.optimize();
    tm.optimizeMs = performance.now() - t;
  } finally {
    await pool?.close();
  }
  // a broken JSONL line or an unreadable file is no article and no error count: say it in the summary,
  // or "0 errors" reads as if everything went in
  const skipped = problems.filter((p) => !p.notice).length - counts.errors;
  const summary = progress.finish(counts) + (skipped > 0 ? `; ${skipped} ${skipped === 1 ? 'input' : 'inputs'} skipped (unreadable)` : '');
  // the main thread's busy time (event loop not idle); process.cpuUsage() would add the workers' time
  const mainBusyMs = performance.eventLoopUtilization(elu0).active;
  const workerBusyMs = pool?.busyMs() ?? 0;
  const workerCpuMs = pool ? pool.cpuMs() : 0;
  const proc = process.cpuUsage(proc0);
  const cpu1 = threadCpuMs();
  const timing: IngestTiming = { wallMs: Date.now() - started, mainBusyMs, ...tm, workerBusyMs, firstChunkMs: pool?.firstMs() ?? 0,
    threads: pool?.size ?? 0, articles: counts.done, mainCpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
    workerCpuMs, processCpuMs: (proc.user + proc.system) / 1000 };
  return { counts, problems, summary, seconds: (Date.now() - started) / 1000, timing };
}
