// Compiles a parsed query into one SQL predicate over `articles a`, the same for both stores:
// fields become IN-subqueries on the child tables; text becomes the dialect's full-text match
// (FTS5 MATCH for SQLite, tsvector @@ tsquery for PostgreSQL). Parameters are `?`; PostgreSQL
// numbers them afterwards.
import type { QueryNode } from '../../search/parse-query.js';
import { KEY_PREFIX } from '../search-keys.js';

import { isText, type TextNode } from '../../search/match-text.js';

export { isText };

export type Dialect = {
  name: 'sqlite' | 'postgres';
  /** Predicate for a pure-text subtree, or null when the dialect cannot say it in one match. */
  text(node: TextNode, params: unknown[]): string | null;
  /** Predicate that the text of row `alias` (a quote `q`, an event `ev`: its sentence) matches a pure-text subtree itself. */
  rowText(node: TextNode, alias: string, params: unknown[]): string;
  /** SQLite: an FTS5 expression over the row text index (migration 9) that every row matching `node` matches, or null. */
  rowIndex?(node: TextNode): string | null;
  /** How child rows point at their article: SQLite by its integer rid, PostgreSQL by its text id (Citus distributes by it). */
  key: { article: 'rid' | 'id'; child: 'article_rid' | 'article_id' };
  /** A FROM item `x` with text column `x.value`, one row per element of the JSON array in column `col`. */
  elements(col: string): string;
  /** Predicate that the article holds `key` in articles.search_keys (search-keys.ts); absent where there is no such column. */
  hasKey?: string;
};

/** `a.rid = q.article_rid` (SQLite) or `a.id = q.article_id` (PostgreSQL): child row `alias` to its article `a`. */
export const onArticle = (d: Dialect, alias: string): string => `a.${d.key.article} = ${alias}.${d.key.child}`;


export function likePrefix(v: string): string {
  return v.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

/** A normalised date bound: 2017 → 2017-01-01, 2017-04 → 2017-04-01. */
function dateBound(v: string): string {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(v.trim());
  if (!m) return v;
  return `${m[1]}-${(m[2] ?? '1').padStart(2, '0')}-${(m[3] ?? '1').padStart(2, '0')}`;
}

function fieldSql(node: Extract<QueryNode, { kind: 'field' }>, d: Dialect, params: unknown[]): string {
  const v = node.value.toLowerCase();
  const eq = (col: string) => {
    params.push(node.prefix ? likePrefix(v) : v);
    return node.prefix ? `${col} LIKE ? ESCAPE '\\'` : `${col} = ?`;
  };
  // an exact value the articles row lists among its keys: no child table to read (event: has no prefix form)
  const keyed = (prefix: string, value: string, exact = !node.prefix) => (d.hasKey && exact ? (params.push(prefix + value), d.hasKey) : null);
  switch (node.field) {
    case 'source': return eq('a.source_lc');
    case 'speaker': return keyed(KEY_PREFIX.speaker, v) ?? `a.${d.key.article} IN (SELECT q.${d.key.child} FROM quotes q WHERE ${eq('q.speaker_lc')})`;
    case 'actor': return keyed(KEY_PREFIX.actor, v) ?? `a.${d.key.article} IN (SELECT k.${d.key.child} FROM actor_keys k WHERE ${eq('k.key')})`;
    case 'event': {
      const value = node.value.toUpperCase();
      const [col, prefix] = /^\d+$/.test(node.value)
        ? (node.value.length <= 2 ? ['ev.cameo_root', KEY_PREFIX.cameoRoot] : ['ev.cameo_code', KEY_PREFIX.cameoCode]) : ['ev.event', KEY_PREFIX.event];
      return keyed(prefix, value, true) ?? (params.push(value), `a.${d.key.article} IN (SELECT ev.${d.key.child} FROM events ev WHERE ${col} = ?)`);
    }
    case 'after': params.push(dateBound(node.value)); return `a.pub_day >= ?`;
    case 'before': params.push(dateBound(node.value)); return `(a.pub_day < ? AND a.pub_day <> '')`;
  }
}

const IN_FORM = /^a\.(\w+) IN \(SELECT ([\w.]+) FROM ([\s\S]*)\)$/;

/** The subquery of an `a.x IN (SELECT …)` leaf, counted up to `cap` rows: how common the leaf is. */
export function leafProbe(sql: string, cap: number): string | null {
  const m = IN_FORM.exec(sql);
  return m ? `SELECT count(*) AS n FROM (SELECT 1 FROM ${m[3]} LIMIT ${cap}) t` : null;
}

/**
 * An `a.x IN (SELECT col FROM t WHERE …)` leaf as the driving side of a join: its rows streamed into
 * `articles a` (one article may come once per row: readers say DISTINCT), so a capped read stops early.
 */
export function leafJoin(sql: string): { from: string; where: string; distinct: boolean } | null {
  const m = IN_FORM.exec(sql);
  const at = m ? m[3].indexOf(' WHERE ') : -1;
  if (!m || at < 0) return null;
  // actor_keys holds one row per (key, article); quotes and events may hold several per article
  return { from: `${m[3].slice(0, at)} JOIN articles a ON a.${m[1]} = ${m[2]}`, where: m[3].slice(at + 7), distinct: !m[3].startsWith('actor_keys ') };
}

/**
 * `a.x IN (SELECT col FROM t WHERE …)` → `EXISTS (SELECT 1 FROM t WHERE … AND col = a.x)`: for a leaf
 * that most articles match, probing row by row in date order finds a page at once, where the IN form
 * would first collect every match.
 */
function toExists(sql: string): string {
  const m = IN_FORM.exec(sql);
  return m ? `EXISTS (SELECT 1 FROM ${m[3]} AND ${m[2]} = a.${m[1]})` : sql;
}

/** SQL predicate for `node` over `articles a`; pushes its parameters onto `params`. Leaves in `common` are probed per row. */
export function compileFilter(node: QueryNode, dialect: Dialect, params: unknown[], common?: Set<QueryNode>): string {
  const form = (sql: string) => (common?.has(node) ? toExists(sql) : sql);
  if (node.kind === 'all') return '1=1';
  if (node.kind === 'field') return form(fieldSql(node, dialect, params));
  if (isText(node)) {
    const mark = params.length;
    const sql = dialect.text(node, params);
    if (sql) return form(sql);
    params.length = mark;
  }
  if (node.kind === 'not') return `NOT (${compileFilter(node.child, dialect, params, common)})`;
  if (node.kind === 'and' || node.kind === 'or') {
    const parts = node.children.map((c) => `(${compileFilter(c, dialect, params, common)})`);
    return parts.join(node.kind === 'and' ? ' AND ' : ' OR ');
  }
  // a lone word the dialect could not match (e.g. only punctuation) matches nothing
  return '1=0';
}
