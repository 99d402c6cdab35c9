// Plans the three reads of one search page: the page in date order, a sample of matches for the facets,
// and the capped totals. SQLite (100k articles): the positive full-text part of the query drives, FTS5
// streaming its matches into the article rows (`articles_fts f JOIN articles a`), so a count or a sample
// stops early; a word in most articles is instead probed per article along the date index, which finds a
// page at once; a rare field bounds the matches, so they are collected and sorted. Field leaves most
// articles match become per-row EXISTS probes. PostgreSQL plans from its own statistics.
import { parseQuery, type QueryNode } from '../../search/parse-query.js';
import type { QueryOptions } from '../store.js';
import { compileFilter, isText, leafJoin, leafProbe, type Dialect } from './compile-filter.js';
import { conjuncts } from '../../search/match-text.js';
import { num, type Exec } from './exec.js';
import type { RankedText } from './read-ranked.js';

/** One read's FROM and WHERE; `distinct` when the FROM may give an article more than once. */
export type Read = { from: string; where: string; params: unknown[]; distinct?: boolean };
export type SearchPlan = {
  node: QueryNode; page: Read & { order: string }; sample: Read & { order: string | null }; totals: Read;
  /** SQLite, a query with positive text: the same reads over the page order in memory (read-ranked.ts). */
  ranked?: RankedText;
};

/** Page order on (pub_ts DESC, id DESC); the `+` form keeps SQLite from walking the date index. */
const ORDER = 'a.pub_ts DESC, a.id DESC';
const ORDER_BY_SORT = '+a.pub_ts DESC, +a.id DESC';
const FTS_JOIN = 'articles_fts f JOIN articles a ON a.rid = f.rowid';
/** Thresholds of the plan (tests lower them to take every path on a small corpus). */
export const SEARCH_TUNING = {
  /** A field leaf matched by at least this many rows is "common": probed per article rather than collected. */
  common: 2000,
  /** Field leaves are counted up to this many rows: the least common one drives counts and samples. */
  driverCap: 20_000,
  /** A plain word in at least this share of the articles is probed along the date index for the page. */
  dense: 0.2,
  /** Read text matches through the page order in memory where the store has one (read-ranked.ts). */
  ranked: true,
};

const conjoin = (ns: QueryNode[]): QueryNode => (ns.length === 0 ? { kind: 'all' } : ns.length === 1 ? ns[0] : { kind: 'and', children: ns });

/** Field leaves (speaker:, actor:, event:) outside text subtrees. */
function fieldLeaves(node: QueryNode, out: QueryNode[] = []): QueryNode[] {
  if (node.kind === 'field') out.push(node);
  else if (node.kind === 'not') fieldLeaves(node.child, out);
  else if (node.kind === 'and' || node.kind === 'or') for (const c of node.children) fieldLeaves(c, out);
  return out;
}

/** Only plain words (no phrase, prefix or OR): cheap to probe for one article. */
function plainWords(n: QueryNode): boolean {
  if (n.kind === 'term') return !n.prefix;
  if (n.kind === 'not') return plainWords(n.child);
  return n.kind === 'and' && n.children.every(plainWords);
}

/** The text conjuncts as one FTS5 expression, and the other conjuncts; null when FTS5 cannot say them alone. */
function splitText(node: QueryNode, dialect: Dialect): { expr: string; plain: boolean; rest: QueryNode[] } | null {
  const text = conjuncts(node).filter(isText);
  if (!text.length) return null;
  const params: unknown[] = [];
  const combined = conjoin(text);
  if (!dialect.text(combined as Parameters<Dialect['text']>[0], params)) return null;
  return { expr: String(params[0]), plain: plainWords(combined), rest: conjuncts(node).filter((c) => !isText(c)) };
}

