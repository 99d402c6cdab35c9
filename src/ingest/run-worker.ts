// `parley worker`: claim queued analysis jobs (FOR UPDATE SKIP LOCKED on PostgreSQL), analyse them on
// this machine's cores, store the results, mark the jobs done. Many workers on many machines can
// share one database; a job whose worker died is claimed again after ten minutes.
import { hostname } from 'node:os';
import type { Store } from '../store/store.js';
import { startPool } from './analyze-pool.js';
import type { RawInput } from './raw-input.js';

export type WorkerOptions = { batch?: number; threads?: number; exitWhenIdle?: boolean; pollMs?: number; signal?: AbortSignal; log?: (line: string) => void };

/** Work until the queue is empty (exitWhenIdle) or the signal aborts; returns the number of jobs done. */
export async function runWorker(store: Store, opts: WorkerOptions = {}): Promise<number> {
  const name = `${hostname()}:${process.pid}`;
  const pool = startPool(opts.threads, { searchKeys: store.kind !== 'sqlite' });
  let done = 0;
  let optimized = 0;
  try {
    while (!opts.signal?.aborted) {
      const jobs = await store.claimJobs(opts.batch ?? 256, name);
      if (!jobs.length) {
        if (done > optimized) { await store.optimize(); optimized = done; }
        if (opts.exitWhenIdle) break;
        await new Promise((r) => setTimeout(r, opts.pollMs ?? 2000));
        continue;
      }
      const results = await pool.analyze(jobs.map((j) => j.input as unknown as RawInput));
      const items = results.flatMap((r) => ('item' in r ? [r.item] : []));
      await store.putBatch(items);
      const failed = results.flatMap((r, i) => ('error' in r ? [jobs[i].id] : []));
      await store.finishJobs(jobs.map((j) => j.id).filter((id) => !failed.includes(id)));
      if (failed.length) await store.finishJobs(failed, 'analysis failed');
      done += jobs.length;
      opts.log?.(`worker ${name}: ${done} jobs done`);
    }
  } finally {
    await pool.close();
  }
  return done;
}
