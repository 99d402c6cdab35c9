// The WHERE clause every read starts from: the query, duplicate copies excluded unless asked for.
import { parseQuery, type QueryNode } from '../../search/parse-query.js';
import type { QueryOptions } from '../store.js';
import { compileFilter, type Dialect } from './compile-filter.js';

export type Filter = { node: QueryNode; where: string; params: unknown[] };

/** Parse `opts.q` and compile it to a predicate over `articles a` (`part`: only that part of it, rowText's `article`). */
export function articleFilter(opts: QueryOptions, dialect: Dialect, part?: (node: QueryNode) => QueryNode): Filter {
  const { node } = parseQuery(opts.q);
  const params: unknown[] = [];
  let where = compileFilter(part ? part(node) : node, dialect, params);
  if (!opts.copies) where = `(${where}) AND a.is_canonical = 1`;
  return { node, where, params };
}

/** True when `opts` asks for the whole corpus as the aggregates of migration 2 count it (no query, no copies). */
export function isWholeCorpus(opts: QueryOptions): boolean {
  return !opts.copies && parseQuery(opts.q).node.kind === 'all';
}

/** Page size: the caller's limit (no cap), 20 by default. */
export function pageSize(opts: QueryOptions): number {
  const n = Math.floor(Number(opts.limit ?? 20));
  return Number.isFinite(n) && n > 0 ? n : 20;
}
