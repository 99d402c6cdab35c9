// Opens the store a URL names: `postgres://` or `postgresql://` → PostgreSQL, anything else → a SQLite file.
// The backends are imported lazily so that SQLite users never load `pg`, and the reverse.
import { resolveDbUrl, type Store } from './store.js';

/**
 * Open (and migrate) the store at `url`; default `./parley.db` or PARLEY_DB. A PostgreSQL URL may name its schema
 * (`?schema=name`, created if missing) where no `options.schema` is given.
 * @example const store = await openStore('postgres://postgres@127.0.0.1:5432/test?schema=parley_bench100k')
 */
export async function openStore(url?: string, options: { schema?: string } = {}): Promise<Store> {
  const target = resolveDbUrl(url);
  if (/^postgres(ql)?:\/\//i.test(target)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    const parsed = new URL(target);
    const schema = options.schema ?? parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return openPostgresStore(parsed.toString(), { ...options, ...(schema ? { schema } : {}) });
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(target.replace(/^sqlite:(\/\/)?/i, ''));
}
