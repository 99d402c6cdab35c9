// Time buckets for timelines, computed from published days (YYYY-MM-DD) so both stores agree.
import type { Bucket } from '../store.js';

/** The bucket a day falls in: the day itself, the Monday that starts its week, or its month. */
export function bucketOf(day: string, bucket: Bucket): string {
  if (!day) return 'unknown';
  if (bucket === 'day') return day;
  if (bucket === 'month') return day.slice(0, 7);
  const t = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** Sum per-day counts into buckets, in time order. */
export function sumBuckets(rows: { day: string; n: number }[], bucket: Bucket): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const k = bucketOf(r.day, bucket);
    out.set(k, (out.get(k) ?? 0) + r.n);
  }
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
