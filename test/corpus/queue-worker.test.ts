// `ingest --queue` then workers: every queued article is analysed and stored once, whichever worker
// takes it (two workers run at once on the same store).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { runWorker } from '../../src/ingest/run-worker.js';
import { generateArticle } from '../../src/ingest/generate-articles.js';
import { openStore } from '../../src/store/open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-queue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('queued inputs are analysed once by concurrent workers', async () => {
  const file = join(dir, 'q.jsonl');
  writeFileSync(file, Array.from({ length: 40 }, (_, i) => JSON.stringify(generateArticle(i, 3).raw)).join('\n'));
  const store = await openStore(join(dir, 'q.db'));
  const queued = await ingest(store, [file], { queue: true, quiet: true });
  expect(queued.counts.done).toBe(40);
  expect(await store.pendingJobs()).toBe(40);
  const [a, b] = await Promise.all([
    runWorker(store, { threads: 0, batch: 7, exitWhenIdle: true }),
    runWorker(store, { threads: 0, batch: 7, exitWhenIdle: true }),
  ]);
  expect(a + b).toBe(40);
  expect(await store.pendingJobs()).toBe(0);
  expect((await store.stats()).articles).toBe(40);
  await store.close();
});
