// `parley ingest`: raw inputs → (skip what is stored) → analysis on every core → one transaction per
// batch. Analysis of the next batch overlaps the write of the previous one; writes stay in order,
// so revisions keep their order. Safe to kill at any point: a batch is written whole or not at all,
// and a rerun skips every (id, content hash) already stored.
import type { Store } from '../store/store.js';
import { startPool } from './analyze-pool.js';
import { collectInputs, walk, type InputProblem } from './collect-inputs.js';
import { progressReporter, type Counts } from './progress.js';
import { rawHash, type RawInput } from './raw-input.js';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';

export type IngestOptions = {
  threads?: number;
  batch?: number;
  quiet?: boolean;
  out?: NodeJS.WriteStream;
  /** Queue the inputs for `parley worker` processes instead of analysing here. */
  queue?: boolean;
  /** Set to stop after the batches in flight (Ctrl-C). */
  signal?: AbortSignal;
};

export type IngestReport = { counts: Counts; problems: InputProblem[]; summary: string; seconds: number };

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
  const problems: InputProblem[] = [];
  const counts: Counts = { done: 0, new: 0, revision: 0, unchanged: 0, errors: 0 };
  let total: number | undefined;
  void countInputs(args).then((n) => { total = n; });
  const progress = progressReporter(opts.out ?? process.stderr, { quiet: opts.quiet, total: () => total });
  const size = opts.batch ?? 256;
  const pool = opts.queue ? null : startPool(opts.threads);
  let writes: Promise<void> = Promise.resolve();
  const inflight: Promise<void>[] = [];

  const submit = async (batch: RawInput[]) => {
    if (!batch.length) return;
    const keys = batch.map((r) => ({ id: r.id, textHash: rawHash(r) }));
    if (opts.queue) {
      await store.enqueue(batch.map((input, i) => ({ id: `${keys[i].textHash}:${input.id}`, input })));
      counts.done += batch.length;
      counts.new += batch.length;
      progress.update(counts);
      return;
    }
    const known = await store.known(keys);
    const todo = batch.filter((_, i) => !known.has(`${keys[i].id}\u0000${keys[i].textHash}`));
    const skipped = batch.length - todo.length;
    const analysed = pool!.analyze(todo);
    const step = writes.then(async () => {
      const results = await analysed;
      const items = [];
      for (const r of results) {
        if ('item' in r) items.push(r.item);
        else { counts.errors++; problems.push({ where: r.id, message: `${r.error.code}: ${r.error.message}` }); }
      }
      const outcomes = await store.putBatch(items);
      for (const o of outcomes) counts[o === 'older' ? 'revision' : o]++;
      counts.unchanged += skipped;
      counts.done += batch.length;
      progress.update(counts);
    });
    writes = step;
    inflight.push(step);
    if (inflight.length > 2) await inflight.shift();
  };

  try {
    let batch: RawInput[] = [];
    for await (const raw of collectInputs(args, problems)) {
      if (opts.signal?.aborted) break;
      batch.push(raw);
      if (batch.length >= size) { await submit(batch); batch = []; }
    }
    if (!opts.signal?.aborted) await submit(batch);
    await writes;
    // fresh statistics, or the planner guesses (PostgreSQL picked nested loops for 2 s until ANALYZE)
    if (counts.new + counts.revision > 0) await store.optimize();
  } finally {
    await pool?.close();
  }
  const summary = progress.finish(counts);
  return { counts, problems, summary, seconds: (Date.now() - started) / 1000 };
}
