// Search over the page order held in memory (SQLite, src/store/sqlite/date-rank.ts): the text's matches
// come from FTS5 as rowids and are marked at their places in the order; the page, the facet sample (the
// most recent matches) and exact totals are read off the marks. Other conjuncts (fields) are listed when
// they match few articles, else checked on the candidates in order, a batch at a time. Gives up (null)
// when the batches let too few candidates through: the SQL plan then does better.
import type { DateRank } from '../sqlite/date-rank.js';
import type { Exec } from './exec.js';

/** The positive text of a query as one FTS5 expression, and the rest of its conjuncts as SQL over `articles a`;
 * `restList` lists the rids the rest lets through, when they are few (a JSON array in column j). */
export type RankedText = { expr: string; rest: string | null; restParams: unknown[]; restList?: { sql: string; params: unknown[] } };
export type Ranked = { page: number[]; sample: number[]; totals: { n: number; c: number } | null };

const BATCH = 256;
const MAX_BATCHES = 8;

/** Up to `want` page rids and `sampleSize` sample rids, newest first; totals when the text is the whole query. */
export async function rankedMatches(exec: Exec, ranks: DateRank, text: RankedText, copies: boolean, want: number, sampleSize: number): Promise<Ranked | null> {
  const { rank, order, canonical } = ranks;
  // one JSON array rather than a row per match: 100,000 rowids cross into JS in ~10 ms, not ~30
  const [row] = await exec.all('SELECT json_group_array(rowid) AS j FROM articles_fts WHERE articles_fts MATCH ?', [text.expr]);
  const rids = JSON.parse(String(row?.j ?? '[]')) as number[];
  const marks = new Uint8Array(order.length);
  let allowed: Uint8Array | null = null;
  if (text.restList) {
    allowed = new Uint8Array(rank.length);
    const [l] = await exec.all(text.restList.sql, text.restList.params);
    for (const rid of JSON.parse(String(l?.j ?? '[]')) as number[]) if (rid < rank.length) allowed[rid] = 1;
  }
  let n = 0;
  let c = 0;
  for (const rid of rids) {
    const r = rid < rank.length ? rank[rid] : -1;
    if (r < 0 || (allowed && !allowed[rid])) continue;
    n++;
    c += canonical[rid];
    if (copies || canonical[rid]) marks[r] = 1;
  }
  const need = Math.max(want, sampleSize);
  const out: number[] = [];
  let r = 0;
  if (!text.rest || allowed) {
    for (; r < marks.length && out.length < need; r++) if (marks[r]) out.push(order[r]);
    return { page: out.slice(0, want), sample: out.slice(0, sampleSize), totals: { n, c } };
  }
  for (let b = 0; b < MAX_BATCHES && out.length < need; b++) {
    const batch: number[] = [];
    for (; r < marks.length && batch.length < BATCH; r++) if (marks[r]) batch.push(order[r]);
    if (!batch.length) break;
    const ok = new Set((await exec.all(`SELECT a.rid FROM articles a WHERE a.rid IN (${batch.map(() => '?').join(',')}) AND (${text.rest})`,
      [...batch, ...text.restParams])).map((x) => Number(x.rid)));
    for (const rid of batch) if (ok.has(rid)) out.push(rid);
  }
  const exhausted = !marks.subarray(r).includes(1);
  if (out.length < want && !exhausted) return null;
  return { page: out.slice(0, want), sample: out.slice(0, sampleSize), totals: null };
}
