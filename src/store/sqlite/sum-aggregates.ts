// Keeps the aggregates of migrations 2 and 10 (day_counts, network_edges, network_nodes: see sqlite-aggregates.ts
// for their meaning; actor_counts, actor_facets: sqlite-actor-aggregates.ts) equal to the sums over the rows, batch by batch, in place of the row triggers that
// migration 4 drops (they cost ~0.25 ms per article: one article lookup and one upsert per child row).
// Articles new in the batch are summed in JS (day counts) and from their rows just inserted (edges,
// nodes); an article stored before the batch and replaced by a revision is subtracted before it changes
// and added back afterwards from its rows. Needs: the writer to call it for every change it makes.
import type Database from 'better-sqlite3';
import type { RowTuples } from '../row-tuples.js';
import { actorAggregateSql, canonicalScope } from './sqlite-actor-aggregates.js';
import { greatest } from './sqlite-aggregates.js';

const UPSERT_DAY = 'ON CONFLICT (day, kind) DO UPDATE SET n = n + excluded.n';
const UPSERT_EDGE = 'ON CONFLICT (source, target, relation) DO UPDATE SET weight = weight + excluded.weight';
const rows = (param: string) => `(SELECT value AS v FROM jsonb_each(${param}))`;

export type Aggregates = ReturnType<typeof sumAggregates>;

export function sumAggregates(db: Database.Database) {
  const days = db.prepare(`INSERT INTO day_counts (day, kind, n) SELECT v->>0, v->>1, v->>2 FROM ${rows('?')} WHERE true ${UPSERT_DAY}`);
  // from the batch's rows just inserted, read back by their articles' rids (a JSON array): reading the relations
  // and entities primary keys by rid costs less than parsing the JSON row chunks a second time
  const batchRids = 'article_rid IN (SELECT value FROM json_each(?))';
  const edges = db.prepare(`INSERT INTO network_edges (source, target, relation, weight) SELECT source, target, relation, sum(weight)
    FROM relations WHERE ${batchRids} GROUP BY 1, 2, 3 ${UPSERT_EDGE}`);
  const nodes = db.prepare(`INSERT INTO network_nodes (name, type, country, sector) SELECT name, max(type), max(country), max(sector)
    FROM entities WHERE ${batchRids} AND name IS NOT NULL GROUP BY 1
    ON CONFLICT (name) DO UPDATE SET type = ${greatest('type')}, country = ${greatest('country')}, sector = ${greatest('sector')}
    WHERE ${['type', 'country', 'sector'].map((c) => `${greatest(c)} IS NOT ${c}`).join(' OR ')}`);
  // one stored article's contribution, times ? (+1 or -1), when it is canonical
  const stored = [
    `INSERT INTO day_counts (day, kind, n) SELECT pub_day, 'articles', ? FROM articles WHERE rid = ? AND is_canonical = 1 ${UPSERT_DAY}`,
    `INSERT INTO day_counts (day, kind, n) SELECT a.pub_day, 'quotes', ? * count(*) FROM quotes q JOIN articles a ON a.rid = q.article_rid
      WHERE a.rid = ? AND a.is_canonical = 1 GROUP BY a.pub_day ${UPSERT_DAY}`,
    `INSERT INTO day_counts (day, kind, n) SELECT a.pub_day, 'event:' || coalesce(ev.event, ''), ? * count(*) FROM events ev
      JOIN articles a ON a.rid = ev.article_rid WHERE a.rid = ? AND a.is_canonical = 1 GROUP BY 1, 2 ${UPSERT_DAY}`,
    `INSERT INTO network_edges (source, target, relation, weight) SELECT r.source, r.target, r.relation, ? * sum(r.weight) FROM relations r
      JOIN articles a ON a.rid = r.article_rid WHERE a.rid = ? AND a.is_canonical = 1 GROUP BY 1, 2, 3 ${UPSERT_EDGE}`,
  ].map((sql) => db.prepare(sql));
  // the actor aggregates (migration 10): of the batch's new canonical articles, and of one stored article times @s
  const actorsOf = actorAggregateSql('1', (c) => ({ join: '', where: `${c}.article_rid IN (SELECT value FROM json_each(?))` })).map((sql) => db.prepare(sql));
  const actorsStored = actorAggregateSql('@s', canonicalScope('a.rid = @rid AND ')).map((sql) => db.prepare(sql));
  const counts = new Map<string, number>();
  const count = (day: string, kind: string, n: number) => {
    const k = `${day}\u0000${kind}`;
    counts.set(k, (counts.get(k) ?? 0) + n);
  };

  return {
    /** Before a stored article (by rid) changes (`-1`) and after its new rows are in (`+1`). */
    stored(rid: number, sign: 1 | -1) {
      for (const s of stored) s.run(sign, rid);
      for (const s of actorsStored) s.run({ s: sign, rid });
    },
    /** A canonical article new in this batch, with the tuples of its last version. */
    fresh(t: RowTuples) {
      count(t.pubDay, 'articles', 1);
      if (t.quoteCount) count(t.pubDay, 'quotes', t.quoteCount);
      for (const type of t.eventTypes) count(t.pubDay, `event:${type}`, 1);
    },
    /** Edges and actor aggregates from the relations, entities and events rows of the articles listed (JSON array of
     * rids: the batch's new canonical ones);
     * nodes from the entities rows of the articles listed (all the batch wrote). */
    canonical(rids: string) {
      edges.run(rids);
      for (const s of actorsOf) s.run(rids);
    },
    nodes(rids: string) { nodes.run(rids); },
    /** Write the day counts summed since the last flush. */
    flush() {
      if (!counts.size) return;
      days.run(JSON.stringify([...counts].map(([k, n]) => [...k.split('\u0000'), n])));
      counts.clear();
    },
    /** Forget what was summed (the transaction rolled back). */
    clear() { counts.clear(); },
  };
}
