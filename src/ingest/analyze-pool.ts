// A pool of worker threads, one per core, running prepareItems (analyzeBatch + rows + MinHash) on chunks of
// inputs. Workers load the compiled dist/ingest/analyze-worker.js (so run `npx tsc` first when
// running from sources). With `threads: 0` the analysis runs on the calling thread.
// Work is cut into small chunks on one queue; each worker holds a backlog of chunks in its port (at least
// two: one running, one waiting), so the first results come back after one small chunk, not after a whole
// batch. The backlog must outlast a write transaction: the writer blocks the thread that feeds the
// workers. The last worker starts late (GROW_AFTER).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { prepareItems, type Prepared } from './prepare-item.js';
import type { RawInput } from './raw-input.js';

/** Where the compiled worker lives, whether we run from dist/ or from src/ under vitest. */
export function workerPath(): string {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts') ? fileURLToPath(new URL('../../dist/ingest/analyze-worker.js', import.meta.url)) : fileURLToPath(new URL('./analyze-worker.js', import.meta.url));
  return compiled;
}

export type Pool = {
  /** `hashes`: rawHash of each input, when the caller has them (the workers then need not hash again). */
  analyze(inputs: RawInput[], hashes?: string[]): Promise<Prepared[]>;
  close(): Promise<void>;
  size: number;
  /** Milliseconds the workers spent analysing (summed over workers), and the time until the first chunk came back. */
  busyMs: () => number;
  firstMs: () => number;
  /** CPU the worker threads have used (ms, summed; the last report of each), null where unknown. */
  cpuMs: () => number | null;
};

/** Inputs per message: small enough to balance and to start writing early, large enough to amortize a message. */
export const CHUNK = 16;

/**
 * Articles handed to the pool per worker before it starts the last one. Every worker is a V8 isolate
 * that warms up on its own: in a fresh process the first ~1,000 articles cost ~6 s of CPU more than
 * warm ones, half of it TurboFan compiling on background threads. So one core is left to those
 * threads and the writes while the workers warm up: on two shared cores one worker ingested 840 fresh
 * articles in 15–17 s of CPU (29–33 s), two in 20–23 s (37–47 s). Where a last worker pays back its
 * warm-up on an idle machine was not measured; 2,048 articles per worker is a guess.
 */
export const GROW_AFTER = 2048;

/**
 * TurboFan's budget for inlining into one function (V8's default is 920 bytes of bytecode). A fresh
 * worker spends half its warm-up compiling; with 300, 300 fresh articles took 6.9-7.2 s of CPU, not
 * 8.0-9.0 s, and warm passes stayed at ~3 ms per article. V8 flags are per process: set before any
 * worker starts, it holds for every worker (and for the calling thread's store writes).
 */
const INLINE_BUDGET = '--max-inlined-bytecode-size-cumulative=300';

type Task = { inputs: RawInput[]; hashes?: string[]; resolve: (r: Prepared[]) => void; reject: (e: Error) => void };

export type PoolOptions = {
  stub?: boolean;
  /** Articles each worker may hold queued in its port (at least two chunks). Ingest passes its batch size: a
   * transaction of 1,024 articles blocks the feeding thread for ~0.3 s, and with two chunks (~16 ms of work)
   * the workers sat idle through it (55-60% busy). */
  backlog?: number;
  /** Make PostgreSQL's search keys (default true); SQLite has no use for them (row-tuples.ts). */
  searchKeys?: boolean;
};

/** Start a pool of `threads` workers (default: one per core): all but one now, the last after GROW_AFTER articles per worker. */
export function startPool(threads = availableParallelism(), opts: PoolOptions = {}): Pool {
  if (threads <= 0) {
    let busy = 0;
    const analyze = async (inputs: RawInput[], hashes?: string[]) => {
      const t = performance.now();
      const r: Prepared[] = [];
      for (let k = 0; k < inputs.length; k += CHUNK) r.push(...prepareItems(inputs.slice(k, k + CHUNK), { searchKeys: opts.searchKeys, hashes: hashes?.slice(k, k + CHUNK) }));
      busy += performance.now() - t;
      return r;
    };
    return { size: 0, analyze, close: async () => {}, busyMs: () => busy, firstMs: () => 0, cpuMs: () => 0 };
  }
  const started = performance.now();
  let busy = 0, first = 0;
  const file = workerPath();
  if (!existsSync(file)) throw new Error(`analysis worker ${file} not built: run \`npx tsc -p tsconfig.json\` (or npm run build) first`);
  setFlagsFromString(INLINE_BUDGET);
  const queue: Task[] = [];
  let seq = 0, submitted = 0;
  const backlog = Math.max(2 * CHUNK, opts.backlog ?? 0);
  type Member = { w: Worker; pending: Map<number, Task>; held: number; cpu: number | null };
  const workers: Member[] = [];
  const spawn = (): Member => {
    const w = new Worker(file, { workerData: { stub: !!opts.stub, searchKeys: opts.searchKeys !== false } });
    const pending = new Map<number, Task>();
    const me: Member = { w, pending, held: 0, cpu: 0 };
    w.on('message', (m: { seq: number; results: Prepared[]; ms: number; cpu: number | null }) => {
      busy += m.ms;
      me.cpu = m.cpu;
      if (!first) first = performance.now() - started;
      const t = pending.get(m.seq);
      pending.delete(m.seq);
      if (t) me.held -= t.inputs.length;
      feed(me);
      t?.resolve(m.results);
    });
    w.on('error', (err) => { for (const p of pending.values()) p.reject(err); pending.clear(); me.held = 0; });
    workers.push(me);
    return me;
  };
  // the stub has no analysis to warm up: its benchmark wants every worker from the start
  for (let k = opts.stub ? threads : Math.max(1, threads - 1); k > 0; k--) spawn();
  function feed(worker: Member) {
    while (worker.held < backlog && queue.length) {
      const t = queue.shift()!;
      const s = ++seq;
      worker.pending.set(s, t);
      worker.held += t.inputs.length;
      worker.w.postMessage({ seq: s, inputs: t.inputs, hashes: t.hashes });
    }
  }
  const run = (inputs: RawInput[], hashes?: string[]) => new Promise<Prepared[]>((resolve, reject) => {
    queue.push({ inputs, hashes, resolve, reject });
    submitted += inputs.length;
    if (workers.length < threads && submitted >= GROW_AFTER * workers.length) spawn();
    for (const w of workers) feed(w);
  });
  return {
    /** Workers started so far. */
    get size() { return workers.length; },
    busyMs: () => busy,
    firstMs: () => first,
    cpuMs: () => workers.reduce<number | null>((sum, m) => (sum === null || m.cpu === null ? null : sum + m.cpu), 0),
    async analyze(inputs, hashes) {
      const parts: Promise<Prepared[]>[] = [];
      for (let k = 0; k < inputs.length; k += CHUNK) parts.push(run(inputs.slice(k, k + CHUNK), hashes?.slice(k, k + CHUNK)));
      return (await Promise.all(parts)).flat();
    },
    async close() { await Promise.all(workers.map(({ w }) => w.terminate())); },
  };
}
