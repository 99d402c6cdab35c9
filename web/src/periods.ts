// Periods of a time axis ("2017-05-01" a day or the Monday of a week, "2017-05" a month): the next one,
// and a series with its empty periods put back, so bars stand where their time is.

export type Bucket = 'day' | 'week' | 'month';

/** The start of the period after `start` ("2017-05-01" day or week, "2017-05" month). */
export function nextStart(start: string, bucket: Bucket): string {
  const d = new Date(`${bucket === 'month' ? `${start}-01` : start}T00:00:00Z`);
  if (bucket === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, bucket === 'month' ? 7 : 10);
}

/** Every period from the first to the last of `items` (sorted by start), each the item there or `empty(start)`;
 * `items` unchanged past 5,000 periods. */
export function fillPeriods<T>(items: T[], startOf: (item: T) => string, bucket: Bucket, empty: (start: string) => T): T[] {
  if (items.length < 2) return items;
  const byStart = new Map(items.map((b) => [startOf(b), b]));
  const out: T[] = [];
  const last = startOf(items[items.length - 1]);
  for (let at = startOf(items[0]); at <= last && out.length < 5000; at = nextStart(at, bucket)) out.push(byStart.get(at) ?? empty(at));
  return out.length < 5000 ? out : items;
}
