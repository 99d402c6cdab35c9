// Article-level reads shared by both stores: search with totals, facets and snippets; one article
// with its revisions and copies.
import type { ArticleDetail, ArticleRecord, SearchOptions, SearchResult, Facet } from '../store.js';
import type { ContractDoc } from '../../analyze/to-contract.js';
import { decodeCursor, encodeCursor } from '../../search/cursor.js';
import { makeSnippet } from '../../search/make-snippet.js';
import { diffParagraphs } from '../../ingest/diff-paragraphs.js';
import type { Dialect } from './compile-filter.js';
import { articleFilter, pageSize, searchFilter } from './article-filter.js';
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
  const f = await searchFilter(opts, dialect, exec);
  const limit = pageSize(opts);
  const order = f.order ?? 'a.pub_ts DESC, a.id DESC';
  const wantFacets = opts.facets !== false;
  let rows: Row[];
  let facets = { source: [] as Facet[], event: [] as Facet[], speaker: [] as Facet[] };
  if (wantFacets && !opts.cursor && limit + 1 <= FACET_SAMPLE) {
    // first page with facets: one ordered pass over the matches serves both (the match set is collected once)
    const sample = await exec.all(`SELECT a.id, a.source, a.facet_events, a.facet_speakers FROM articles a WHERE ${f.where}
      ORDER BY ${order} LIMIT ${FACET_SAMPLE}`, f.params);
    facets = countFacets(sample);
    const ids = sample.slice(0, limit + 1).map((r) => String(r.id));
    const byId = new Map<string, Row>();
    if (ids.length) for (const r of await exec.all(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id IN (${ids.map(() => '?').join(',')})`, ids)) byId.set(String(r.id), r);
    rows = ids.flatMap((id) => { const r = byId.get(id); return r ? [r] : []; });
  } else {
    const params = [...f.params];
    rows = await exec.all(`SELECT ${ARTICLE_COLS} FROM articles a WHERE ${f.where}${afterCursor(opts.cursor, params)}
      ORDER BY ${order} LIMIT ${limit + 1}`, params);
    if (wantFacets) facets = await searchFacets(exec, f.where, f.params, order);
  }
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const texts = new Map<string, string>();
  if (page.length) {
    const rs = await exec.all(`SELECT article_id, text FROM article_texts WHERE article_id IN (${page.map(() => '?').join(',')})`, page.map((r) => r.id));
    for (const r of rs) texts.set(String(r.article_id), String(r.text));
  }
  const items = page.map((r) => ({ article: toArticle(r), snippet: makeSnippet(texts.get(String(r.id)) ?? '', f.node) }));
  const last = page[page.length - 1];
  const next = more && last ? encodeCursor([String(last.pub_ts), String(last.id)]) : null;
  // totals collect the matches (IN), never probe per row: a count visits every match anyway
  const all = articleFilter({ ...opts, copies: true }, dialect);
  // exact up to TOTAL_CAP matches, then a lower bound (as search engines do): a common word stays fast
  const [totals] = await exec.all(`SELECT count(*) AS n, sum(t.c) AS c FROM (SELECT a.is_canonical AS c FROM articles a
    WHERE ${all.where} LIMIT ${TOTAL_CAP + 1}) t`, all.params);
  const total = opts.copies ? num(totals?.n) : num(totals?.c);
  const capped = num(totals?.n) > TOTAL_CAP;
  return { items, next, total: num(totals?.c), totalWithCopies: num(totals?.n), ...(capped ? { totalIsLowerBound: true } : {}), facets, facetsOver: Math.min(total, FACET_SAMPLE) };
}

/** Facets count the most recent FACET_SAMPLE matches: bounded cost however common the words are (1,000 rows ≈ 5–10 ms). */
export const FACET_SAMPLE = 1000;
/** Totals are exact up to this many matches (copies included), a lower bound beyond. */
export const TOTAL_CAP = 10_000;

async function searchFacets(exec: Exec, where: string, params: unknown[], order = 'a.pub_ts DESC, a.id DESC') {
  return countFacets(await exec.all(`SELECT a.source, a.facet_events, a.facet_speakers FROM articles a WHERE ${where}
    ORDER BY ${order} LIMIT ${FACET_SAMPLE}`, params));
}

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
