// The timeline: articles, quotes and events (by PLOVER type) per day, week or month. The whole corpus
// (no query, canonical articles only) is read from the day_counts aggregate (migration 2: a few rows per
// day); a query counts the matching articles' rows themselves.
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

/** Per-day counts of the articles matching `opts`, from their rows. */
async function matchingCounts(exec: Exec, dialect: Dialect, opts: QueryOptions): Promise<DayCount[]> {
  const f = articleFilter(opts, dialect);
  const [articles, quotes, events] = await Promise.all([
    exec.all(`SELECT a.pub_day AS day, 'articles' AS kind, count(*) AS n FROM articles a WHERE ${f.where} GROUP BY a.pub_day`, f.params),
    exec.all(`SELECT a.pub_day AS day, 'quotes' AS kind, count(*) AS n FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE ${f.where} GROUP BY a.pub_day`, f.params),
    exec.all(`SELECT a.pub_day AS day, 'event:' || coalesce(ev.event, '') AS kind, count(*) AS n FROM events ev
      JOIN articles a ON a.id = ev.article_id WHERE ${f.where} GROUP BY a.pub_day, ev.event`, f.params),
  ]);
  return [...articles, ...quotes, ...events].map((r) => ({ day: String(r.day ?? ''), kind: String(r.kind), n: num(r.n) }));
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
