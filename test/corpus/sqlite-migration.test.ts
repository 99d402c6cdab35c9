// A store written before migration 6 (child rows keyed by text article id, a row per event actor) reads the
// same after it: rows move to the article's rid, event actors into the events' JSON columns, counts onto articles.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/sqlite-migrations.js';
import { ROW_TUNING } from '../../src/store/sql/read-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Boris Johnson met Sergei Lavrov in Moscow. "We talked," said Boris Johnson. "It was frank," Johnson added.';

/** One article as the writer of migration 5 stored it. */
function writeVersion5(file: string): void {
  const db = new Database(file);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of SQLITE_MIGRATIONS.filter((x) => x.version <= 5)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01');
  }
  const ins = (table: string, row: unknown[]) => db.prepare(`INSERT INTO ${table} VALUES (${row.map(() => '?').join(',')})`).run(...row);
  // a copy first, so that the article's rid (2) differs from anything its text id could be mistaken for
  for (const [rid, id, canonical] of [[1, 'copy-1', 0], [2, 'moscow-1', 1]] as const) {
    db.prepare(`INSERT INTO articles (rid, id, source, source_lc, headline, published, pub_ts, pub_day, text_hash, body_hash, revision, revisions,
      canonical_id, duplicate_kind, is_canonical, ingested_at, facet_events, facet_speakers)
      VALUES (?, ?, 'Wire', 'wire', 'Talks', '2017-04-03', '2017-04-03T00:00:00.000Z', '2017-04-03', ?, 'b', 1, 1, 'moscow-1', ?, ?, 'now', 'MEET', 'Boris Johnson')`)
      .run(rid, id, `h${rid}`, canonical ? 'canonical' : 'exact', canonical);
    ins('article_texts', [id, TEXT, null]);
    db.prepare('INSERT INTO articles_fts (rowid, headline, text) VALUES (?, ?, ?)').run(rid, 'Talks', TEXT);
    ins('revisions', [id, 1, `h${rid}`, 'Talks', null, 'now', JSON.stringify({ id, text: TEXT })]);
  }
  ins('quotes', ['moscow-1', 'q1', 'direct', 'We talked,', 'Boris Johnson', 'boris johnson', 'e1', 'said', 44, 54]);
  ins('quotes', ['moscow-1', 'q2', 'direct', 'It was frank,', 'Boris Johnson', 'boris johnson', 'e1', 'added', 76, 89]);
  const actor = { name: 'Boris Johnson', country: 'GBR', sector: null };
  const recipient = { name: 'Sergei Lavrov', country: 'RUS', sector: null };
  ins('events', ['moscow-1', 'v1', 'MEET', null, '04', '040', 'asserted', JSON.stringify([actor]), JSON.stringify([recipient]), null, 'Moscow', 'RUS',
    'Boris Johnson met Sergei Lavrov in Moscow.', 'met', 0, 42]);
  ins('event_actors', ['moscow-1', 'v1', 'actor', 'Boris Johnson', 'boris johnson', 'GBR', 'gbr', null]);
  ins('event_actors', ['moscow-1', 'v1', 'recipient', 'Sergei Lavrov', 'sergei lavrov', 'RUS', 'rus', null]);
  ins('entities', ['moscow-1', 'e1', 'person', 'Boris Johnson', 'boris johnson', 'GBR', 'gbr', null, 'Foreign Secretary', 3]);
  ins('entities', ['moscow-1', 'e2', 'person', 'Sergei Lavrov', 'sergei lavrov', 'RUS', 'rus', null, null, 1]);
  for (const k of ['boris johnson', 'gbr', 'sergei lavrov', 'rus']) ins('actor_keys', [k, 'moscow-1']);
  ins('relations', ['moscow-1', 'Boris Johnson', 'Sergei Lavrov', 'meet', 1]);
  ins('lsh_bands', ['0abc', 'moscow-1']);
  db.close();
}

it('moves a version 5 store to integer article keys without changing what it answers', async () => {
  const file = join(dir, 'v5.db');
  writeVersion5(file);
  const store = await openStore(file);
  try {
    const ids = async (q: string) => (await store.search({ q })).items.map((h) => h.article.id);
    expect(await ids('actor:rus')).toEqual(['moscow-1']);
    expect(await ids('speaker:"Boris Johnson" event:MEET')).toEqual(['moscow-1']);
    const ev = await store.events({ q: 'actor:"sergei lavrov"' });
    expect(ev.items.map((v) => [v.articleId, v.eventId, v.recipients[0].name])).toEqual([['moscow-1', 'v1', 'Sergei Lavrov']]);
    const quotes = await store.quotes({ q: 'speaker:"boris johnson"' });
    expect(quotes.items.map((q) => [q.articleId, q.text, q.speakerTitle])).toEqual([['moscow-1', 'We talked,', 'Foreign Secretary'], ['moscow-1', 'It was frank,', 'Foreign Secretary']]);
    // the row text index (migration 9) holds the rows stored before it: the rows a rare word's entries drive
    const walk = ROW_TUNING.walk;
    ROW_TUNING.walk = 1e9;
    try {
      expect((await store.quotes({ q: 'talked' })).items.map((q) => q.text)).toEqual(['We talked,']);
      expect((await store.events({ q: 'Lavrov' })).items.map((v) => v.eventId)).toEqual(['v1']);
    } finally {
      ROW_TUNING.walk = walk;
    }
    const actors = await store.actors({ q: 'actor:gbr' });
    expect(actors.items.find((a) => a.name === 'Boris Johnson')).toMatchObject({ articles: 1, mentions: 3, quotes: 2, events: 1 });
    expect(await store.timeline('month', { q: 'actor:rus' })).toEqual([{ period: '2017-04', articles: 1, quotes: 2, events: 1, eventTypes: { MEET: 1 } }]);
    expect((await store.actorNetwork({ q: 'actor:rus' })).edges).toEqual([{ source: 'Boris Johnson', target: 'Sergei Lavrov', relation: 'meet', weight: 1 }]);
    expect((await store.getArticle('moscow-1'))?.copies.map((c) => c.id)).toEqual(['copy-1']);
    expect(await store.stats()).toMatchObject({ articles: 2, canonical: 1, revisions: 2, quotes: 2, events: 1, entities: 2 });
    // stored before engines were recorded: 'unknown', so parley reanalyze redoes them
    expect((await store.stats()).engines).toEqual([{ value: 'unknown', count: 2 }]);
    expect(await store.countStoredTexts({ skipEngine: 'abc123' })).toBe(2);
  } finally {
    await store.close();
  }
});
