// SQLite backend (better-sqlite3, WAL, FTS5). STUB while the backend is written.
import type { Store } from '../store.js';

/** Open the SQLite store in `file`. */
export async function openSqliteStore(file: string): Promise<Store> {
  throw new Error(`SQLite store not ready yet (${file})`);
}
