// The WHERE clause every read starts from: the query, duplicate copies excluded unless asked for.
import { parseQuery, type QueryNode } from '../../search/parse-query.js';
import type { QueryOptions } from '../store.js';
import { compileFilter, isText, leafProbe, type Dialect } from './compile-filter.js';
import { num, type Exec } from './exec.js';

export type Filter = { node: QueryNode; where: string; params: unknown[]; order?: string };

/** Page order on (pub_ts DESC, id DESC); the `+` form keeps SQLite from walking the date index (see searchFilter). */
const ORDER = 'a.pub_ts DESC, a.id DESC';
const ORDER_BY_SORT = '+a.pub_ts DESC, +a.id DESC';

/** Parse `opts.q` and compile it to a predicate over `articles a`. */
export function articleFilter(opts: QueryOptions, dialect: Dialect): Filter {
  const { node } = parseQuery(opts.q);
  const params: unknown[] = [];
  let where = compileFilter(node, dialect, params);
  if (!opts.copies) where = `(${where}) AND a.is_canonical = 1`;
  return { node, where, params };
}

/** True when `opts` asks for the whole corpus as the aggregates of migration 2 count it (no query, no copies). */
export function isWholeCorpus(opts: QueryOptions): boolean {
  return !opts.copies && parseQuery(opts.q).node.kind === 'all';
}

/** A leaf matched by at least this many rows is "common": probed per article rather than collected. */
const COMMON = 2000;

/**
 * Field leaves (speaker:, actor:, event:) outside text subtrees. Text stays a set lookup: an FTS5
 * MATCH probed per row re-runs the whole match, so it is never turned into EXISTS.
 */
function fieldLeaves(node: QueryNode, out: QueryNode[] = []): QueryNode[] {
  if (node.kind === 'field') out.push(node);
  else if (node.kind === 'not') fieldLeaves(node.child, out);
  else if (node.kind === 'and' || node.kind === 'or') for (const c of node.children) fieldLeaves(c, out);
  return out;
}

/**
 * The filter for a page of search results: like articleFilter, but each leaf's frequency is probed
 * first (a capped count on its index), and common leaves become per-row EXISTS probes.
 */
export async function searchFilter(opts: QueryOptions, dialect: Dialect, exec: Exec): Promise<Filter> {
  const { node } = parseQuery(opts.q);
  const common = new Set<QueryNode>();
  const rare = new Set<QueryNode>();
  const count = async (probe: string | null, params: unknown[]) => (probe ? num((await exec.all(probe, params))[0]?.n) : COMMON);
  // PostgreSQL plans IN and EXISTS alike (semi-joins, from its statistics): only SQLite needs the hint
  for (const leaf of dialect.name === 'sqlite' ? fieldLeaves(node) : []) {
    const params: unknown[] = [];
    const n = await count(leafProbe(compileFilter(leaf, dialect, params), COMMON), params);
    if (n >= COMMON) common.add(leaf); else rare.add(leaf);
  }
  // A rare conjunct bounds the matches: SQLite then does best to collect them and sort, where it would
  // otherwise walk the whole date index looking for them (a rare word: 100k index entries for no row).
  let selective = false;
  if (dialect.name === 'sqlite') {
    const conjuncts = node.kind === 'and' ? node.children : [node];
    for (const c of conjuncts) {
      if (rare.has(c)) { selective = true; break; }
      if (c.kind === 'not' || !isText(c)) continue;
      const params: unknown[] = [];
      if (await count(leafProbe(compileFilter(c, dialect, params), COMMON), params) < COMMON) { selective = true; break; }
    }
  }
  const params: unknown[] = [];
  let where = compileFilter(node, dialect, params, common);
  if (!opts.copies) where = `(${where}) AND a.is_canonical = 1`;
  return { node, where, params, order: selective ? ORDER_BY_SORT : ORDER };
}

/** Page size: the caller's limit (no cap), 20 by default. */
export function pageSize(opts: QueryOptions): number {
  const n = Math.floor(Number(opts.limit ?? 20));
  return Number.isFinite(n) && n > 0 ? n : 20;
}
