// Bench section: ingest rate into SQLite / PostgreSQL and search latency. STUB until the store lands.

/** Run the store benchmarks; returns printable lines. */
export async function benchStore(_opts: { quick: boolean }): Promise<string[]> {
  return ['store: not implemented yet'];
}
