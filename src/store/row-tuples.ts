// The child rows of one article as JSON row arrays, column order as in CHILD_COLUMNS: built in the
// ingest workers (and encoded there to UTF-8), so that the writing thread only concatenates bytes and
// runs one INSERT … SELECT per table and ~48 KB of rows (SQLite jsonb_each, PostgreSQL
// jsonb_array_elements) instead of binding ~100 rows of values per article. Rows carry no article key: the
// writer wraps each article's rows with the key it has for it (SQLite: the rid it just inserted).
// Leaves out: the articles, texts, revisions and bands rows (they need the batch plan or the big text).
import type { DocRows } from './doc-rows.js';
import { searchKeys } from './search-keys.js';
import type { EventActorRecord } from './store.js';

/** Child tables and their columns after the article key, in the order of each JSON row array. The key
 * (SQLite: the article's integer rid; PostgreSQL: its text id) is the writer's: it wraps each article's rows. */
export const CHILD_COLUMNS = {
  quotes: ['quote_id', 'type', 'text', 'speaker', 'speaker_lc', 'speaker_entity', 'cue', 'start_at', 'end_at'],
  // actor_names / actor_countries: the lower-cased name (and country, when known) of every actor and recipient
  // mention, as JSON arrays: `actor:` filters and per-actor event counts read them instead of a row per mention
  events: ['event_id', 'event', 'mode', 'cameo_root', 'cameo_code', 'modality', 'actors', 'recipients', 'event_date',
    'loc_name', 'loc_country', 'text', 'trigger_text', 'start_at', 'end_at', 'actor_names', 'actor_countries'],
  entities: ['entity_id', 'type', 'name', 'name_lc', 'country', 'country_lc', 'sector', 'title', 'mentions'],
  actor_keys: ['key'],
  relations: ['source', 'target', 'relation', 'weight'],
} as const;

export type ChildTable = keyof typeof CHILD_COLUMNS;
export const CHILD_TABLES = Object.keys(CHILD_COLUMNS) as ChildTable[];

/** JSON text, or its UTF-8 bytes (as the ingest workers send it: the writing thread never re-encodes it). */
export type Json = string | Uint8Array;

/** What a writer needs of an article besides its doc: the article-row scalars and, per child table,
 * its rows as comma-joined JSON arrays without the outer brackets (empty when none). */
export type RowTuples = Pick<DocRows, 'pubTs' | 'pubDay' | 'facetEvents' | 'facetSpeakers'> & Record<ChildTable, Json> & {
  /** For the day counts and the articles row: the number of quotes, the PLOVER type of each event. */
  quoteCount: number;
  eventTypes: string[];
  /** PostgreSQL's articles.search_keys (search-keys.ts); empty when made for SQLite, which has no such column. */
  searchKeys: string[];
};

const lc = (s: string | null) => (s === null ? null : s.toLowerCase());
const join = (rows: unknown[][]) => (rows.length ? JSON.stringify(rows).slice(1, -1) : '');

/** The lower-cased names and countries of an event's actors and recipients, as JSON arrays. */
function actorColumns(mentions: readonly (readonly EventActorRecord[])[]): [string, string] {
  const names: string[] = [];
  const countries: string[] = [];
  for (const list of mentions) for (const a of list) { names.push(a.name.toLowerCase()); if (a.country) countries.push(a.country.toLowerCase()); }
  return [JSON.stringify(names), JSON.stringify(countries)];
}

/** The row tuples of one article's rows; `searchKeys: false` leaves out PostgreSQL's search keys (~4% of the
 * worker's overhead per article, for a column SQLite does not have). */
export function rowTuples(rows: DocRows, opts: { searchKeys?: boolean } = {}): RowTuples {
  const events = rows.events.map((v) => {
    const [names, countries] = actorColumns([v.actors, v.recipients]);
    return [v.eventId, v.event, v.mode, v.cameoRoot, v.cameoCode, v.modality, JSON.stringify(v.actors), JSON.stringify(v.recipients),
      v.date, v.locName, v.locCountry, v.text, v.trigger, v.start, v.end, names, countries];
  });
  return {
    pubTs: rows.pubTs, pubDay: rows.pubDay, facetEvents: rows.facetEvents, facetSpeakers: rows.facetSpeakers,
    quoteCount: rows.quotes.length, eventTypes: rows.events.map((v) => v.event ?? ''), searchKeys: opts.searchKeys === false ? [] : searchKeys(rows),
    quotes: join(rows.quotes.map((q) => [q.quoteId, q.type, q.text, q.speaker, lc(q.speaker), q.speakerEntity, q.cue, q.start, q.end])),
    events: join(events),
    entities: join(rows.entities.map((e) => [e.entityId, e.type, e.name, e.name.toLowerCase(), e.country, lc(e.country), e.sector, e.title, e.mentions])),
    actor_keys: join(rows.actorKeys.map((k) => [k])),
    relations: join(rows.relations.map((r) => [r.source, r.target, r.relation, r.weight])),
  };
}

/** The per-event types as the articles row keeps them ('|'-joined, one per event): a timeline restricted by
 * a query counts events from the article rows it matches, without reading the events table. */
export const eventList = (t: RowTuples): string => t.eventTypes.map((v) => v.replace(/\|/g, '/')).join('|');

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
