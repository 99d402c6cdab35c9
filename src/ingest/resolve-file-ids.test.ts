// Two runs over folders that hold the same relative path keep two articles; the same run again adds nothing; a store
// written before files were recorded is adopted by the file that claims its id. A real SQLite file, made-up stories.
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { ingest } from './ingest.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-fileids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const story = (town: string) => `Flood barriers raised in ${town}\n\nThe council of ${town} raised the flood barriers on Sunday. `
  + `"The river is higher than in any spring we remember," said Mayor Petra Holm, who asked residents to stay away from the quays.`;

function folder(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

it('parley ingest a, then b, both with deep/x.txt: two articles; each run again is a no-op', async () => {
  const a = folder('2016', { 'deep/x.txt': story('Aldmoor') });
  const b = folder('2017', { 'deep/x.txt': story('Brackwater') });
  const store = await openStore(join(dir, 'two-runs.db'));
  try {
    const run = (f: string) => ingest(store, [f], { threads: 0, quiet: true });
    expect((await run(a)).counts).toMatchObject({ new: 1, revision: 0 });
    const second = await run(b);
    expect(second.counts).toMatchObject({ new: 1, revision: 0 });
    expect(second.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^id "deep\/x" is held by .*2016\/deep\/x\.txt from an earlier run: stored as ".*2017\/deep\/x"$/)]);
    for (const f of [a, b, a]) expect((await run(f)).counts).toMatchObject({ done: 1, new: 0, revision: 0, unchanged: 1 });
    expect((await store.stats()).articles).toBe(2);
    expect((await store.getArticle('deep/x'))?.article.headline).toBe('Flood barriers raised in Aldmoor');
    // an edit of the second folder's file is a revision of its own article
    writeFileSync(join(b, 'deep/x.txt'), story('Brackwater') + ' The barriers stay up until Friday.');
    expect((await run(b)).counts).toMatchObject({ new: 0, revision: 1 });
    expect((await store.stats()).articles).toBe(2);
  } finally {
    await store.close();
  }
});

it('an article stored before files were recorded belongs to the first file that claims its id', async () => {
  const a = folder('old-a', { 'y.txt': story('Cold Harbour') });
  const b = folder('old-b', { 'y.txt': story('Dunmere') });
  const file = join(dir, 'legacy.db');
  let store = await openStore(file);
  await ingest(store, [a], { threads: 0, quiet: true });
  await store.close();
  const db = new Database(file);
  db.prepare('UPDATE articles SET origin = NULL').run(); // as migration 8 leaves older rows
  db.close();
  store = await openStore(file);
  try {
    expect((await ingest(store, [a], { threads: 0, quiet: true })).counts).toMatchObject({ unchanged: 1 });
    expect((await ingest(store, [b], { threads: 0, quiet: true })).counts).toMatchObject({ new: 1, revision: 0 });
    expect((await store.getArticle('y'))?.article.headline).toBe('Flood barriers raised in Cold Harbour');
  } finally {
    await store.close();
  }
});
