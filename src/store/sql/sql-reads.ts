// The read half of the Store, written once over `Exec` + `Dialect`: both backends spread it in.
import type { ContractDoc } from '../../analyze/to-contract.js';
import type { QueryOptions, Store } from '../store.js';
import { decodeCursor, encodeCursor } from '../../search/cursor.js';
import { onArticle, type Dialect } from './compile-filter.js';
import { articleFilter } from './article-filter.js';
import { num, str, type Exec } from './exec.js';
import { afterCursor, getArticle, search } from './read-search.js';
import { events, quotes, speakerQuotes } from './read-rows.js';
import { actors } from './read-actors.js';
import { actorNetwork } from './read-network.js';
import { timeline } from './read-timeline.js';

export type StoreReads = Pick<Store, 'search' | 'quotes' | 'events' | 'actors' | 'speakerQuotes' | 'actorNetwork' | 'timeline'
  | 'getArticle' | 'stats' | 'exportDocs' | 'exportQuotes' | 'exportEvents' | 'storedTexts' | 'countStoredTexts'>;

const EXPORT_PAGE = 500;

/** Every page of a paged read, from the caller's cursor on. */
async function* pages<T>(read: (cursor: string | null) => Promise<{ items: T[]; next: string | null }>, cursor: string | null) {
  for (;;) {
    const p = await read(cursor);
    yield* p.items;
    if (!p.next) return;
    cursor = p.next;
  }
}

/** The articles a reanalysis visits: the query's matches, copies too, less those of engine `skipEngine`. */
function storedFilter(opts: { q?: string; skipEngine?: string }, dialect: Dialect) {
  const f = articleFilter({ q: opts.q, copies: true }, dialect);
  const params = [...f.params];
  let where = f.where;
  if (opts.skipEngine !== undefined) { where = `(${where}) AND a.engine <> ?`; params.push(opts.skipEngine); }
  return { where, params };
}

export function sqlReads(exec: Exec, dialect: Dialect): StoreReads {
  return {
    search: (opts) => search(exec, dialect, opts),
    quotes: (opts) => quotes(exec, dialect, opts),
    events: (opts) => events(exec, dialect, opts),
    actors: (opts) => actors(exec, dialect, opts),
    speakerQuotes: (name, opts = {}) => speakerQuotes(exec, dialect, name, opts),
    actorNetwork: (opts = {}) => actorNetwork(exec, dialect, opts),
    timeline: (bucket, opts = {}) => timeline(exec, dialect, bucket, opts),
    getArticle: (id) => getArticle(exec, dialect, id),
    async stats() {
      const [r] = await exec.all(`SELECT (SELECT count(*) FROM articles) AS articles,
        (SELECT count(*) FROM articles WHERE is_canonical = 1) AS canonical, (SELECT count(*) FROM revisions) AS revisions,
        (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM entities) AS entities`, []);
      const engines = (await exec.all('SELECT engine, count(*) AS n FROM articles GROUP BY engine ORDER BY 2 DESC, 1', []))
        .map((e) => ({ value: String(e.engine), count: num(e.n) }));
      return { articles: num(r.articles), canonical: num(r.canonical), revisions: num(r.revisions), quotes: num(r.quotes), events: num(r.events),
        entities: num(r.entities), engines };
    },
    async storedTexts(opts) {
      const { where, params } = storedFilter(opts, dialect);
      if (opts.after) { params.push(opts.after); }
      const rows = await exec.all(`SELECT a.id, a.text_hash, a.headline, a.published, a.updated, a.url, a.source, t.text
        FROM articles a JOIN article_texts t ON ${onArticle(dialect, 't')} WHERE ${where}${opts.after ? ' AND a.id > ?' : ''} ORDER BY a.id LIMIT ${Math.max(1, Math.floor(opts.limit))}`, params);
      return rows.map((r) => ({ id: String(r.id), textHash: String(r.text_hash), text: String(r.text), headline: str(r.headline), published: str(r.published),
        updated: str(r.updated), url: str(r.url), source: str(r.source) }));
    },
    async countStoredTexts(opts) {
      const { where, params } = storedFilter(opts, dialect);
      return num((await exec.all(`SELECT count(*) AS n FROM articles a WHERE ${where}`, params))[0]?.n);
    },
    exportDocs: (opts: QueryOptions) => pages<ContractDoc>(async (cursor) => {
      const f = articleFilter(opts, dialect);
      const params = [...f.params];
      const rows = await exec.all(`SELECT a.id, a.pub_ts, r.doc FROM articles a JOIN revisions r ON ${onArticle(dialect, 'r')} AND r.revision = a.revision
        WHERE ${f.where}${afterCursor(cursor, params)} ORDER BY a.pub_ts DESC, a.id DESC LIMIT ${EXPORT_PAGE}`, params);
      const last = rows[rows.length - 1];
      return { items: rows.map((r) => JSON.parse(String(r.doc)) as ContractDoc), next: rows.length === EXPORT_PAGE && last ? encodeCursor([String(last.pub_ts), String(last.id)]) : null };
    }, decodeCursor(opts.cursor) ? opts.cursor ?? null : null),
    exportQuotes: (opts) => pages((cursor) => quotes(exec, dialect, { ...opts, cursor, limit: EXPORT_PAGE }), opts.cursor ?? null),
    exportEvents: (opts) => pages((cursor) => events(exec, dialect, { ...opts, cursor, limit: EXPORT_PAGE }), opts.cursor ?? null),
  };
}
