// PostgreSQL backend (pg, tsvector/GIN, Citus-ready). STUB while the backend is written.
import type { Store } from '../store.js';

/** Open the PostgreSQL store at `url`; `schema` isolates a test run. */
export async function openPostgresStore(url: string, _options: { schema?: string } = {}): Promise<Store> {
  throw new Error(`PostgreSQL store not ready yet (${url})`);
}
