// PostgreSQL schema as numbered migrations. Ready for Citus: every child table carries article_id
// in its primary key and is meant to be distributed by it, colocated with articles
// (SELECT create_distributed_table('quotes', 'article_id', colocate_with => 'articles')); the
// dictionaries (event_types, sources) are small reference tables; jobs stays on the coordinator.
import type { PoolClient } from 'pg';
import { KEY_PREFIX } from '../search-keys.js';
import { POSTGRES_AGGREGATES } from './postgres-aggregates.js';
import { POSTGRES_ACTOR_AGGREGATES } from './postgres-actor-aggregates.js';

/** (article_id, keys) from the stored child rows, as src/store/search-keys.ts makes them from an article's rows. */
export const SEARCH_KEYS_OF_ROWS = `SELECT article_id, array_agg(DISTINCT key ORDER BY key) AS keys FROM (
  SELECT article_id, '${KEY_PREFIX.speaker}' || speaker_lc AS key FROM quotes WHERE speaker_lc IS NOT NULL
  UNION ALL SELECT article_id, '${KEY_PREFIX.actor}' || key FROM actor_keys
  UNION ALL SELECT article_id, '${KEY_PREFIX.event}' || event FROM events WHERE event IS NOT NULL
  UNION ALL SELECT article_id, '${KEY_PREFIX.cameoRoot}' || cameo_root FROM events WHERE cameo_root IS NOT NULL
  UNION ALL SELECT article_id, '${KEY_PREFIX.cameoCode}' || cameo_code FROM events WHERE cameo_code IS NOT NULL) x GROUP BY 1`;

