// Reads list parameters the same way for every route: the query language in `q`, plus the CLI's
// field filters as separate parameters (speaker=, actor=, event=, source=, after=, before=) folded into it.
import type { QueryOptions } from '../store/store.js';
import { HttpError } from './errors.js';

export type ListQuery = Partial<Record<'q' | 'cursor' | 'limit' | 'copies' | 'speaker' | 'actor' | 'event' | 'source' | 'after' | 'before', string>>;

const FIELDS = ['speaker', 'actor', 'event', 'source', 'after', 'before'] as const;
export const MAX_LIMIT = 1000;
const DATE = /^\d{4}-\d{2}-\d{2}/;

/** Quote a field value when it holds spaces: speaker=Boris Johnson → speaker:"Boris Johnson". */
export function fieldTerm(field: string, value: string): string {
  const v = value.replace(/["\u201c\u201d]/g, '').trim();
  return /[\s():]/.test(v) ? `${field}:"${v}"` : `${field}:${v}`;
}

/** The query string: `q` AND every field parameter given. */
export function composeQuery(query: ListQuery): string {
  const parts = [query.q?.trim() ?? ''];
  for (const f of FIELDS) {
    const v = query[f]?.trim();
    if (!v) continue;
    if ((f === 'after' || f === 'before') && !DATE.test(v)) throw new HttpError(400, 'bad-date', `${f} must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`);
    parts.push(fieldTerm(f, v));
  }
  return parts.filter(Boolean).join(' ');
}

/** A page size from `limit`: default `fallback`, 1..max. */
export function limitOf(raw: string | undefined, fallback = 50, max = MAX_LIMIT): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new HttpError(400, 'bad-limit', `limit must be an integer from 1 to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

/** Store query options from request parameters. */
export function listOptions(query: ListQuery, fallbackLimit = 50): QueryOptions {
  if (query.q !== undefined && query.q.length > 2000) throw new HttpError(400, 'query-too-long', 'q is longer than 2000 characters');
  return {
    q: composeQuery(query),
    cursor: query.cursor || null,
    limit: limitOf(query.limit, fallbackLimit),
    copies: query.copies === 'true' || query.copies === '1',
  };
}
