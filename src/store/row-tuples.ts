// The child rows of one article as JSON row arrays, column order as in CHILD_COLUMNS: built in the
// ingest workers (and encoded there to UTF-8), so that the writing thread only concatenates bytes and
// runs one INSERT … SELECT per table and ~48 KB of rows (SQLite jsonb_each, PostgreSQL
// jsonb_array_elements) instead of binding ~100 rows of values per article.
// Leaves out: the articles, texts, revisions and bands rows (they need the batch plan or the big text).
import type { DocRows } from './doc-rows.js';

/** Child tables and their columns, in the order of each JSON row array. */
export const CHILD_COLUMNS = {
  quotes: ['article_id', 'quote_id', 'type', 'text', 'speaker', 'speaker_lc', 'speaker_entity', 'cue', 'start_at', 'end_at'],
  events: ['article_id', 'event_id', 'event', 'mode', 'cameo_root', 'cameo_code', 'modality', 'actors', 'recipients', 'event_date',
    'loc_name', 'loc_country', 'text', 'trigger_text', 'start_at', 'end_at'],
  event_actors: ['article_id', 'event_id', 'role', 'name', 'name_lc', 'country', 'country_lc', 'sector'],
  entities: ['article_id', 'entity_id', 'type', 'name', 'name_lc', 'country', 'country_lc', 'sector', 'title', 'mentions'],
  actor_keys: ['key', 'article_id'],
  relations: ['article_id', 'source', 'target', 'relation', 'weight'],
} as const;

export type ChildTable = keyof typeof CHILD_COLUMNS;
export const CHILD_TABLES = Object.keys(CHILD_COLUMNS) as ChildTable[];

/** JSON text, or its UTF-8 bytes (as the ingest workers send it: the writing thread never re-encodes it). */
export type Json = string | Uint8Array;

/** What a writer needs of an article besides its doc: the article-row scalars and, per child table,
 * its rows as comma-joined JSON arrays without the outer brackets (empty when none). */
export type RowTuples = Pick<DocRows, 'pubTs' | 'pubDay' | 'facetEvents' | 'facetSpeakers'> & Record<ChildTable, Json> & {
  /** For the whole-corpus day counts: the number of quotes, the PLOVER type of each event. */
  quoteCount: number;
  eventTypes: string[];
};

const lc = (s: string | null) => (s === null ? null : s.toLowerCase());
const join = (rows: unknown[][]) => (rows.length ? JSON.stringify(rows).slice(1, -1) : '');

/** The row tuples of article `id`. */
export function rowTuples(id: string, rows: DocRows): RowTuples {
  const events: unknown[][] = [];
  const actors: unknown[][] = [];
  for (const v of rows.events) {
    events.push([id, v.eventId, v.event, v.mode, v.cameoRoot, v.cameoCode, v.modality, JSON.stringify(v.actors), JSON.stringify(v.recipients),
      v.date, v.locName, v.locCountry, v.text, v.trigger, v.start, v.end]);
    for (const a of v.actors) actors.push([id, v.eventId, 'actor', a.name, a.name.toLowerCase(), a.country, lc(a.country), a.sector]);
    for (const a of v.recipients) actors.push([id, v.eventId, 'recipient', a.name, a.name.toLowerCase(), a.country, lc(a.country), a.sector]);
  }
  return {
    pubTs: rows.pubTs, pubDay: rows.pubDay, facetEvents: rows.facetEvents, facetSpeakers: rows.facetSpeakers,
    quoteCount: rows.quotes.length, eventTypes: rows.events.map((v) => v.event ?? ''),
    quotes: join(rows.quotes.map((q) => [id, q.quoteId, q.type, q.text, q.speaker, lc(q.speaker), q.speakerEntity, q.cue, q.start, q.end])),
    events: join(events),
    event_actors: join(actors),
    entities: join(rows.entities.map((e) => [id, e.entityId, e.type, e.name, e.name.toLowerCase(), e.country, lc(e.country), e.sector, e.title, e.mentions])),
    actor_keys: join(rows.actorKeys.map((k) => [k, id])),
    relations: join(rows.relations.map((r) => [id, r.source, r.target, r.relation, r.weight])),
  };
}

const encoder = new TextEncoder();

/** The same tuples with every child table's rows as UTF-8 bytes (each its own buffer, transferable). */
export function encodeTuples(t: RowTuples): RowTuples {
  const out = { ...t };
  for (const table of CHILD_TABLES) out[table] = typeof t[table] === 'string' ? encoder.encode(t[table] as string) : t[table];
  return out;
}

/** The byte buffers of every encoded table (for a postMessage transfer list). */
export function tupleBuffers(t: RowTuples): ArrayBuffer[] {
  return CHILD_TABLES.flatMap((table) => { const v = t[table]; return typeof v === 'string' ? [] : [v.buffer as ArrayBuffer]; });
}

const bytes = (v: Json): Uint8Array => (typeof v === 'string' ? Buffer.from(v) : v);
const OPEN = Buffer.from('['), COMMA = Buffer.from(','), CLOSE = Buffer.from(']');

/**
 * JSON arrays of `table`'s rows over several articles, as UTF-8, cut after about `max` bytes: pieces
 * stay below the sizes that glibc and V8 allocate with fresh pages (page faults cost ~10% here).
 */
export function tupleChunks(all: readonly RowTuples[], table: ChildTable, max = 48_000): Buffer[] {
  const chunks: Buffer[] = [];
  let parts: Uint8Array[] = [];
  let size = 0;
  const flush = () => {
    if (!parts.length) return;
    const list: Uint8Array[] = [OPEN];
    parts.forEach((p, i) => { if (i) list.push(COMMA); list.push(p); });
    list.push(CLOSE);
    chunks.push(Buffer.concat(list));
    parts = [];
    size = 0;
  };
  for (const t of all) {
    const part = t[table];
    if (!part.length) continue;
    parts.push(bytes(part));
    size += part.length;
    if (size >= max) flush();
  }
  flush();
  return chunks;
}

const decoder = new TextDecoder();

/** The JSON text of `table`'s rows over several articles, in one array. */
export function joinTuples(all: readonly RowTuples[], table: ChildTable): string {
  let out = '';
  for (const t of all) {
    const v = t[table];
    const part = typeof v === 'string' ? v : decoder.decode(v);
    if (part) out += out ? `,${part}` : part;
  }
  return `[${out}]`;
}
