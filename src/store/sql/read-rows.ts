// Row-level reads shared by both stores: quotes, events, a speaker's quotes over time (actors: read-actors.ts). Field
// values outside NOT/OR restrict the rows themselves (a `speaker:` query lists that speaker's quotes,
// not every quote of the articles where they speak), and so does the query's text (a quote's own words,
// an event's sentence: match-text.ts).
import type { Bucket, EventRecord, Page, QueryOptions, QuoteRecord, SpeakerQuotes } from '../store.js';
import { decodeCursor, encodeCursor } from '../../search/cursor.js';
import { parseQuery, requiredFields, type QueryNode } from '../../search/parse-query.js';
import { conjuncts, rowText } from '../../search/match-text.js';
import { compileFilter, isText, likePrefix, onArticle, type Dialect } from './compile-filter.js';
import { articleFilter, pageSize, type Filter } from './article-filter.js';
import { num, str, type Exec, type Row } from './exec.js';
import { sumBuckets } from './bucket.js';
import { CHILD_COLUMNS } from '../row-tuples.js';

export function restrict(col: string, values: { value: string; prefix: boolean }[], params: unknown[], upper = false): string {
  return values.map(({ value, prefix }) => {
    const v = upper ? value.toUpperCase() : value.toLowerCase();
    params.push(prefix ? likePrefix(v) : v);
    return ` AND ${col} ${prefix ? "LIKE ? ESCAPE '\\'" : '= ?'}`;
  }).join('');
}

/** Keyset after (pub_ts DESC, article id DESC, row id ASC). */
function rowCursor(cursor: string | null | undefined, alias: string, idCol: string, params: unknown[]): string {
  const k = decodeCursor(cursor);
  if (!k || k.length < 3) return '';
  params.push(k[0], k[0], k[1], k[1], k[2]);
  return ` AND (a.pub_ts < ? OR (a.pub_ts = ? AND (a.id < ? OR (a.id = ? AND ${alias}.${idCol} > ?))))`;
}

function page<T>(rows: Row[], limit: number, map: (r: Row) => T, key: (r: Row) => (string | number)[]): Page<T> {
  const more = rows.length > limit;
  const kept = rows.slice(0, limit);
  return { items: kept.map(map), next: more && kept.length ? encodeCursor(key(kept[kept.length - 1])) : null };
}

const toQuote = (r: Row): QuoteRecord => ({
  articleId: String(r.article_id), quoteId: String(r.quote_id), type: String(r.type), text: String(r.text),
  speaker: str(r.speaker), speakerEntity: str(r.speaker_entity), speakerTitle: str(r.speaker_title), cue: str(r.cue), start: num(r.start_at), end: num(r.end_at),
  published: str(r.published), source: str(r.source), headline: str(r.headline),
});

/** The query's text as a predicate on a row's own text column (match-text.ts): '' when the query has no text part. */
function textOfRow(node: QueryNode, alias: string, dialect: Dialect, params: unknown[]): string {
  const { text } = rowText(node);
  return text ? ` AND ${dialect.rowText(text, alias, params)}` : '';
}

/** The columns a quote (`q`) or event (`ev`) record is made of: not PostgreSQL's tsvector (migration 9), which `*` would send too. */
const columnsOf = (alias: 'q' | 'ev') => CHILD_COLUMNS[alias === 'q' ? 'quotes' : 'events'].map((c) => `${alias}.${c}`).join(', ');

const articlePart = (node: QueryNode) => rowText(node).article;

/** Thresholds of the row reads' plans (tests lower them to take every path on a small corpus). */
export const ROW_TUNING = {
  /**
   * A word whose rows in the row text index reach `walk` × √(articles stored) is walked for in date order, a rarer one is
   * collected from the index. A walk to a full page passes ~20 / (share of rows holding the word) rows, the index gives
   * every row holding it: they cost the same near √(20 × rows) (100k generated articles, 960k quotes: "trade tariffs",
   * 10k quotes, 185 ms collected, ~10 ms walked; 'progress', 96k quotes, ~10 ms walked).
   */
  walk: 8,
};

