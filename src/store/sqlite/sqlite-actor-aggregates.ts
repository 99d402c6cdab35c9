// SQLite migration 10: per-actor aggregates over the canonical articles, so that the whole corpus's actor list and
// the actor network's countries and sectors are read from a few rows, not from every entity and event row
// (100,000 generated articles: `parley actors` grouped 1.5M entity rows and walked every event's actor list,
// ~10 s of CPU; the network counted country votes by scanning all entities once per 500 names):
//   actor_counts(name_lc, name, type, articles, mentions, events)  articles naming the actor, mentions in them, and
//     event actor slots holding the name; name and type the largest seen (as network_nodes, never lowered)
//   actor_facets(name_lc, name, country, sector, n)  entity rows per exact name with that country and sector ('' for none)
// Kept by the writer per batch (sum-aggregates.ts), as day_counts and network_edges are; rows that fall to 0 stay
// (readers skip them). Needs: migrations 1–9. PostgreSQL: postgres-actor-aggregates.ts, the same tables.

import { greatest } from './sqlite-aggregates.js';

const UPSERT_COUNTS = `ON CONFLICT (name_lc) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions,
  events = events + excluded.events, name = ${greatest('name')}, type = ${greatest('type')}`;
const UPSERT_FACETS = 'ON CONFLICT (name_lc, name, country, sector) DO UPDATE SET n = n + excluded.n';

/** Where the rows come from: the child table's alias ("e" for entities, "ev" for events) → joins after it and the predicate. */
export type Scope = (child: 'e' | 'ev') => Readonly<{ join: string; where: string }>;

/** Over the canonical articles (`a` joined to the child's rows), with more of a predicate when given. */
export const canonicalScope = (where = ''): Scope => (c) => ({ join: `JOIN articles a ON a.rid = ${c}.article_rid`, where: `${where}a.is_canonical = 1` });

/**
 * The three statements adding `sign` (a literal or a parameter) times the entity and event rows `scope` selects (the
 * caller's predicate must name a.is_canonical when it matters).
 */
export function actorAggregateSql(sign: string, scope: Scope): string[] {
  const e = scope('e'), ev = scope('ev');
  return [
    `INSERT INTO actor_counts (name_lc, name, type, articles, mentions, events) SELECT e.name_lc, max(e.name), max(e.type),
      ${sign} * count(DISTINCT e.article_rid), ${sign} * coalesce(sum(e.mentions), 0), 0 FROM entities e ${e.join}
      WHERE ${e.where} AND e.name_lc IS NOT NULL GROUP BY 1 ${UPSERT_COUNTS}`,
    `INSERT INTO actor_counts (name_lc, name, type, articles, mentions, events) SELECT x.value, NULL, NULL, 0, 0, ${sign} * count(*)
      FROM events ev ${ev.join}, json_each(ev.actor_names) x WHERE ${ev.where} AND x.value IS NOT NULL GROUP BY 1 ${UPSERT_COUNTS}`,
    `INSERT INTO actor_facets (name_lc, name, country, sector, n) SELECT e.name_lc, e.name, coalesce(e.country, ''), coalesce(e.sector, ''),
      ${sign} * count(*) FROM entities e ${e.join} WHERE ${e.where} AND e.name IS NOT NULL GROUP BY 1, 2, 3, 4 ${UPSERT_FACETS}`,
  ];
}

export const SQLITE_ACTOR_AGGREGATES = `
CREATE TABLE actor_counts (name_lc TEXT PRIMARY KEY, name TEXT, type TEXT, articles INTEGER NOT NULL, mentions INTEGER NOT NULL,
  events INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE actor_facets (name_lc TEXT NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL, sector TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (name_lc, name, country, sector)) WITHOUT ROWID;
${actorAggregateSql('1', canonicalScope()).join(';\n')};
`;
