// The child rows of one article as JSON row arrays, column order as in CHILD_COLUMNS: built in the
// ingest workers (and encoded there to UTF-8), so that the writing thread only concatenates bytes and
// runs one INSERT … SELECT per table and ~48 KB of rows (SQLite jsonb_each, PostgreSQL
// jsonb_array_elements) instead of binding ~100 rows of values per article. Rows carry no article key: the
// writer wraps each article's rows with the key it has for it (tuple-chunks.ts; SQLite: the rid it just inserted).
// Leaves out: the articles, texts, revisions and bands rows (they need the batch plan or the big text).
import type { ContractDoc } from '../analyze/to-contract.js';
import { searchKeys, type KeyedEvent } from './search-keys.js';

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
export type RowTuples = Record<ChildTable, Json> & {
  /** Published instant in UTC (sortable), or '' when unknown; published day YYYY-MM-DD (in the article's own offset), or ''. */
  pubTs: string;
  pubDay: string;
  /** Distinct event types and speakers, '|'-joined: search facets count them without touching child tables. */
  facetEvents: string;
  facetSpeakers: string;
  /** For the day counts and the articles row: the number of quotes, the PLOVER type of each event. */
  quoteCount: number;
  eventTypes: string[];
  /** PostgreSQL's articles.search_keys (search-keys.ts); empty when made for SQLite, which has no such column. */
  searchKeys: string[];
};

type Actor = { name: string; country?: string; sector?: string };
const orNull = (s: string | undefined) => (s === undefined || s === null ? 'null' : JSON.stringify(s));
/** JSON.stringify(actors.map((a) => ({ name, country: country ?? null, sector: sector ?? null }))), written by hand: the
 * objects and their stringify were ~10% of the rows' time (four small stringify calls per event). */
function actorRecords(actors: readonly Actor[]): string {
  let out = '[';
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    out += `${i ? ',' : ''}{"name":${JSON.stringify(a.name)},"country":${orNull(a.country)},"sector":${orNull(a.sector)}}`;
  }
  return out + ']';
}
const lc = (s: string | null) => (s === null ? null : s.toLowerCase());
/** Rows as comma-joined JSON arrays: one JSON.stringify per table (faster, with the encoding to UTF-8, than
 * writing each value's JSON by hand and concatenating: the long concatenations cost more to flatten). */
const join = (rows: unknown[][]) => (rows.length ? JSON.stringify(rows).slice(1, -1) : '');

/**
 * The rows of one article, in one pass over its document: rows go straight into the arrays that are
 * serialized, with no row objects in between (row objects first, then arrays: ~130 of the worker's ~500 µs
 * per PolNeAR doc outside analyze(); now ~85). `searchKeys: false` leaves out PostgreSQL's search keys (a
 * column SQLite does not have).
 */
