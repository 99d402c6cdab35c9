// The timeline: articles, quotes and events (by PLOVER type) per day, week or month. The whole corpus
// (no query, canonical articles only) is read from the day_counts aggregate (migration 2: a few rows per
// day); a query counts the matching articles from their rows' quote count and event list.
import type { Bucket, QueryOptions, TimelinePoint } from '../store.js';
import type { Dialect } from './compile-filter.js';
import { articleFilter, isWholeCorpus } from './article-filter.js';
import { num, type Exec } from './exec.js';
import { bucketOf } from './bucket.js';

type DayCount = { day: string; kind: string; n: number };

/** Per-day counts of the whole corpus, from the aggregate. */
async function aggregateCounts(exec: Exec): Promise<DayCount[]> {
  return (await exec.all(`SELECT day, kind, n FROM day_counts WHERE n <> 0`, []))
    .map((r) => ({ day: String(r.day ?? ''), kind: String(r.kind), n: num(r.n) }));
}

/** Per-day counts of the articles matching `opts`, from their article rows alone: each keeps its quote count and
 * the type of each event (quote_count, event_list), so no child table is read. */
async function matchingCounts(exec: Exec, dialect: Dialect, opts: QueryOptions): Promise<DayCount[]> {
  const f = articleFilter(opts, dialect);
  const [days, lists] = await Promise.all([
    exec.all(`SELECT a.pub_day AS day, count(*) AS n, sum(a.quote_count) AS q FROM articles a WHERE ${f.where} GROUP BY a.pub_day`, f.params),
    exec.all(`SELECT a.pub_day AS day, a.event_list AS e FROM articles a WHERE (${f.where}) AND a.event_list <> ''`, f.params),
  ]);
  const out: DayCount[] = [];
  for (const r of days) {
    const day = String(r.day ?? '');
    out.push({ day, kind: 'articles', n: num(r.n) });
    if (num(r.q)) out.push({ day, kind: 'quotes', n: num(r.q) });
  }
  for (const r of lists) for (const type of String(r.e).split('|')) out.push({ day: String(r.day ?? ''), kind: `event:${type}`, n: 1 });
  return out;
}

export async function timeline(exec: Exec, dialect: Dialect, bucket: Bucket, opts: QueryOptions): Promise<TimelinePoint[]> {
  const counts = isWholeCorpus(opts) ? await aggregateCounts(exec) : await matchingCounts(exec, dialect, opts);
  const points = new Map<string, TimelinePoint & { eventTypes: Record<string, number> }>();
  for (const c of counts) {
    const period = bucketOf(c.day, bucket);
    let p = points.get(period);
    if (!p) points.set(period, (p = { period, articles: 0, quotes: 0, events: 0, eventTypes: {} }));
    if (c.kind === 'articles') p.articles += c.n;
    else if (c.kind === 'quotes') p.quotes += c.n;
    else {
      const type = c.kind.slice('event:'.length);
      p.events += c.n;
      p.eventTypes[type] = (p.eventTypes[type] ?? 0) + c.n;
    }
  }
  return [...points.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
