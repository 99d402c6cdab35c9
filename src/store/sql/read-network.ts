// The actor network: relations (speaker → actor quoted, event actor → recipient) summed over the
// matching articles. The whole corpus is read from the network_edges aggregate (migration 2); a query
// sums the matching articles' relation rows. Node details come from network_nodes either way.
import type { ActorNetwork, QueryOptions } from '../store.js';
import { onArticle, type Dialect } from './compile-filter.js';
import { articleFilter, isWholeCorpus } from './article-filter.js';
import { num, str, type Exec, type Row } from './exec.js';
import { mostCommon } from './most-common.js';
import { actorFacets } from './read-actors.js';

async function edgeRows(exec: Exec, dialect: Dialect, opts: QueryOptions, minWeight: number): Promise<Row[]> {
  if (isWholeCorpus(opts)) {
    return exec.all(`SELECT source, target, relation, weight AS w FROM network_edges WHERE weight > 0 AND weight >= ?
      ORDER BY w DESC, source, target, relation`, [minWeight]);
  }
  const f = articleFilter(opts, dialect);
  return exec.all(`SELECT r.source, r.target, r.relation, sum(r.weight) AS w FROM relations r JOIN articles a ON ${onArticle(dialect, 'r')}
    WHERE ${f.where} GROUP BY r.source, r.target, r.relation HAVING sum(r.weight) >= ? ORDER BY w DESC, r.source, r.target, r.relation`,
  [...f.params, minWeight]);
}

export async function actorNetwork(exec: Exec, dialect: Dialect, opts: QueryOptions & { minWeight?: number }): Promise<ActorNetwork> {
  const rows = await edgeRows(exec, dialect, opts, opts.minWeight ?? 1);
  const edges = rows.map((r) => ({ source: String(r.source), target: String(r.target), relation: String(r.relation), weight: num(r.w) }));
  const weight = new Map<string, number>();
  for (const e of edges) for (const n of [e.source, e.target]) weight.set(n, (weight.get(n) ?? 0) + e.weight);
  const names = [...weight.keys()];
  // type from network_nodes; country and sector as most articles give them (most-common.ts), counted over the canonical
  // articles naming the actor (actor_facets, per exact name)
  const info = new Map<string, Row>();
  for (let i = 0; i < names.length; i += 500) {
    const chunk = names.slice(i, i + 500);
    for (const r of await exec.all(`SELECT name, type FROM network_nodes WHERE name IN (${chunk.map(() => '?').join(',')})`, chunk)) info.set(String(r.name), r);
  }
  const wanted = new Set(names);
  const votes = (await actorFacets(exec, [...new Set(names.map((n) => n.toLowerCase()))])).filter((r) => wanted.has(String(r.name)));
  const [country, sector] = [mostCommon(votes, 'name', 'country'), mostCommon(votes, 'name', 'sector')];
  const nodes = names.map((name) => ({
    id: name, name, type: str(info.get(name)?.type), country: country.get(name) ?? null, sector: sector.get(name) ?? null, weight: weight.get(name) ?? 0,
  }));
  return { nodes, edges };
}
