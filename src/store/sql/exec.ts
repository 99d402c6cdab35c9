// What the shared read queries need from a backend: run SQL with `?` parameters; SQLite adds the page
// order held in memory, for searches over many matches.
import type { DateRank } from '../sqlite/date-rank.js';

export type Row = Record<string, unknown>;

export type Exec = {
  all(sql: string, params: readonly unknown[]): Promise<Row[]>;
  /** The search page order of every article (src/store/sqlite/date-rank.ts); null while it is being kept from rebuilding. */
  ranks?(): DateRank | null;
};

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
