// SQLite schema, as numbered migrations applied once each and recorded in schema_migrations.
// Child tables are keyed by the article's integer rid since migration 6 (PostgreSQL keys them by its text id;
// the shared read SQL joins through the dialect's key, src/store/sql/dialects.ts).
// FTS5 is contentless (the text lives in article_texts) with rowid = articles.rid. Articles rows stay narrow
// (no text) so that counting and sorting matches reads few pages.
import type Database from 'better-sqlite3';
import { SQLITE_AGGREGATES } from './sqlite-aggregates.js';
import { SQLITE_ACTOR_AGGREGATES } from './sqlite-actor-aggregates.js';

export const SQLITE_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'corpus',
    sql: `
CREATE TABLE articles (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, url TEXT, source TEXT, source_lc TEXT, headline TEXT,
  published TEXT, updated TEXT, pub_ts TEXT NOT NULL DEFAULT '', pub_day TEXT NOT NULL DEFAULT '',
  text_hash TEXT NOT NULL, body_hash TEXT NOT NULL, revision INTEGER NOT NULL, revisions INTEGER NOT NULL, canonical_id TEXT NOT NULL,
  duplicate_kind TEXT NOT NULL, is_canonical INTEGER NOT NULL, ingested_at TEXT NOT NULL, facet_events TEXT NOT NULL DEFAULT '',
  facet_speakers TEXT NOT NULL DEFAULT '');
CREATE TABLE article_texts (article_id TEXT PRIMARY KEY, text TEXT NOT NULL, minhash BLOB) WITHOUT ROWID;
CREATE INDEX articles_order ON articles (is_canonical, pub_ts, id);
CREATE INDEX articles_pub ON articles (pub_ts, id);
CREATE INDEX articles_canonical ON articles (canonical_id);
CREATE INDEX articles_hash ON articles (body_hash);
CREATE INDEX articles_source ON articles (source_lc);
CREATE INDEX articles_day ON articles (pub_day);
CREATE TABLE revisions (article_id TEXT NOT NULL, revision INTEGER NOT NULL, text_hash TEXT NOT NULL, headline TEXT,
  updated TEXT, ingested_at TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (article_id, revision)) WITHOUT ROWID;
CREATE INDEX revisions_hash ON revisions (article_id, text_hash);
CREATE TABLE quotes (article_id TEXT NOT NULL, quote_id TEXT NOT NULL, type TEXT, text TEXT, speaker TEXT, speaker_lc TEXT,
  speaker_entity TEXT, cue TEXT, start_at INTEGER, end_at INTEGER, PRIMARY KEY (article_id, quote_id)) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes (speaker_lc);
CREATE TABLE events (article_id TEXT NOT NULL, event_id TEXT NOT NULL, event TEXT, mode TEXT, cameo_root TEXT, cameo_code TEXT,
  modality TEXT, actors TEXT, recipients TEXT, event_date TEXT, loc_name TEXT, loc_country TEXT, text TEXT, trigger_text TEXT,
  start_at INTEGER, end_at INTEGER, PRIMARY KEY (article_id, event_id)) WITHOUT ROWID;
CREATE INDEX events_event ON events (event);
CREATE INDEX events_cameo ON events (cameo_root);
CREATE TABLE event_actors (article_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL, name TEXT, name_lc TEXT,
  country TEXT, country_lc TEXT, sector TEXT);
CREATE INDEX event_actors_article ON event_actors (article_id, event_id);
CREATE INDEX event_actors_name ON event_actors (name_lc);
CREATE TABLE entities (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT, name TEXT, name_lc TEXT, country TEXT,
  country_lc TEXT, sector TEXT, title TEXT, mentions INTEGER, PRIMARY KEY (article_id, entity_id)) WITHOUT ROWID;
CREATE INDEX entities_name ON entities (name_lc);
CREATE INDEX entities_exact ON entities (name);
CREATE TABLE actor_keys (key TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id)) WITHOUT ROWID;
CREATE INDEX actor_keys_article ON actor_keys (article_id);
CREATE TABLE relations (article_id TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, relation TEXT NOT NULL, weight INTEGER NOT NULL);
CREATE INDEX relations_article ON relations (article_id);
CREATE TABLE lsh_bands (band TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, article_id)) WITHOUT ROWID;
CREATE TABLE jobs (id TEXT PRIMARY KEY, input TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending', worker TEXT,
  claimed_at TEXT, error TEXT, created_at TEXT NOT NULL);
CREATE INDEX jobs_status ON jobs (status, created_at);
CREATE VIRTUAL TABLE articles_fts USING fts5 (headline, text, content='', contentless_delete=1,
  tokenize='porter unicode61 remove_diacritics 2');
`,
  },
  { version: 2, name: 'aggregates', sql: SQLITE_AGGREGATES },
  {
    // Revisions and texts hold the large values (the document JSON, the text): in a WITHOUT ROWID table
    // each one is a B-tree cell that moves on every page split, ~100 µs per article; as rowid tables
    // they are appended. The (article_id, text_hash) index went too: the primary key finds an article's few revisions.
    version: 3,
    name: 'large-values-in-rowid-tables',
    sql: `
CREATE TABLE revisions_v2 (article_id TEXT NOT NULL, revision INTEGER NOT NULL, text_hash TEXT NOT NULL, headline TEXT,
  updated TEXT, ingested_at TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (article_id, revision));
INSERT INTO revisions_v2 SELECT article_id, revision, text_hash, headline, updated, ingested_at, doc FROM revisions;
DROP TABLE revisions;
ALTER TABLE revisions_v2 RENAME TO revisions;
CREATE TABLE article_texts_v2 (article_id TEXT PRIMARY KEY, text TEXT NOT NULL, minhash BLOB);
INSERT INTO article_texts_v2 SELECT article_id, text, minhash FROM article_texts;
DROP TABLE article_texts;
ALTER TABLE article_texts_v2 RENAME TO article_texts;
`,
  },
  {
    // The writer keeps the aggregates of migration 2 per batch (sum-aggregates.ts): the row triggers cost
    // ~0.25 ms per article. Any other writer of articles or child rows must keep them the same way.
    version: 4,
    name: 'aggregates-kept-by-the-writer',
    sql: ['articles_agg_insert', 'articles_agg_delete', 'articles_agg_update', 'entities_agg_insert',
      ...['quotes', 'events', 'relations'].flatMap((t) => [`${t}_agg_insert`, `${t}_agg_delete`])].map((t) => `DROP TRIGGER ${t};`).join('\n'),
  },
  {
    // Indexes no read uses, paid for on every row: entities by exact name (the actor network reads
    // network_nodes), actor keys by article (reads go by key; a revision deletes its keys by key, see sqlite-write.ts).
    version: 5,
    name: 'unread-indexes',
    sql: 'DROP INDEX entities_exact; DROP INDEX actor_keys_article;',
  },
  {
    // Child rows, texts and revisions point at their article by its integer rid, not its text id (smaller rows
    // and keys); event_actors (a row per actor mention) folds into two JSON columns of events; relations are
    // keyed (article, source, target, relation) without a rowid; entities lose their index by name (no read
    // uses it: actors read network_nodes or go by article). Article rows count their quotes and list their
    // events' types, so a timeline restricted by a query reads no child table.
    version: 6,
    name: 'integer-article-keys',
    sql: `
ALTER TABLE articles ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN event_list TEXT NOT NULL DEFAULT '';
UPDATE articles SET quote_count = (SELECT count(*) FROM quotes q WHERE q.article_id = articles.id),
  event_list = coalesce((SELECT group_concat(coalesce(replace(ev.event, '|', '/'), ''), '|') FROM events ev WHERE ev.article_id = articles.id), '');
${rekey('quotes', `quote_id TEXT NOT NULL, type TEXT, text TEXT, speaker TEXT, speaker_lc TEXT, speaker_entity TEXT, cue TEXT,
  start_at INTEGER, end_at INTEGER, PRIMARY KEY (article_rid, quote_id)`, 'quote_id, type, text, speaker, speaker_lc, speaker_entity, cue, start_at, end_at')}
CREATE INDEX quotes_speaker ON quotes (speaker_lc);
${rekey('events', `event_id TEXT NOT NULL, event TEXT, mode TEXT, cameo_root TEXT, cameo_code TEXT, modality TEXT, actors TEXT, recipients TEXT,
  event_date TEXT, loc_name TEXT, loc_country TEXT, text TEXT, trigger_text TEXT, start_at INTEGER, end_at INTEGER,
  actor_names TEXT NOT NULL DEFAULT '[]', actor_countries TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (article_rid, event_id)`,
  `event_id, event, mode, cameo_root, cameo_code, modality, actors, recipients, event_date, loc_name, loc_country, text, trigger_text, start_at, end_at,
  (SELECT json_group_array(ea.name_lc) FROM event_actors ea WHERE ea.article_id = o.article_id AND ea.event_id = o.event_id),
  (SELECT json_group_array(ea.country_lc) FROM event_actors ea WHERE ea.article_id = o.article_id AND ea.event_id = o.event_id AND ea.country_lc IS NOT NULL)`)}
DROP TABLE event_actors;
CREATE INDEX events_event ON events (event);
CREATE INDEX events_cameo ON events (cameo_root);
${rekey('entities', `entity_id TEXT NOT NULL, type TEXT, name TEXT, name_lc TEXT, country TEXT, country_lc TEXT, sector TEXT, title TEXT,
  mentions INTEGER, PRIMARY KEY (article_rid, entity_id)`, 'entity_id, type, name, name_lc, country, country_lc, sector, title, mentions')}
${rekey('actor_keys', 'key TEXT NOT NULL, PRIMARY KEY (key, article_rid)', 'key')}
${rekey('relations', 'source TEXT NOT NULL, target TEXT NOT NULL, relation TEXT NOT NULL, weight INTEGER NOT NULL, PRIMARY KEY (article_rid, source, target, relation)',
  'source, target, relation, weight')}
${rekey('lsh_bands', 'band TEXT NOT NULL, PRIMARY KEY (band, article_rid)', 'band')}
${rekey('article_texts', 'text TEXT NOT NULL, minhash BLOB', 'text, minhash', 'PRIMARY KEY')}
${rekey('revisions', `revision INTEGER NOT NULL, text_hash TEXT NOT NULL, headline TEXT, updated TEXT, ingested_at TEXT NOT NULL, doc TEXT NOT NULL,
  PRIMARY KEY (article_rid, revision)`, 'revision, text_hash, headline, updated, ingested_at, doc', '')}
`,
  },
  {
    // The engine that analysed each article (src/ingest/engine-version.ts), for `parley reanalyze`; older rows are 'unknown'.
    version: 7,
    name: 'article-engine',
    sql: `ALTER TABLE articles ADD COLUMN engine TEXT NOT NULL DEFAULT 'unknown';`,
  },
  {
    // The file an article was read from, when its id is its path (src/ingest/resolve-file-ids.ts): two runs over
    // folders that hold the same relative path tell their files apart by it. Older rows: null, adopted by the next run.
    version: 8,
    name: 'article-origin',
    sql: `ALTER TABLE articles ADD COLUMN origin TEXT;`,
  },
  {
    // quotes and events match a query's words in their own text (src/search/match-text.ts): an FTS5 index of each quote and
    // event sentence finds the rows that may match a rare word (parley_match then decides), where every quote of the articles
    // holding it was tested. Words as written (no stemmer: a query stem is matched as a prefix, rowIndexQuery in dialects.ts),
    // accents kept. Contentless; rowid = article rid << 20 plus the row's rank in its article, the row's own id stored beside it.
    version: 9,
    name: 'row-text-index',
    sql: ['quotes', 'events'].map((t) => `CREATE VIRTUAL TABLE ${t}_fts USING fts5 (text, row_id UNINDEXED, content='', contentless_delete=1,
  contentless_unindexed=1, tokenize='unicode61 remove_diacritics 0');
${rowIndexInsert(t as 'quotes' | 'events', '1=1')};`).join('\n'),
  },
  // per-actor counts and country/sector votes over the canonical articles (sqlite-actor-aggregates.ts)
  { version: 10, name: 'actor-aggregates', sql: SQLITE_ACTOR_AGGREGATES },
];

