// A pool of worker threads, one per core, running prepareItem (analyze + rows + MinHash) on chunks of
// inputs. Workers load the compiled dist/ingest/analyze-worker.js (so run `npx tsc` first when
// running from sources). With `threads: 0` the analysis runs on the calling thread.
// Work is cut into small chunks on one queue; each worker holds at most two chunks (one running, one
// waiting in its port), so a worker never idles while another has a backlog, and the first results
// come back after one small chunk, not after a whole batch.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { prepareItem, type Prepared } from './prepare-item.js';
import type { RawInput } from './raw-input.js';

/** Where the compiled worker lives, whether we run from dist/ or from src/ under vitest. */
export function workerPath(): string {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts') ? fileURLToPath(new URL('../../dist/ingest/analyze-worker.js', import.meta.url)) : fileURLToPath(new URL('./analyze-worker.js', import.meta.url));
  return compiled;
}

export type Pool = {
  analyze(inputs: RawInput[]): Promise<Prepared[]>;
  close(): Promise<void>;
  size: number;
  /** Milliseconds the workers spent analysing (summed over workers), and the time until the first chunk came back. */
  busyMs: () => number;
  firstMs: () => number;
};

/** Inputs per message: small enough to balance and to start writing early, large enough to amortize a message. */
export const CHUNK = 16;

type Task = { inputs: RawInput[]; resolve: (r: Prepared[]) => void; reject: (e: Error) => void };

/** Start `threads` workers (default: one per core). */
export function startPool(threads = availableParallelism(), opts: { stub?: boolean } = {}): Pool {
  if (threads <= 0) {
    let busy = 0;
    const analyze = async (inputs: RawInput[]) => { const t = performance.now(); const r = inputs.map(prepareItem); busy += performance.now() - t; return r; };
    return { size: 0, analyze, close: async () => {}, busyMs: () => busy, firstMs: () => 0 };
  }
  const started = performance.now();
  let busy = 0, first = 0;
  const file = workerPath();
  if (!existsSync(file)) throw new Error(`analysis worker ${file} not built: run \`npx tsc -p tsconfig.json\` (or npm run build) first`);
  const queue: Task[] = [];
  let seq = 0;
  const workers = Array.from({ length: threads }, () => {
    const w = new Worker(file, { workerData: { stub: !!opts.stub } });
    const pending = new Map<number, Task>();
    const me = { w, pending };
    w.on('message', (m: { seq: number; results: Prepared[]; ms: number }) => {
      busy += m.ms;
      if (!first) first = performance.now() - started;
      const t = pending.get(m.seq);
      pending.delete(m.seq);
      feed(me);
      t?.resolve(m.results);
    });
    w.on('error', (err) => { for (const p of pending.values()) p.reject(err); pending.clear(); });
    return me;
  });
  function feed(worker: (typeof workers)[number]) {
    while (worker.pending.size < 2 && queue.length) {
      const t = queue.shift()!;
      const s = ++seq;
      worker.pending.set(s, t);
      worker.w.postMessage({ seq: s, inputs: t.inputs });
    }
  }
  const run = (inputs: RawInput[]) => new Promise<Prepared[]>((resolve, reject) => {
    queue.push({ inputs, resolve, reject });
    for (const w of workers) feed(w);
  });
  return {
    size: threads,
    busyMs: () => busy,
    firstMs: () => first,
    async analyze(inputs) {
      const parts: Promise<Prepared[]>[] = [];
      for (let k = 0; k < inputs.length; k += CHUNK) parts.push(run(inputs.slice(k, k + CHUNK)));
      return (await Promise.all(parts)).flat();
    },
    async close() { await Promise.all(workers.map(({ w }) => w.terminate())); },
  };
}