export const POSTGRES_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'corpus',
    sql: `
CREATE TABLE articles (
  id text PRIMARY KEY, url text, source text, source_lc text, headline text, published text, updated text,
  pub_ts text NOT NULL DEFAULT '', pub_day text NOT NULL DEFAULT '', text_hash text NOT NULL, body_hash text NOT NULL,
  revision integer NOT NULL, revisions integer NOT NULL, canonical_id text NOT NULL, duplicate_kind text NOT NULL,
  is_canonical smallint NOT NULL, ingested_at text NOT NULL, facet_events text NOT NULL DEFAULT '', facet_speakers text NOT NULL DEFAULT '',
  tsv tsvector NOT NULL);
CREATE TABLE article_texts (article_id text PRIMARY KEY, text text NOT NULL, minhash bytea);
CREATE INDEX articles_tsv ON articles USING gin (tsv);
CREATE INDEX articles_order ON articles (is_canonical, pub_ts DESC, id DESC);
CREATE INDEX articles_pub ON articles (pub_ts DESC, id DESC);
CREATE INDEX articles_canonical ON articles (canonical_id);
CREATE INDEX articles_hash ON articles (body_hash);
CREATE INDEX articles_source ON articles (source_lc);
CREATE INDEX articles_day ON articles (pub_day);
CREATE TABLE revisions (article_id text NOT NULL, revision integer NOT NULL, text_hash text NOT NULL, headline text, updated text,
  ingested_at text NOT NULL, doc text NOT NULL, PRIMARY KEY (article_id, revision));
CREATE INDEX revisions_hash ON revisions (article_id, text_hash);
CREATE TABLE quotes (article_id text NOT NULL, quote_id text NOT NULL, type text, text text, speaker text, speaker_lc text,
  speaker_entity text, cue text, start_at integer, end_at integer, PRIMARY KEY (article_id, quote_id));
CREATE INDEX quotes_speaker ON quotes (speaker_lc);
CREATE TABLE events (article_id text NOT NULL, event_id text NOT NULL, event text, mode text, cameo_root text, cameo_code text,
  modality text, actors text, recipients text, event_date text, loc_name text, loc_country text, text text, trigger_text text,
  start_at integer, end_at integer, PRIMARY KEY (article_id, event_id));
CREATE INDEX events_event ON events (event);
CREATE INDEX events_cameo ON events (cameo_root);
CREATE TABLE event_actors (article_id text NOT NULL, event_id text NOT NULL, role text NOT NULL, name text, name_lc text,
  country text, country_lc text, sector text);
CREATE INDEX event_actors_article ON event_actors (article_id, event_id);
CREATE INDEX event_actors_name ON event_actors (name_lc);
CREATE TABLE entities (article_id text NOT NULL, entity_id text NOT NULL, type text, name text, name_lc text, country text,
  country_lc text, sector text, title text, mentions integer, PRIMARY KEY (article_id, entity_id));
CREATE INDEX entities_name ON entities (name_lc);
CREATE INDEX entities_exact ON entities (name);
CREATE TABLE actor_keys (key text NOT NULL, article_id text NOT NULL, PRIMARY KEY (article_id, key));
CREATE INDEX actor_keys_key ON actor_keys (key);
CREATE TABLE relations (article_id text NOT NULL, source text NOT NULL, target text NOT NULL, relation text NOT NULL, weight integer NOT NULL);
CREATE INDEX relations_article ON relations (article_id);
CREATE TABLE lsh_bands (band text NOT NULL, article_id text NOT NULL, PRIMARY KEY (article_id, band));
CREATE INDEX lsh_bands_band ON lsh_bands (band);
CREATE TABLE event_types (event text PRIMARY KEY);
CREATE TABLE sources (source text PRIMARY KEY);
CREATE TABLE jobs (id text PRIMARY KEY, input text NOT NULL, status text NOT NULL DEFAULT 'pending', worker text,
  claimed_at timestamptz, error text, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX jobs_pending ON jobs (created_at, id) WHERE status = 'pending';
`,
  },
  { version: 2, name: 'aggregates', sql: POSTGRES_AGGREGATES },
  {
    // Search reads the article ids of a field value (speaker:, event:, actor:): with the id in the index they come
    // from an index-only scan, not from ~6,000 heap pages of wide quote rows (100k articles: ~330 -> ~200 ms p95 wall).
    version: 3,
    name: 'covering-field-indexes',
    sql: `
CREATE INDEX quotes_speaker_article ON quotes (speaker_lc, article_id);
DROP INDEX quotes_speaker;
CREATE INDEX events_event_article ON events (event, article_id);
DROP INDEX events_event;
CREATE INDEX actor_keys_key_article ON actor_keys (key, article_id);
DROP INDEX actor_keys_key;
`,
  },
  {
    // As SQLite migration 6 (the child tables keep the text article id: Citus distributes by it): event_actors (a row
    // per actor mention) folds into two JSON columns of events; article rows count their quotes and list their
    // events' types, so a timeline restricted by a query reads no child table. Entities lose their two name
    // indexes (no read uses them: actors go by article, the network reads network_nodes).
    version: 4,
    name: 'event-actors-in-events',
    sql: `
ALTER TABLE articles ADD COLUMN quote_count integer NOT NULL DEFAULT 0, ADD COLUMN event_list text NOT NULL DEFAULT '';
UPDATE articles a SET quote_count = q.n FROM (SELECT article_id, count(*) AS n FROM quotes GROUP BY 1) q WHERE q.article_id = a.id;
UPDATE articles a SET event_list = v.l FROM (SELECT article_id, string_agg(coalesce(replace(event, '|', '/'), ''), '|') AS l FROM events GROUP BY 1) v
  WHERE v.article_id = a.id;
ALTER TABLE events ADD COLUMN actor_names text NOT NULL DEFAULT '[]', ADD COLUMN actor_countries text NOT NULL DEFAULT '[]';
UPDATE events ev SET actor_names = x.names, actor_countries = x.countries FROM (SELECT article_id, event_id, jsonb_agg(name_lc)::text AS names,
  coalesce(jsonb_agg(country_lc) FILTER (WHERE country_lc IS NOT NULL), '[]')::text AS countries FROM event_actors GROUP BY 1, 2) x
  WHERE x.article_id = ev.article_id AND x.event_id = ev.event_id;
DROP TABLE event_actors;
DROP INDEX entities_name;
DROP INDEX entities_exact;
`,
  },
  {
    // The exact-match field values of each article as keys under a GIN index (src/store/search-keys.ts): a speaker:,
    // actor: or event: leaf ANDed with text becomes a BitmapAnd of two indexes of articles, where the join to the child
    // table made PostgreSQL scan articles and test every tsvector (100k articles, speaker:"Angela Merkel" climate:
    // ~100 ms per capped count). The child tables stay as they are (keyed by article id, for Citus).
    version: 5,
    name: 'search-keys',
    sql: `
ALTER TABLE articles ADD COLUMN search_keys text[] NOT NULL DEFAULT '{}';
UPDATE articles a SET search_keys = k.keys FROM (${SEARCH_KEYS_OF_ROWS}) k WHERE k.article_id = a.id;
CREATE INDEX articles_search_keys ON articles USING gin (search_keys);
`,
  },
  {
    // The page of a search walks articles in date order, testing each row: with the source and the day in the index the
    // walk is index-only (100k articles, source:reuters after:2017-01-01 before:2017-07-01 passes 25,000 rows before
    // its first match: 37 ms -> 2 ms).
    version: 6,
    name: 'articles-order-covering',
    sql: `
CREATE INDEX articles_order_covering ON articles (is_canonical, pub_ts DESC, id DESC) INCLUDE (pub_day, source_lc);
DROP INDEX articles_order;
`,
  },
  {
    // The engine that analysed each article (src/ingest/engine-version.ts), for `parley reanalyze`; older rows are 'unknown'.
    version: 7,
    name: 'article-engine',
    sql: `ALTER TABLE articles ADD COLUMN engine text NOT NULL DEFAULT 'unknown';`,
  },
  {
    // As SQLite migration 8: the file an article was read from, when its id is its path; older rows null.
    version: 8,
    name: 'article-origin',
    sql: `ALTER TABLE articles ADD COLUMN origin text;`,
  },
  {
    // quotes and events match a query's words in their own text (src/search/match-text.ts): the tsvector of each row is
    // stored (a generated column: every writer fills it, on insert as on reanalysis) under a GIN index, where to_tsvector
    // per candidate row cost ~250 ms for 'trump' over 924 PolNeAR articles. The migration rewrites both tables once
    // (to_tsvector per row: ~1 min per million rows); the tables stay keyed by article id (Citus).
    version: 9,
    name: 'row-text-index',
    sql: `
ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(text, ''))) STORED;
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);
ALTER TABLE events ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(text, ''))) STORED;
CREATE INDEX events_tsv ON events USING gin (tsv);
`,
  },
  // per-actor counts and country/sector votes over the canonical articles (postgres-actor-aggregates.ts)
  { version: 10, name: 'actor-aggregates', sql: POSTGRES_ACTOR_AGGREGATES },
];

/** Apply pending migrations under an advisory lock, so that many workers starting at once migrate once. */
export async function migratePostgres(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(7170207)');
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
    for (const m of POSTGRES_MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}
