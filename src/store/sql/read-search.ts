// Article-level reads shared by both stores: search with totals, facets and snippets; one article
// with its revisions and copies.
import type { ArticleDetail, ArticleRecord, SearchOptions, SearchResult, Facet } from '../store.js';
import type { ContractDoc } from '../../analyze/to-contract.js';
import { decodeCursor, encodeCursor } from '../../search/cursor.js';
import { makeSnippet } from '../../search/make-snippet.js';
import { diffParagraphs } from '../../ingest/diff-paragraphs.js';
import type { Dialect } from './compile-filter.js';
import { pageSize } from './article-filter.js';
import { planSearch } from './plan-search.js';
import { num, str, type Exec, type Row } from './exec.js';

export const ARTICLE_COLS = `a.id, a.url, a.source, a.headline, a.published, a.updated, a.text_hash, a.revision,
  a.canonical_id, a.duplicate_kind, a.ingested_at, a.pub_ts,
  (SELECT count(*) FROM articles c WHERE c.canonical_id = a.canonical_id) AS group_size`;

export function toArticle(r: Row): ArticleRecord {
  return {
    id: String(r.id), url: str(r.url), source: str(r.source), headline: str(r.headline), published: str(r.published),
    updated: str(r.updated), textHash: String(r.text_hash), revision: num(r.revision), canonicalId: String(r.canonical_id),
    duplicateKind: String(r.duplicate_kind) as ArticleRecord['duplicateKind'], groupSize: num(r.group_size), ingestedAt: String(r.ingested_at),
  };
}

/** Keyset condition after the cursor, on (pub_ts DESC, id DESC). */
export function afterCursor(cursor: string | null | undefined, params: unknown[], idCol = 'a.id'): string {
  const key = decodeCursor(cursor);
  if (!key || key.length < 2) return '';
  params.push(String(key[0]), String(key[0]), String(key[1]));
  return ` AND (a.pub_ts < ? OR (a.pub_ts = ? AND ${idCol} < ?))`;
}

export async function search(exec: Exec, dialect: Dialect, opts: SearchOptions): Promise<SearchResult> {
  const plan = await planSearch(opts, dialect, exec);
  const limit = pageSize(opts);
  const { page: p, sample: smp, totals: tot } = plan;
  const params = [...p.params];
  // the page's ids first: an ORDER BY that sorts the matches then carries two columns per match, not the article
  const keys = await exec.all(`SELECT a.id, a.pub_ts FROM ${p.from} WHERE ${p.where}${afterCursor(opts.cursor, params)}
    ORDER BY ${p.order} LIMIT ${limit + 1}`, params);
  const more = keys.length > limit;
  const ids = keys.slice(0, limit).map((r) => String(r.id));
  const byId = new Map<string, Row>();
  const texts = new Map<string, string>();
  if (ids.length) {
    const list = ids.map(() => '?').join(',');
    for (const r of await exec.all(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id IN (${list})`, ids)) byId.set(String(r.id), r);
    for (const r of await exec.all(`SELECT article_id, text FROM article_texts WHERE article_id IN (${list})`, ids)) texts.set(String(r.article_id), String(r.text));
  }
  const items = ids.flatMap((id) => { const r = byId.get(id); return r ? [{ article: toArticle(r), snippet: makeSnippet(texts.get(id) ?? '', plan.node) }] : []; });
  const last = keys[ids.length - 1];
  const next = more && last ? encodeCursor([String(last.pub_ts), String(last.id)]) : null;
  let facets = { source: [] as Facet[], event: [] as Facet[], speaker: [] as Facet[] };
  let facetsOver: number | undefined;
  if (opts.facets !== false) {
    const sample = await exec.all(`SELECT ${smp.distinct ? 'DISTINCT a.id, ' : ''}a.source, a.facet_events, a.facet_speakers FROM ${smp.from} WHERE ${smp.where}
      ${smp.order ? `ORDER BY ${smp.order}` : ''} LIMIT ${FACET_SAMPLE}`, smp.params);
    facets = countFacets(sample);
    facetsOver = sample.length;
  }
  // exact up to TOTAL_CAP matches, then a lower bound (as search engines do): a common word stays fast
  const [totals] = await exec.all(`SELECT count(*) AS n, sum(t.c) AS c FROM (SELECT ${tot.distinct ? 'DISTINCT a.id, ' : ''}a.is_canonical AS c FROM ${tot.from}
    WHERE ${tot.where} LIMIT ${TOTAL_CAP + 1}) t`, tot.params);
  const capped = num(totals?.n) > TOTAL_CAP;
  return { items, next, total: num(totals?.c), totalWithCopies: num(totals?.n), ...(capped ? { totalIsLowerBound: true } : {}), facets,
    ...(facetsOver !== undefined ? { facetsOver } : {}) };
}

/** Facets count a sample of at most FACET_SAMPLE matches (SQLite: the most recently stored): bounded cost however
 * common the words are. */
export const FACET_SAMPLE = 1000;
/** Totals are exact up to this many matches (copies included), a lower bound beyond. */
export const TOTAL_CAP = 10_000;

function countFacets(rows: Row[]) {
  const counts = { source: new Map<string, number>(), event: new Map<string, number>(), speaker: new Map<string, number>() };
  const add = (m: Map<string, number>, v: string) => { if (v) m.set(v, (m.get(v) ?? 0) + 1); };
  for (const r of rows) {
    add(counts.source, String(r.source ?? ''));
    for (const v of String(r.facet_events ?? '').split('|')) add(counts.event, v);
    for (const v of String(r.facet_speakers ?? '').split('|')) add(counts.speaker, v);
  }
  const top = (m: Map<string, number>): Facet[] => [...m].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, 20);
  return { source: top(counts.source), event: top(counts.event), speaker: top(counts.speaker) };
}

export async function getArticle(exec: Exec, id: string): Promise<ArticleDetail | null> {
  const [row] = await exec.all(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id = ?`, [id]);
  if (!row) return null;
  const article = toArticle(row);
  const revs = await exec.all(`SELECT revision, text_hash, headline, updated, ingested_at, doc FROM revisions
    WHERE article_id = ? ORDER BY revision`, [id]);
  const revisions = revs.map((r, i) => {
    const doc = JSON.parse(String(r.doc)) as ContractDoc;
    const prev = i > 0 ? (JSON.parse(String(revs[i - 1].doc)) as ContractDoc) : null;
    return {
      revision: num(r.revision), textHash: String(r.text_hash), headline: str(r.headline), updated: str(r.updated),
      ingestedAt: String(r.ingested_at), doc, ...(prev ? { changes: diffParagraphs(prev.text, doc.text) } : {}),
    };
  });
  const copies = (await exec.all(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.canonical_id = ? AND a.id <> ?
    ORDER BY a.id`, [article.canonicalId, id])).map(toArticle);
  return { article, revisions, copies };
}
