// Joins the row tuples of many articles (row-tuples.ts) into the JSON arrays the writers insert from,
// each article's rows wrapped with the writer's key for it: SQLite binds ~48 KB pieces of UTF-8, PostgreSQL one text.
import type { ChildTable, Json, RowTuples } from './row-tuples.js';

const bytes = (v: Json): Uint8Array => (typeof v === 'string' ? Buffer.from(v) : v);
const OPEN = Buffer.from('['), COMMA = Buffer.from(','), CLOSE = Buffer.from(']'), ROWS = Buffer.from(',['), END = Buffer.from(']]');

/** An article's rows with the writer's key for it: SQLite its rid (a number), PostgreSQL its id (a string). */
export type Keyed = { key: number | string; tuples: RowTuples };
const keyJson = (k: number | string) => (typeof k === 'number' ? String(k) : JSON.stringify(k));

/**
 * JSON arrays `[[key, [row, row …]], …]` of `table`'s rows over several articles, as UTF-8, cut after about
 * `max` bytes: pieces stay below the sizes that glibc and V8 allocate with fresh pages (page faults cost ~10% here).
 */
export function tupleChunks(all: readonly Keyed[], table: ChildTable, max = 48_000): Buffer[] {
  const chunks: Buffer[] = [];
  let parts: Uint8Array[] = [];
  let size = 0;
  const flush = () => {
    if (!parts.length) return;
    parts.push(CLOSE);
    chunks.push(Buffer.concat(parts));
    parts = [];
    size = 0;
  };
  for (const { key, tuples } of all) {
    const part = tuples[table];
    if (!part.length) continue;
    parts.push(parts.length ? COMMA : OPEN, OPEN, Buffer.from(keyJson(key)), ROWS, bytes(part), END);
    size += part.length;
    if (size >= max) flush();
  }
  flush();
  return chunks;
}

const decoder = new TextDecoder();

/** The JSON text `[[key, [rows]], …]` of `table`'s rows over several articles, in one array. */
export function joinTuples(all: readonly Keyed[], table: ChildTable): string {
  const out: string[] = [];
  for (const { key, tuples } of all) {
    const v = tuples[table];
    const part = typeof v === 'string' ? v : decoder.decode(v);
    if (part) out.push(`[${keyJson(key)},[${part}]]`);
  }
  return `[${out.join(',')}]`;
}