/** Fill the row text index of `table` (migration 9) for the rows `where` selects (over the table's columns). */
export function rowIndexInsert(table: 'quotes' | 'events', where: string): string {
  const id = table === 'quotes' ? 'quote_id' : 'event_id';
  return `INSERT INTO ${table}_fts (rowid, text, row_id) SELECT (article_rid << 20) + row_number() OVER (PARTITION BY article_rid ORDER BY ${id}),
  coalesce(text, ''), ${id} FROM ${table} WHERE ${where}`;
}

/** Migration 6: `table` rebuilt with `columns` after its article's rid, filled with `select` over the old rows `o`. Child rows
 * go WITHOUT ROWID (their key is the primary key); a table of one row per article makes the rid its rowid (`PRIMARY KEY`);
 * revisions, whose large documents would move on every page split of a WITHOUT ROWID table, keep a rowid (`''`). */
function rekey(table: string, columns: string, select: string, key: 'WITHOUT ROWID' | 'PRIMARY KEY' | '' = 'WITHOUT ROWID'): string {
  const rid = key === 'PRIMARY KEY' ? 'article_rid INTEGER PRIMARY KEY' : 'article_rid INTEGER NOT NULL';
  return `CREATE TABLE ${table}_v6 (${rid}, ${columns})${key === 'WITHOUT ROWID' ? ' WITHOUT ROWID' : ''};
INSERT INTO ${table}_v6 SELECT a.rid, ${select} FROM ${table} o JOIN (SELECT rid, id FROM articles) a ON a.id = o.article_id;
DROP TABLE ${table};
ALTER TABLE ${table}_v6 RENAME TO ${table};`;
}

/** Apply the migrations not yet recorded, each in its own transaction. */
export function migrateSqlite(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  for (const m of SQLITE_MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
}
