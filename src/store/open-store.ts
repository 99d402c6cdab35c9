// Opens the store a URL names: `postgres://` or `postgresql://` → PostgreSQL, anything else → a SQLite file.
// The backends are imported lazily so that SQLite users never load `pg`, and the reverse.
import { resolveDbUrl, type Store } from './store.js';

/**
 * Open (and migrate) the store at `url`; default `./parley.db` or PARLEY_DB.
 * @example const store = await openStore('postgres://postgres@127.0.0.1:5432/test')
 */
export async function openStore(url?: string, options: { schema?: string } = {}): Promise<Store> {
  const target = resolveDbUrl(url);
  if (/^postgres(ql)?:\/\//i.test(target)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(target, options);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(target.replace(/^sqlite:(\/\/)?/i, ''));
}
