// A pool of worker threads, one per core, running prepareItem (analyze + rows + MinHash) on chunks of
// inputs. Workers load the compiled dist/ingest/analyze-worker.js (so run `npx tsc` first when
// running from sources). With `threads: 0` the analysis runs on the calling thread.
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

export type Pool = { analyze(inputs: RawInput[]): Promise<Prepared[]>; close(): Promise<void>; size: number };

/** Start `threads` workers (default: one per core). */
export function startPool(threads = availableParallelism()): Pool {
  if (threads <= 0) {
    return { size: 0, analyze: async (inputs) => inputs.map(prepareItem), close: async () => {} };
  }
  const file = workerPath();
  if (!existsSync(file)) throw new Error(`analysis worker ${file} not built: run \`npx tsc -p tsconfig.json\` (or npm run build) first`);
  type Pending = { resolve: (r: Prepared[]) => void; reject: (e: Error) => void };
  const workers = Array.from({ length: threads }, () => {
    const w = new Worker(file);
    const pending = new Map<number, Pending>();
    w.on('message', (m: { seq: number; results: Prepared[] }) => { pending.get(m.seq)?.resolve(m.results); pending.delete(m.seq); });
    w.on('error', (err) => { for (const p of pending.values()) p.reject(err); pending.clear(); });
    return { w, pending };
  });
  let seq = 0;
  const run = (i: number, inputs: RawInput[]) => new Promise<Prepared[]>((resolve, reject) => {
    const s = ++seq;
    const worker = workers[i % workers.length];
    worker.pending.set(s, { resolve, reject });
    worker.w.postMessage({ seq: s, inputs });
  });
  let turn = 0;
  return {
    size: threads,
    async analyze(inputs) {
      // split across the workers so that one batch keeps every core busy
      const per = Math.ceil(inputs.length / workers.length);
      const parts: Promise<Prepared[]>[] = [];
      for (let k = 0; k < inputs.length; k += per) parts.push(run(turn++, inputs.slice(k, k + per)));
      return (await Promise.all(parts)).flat();
    },
    async close() { await Promise.all(workers.map(({ w }) => w.terminate())); },
  };
}
