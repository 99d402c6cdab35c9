// The two full-text dialects: FTS5 query strings for SQLite, tsquery expressions for PostgreSQL.
import type { QueryNode } from '../../search/parse-query.js';
import type { Dialect } from './compile-filter.js';
import { textNeedles } from '../../search/match-text.js';

const q5 = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** An FTS5 expression for a text subtree; null when FTS5 cannot say it (a NOT without a positive). */
function fts5(node: QueryNode): string | null {
  switch (node.kind) {
    case 'term': return q5(node.text) + (node.prefix ? '*' : '');
    case 'phrase': return q5(node.text);
    case 'or': {
      const parts = node.children.map(fts5);
      return parts.every((p) => p !== null) && node.children.every((c) => c.kind !== 'not') ? `(${parts.join(' OR ')})` : null;
    }
    case 'and': {
      const pos = node.children.filter((c) => c.kind !== 'not').map(fts5);
      const neg = node.children.filter((c) => c.kind === 'not').map((c) => fts5((c as { child: QueryNode }).child));
      if (pos.length === 0 || pos.some((p) => p === null) || neg.some((p) => p === null)) return null;
      return `(${pos.join(' AND ')}${neg.map((n) => ` NOT ${n}`).join('')})`;
    }
    default: return null;
  }
}

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  key: { article: 'rid', child: 'article_rid' },
  elements: (col) => `json_each(${col}) x`,
  // parley_match is textMatcher (src/search/match-text.ts), registered on each connection by sqlite-store.ts; the words a
  // match must hold are tested in C first (instr over SQLite's ASCII lower()): 'said' on 924 PolNeAR texts, ~90 -> ~50 ms a page
  rowText(node, alias, params) {
    const col = `${alias}.text`;
    const ascii = textNeedles(node).filter((w) => /^[\x00-\x7f]+$/.test(w));
    params.push(...ascii, JSON.stringify(node));
    return [...ascii.map(() => `instr(lower(${col}), ?) > 0`), `parley_match(${col}, ?)`].join(' AND ');
  },
  rowIndex(node) {
    // the stems every match holds begin words of its text (textNeedles): as prefixes of the index's words they find a superset
    // of the rows parley_match accepts; a stem with other characters than letters and digits would not be one word of it
    const needles = textNeedles(node);
    return needles.length && needles.every((w) => /^[\p{L}\p{N}]+$/u.test(w)) ? needles.map((w) => `${q5(w)}*`).join(' AND ') : null;
  },
  text(node, params) {
    const expr = fts5(node);
    if (!expr) return null;
    params.push(expr);
    return `a.rid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`;
  },
};

/** A tsquery SQL expression for a text subtree. */
function tsq(node: QueryNode, params: unknown[]): string | null {
  switch (node.kind) {
    case 'term': {
      params.push(node.prefix ? `${node.text}:*` : node.text);
      return `to_tsquery('english', ?)`;
    }
    case 'phrase': params.push(node.text); return `phraseto_tsquery('english', ?)`;
    case 'not': { const c = tsq(node.child, params); return c && `(!! ${c})`; }
    case 'and': case 'or': {
      const parts = node.children.map((c) => tsq(c, params));
      return parts.some((p) => p === null) ? null : `(${parts.join(node.kind === 'and' ? ' && ' : ' || ')})`;
    }
    default: return null;
  }
}

export const postgresDialect: Dialect = {
  name: 'postgres',
  key: { article: 'id', child: 'article_id' },
  elements: (col) => `jsonb_array_elements_text(${col}::jsonb) AS x(value)`,
  hasKey: 'a.search_keys @> ARRAY[?]::text[]',
  rowText(node, alias, params) {
    // the row's stored tsvector (migration 9, GIN-indexed): to_tsvector per candidate row cost ~250 ms a page for 'trump'
    // over 924 PolNeAR texts; a lone word the parser could not turn into a tsquery matches nothing, as in article search
    return `${alias}.tsv @@ ${tsq(node, params) ?? `''::tsquery`}`;
  },
  text(node, params) {
    if (node.kind === 'not') return null;
    const expr = tsq(node, params);
    return expr && `a.tsv @@ ${expr}`;
  },
};
