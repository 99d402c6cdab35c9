// Multi-row INSERTs for SQLite: rows are buffered and written 64 at a time with one cached statement
// per row count, which cuts the per-row call cost of many small child rows (quotes, events, entities).
import type Database from 'better-sqlite3';

const CHUNK = 64;

export type Bulk = { add(...values: unknown[]): void; flush(): void; clear(): void };

/** A buffered inserter for `table` with `width` columns, in table-definition order. */
export function bulkInsert(db: Database.Database, table: string, width: number, verb = 'INSERT'): Bulk {
  const statements = new Map<number, Database.Statement>();
  const one = `(${Array.from({ length: width }, () => '?').join(',')})`;
  let values: unknown[] = [];
  let rows = 0;
  const statement = (n: number) => {
    let s = statements.get(n);
    if (!s) { s = db.prepare(`${verb} INTO ${table} VALUES ${Array.from({ length: n }, () => one).join(',')}`); statements.set(n, s); }
    return s;
  };
  const flush = () => {
    if (!rows) return;
    statement(rows).run(values);
    values = [];
    rows = 0;
  };
  return {
    add(...v) {
      if (v.length !== width) throw new Error(`${table}: ${v.length} values for ${width} columns`);
      values.push(...v);
      if (++rows === CHUNK) flush();
    },
    flush,
    clear() { values = []; rows = 0; },
  };
}