/** A page's FROM, a predicate on it that goes first (`match`) and one that goes last (`late`), each with its parameters. */
type RowSource = { f: Filter; from: string; match: string; matchParams: unknown[]; late: string; lateParams: unknown[] };

/**
 * Where a page of quotes (`q`) or events (`ev`) reads its rows from. Where the store indexes rows' text (SQLite, migration 9):
 * a word few rows hold drives from that index (its rows, then their articles: the rows of the articles holding it were all
 * tested); a word in rows of most articles, in a query of words alone, walks the articles in date order and stops at a full
 * page, testing an article's words (an FTS5 probe, ~0.2 ms) only for the rows that match themselves. Otherwise, and on
 * PostgreSQL (which plans from the statistics of its row tsvectors), the rows of the matching articles.
 */
async function rowSource(exec: Exec, dialect: Dialect, opts: QueryOptions, alias: 'q' | 'ev'): Promise<RowSource> {
  const [table, id] = alias === 'q' ? ['quotes', 'quote_id'] : ['events', 'event_id'];
  const plain = { match: '', matchParams: [], late: '', lateParams: [] };
  const node = parseQuery(opts.q).node;
  const text = rowText(node).text;
  const expr = text && dialect.rowIndex?.(text);
  if (expr) {
    const [top] = await exec.all('SELECT max(rid) AS n FROM articles', []);
    const cap = Math.max(1, Math.ceil(ROW_TUNING.walk * Math.sqrt(num(top?.n))));
    const [m] = await exec.all(`SELECT count(*) AS n FROM (SELECT 1 FROM ${table}_fts WHERE ${table}_fts MATCH ? LIMIT ${cap}) t`, [expr]);
    if (num(m?.n) < cap) {
      return { ...plain, f: articleFilter(opts, dialect, articlePart), match: `fx.${table}_fts MATCH ? AND `, matchParams: [expr],
        from: `${table}_fts fx JOIN ${table} ${alias} ON ${alias}.article_rid = (fx.rowid >> 20) AND ${alias}.${id} = fx.row_id JOIN articles a ON ${onArticle(dialect, alias)}` };
    }
    if (conjuncts(node).every(isText)) {
      // the article's words probed on the row's article key: SQLite tests them in the inner loop, after the row's own
      const part = articlePart(node);
      const lateParams: unknown[] = [];
      const late = compileFilter(part, dialect, lateParams, new Set(conjuncts(part))).replace(/\ba\.rid\b/g, `${alias}.article_rid`);
      return { ...plain, f: articleFilter(opts, dialect, () => ({ kind: 'all' })), from: `articles a CROSS JOIN ${table} ${alias} ON ${onArticle(dialect, alias)}`,
        late: ` AND ${late}`, lateParams };
    }
  }
  return { ...plain, f: articleFilter(opts, dialect, articlePart), from: `${table} ${alias} JOIN articles a ON ${onArticle(dialect, alias)}` };
}

export async function quotes(exec: Exec, dialect: Dialect, opts: QueryOptions, speakerLc?: string): Promise<Page<QuoteRecord>> {
  const { f, from, match, matchParams, late, lateParams } = await rowSource(exec, dialect, opts, 'q');
  const params = [...matchParams, ...f.params];
  let where = match + f.where + restrict('q.speaker_lc', requiredFields(f.node, 'speaker'), params) + textOfRow(f.node, 'q', dialect, params) + late;
  params.push(...lateParams);
  if (speakerLc !== undefined) { where += ' AND q.speaker_lc = ?'; params.push(speakerLc); }
  where += rowCursor(opts.cursor, 'q', 'quote_id', params);
  const limit = pageSize(opts);
  const fk = dialect.key.child;
  const rows = await exec.all(`SELECT ${columnsOf('q')}, a.id AS article_id, a.published, a.source, a.headline, a.pub_ts,
    (SELECT e.title FROM entities e WHERE e.${fk} = q.${fk} AND e.entity_id = q.speaker_entity) AS speaker_title
    FROM ${from} WHERE ${where} ORDER BY a.pub_ts DESC, a.id DESC, q.quote_id ASC LIMIT ${limit + 1}`, params);
  return page(rows, limit, toQuote, (r) => [String(r.pub_ts), String(r.article_id), String(r.quote_id)]);
}

