// Article-level reads shared by both stores: search with totals, facets and snippets; one article
// with its revisions and copies.
import type { ArticleDetail, ArticleRecord, SearchOptions, SearchResult, Facet } from '../store.js';
import type { ContractDoc } from '../../analyze/to-contract.js';
import { decodeCursor, encodeCursor } from '../../search/cursor.js';
import { makeSnippet } from '../../search/make-snippet.js';
import { diffParagraphs } from '../../ingest/diff-paragraphs.js';
import { onArticle, type Dialect } from './compile-filter.js';
import { pageSize } from './article-filter.js';
import { planSearch, type SearchPlan } from './plan-search.js';
import { rankedMatches } from './read-ranked.js';
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

type Reads = { keys: Row[]; sample: Row[] | null; totals: { n: number; c: number } | null };

/** The page keys, facet sample and totals through SQL (totals capped at TOTAL_CAP + 1). */
async function sqlReads(exec: Exec, plan: SearchPlan, opts: SearchOptions, limit: number): Promise<Reads> {
  const { page: p, sample: smp } = plan;
  const params = [...p.params];
  // the page's keys first: an ORDER BY that sorts the matches then carries two columns per match, not the article
  const keys = await exec.all(`SELECT a.id, a.pub_ts FROM ${p.from} WHERE ${p.where}${afterCursor(opts.cursor, params)}
    ORDER BY ${p.order} LIMIT ${limit + 1}`, params);
  const sample = opts.facets === false ? null : await exec.all(`SELECT ${smp.distinct ? 'DISTINCT a.id, ' : ''}a.source, a.facet_events, a.facet_speakers
    FROM ${smp.from} WHERE ${smp.where} ${smp.order ? `ORDER BY ${smp.order}` : ''} LIMIT ${FACET_SAMPLE}`, smp.params);
  return { keys, sample, totals: null };
}

/** The same through the page order in memory (SQLite, positive text, first page); null when SQL does better. */
async function rankedReads(exec: Exec, plan: SearchPlan, opts: SearchOptions, limit: number): Promise<Reads | null> {
  const ranks = plan.ranked && !opts.cursor ? exec.ranks?.() : null;
  if (!plan.ranked || !ranks) return null;
  const r = await rankedMatches(exec, ranks, plan.ranked, !!opts.copies, limit + 1, opts.facets === false ? 0 : FACET_SAMPLE);
  if (!r) return null;
  const byRid = async (cols: string, rids: number[]): Promise<Row[]> => {
    if (!rids.length) return [];
    const rows = new Map((await exec.all(`SELECT a.rid, ${cols} FROM articles a WHERE a.rid IN (${rids.map(() => '?').join(',')})`, rids)).map((x) => [num(x.rid), x]));
    return rids.flatMap((rid) => { const x = rows.get(rid); return x ? [x] : []; });
  };
  return { keys: await byRid('a.id, a.pub_ts', r.page), sample: opts.facets === false ? null : await byRid('a.source, a.facet_events, a.facet_speakers', r.sample), totals: r.totals };
}

export async function search(exec: Exec, dialect: Dialect, opts: SearchOptions): Promise<SearchResult> {
  const plan = await planSearch(opts, dialect, exec);
  const limit = pageSize(opts);
  const reads = (await rankedReads(exec, plan, opts, limit)) ?? (await sqlReads(exec, plan, opts, limit));
  const { keys } = reads;
  const more = keys.length > limit;
  const ids = keys.slice(0, limit).map((r) => String(r.id));
  const byId = new Map<string, Row>();
  const texts = new Map<string, string>();
  if (ids.length) {
    const list = ids.map(() => '?').join(',');
    for (const r of await exec.all(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id IN (${list})`, ids)) byId.set(String(r.id), r);
    for (const r of await exec.all(`SELECT a.id, t.text FROM articles a JOIN article_texts t ON ${onArticle(dialect, 't')} WHERE a.id IN (${list})`, ids)) {
      texts.set(String(r.id), String(r.text));
    }
  }
  const items = ids.flatMap((id) => { const r = byId.get(id); return r ? [{ article: toArticle(r), snippet: makeSnippet(texts.get(id) ?? '', plan.node) }] : []; });
  const last = keys[ids.length - 1];
  const next = more && last ? encodeCursor([String(last.pub_ts), String(last.id)]) : null;
  const facets = reads.sample ? countFacets(reads.sample) : { source: [] as Facet[], event: [] as Facet[], speaker: [] as Facet[] };
  // exact up to TOTAL_CAP matches, then a lower bound (as search engines do): a common word stays fast
  const totals = reads.totals ?? await (async () => {
    const tot = plan.totals;
    const [t] = await exec.all(`SELECT count(*) AS n, sum(t.c) AS c FROM (SELECT ${tot.distinct ? 'DISTINCT a.id, ' : ''}a.is_canonical AS c
      FROM ${tot.from} WHERE ${tot.where} LIMIT ${TOTAL_CAP + 1}) t`, tot.params);
    return { n: num(t?.n), c: num(t?.c) };
  })();
  // past the cap the counts say "at least TOTAL_CAP" (the one row over it only told that there are more)
  const capped = !reads.totals && totals.n > TOTAL_CAP;
  if (capped) Object.assign(totals, { n: TOTAL_CAP, c: Math.min(totals.c, TOTAL_CAP) });
  return { items, next, total: totals.c, totalWithCopies: totals.n, ...(capped ? { totalIsLowerBound: true } : {}), facets,
    ...(reads.sample ? { facetsOver: reads.sample.length } : {}) };
}

/** Facets count a sample of at most FACET_SAMPLE matches (the most recent, or with text in SQLite through SQL, the most
 * recently stored): bounded cost however common the words are. */
export const FACET_SAMPLE = 1000;
/** Totals through SQL are exact up to this many matches (copies included), a lower bound beyond: counting 10,000
 * matches of two common fields reads ~20,000 index entries (~20 ms at 100k articles). Text alone on SQLite is
 * counted exactly from the page order in memory (read-ranked.ts). */
export const TOTAL_CAP = 1_000;

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

export async function getArticle(exec: Exec, dialect: Dialect, id: string): Promise<ArticleDetail | null> {
  const [row] = await exec.all(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id = ?`, [id]);
  if (!row) return null;
  const article = toArticle(row);
  const revs = await exec.all(`SELECT r.revision, r.text_hash, r.headline, r.updated, r.ingested_at, r.doc FROM articles a
    JOIN revisions r ON ${onArticle(dialect, 'r')} WHERE a.id = ? ORDER BY r.revision`, [id]);
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
