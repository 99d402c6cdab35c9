// `parley reanalyze`: the engine improves, the corpus stays. Every stored article (or those a query matches) that
// an older engine analysed is read back (its current text and meta), analysed again on every core as ingest does,
// and its analysis replaced in one transaction per batch. Resumable and idempotent: each batch stamps its articles
// with the current engine, and a rerun visits only the others (--force: all of them again, from the start).
// Leaves out: older revisions (their documents stay as they were made) and pages' HTML (not stored: a page is
// re-read from the text its reader made, with its headline, dates, URL and source given as stored).
import type { StoredText, Store } from '../store/store.js';
import { startPool } from './analyze-pool.js';
import { engineVersion } from './engine-version.js';
import { DEFAULT_BATCH } from './ingest.js';
import { progressReporter, type Counts, type ProgressWords } from './progress.js';
import type { RawInput } from './raw-input.js';

export type ReanalyzeOptions = {
  /** Only the articles this query matches (duplicate copies too); all when absent. */
  q?: string;
  /** Also the articles the current engine analysed. */
  force?: boolean;
  threads?: number;
  batch?: number;
  quiet?: boolean;
  out?: NodeJS.WriteStream;
  /** Set to stop after the batches in flight (Ctrl-C). */
  signal?: AbortSignal;
};

export type ReanalyzeReport = { engine: string; counts: Counts; problems: { where: string; message: string }[]; summary: string; seconds: number };

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** `new` counts the articles whose analysis was replaced; `unchanged` those skipped because they changed or went meanwhile. */
const WORDS: ProgressWords = {
  verb: 'reanalyze',
  past: 'reanalysed',
  bar: (c) => `replaced ${fmt(c.new)} skipped ${fmt(c.unchanged)} err ${fmt(c.errors)}`,
  line: (c) => `replaced ${c.new}, skipped ${c.unchanged}, errors ${c.errors}`,
  summary: (c) => `${c.new} replaced, ${c.unchanged} skipped (changed meanwhile), ${c.errors} errors`,
};

/** A stored article as the reader's input again: its text, and the meta it was given or found. */
const rawOf = (s: StoredText): RawInput => ({
  id: s.id, text: s.text, ...(s.headline ? { headline: s.headline } : {}), ...(s.published ? { published: s.published } : {}),
  ...(s.updated ? { updated: s.updated } : {}), ...(s.url ? { url: s.url } : {}), ...(s.source ? { source: s.source } : {}),
});

/** Re-run the current analysis over the stored articles `opts.q` matches (all by default) that another engine analysed. */
export async function reanalyze(store: Store, opts: ReanalyzeOptions = {}): Promise<ReanalyzeReport> {
  const started = Date.now();
  const engine = engineVersion();
  const filter = { q: opts.q, ...(opts.force ? {} : { skipEngine: engine }) };
  const total = await store.countStoredTexts(filter);
  const counts: Counts = { done: 0, new: 0, revision: 0, unchanged: 0, errors: 0 };
  const problems: ReanalyzeReport['problems'] = [];
  const progress = progressReporter(opts.out ?? process.stderr, { quiet: opts.quiet, total: () => total, words: WORDS });
  const size = opts.batch ?? DEFAULT_BATCH;
  const pool = total ? startPool(opts.threads, { backlog: size, searchKeys: store.kind !== 'sqlite' }) : null;
  let writes: Promise<void> = Promise.resolve();
  const inflight: Promise<void>[] = [];
  try {
    // the first batches are small (32, 64, …) so that writing starts while the workers warm up
    let want = Math.min(size, 32);
    let after: string | null = null;
    while (pool && !opts.signal?.aborted) {
      const page: StoredText[] = await store.storedTexts({ ...filter, after, limit: want });
      if (!page.length) break;
      after = page[page.length - 1].id;
      // the stored text hash stays the article's: its content is what it was
      const analysed = pool.analyze(page.map(rawOf), page.map((s) => s.textHash));
      const step = writes.then(async () => {
        const items = [];
        for (const r of await analysed) {
          if ('item' in r) items.push(r.item);
          else { counts.errors++; problems.push({ where: r.id, message: `${r.error.code}: ${r.error.message}` }); }
        }
        for (const o of await store.replaceAnalysis(items)) counts[o === 'replaced' ? 'new' : 'unchanged']++;
        counts.done += page.length;
        progress.update(counts);
      });
      writes = step;
      inflight.push(step);
      // the write of batch N overlaps the analysis of N+1..N+3, as in ingest
      if (inflight.length > 4) await inflight.shift();
      want = Math.min(size, want * 2);
    }
    await writes;
    if (counts.new > 0) await store.optimize();
  } finally {
    await pool?.close();
  }
  return { engine, counts, problems, summary: progress.finish(counts), seconds: (Date.now() - started) / 1000 };
}