export async function events(exec: Exec, dialect: Dialect, opts: QueryOptions): Promise<Page<EventRecord>> {
  const { f, from, match, matchParams, late, lateParams } = await rowSource(exec, dialect, opts, 'ev');
  const params = [...matchParams, ...f.params];
  const types = requiredFields(f.node, 'event');
  let where = match + f.where + restrict('ev.event', types.filter((v) => !/^\d+$/.test(v.value)), params, true) + textOfRow(f.node, 'ev', dialect, params) + late;
  params.push(...lateParams);
  // "event:14" names a CAMEO root, "event:141" a CAMEO code, as in compile-filter.ts: the rows keep only those
  for (const v of types.filter((t) => /^\d+$/.test(t.value))) {
    where += ` AND ev.${v.value.length <= 2 ? 'cameo_root' : 'cameo_code'} = ?`;
    params.push(v.value);
  }
  for (const a of requiredFields(f.node, 'actor')) {
    // the event's own actors and recipients, by lower-cased name or country (row-tuples.ts)
    const mention = (col: string) => `EXISTS (SELECT 1 FROM ${dialect.elements(`ev.${col}`)} WHERE ${restrict('x.value', [a], params).slice(5)})`;
    where += ` AND (${mention('actor_names')} OR ${mention('actor_countries')})`;
  }
  where += rowCursor(opts.cursor, 'ev', 'event_id', params);
  const limit = pageSize(opts);
  const rows = await exec.all(`SELECT ${columnsOf('ev')}, a.id AS article_id, a.published, a.source, a.pub_ts FROM ${from}
    WHERE ${where} ORDER BY a.pub_ts DESC, a.id DESC, ev.event_id ASC LIMIT ${limit + 1}`, params);
  return page(rows, limit, (r): EventRecord => ({
    articleId: String(r.article_id), eventId: String(r.event_id), event: String(r.event), mode: str(r.mode),
    cameoRoot: str(r.cameo_root), cameoCode: str(r.cameo_code), modality: String(r.modality),
    actors: JSON.parse(String(r.actors)), recipients: JSON.parse(String(r.recipients)), date: str(r.event_date),
    location: r.loc_name ? { name: String(r.loc_name), country: str(r.loc_country) } : null,
    text: String(r.text), trigger: String(r.trigger_text), start: num(r.start_at), end: num(r.end_at),
    published: str(r.published), source: str(r.source),
  }), (r) => [String(r.pub_ts), String(r.article_id), String(r.event_id)]);
}

export async function speakerQuotes(exec: Exec, dialect: Dialect, name: string, opts: QueryOptions & { bucket?: Bucket }): Promise<SpeakerQuotes> {
  const lc = name.toLowerCase();
  const f = articleFilter(opts, dialect, articlePart);
  const params = [...f.params];
  const text = textOfRow(f.node, 'q', dialect, params);
  const days = await exec.all(`SELECT a.pub_day AS day, count(*) AS n FROM quotes q JOIN articles a ON ${onArticle(dialect, 'q')}
    WHERE ${f.where}${text} AND q.speaker_lc = ? GROUP BY a.pub_day`, [...params, lc]);
  const buckets = sumBuckets(days.map((r) => ({ day: String(r.day ?? ''), n: num(r.n) })), opts.bucket ?? 'month');
  const p = await quotes(exec, dialect, opts, lc);
  return { speaker: name, timeline: [...buckets].map(([period, n]) => ({ period, quotes: n })), ...p };
}
