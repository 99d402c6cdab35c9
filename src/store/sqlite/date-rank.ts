// Every article's place in the search page order (pub_ts DESC, id DESC), held in memory by the SQLite
// store: the matches of a common word (FTS5 lists 100,000 rowids in a few ms) are then ordered, counted
// and sampled from it, instead of reading every matching article row and sorting them. Rebuilt on the
// first read after a write, by this connection (the store says so) or another (PRAGMA data_version), at
// most so often (REBUILD_SPACING); meanwhile get() says null and searches go through SQL.
// Needs: the articles_pub index (pub_ts, id). Leaves out: PostgreSQL, which sorts with its own plans.
import type Database from 'better-sqlite3';

export type DateRank = {
  /** rid → place in the page order (0 = newest), -1 for no article. */
  rank: Int32Array;
  /** place → rid. */
  order: Int32Array;
  /** rid → 1 when the article is its duplicate group's canonical member. */
  canonical: Uint8Array;
};

/** A stale order is rebuilt at most once per this many times its build time (and once a second): while
 * writes keep coming, a large corpus spends at most ~5% of its time rebuilding; searches in between go through SQL. */
const REBUILD_SPACING = 20;

export function dateRanks(db: Database.Database): { get(): DateRank | null; touched(): void } {
  // one JSON array crosses into JS far faster than a row per article; the ordered subquery walks the
  // articles_pub index (100k: ~17 ms), where json_group_array(... ORDER BY) would sort (~120 ms)
  const ordered = db.prepare('SELECT json_group_array(rid) FROM (SELECT rid FROM articles ORDER BY pub_ts DESC, id DESC)').pluck();
  const copies = db.prepare('SELECT json_group_array(rid) FROM articles WHERE is_canonical = 0').pluck();
  let cached: DateRank | null = null;
  let version = -1;
  let writes = 0;
  let builtAt = -1;
  let builtTime = -Infinity;
  let buildMs = 0;
  return {
    touched() { writes++; },
    get() {
      const v = db.pragma('data_version', { simple: true }) as number;
      if (cached && v === version && writes === builtAt) return cached;
      const start = performance.now();
      if (start - builtTime < Math.max(1000, REBUILD_SPACING * buildMs)) return null;
      const rids = JSON.parse(ordered.get() as string) as number[];
      const size = rids.reduce((m, r) => Math.max(m, r), 0) + 1;
      const rank = new Int32Array(size).fill(-1);
      const canonical = new Uint8Array(size).fill(1);
      rids.forEach((rid, i) => { rank[rid] = i; });
      for (const rid of JSON.parse(copies.get() as string) as number[]) canonical[rid] = 0;
      cached = { rank, order: Int32Array.from(rids), canonical };
      version = v;
      builtAt = writes;
      builtTime = performance.now();
      buildMs = builtTime - start;
      return cached;
    },
  };
}
