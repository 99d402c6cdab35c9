// Every plan of a search answers alike: the fixture corpus is searched under thresholds that send each
// query down each path (probed or collected fields, a field or the text driving, the date index walked, the
// page order in memory).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { corpus } from '../../../test/corpus/corpus-fixture.js';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { SEARCH_TUNING } from './plan-search.js';

const QUERIES = ['Moscow', 'sanction*', '"frank exchange"', 'Moscow NOT Lavrov', 'speaker:"Boris Johnson"', 'speaker:"boris johnson" sanction*',
  'actor:RUS', 'actor:RUS event:MEET', 'actor:SYR OR actor:"Jane Doe"', 'source:huffpost actor:GBR', 'event:THREATEN Russia', 'after:2017-04-10 actor:RUS',
  'NOT Moscow', '(Lavrov OR Assad) -Moscow', ''];

const dir = mkdtempSync(join(tmpdir(), 'parley-plan-'));
let store: Store;
beforeAll(async () => {
  store = await openStore(join(dir, 'plan.db'));
  await store.putBatch(corpus());
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function answers(copies: boolean) {
  const out: unknown[] = [];
  for (const q of QUERIES) {
    const r = await store.search({ q, copies, limit: 2 });
    const rest = r.next ? await store.search({ q, copies, limit: 10, cursor: r.next, facets: false }) : null;
    const sort = (fs: { value: string; count: number }[]) => [...fs].sort((a, b) => (a.value < b.value ? -1 : 1));
    out.push({ q, ids: [...r.items, ...(rest?.items ?? [])].map((h) => h.article.id), total: r.total, totalWithCopies: r.totalWithCopies,
      facets: [sort(r.facets.source), sort(r.facets.event), sort(r.facets.speaker)] });
  }
  return out;
}

it('gives the same pages, totals and facets whichever plan it takes', async () => {
  const saved = { ...SEARCH_TUNING };
  try {
    for (const copies of [false, true]) {
      const expected = await answers(copies);
      for (const tuning of [{ common: 0, dense: 0, ranked: false }, { common: 0, dense: 2, ranked: false }, { common: 1e9, dense: 2, ranked: false }, { common: 0 }, { common: 0, driverCap: 0 }]) {
        Object.assign(SEARCH_TUNING, saved, tuning);
        expect(await answers(copies)).toEqual(expected);
      }
      Object.assign(SEARCH_TUNING, saved);
    }
  } finally {
    Object.assign(SEARCH_TUNING, saved);
  }
});
