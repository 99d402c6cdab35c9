// parley reanalyze on a real SQLite file: articles of an older engine are analysed again in place, a rerun does
// nothing, --force redoes all with the same result, a query limits it; made-up stories, analysis on this thread.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { ContractDoc } from '../analyze/to-contract.js';
import type { Store } from '../store/store.js';
import { engineVersion } from './engine-version.js';
import { ingest } from './ingest.js';
import { reanalyze } from './reanalyze.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-reanalyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STORIES = {
  'harbour.txt': 'Harbour deal signed\n\nMayor Ottilie Brand said on Monday that "the harbour will reopen in May," after the council voted for the plan.',
  'tariffs.txt': 'Tariff row deepens\n\nTrade Minister Kasper Lund accused Norway of dumping steel. "We will not stand for it," Lund told reporters in Oslo.',
  'bridge.txt': 'Bridge closed for repairs\n\nEngineers closed the old bridge on Friday. "It is no longer safe," said Ines Varga, the county engineer.',
};

const docs = async (s: Store) => {
  const out: ContractDoc[] = [];
  for await (const d of s.exportDocs({ copies: true })) out.push(d);
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
};

it('redoes the articles of an older engine once, --force all of them, and keeps what a rerun of the same engine makes', async () => {
  const folder = join(dir, 'news');
  rmSync(folder, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(STORIES)) writeFileSync(join(folder, name), text);
  const file = join(dir, 'corpus.db');
  let store = await openStore(file);
  await ingest(store, [folder], { threads: 0, quiet: true });
  const before = await docs(store);
  expect((await store.stats()).engines).toEqual([{ value: engineVersion(), count: 3 }]);
  expect((await reanalyze(store, { threads: 0, quiet: true })).counts).toMatchObject({ done: 0, new: 0 });
  await store.close();

  // an older store: two articles of an engine before this one, their quotes gone
  const db = new Database(file);
  db.prepare(`UPDATE articles SET engine = 'unknown' WHERE id IN ('harbour', 'tariffs')`).run();
  db.prepare(`DELETE FROM quotes WHERE article_rid IN (SELECT rid FROM articles WHERE id IN ('harbour', 'tariffs'))`).run();
  db.close();
  store = await openStore(file);
  try {
    expect((await store.quotes({ q: 'stand' })).items).toEqual([]);
    const first = await reanalyze(store, { threads: 0, quiet: true });
    expect(first.counts).toMatchObject({ done: 2, new: 2, errors: 0 });
    expect((await store.quotes({ q: 'stand' })).items.map((q) => q.text)).toEqual(['We will not stand for it,']);
    expect((await store.stats()).engines).toEqual([{ value: engineVersion(), count: 3 }]);
    expect(await docs(store)).toEqual(before);
    // a rerun has nothing to do; --force redoes every article, a query only its matches
    expect((await reanalyze(store, { threads: 0, quiet: true })).counts.done).toBe(0);
    expect((await reanalyze(store, { threads: 0, quiet: true, force: true })).counts).toMatchObject({ done: 3, new: 3 });
    expect((await reanalyze(store, { threads: 0, quiet: true, force: true, q: 'bridge' })).counts).toMatchObject({ done: 1, new: 1 });
    expect(await docs(store)).toEqual(before);
    expect((await store.getArticle('bridge'))?.revisions.length).toBe(1);
  } finally {
    await store.close();
  }
});
