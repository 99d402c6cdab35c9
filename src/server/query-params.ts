// Reads list parameters the same way for every route: the query language in `q`, plus the CLI's
// field filters as separate parameters (speaker=, actor=, event=, source=, after=, before=) folded into it.
import type { QueryOptions, Store } from '../store/store.js';
import { emptyAnswerHints } from '../search/empty-answer-hints.js';
import type { QueryWarning } from './api-types.js';
import { HttpError } from './errors.js';
import { decodeCursor } from '../search/cursor.js';
import { fieldTerm } from '../search/field-term.js';
import { parseQuery } from '../search/parse-query.js';

export { fieldTerm };

export type ListQuery = Partial<Record<'q' | 'cursor' | 'limit' | 'copies' | 'speaker' | 'actor' | 'event' | 'source' | 'after' | 'before', string>>;

const FIELDS = ['speaker', 'actor', 'event', 'source', 'after', 'before'] as const;
export const MAX_LIMIT = 1000;


/** The query string: `q` AND every field parameter given. */
export function composeQuery(query: ListQuery): string {
  const parts = [query.q?.trim() ?? ''];
  for (const f of FIELDS) {
    const v = query[f]?.trim();
    if (!v) continue;
    parts.push(fieldTerm(f, v));
  }
  const q = parts.filter(Boolean).join(' ');
  // the query language drops a date it cannot read (the CLI warns); an API caller gets a 400 instead, for
  // after= and for after: inside q alike ("after:yesterday", "before=2017-13-01")
  const bad = parseQuery(q).diagnostics.find((d) => d.rule === 'query-bad-date');
  if (bad) throw new HttpError(400, 'bad-date', bad.message);
  return q;
}

/** A page size from `limit`: default `fallback`, 1..max. */
export function limitOf(raw: string | undefined, fallback = 50, max = MAX_LIMIT): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new HttpError(400, 'bad-limit', `limit must be an integer from 1 to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

/** A page's cursor: one a previous page gave as `next`, or none. A cursor that is not one of ours used to give the
 * first page again, so a client paging on would loop over the same rows: it is a 400. */
export function cursorOf(raw: string | undefined): string | null {
  if (!raw) return null;
  if (!decodeCursor(raw)) throw new HttpError(400, 'bad-cursor', 'cursor is not one a page gave as next: start again without cursor');
  return raw;
}

/** Store query options from request parameters. */
export function listOptions(query: ListQuery, fallbackLimit = 50): QueryOptions {
  if (query.q !== undefined && query.q.length > 2000) throw new HttpError(400, 'query-too-long', 'q is longer than 2000 characters');
  return {
    q: composeQuery(query),
    cursor: cursorOf(query.cursor),
    limit: limitOf(query.limit, fallbackLimit),
    copies: query.copies === 'true' || query.copies === '1',
  };
}

/** The query's warnings for the response's `warnings` (bad dates never get here: composeQuery answers 400). */
export function queryWarnings(q: string | undefined): QueryWarning[] {
  return parseQuery(q ?? '').diagnostics.map((d) => ({ code: d.rule, message: d.message }));
}

/** The query's warnings, and on an empty first page why it may be empty: a speaker: or source: value the
 * store does not hold, with the names near it that it does ("speaker:Trump" → Donald Trump). */
export async function answerWarnings(store: Store, opts: QueryOptions, empty: boolean): Promise<QueryWarning[]> {
  const warnings = queryWarnings(opts.q);
  if (!empty || opts.cursor || !opts.q) return warnings;
  return [...warnings, ...(await emptyAnswerHints(store, opts.q)).map((h) => ({ code: h.code, message: h.message }))];
}
