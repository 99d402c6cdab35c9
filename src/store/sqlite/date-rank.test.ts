// The page order in memory: newest first as the SQL ORDER BY says, copies flagged, and not rebuilt
// again right after a write (searches then go through SQL).
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { dateRanks } from './date-rank.js';

it('orders articles as (pub_ts DESC, id DESC) and holds off a rebuild right after one', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE articles (rid INTEGER PRIMARY KEY, id TEXT, pub_ts TEXT, is_canonical INTEGER);
    CREATE INDEX articles_pub ON articles (pub_ts, id);
    INSERT INTO articles VALUES (1, 'a', '2017-01-02', 1), (2, 'b', '2017-01-03', 0), (3, 'c', '2017-01-02', 1), (5, 'd', '', 1);`);
  const ranks = dateRanks(db);
  const r = ranks.get()!;
  expect([...r.order]).toEqual([2, 3, 1, 5]);
  expect([...r.rank]).toEqual([-1, 2, 0, 1, -1, 3]);
  expect([r.canonical[2], r.canonical[3]]).toEqual([0, 1]);
  expect(ranks.get()).toBe(r);
  db.exec(`INSERT INTO articles VALUES (6, 'e', '2018-01-01', 1)`);
  ranks.touched();
  expect(ranks.get()).toBeNull();
});