export function rowTuples(doc: ContractDoc, opts: { searchKeys?: boolean } = {}): RowTuples {
  const text = doc.text;
  const published = doc.meta.published;
  const ms = published ? Date.parse(published) : NaN;
  // actor keys (for `actor:`): every entity's and event actor's lower-cased name and country, in that order
  const keys = new Set<string>();
  const addKey = (name: string | null | undefined, country: string | null | undefined) => {
    if (name) keys.add(name.toLowerCase());
    if (country) keys.add(country.toLowerCase());
  };
  const quotes: unknown[][] = [];
  const speakers: (string | null)[] = [];
  // the facet's distinct speakers, '|' in a name written '/' (the facet is '|'-joined), in the order first seen
  const facet = new Set<string>();
  for (const q of doc.quotes) {
    const speaker = q.speaker?.name ?? null;
    speakers.push(speaker);
    if (speaker) facet.add(speaker.includes('|') ? speaker.replace(/\|/g, '/') : speaker);
    quotes.push([q.id, q.type, text.slice(q.start, q.end), speaker, lc(speaker), q.speaker?.entity ?? null,
      q.cue ? text.slice(q.cue.start, q.cue.end) : null, q.start, q.end]);
  }
  const entities: unknown[][] = [];
  for (const e of doc.entities) {
    entities.push([e.id, e.type, e.name, e.name.toLowerCase(), e.country ?? null, lc(e.country ?? null), e.sector ?? null, e.title ?? null, e.mentions.length]);
    addKey(e.name, e.country);
  }
  const events: unknown[][] = [];
  const eventTypes: string[] = [];
  const keyed: KeyedEvent[] = [];
  for (const v of doc.events) {
    const names: string[] = [];
    const countries: string[] = [];
    for (const list of [v.actors, v.recipients]) {
      for (const a of list) {
        names.push(a.name.toLowerCase());
        if (a.country) countries.push(a.country.toLowerCase());
        addKey(a.name, a.country);
      }
    }
    const event = v.plover.event;
    const [root, code] = [v.cameo?.root ?? null, v.cameo?.code ?? null];
    events.push([v.id, event, v.plover.mode ?? null, root, code, v.modality, actorRecords(v.actors),
      actorRecords(v.recipients), v.date, v.location?.name ?? null, v.location?.country ?? null, text.slice(v.start, v.end),
      text.slice(v.trigger.start, v.trigger.end), v.start, v.end, JSON.stringify(names), JSON.stringify(countries)]);
    eventTypes.push(event ?? '');
    keyed.push({ event, cameoRoot: root, cameoCode: code });
  }
  const actorKeys = [...keys];
  return {
    pubTs: Number.isFinite(ms) ? new Date(ms).toISOString() : '',
    pubDay: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : '',
    facetEvents: [...new Set(doc.events.map((v) => v.plover.event))].join('|'),
    facetSpeakers: [...facet].join('|'),
    quoteCount: quotes.length, eventTypes,
    searchKeys: opts.searchKeys === false ? [] : searchKeys({ speakers, actorKeys, events: keyed }),
    quotes: join(quotes), events: join(events), entities: join(entities),
    actor_keys: join(actorKeys.map((k) => [k])), relations: join(relationsOf(doc)),
  };
}

/** Speaker → actors named inside the quote ('quotes'); event actor → recipient (PLOVER type, lower case): rows
 * [source, target, relation, weight] in the order first seen. */
function relationsOf(doc: ContractDoc): unknown[][] {
  const rows: [string, string, string, number][] = [];
  // relation → source → target → row: three look-ups by strings whose hashes V8 keeps, where one key joined per call
  // was hashed anew each time (~10% of the rows' time)
  const seen = new Map<string, Map<string, Map<string, [string, string, string, number]>>>();
  const add = (source: string, target: string, relation: string) => {
    if (!source || !target || source === target) return;
    let bySource = seen.get(relation);
    if (!bySource) seen.set(relation, (bySource = new Map()));
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    const r = byTarget.get(target);
    if (r) r[3]++;
    else {
      const row: [string, string, string, number] = [source, target, relation, 1];
      byTarget.set(target, row);
      rows.push(row);
    }
  };
  // plain loops: a closure per (quote, entity) pair was a quarter of the rows' time on PolNeAR docs (20 quotes × 25 entities)
  for (const q of doc.quotes) {
    const speaker = q.speaker?.name;
    if (!speaker) continue;
    for (const e of doc.entities) {
      for (const m of e.mentions) if (m.start >= q.start && m.end <= q.end) { add(speaker, e.name, 'quotes'); break; }
    }
  }
  for (const v of doc.events) {
    if (!v.actors.length || !v.recipients.length) continue;
    const relation = v.plover.event.toLowerCase();
    for (const a of v.actors) for (const r of v.recipients) add(a.name, r.name, relation);
  }
  return rows;
}

/** The per-event types as the articles row keeps them ('|'-joined, one per event): a timeline restricted by
 * a query counts events from the article rows it matches, without reading the events table. */
export const eventList = (t: RowTuples): string => t.eventTypes.map((v) => v.replace(/\|/g, '/')).join('|');
