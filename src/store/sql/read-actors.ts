// The actors of a query: people, organisations, places and groups by the number of matching articles naming them, with
// their mentions, quotes and events there, and their country and sector as most of those articles give them. The whole
// corpus is read from the actor aggregates (migration 10: actor_counts, actor_facets), a query from the matching
// articles' rows.
import type { ActorRecord, Page, QueryOptions } from '../store.js';
import { decodeCursor, encodeCursor } from '../../search/cursor.js';
import { requiredFields } from '../../search/parse-query.js';
import { onArticle, type Dialect } from './compile-filter.js';
import { articleFilter, isWholeCorpus, pageSize, type Filter } from './article-filter.js';
import { mostCommon } from './most-common.js';
import { num, str, type Exec, type Row } from './exec.js';
import { restrict } from './read-rows.js';

const marks = (xs: readonly unknown[]) => xs.map(() => '?').join(',');

/** The country and sector votes of the actors keyed `name_lc`, over every canonical article (actor_facets): rows of
 * (k = name_lc, name, country, sector, n), '' for no country or sector (no vote, as most-common.ts reads it). */
export async function actorFacets(exec: Exec, namesLc: readonly string[]): Promise<Row[]> {
  const out: Row[] = [];
  for (let i = 0; i < namesLc.length; i += 500) {
    const chunk = namesLc.slice(i, i + 500);
    out.push(...await exec.all(`SELECT name_lc AS k, name, country, sector, n FROM actor_facets WHERE name_lc IN (${marks(chunk)}) AND n > 0`, chunk));
  }
  return out;
}

/** One page of actors ranked by articles (then name): from the aggregates for the whole corpus, else from the rows. */
async function rankedActors(exec: Exec, dialect: Dialect, opts: QueryOptions, f: Filter, limit: number, offset: number): Promise<Row[]> {
  if (isWholeCorpus(opts)) {
    return exec.all(`SELECT name_lc, name, type, articles, mentions, events FROM actor_counts WHERE articles > 0
      ORDER BY articles DESC, name_lc LIMIT ${limit + 1} OFFSET ${offset}`, []);
  }
  const params = [...f.params];
  let where = f.where;
  for (const a of requiredFields(f.node, 'actor')) {
    const p: unknown[] = [];
    where += ` AND (${restrict('e.name_lc', [a], p).slice(5)} OR ${restrict('e.country_lc', [a], p).slice(5)})`;
    params.push(...p);
  }
  return exec.all(`SELECT e.name_lc, max(e.name) AS name, max(e.type) AS type,
    count(DISTINCT e.${dialect.key.child}) AS articles, sum(e.mentions) AS mentions FROM entities e JOIN articles a ON ${onArticle(dialect, 'e')}
    WHERE ${where} GROUP BY e.name_lc ORDER BY articles DESC, e.name_lc LIMIT ${limit + 1} OFFSET ${offset}`, params);
}

export async function actors(exec: Exec, dialect: Dialect, opts: QueryOptions): Promise<Page<ActorRecord>> {
  const f = articleFilter(opts, dialect);
  const whole = isWholeCorpus(opts);
  const offset = Number(decodeCursor(opts.cursor)?.[0] ?? 0) || 0;
  const limit = pageSize(opts);
  const rows = await rankedActors(exec, dialect, opts, f, limit, offset);
  const kept = rows.slice(0, limit);
  const names = kept.map((r) => String(r.name_lc));
  const counts = async (sql: string) => {
    if (!names.length) return new Map<string, number>();
    const rs = await exec.all(sql.replace('$IN', marks(names)), [...f.params, ...names]);
    return new Map(rs.map((r) => [String(r.k), num(r.n)]));
  };
  const [q, v, votes] = await Promise.all([
    counts(`SELECT q.speaker_lc AS k, count(*) AS n FROM quotes q JOIN articles a ON ${onArticle(dialect, 'q')} WHERE ${f.where} AND q.speaker_lc IN ($IN) GROUP BY q.speaker_lc`),
    whole ? new Map(kept.map((r) => [String(r.name_lc), num(r.events)])) : counts(`SELECT x.value AS k, count(*) AS n FROM events ev
      JOIN articles a ON ${onArticle(dialect, 'ev')} CROSS JOIN ${dialect.elements('ev.actor_names')} WHERE ${f.where} AND x.value IN ($IN) GROUP BY x.value`),
    // country and sector as most of the matching articles give them, not max() (most-common.ts)
    whole ? actorFacets(exec, names) : names.length ? exec.all(`SELECT e.name_lc AS k, e.country, e.sector, count(*) AS n FROM entities e
      JOIN articles a ON ${onArticle(dialect, 'e')} WHERE ${f.where} AND e.name_lc IN (${marks(names)}) GROUP BY e.name_lc, e.country, e.sector`,
    [...f.params, ...names]) : [],
  ]);
  const [country, sector] = [mostCommon(votes, 'k', 'country'), mostCommon(votes, 'k', 'sector')];
  return {
    items: kept.map((r) => ({
      name: String(r.name), type: str(r.type), country: country.get(String(r.name_lc)) ?? null, sector: sector.get(String(r.name_lc)) ?? null, articles: num(r.articles),
      mentions: num(r.mentions), quotes: q.get(String(r.name_lc)) ?? 0, events: v.get(String(r.name_lc)) ?? 0,
    })),
    next: rows.length > limit ? encodeCursor([offset + limit]) : null,
  };
}
