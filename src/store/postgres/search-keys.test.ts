// PostgreSQL reads exact speaker:, actor: and event: leaves from articles.search_keys (migration 5): the keys the
// writer stores equal those derived from the child rows, through new articles and revisions (in the same batch and
// in a later one), and a field leaf ANDed with text is planned over the keys' index on articles, without the child table.
// Skipped, with the reason printed, when no server answers at PARLEY_TEST_PG.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { A1, A3, corpus } from '../../../test/corpus/corpus-fixture.js';
import { makeItem } from '../../../test/corpus/make-item.js';
import { parseQuery } from '../../search/parse-query.js';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { compileFilter } from '../sql/compile-filter.js';
import { postgresDialect } from '../sql/dialects.js';
import { SEARCH_KEYS_OF_ROWS } from './postgres-migrations.js';
import { numberParams } from './postgres-store.js';

const url = process.env.PARLEY_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
const schema = `parley_keys_${process.pid}_${Date.now().toString(36)}`;
let store: Store | null = null;
let client: pg.Client | null = null;

beforeAll(async () => {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000, options: `-c search_path=${schema}` });
  try {
    await c.connect();
  } catch (err) {
    console.log(`skip postgres search keys: PostgreSQL at ${url} unreachable: ${(err as Error).message}`);
    return;
  }
  client = c;
  store = await openStore(url, { schema });
  await store.putBatch(corpus());
});

afterAll(async () => {
  await store?.close();
  await client?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client?.end();
});

const stale = async () => (await client!.query(`SELECT a.id, a.search_keys, k.keys FROM articles a LEFT JOIN (${SEARCH_KEYS_OF_ROWS}) k
  ON k.article_id = a.id WHERE a.search_keys <> coalesce(k.keys, '{}') ORDER BY a.id`)).rows;

it('stores the keys its child rows give, for new articles and revisions', async (ctx) => {
  if (!store) return ctx.skip();
  expect(await stale()).toEqual([]);
  // a later batch revises huffpost-1: another speaker, no event
  const v2 = makeItem({ ...A1, updated: '2017-04-06T10:00:00+01:00', text: `${A1.text} Later.`, quotes: [{ said: 'Russia must face sanctions over Syria', speaker: 'Jane Doe' }], events: [] });
  expect(await store.putBatch([v2])).toEqual(['revision']);
  // a new article and its revision in one batch
  const first = makeItem({ ...A3, id: 'keys-7', published: '2018-02-02T10:00:00Z' });
  const second = makeItem({ ...A1, id: 'keys-7', published: '2018-03-03T10:00:00Z', updated: '2018-03-03T10:00:00Z', text: `${A1.text} Again.` });
  await store.putBatch([first, second]);
  expect(await stale()).toEqual([]);
  const keys = async (id: string) => (await client!.query('SELECT search_keys FROM articles WHERE id = $1', [id])).rows[0].search_keys;
  expect(await keys('huffpost-1')).toContain('s:jane doe');
  expect(await keys('huffpost-1')).not.toContain('e:THREATEN');
  expect(await keys('keys-7')).toContain('e:THREATEN');
  expect((await store.search({ q: 'speaker:"Jane Doe" sanctions', copies: true })).items.map((h) => h.article.id)).toContain('huffpost-1');
});

it('plans a speaker, actor or event leaf with text over the index of article keys, not the child table', async (ctx) => {
  if (!store) return ctx.skip();
  for (const q of ['speaker:"Boris Johnson" sanctions', 'actor:RUS Moscow', 'event:THREATEN Russia']) {
    const params: unknown[] = [];
    const where = compileFilter(parseQuery(q).node, postgresDialect, params);
    await client!.query('BEGIN');
    // a six-row table is read whole whatever the indexes: forbid that, to see which indexes the plan can use
    await client!.query('SET LOCAL enable_seqscan = off');
    const plan = (await client!.query(`EXPLAIN (COSTS OFF) SELECT count(*) FROM articles a WHERE ${numberParams(where)}`, params)).rows
      .map((r) => String(r['QUERY PLAN'])).join('\n');
    await client!.query('ROLLBACK');
    // (at 100k articles the text's index joins in: BitmapAnd; six rows leave the planner free to filter on the text)
    expect(plan, q).toMatch(/Index Scan on articles_search_keys/);
    expect(plan, q).not.toMatch(/ on (quotes|actor_keys|events) /);
  }
});