export async function planSearch(opts: QueryOptions, dialect: Dialect, exec: Exec): Promise<SearchPlan> {
  const { node } = parseQuery(opts.q);
  const canon = opts.copies ? '' : ' AND a.is_canonical = 1';
  if (dialect.name !== 'sqlite') {
    const params: unknown[] = [];
    const r = { from: 'articles a', where: `(${compileFilter(node, dialect, params)})`, params };
    return { node, page: { ...r, where: r.where + canon, order: ORDER }, sample: { ...r, where: r.where + canon, order: null }, totals: r };
  }
  const count = async (sql: string | null, params: unknown[]) => (sql ? num((await exec.all(sql, params))[0]?.n) : Infinity);
  const counts = new Map<QueryNode, number>();
  for (const leaf of fieldLeaves(node)) {
    const params: unknown[] = [];
    counts.set(leaf, await count(leafProbe(compileFilter(leaf, dialect, params), SEARCH_TUNING.driverCap), params));
  }
  const common = new Set([...counts].filter(([, n]) => n >= SEARCH_TUNING.common).map(([leaf]) => leaf));
  const bounded = conjuncts(node).some((c) => (counts.get(c) ?? Infinity) < SEARCH_TUNING.common);
  const text = bounded ? null : splitText(node, dialect);
  if (text) {
    // other conjuncts that are all field leaves counted below the cap: their articles are few enough to list
    const listable = text.rest.length > 0 && text.rest.every((c) => (counts.get(c) ?? Infinity) < SEARCH_TUNING.driverCap);
    return planText(node, text, common, canon, exec, dialect, listable);
  }
  const probed: unknown[] = [];
  const page = { from: 'articles a', where: `(${compileFilter(node, dialect, probed, common)})${canon}`, params: probed, order: bounded ? ORDER_BY_SORT : ORDER };
  // counts and samples read the least common field leaf's rows and probe the rest per article (a
  // count visits every match anyway; probing along the date index would visit every article). A column
  // leaf (source:, after:, before:) has an index of its own on articles: SQLite then drives from it.
  const columnLeaf = conjuncts(node).some((c) => counts.get(c) === Infinity);
  // (ties, as at the cap: a table with one row per article first)
  const joins = new Map(conjuncts(node).filter((c) => counts.has(c)).map((c) => [c, leafJoin(compileFilter(c, dialect, []))] as const));
  const driver = columnLeaf ? undefined : [...joins.keys()].filter((c) => joins.get(c))
    .sort((x, y) => counts.get(x)! - counts.get(y)! || Number(joins.get(x)!.distinct) - Number(joins.get(y)!.distinct))[0];
  const params: unknown[] = [];
  const joined = driver && leafJoin(compileFilter(driver, dialect, params));
  const others = conjoin(conjuncts(node).filter((c) => c !== driver));
  const where = `(${compileFilter(joined ? others : node, dialect, params, joined || columnLeaf ? common : undefined)})`;
  const r = joined ? { from: joined.from, where: `${joined.where} AND ${where}`, params, distinct: joined.distinct } : { from: 'articles a', where, params };
  return { node, page, sample: { ...r, where: r.where + canon, order: null }, totals: r };
}

/** Text drives (FTS5 streams its matches), the fields are probed per match; a page of a word in most articles walks the date index. */
async function planText(node: QueryNode, text: NonNullable<ReturnType<typeof splitText>>, common: Set<QueryNode>, canon: string,
  exec: Exec, dialect: Dialect, listable: boolean): Promise<SearchPlan> {
  const params: unknown[] = [];
  const rest = compileFilter(conjoin(text.rest), dialect, params, common);
  const driven = { from: FTS_JOIN, where: `f.articles_fts MATCH ? AND (${rest})`, params: [text.expr, ...params] };
  let page = { ...driven, where: driven.where + canon, order: ORDER_BY_SORT };
  if (!text.rest.length && text.plain) {
    const [top] = await exec.all('SELECT max(rid) AS n FROM articles', []);
    const cap = Math.max(1, Math.ceil(SEARCH_TUNING.dense * num(top?.n)));
    const [m] = await exec.all(`SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ${cap}) t`, [text.expr]);
    if (num(m?.n) >= cap) {
      page = { from: 'articles a', where: `EXISTS (SELECT 1 FROM articles_fts f WHERE f.articles_fts MATCH ? AND f.rowid = a.rid)${canon}`, params: [text.expr], order: ORDER };
    }
  }
  const listParams: unknown[] = [];
  const list = listable ? `SELECT json_group_array(a.rid) AS j FROM articles a WHERE ${compileFilter(conjoin(text.rest), dialect, listParams)}` : null;
  const ranked = SEARCH_TUNING.ranked
    ? { expr: text.expr, rest: text.rest.length ? rest : null, restParams: params, ...(list ? { restList: { sql: list, params: listParams } } : {}) }
    : undefined;
  return { node, page, sample: { ...driven, where: driven.where + canon, order: 'f.rowid DESC' }, totals: driven, ranked };
}
