// Settles day/month order for the dates of one dateline and writes each as ISO 8601 with the offset
// it was printed in. Order evidence, strongest first: options.dateOrder, a number above 12, the
// zone's readers (BST → dmy, ET → mdy), a dotted date ("12.04.2017"). Without any, dmy is chosen (most of
// the world's order, and never a silent US default) and a `date-order-guessed` warning says so.
// A date without a time stays date-only ("2017-04-12"): it is not an instant. A time without a zone
// is written without an offset, with a `date-no-zone` warning; "Z" and UTC are written "+00:00".
import type { AnalyzeOptions, Diagnostic } from '../doc/types.js';
import { US_STANDARD } from './data/time-zones.js';
import type { RawDate } from './parse-date.js';

type Order = 'dmy' | 'mdy';

/** ISO strings (or null when a date is impossible) for `raws`, plus what was guessed. */
export function resolveDates(raws: readonly RawDate[], options: AnalyzeOptions): { iso: (string | null)[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const order = settleOrder(raws, options, diagnostics);
  const iso = raws.map((r) => toIso(r, order, diagnostics));
  return { iso, diagnostics };
}

function settleOrder(raws: readonly RawDate[], options: AnalyzeOptions, out: Diagnostic[]): Order {
  const numeric = raws.filter((r) => !r.named && !r.ymd);
  if (!numeric.length) return 'dmy';
  if (options.dateOrder) return options.dateOrder;
  if (numeric.some((r) => r.a > 12 && r.b <= 12)) return 'dmy';
  if (numeric.some((r) => r.b > 12 && r.a <= 12)) return 'mdy';
  if (numeric.every((r) => r.a === r.b)) return 'dmy'; // "04/04/2017" reads the same either way
  const zoneOrder = raws.map((r) => r.zone?.order).find(Boolean);
  if (zoneOrder) return zoneOrder;
  if (numeric.some((r) => r.dotted)) return 'dmy';
  out.push({
    stage: 'read', rule: 'date-order-guessed', severity: 'warning',
    message: `day/month order of ${numeric.map((r) => `${r.a}/${r.b}/${r.year}`).join(', ')} has no evidence (no zone, no day above 12): read as day/month; pass dateOrder "mdy" for US dates`,
  });
  return 'dmy';
}

function toIso(r: RawDate, order: Order, out: Diagnostic[]): string | null {
  const [month, day] = r.named || r.ymd || order === 'mdy' ? [r.a, r.b] : [r.b, r.a];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(r.year, month)) {
    out.push({ stage: 'read', rule: 'date-invalid', severity: 'warning', message: `no such date: ${r.year}-${month}-${day}` });
    return null;
  }
  const date = `${r.year}-${two(month)}-${two(day)}`;
  const t = r.time;
  if (!t) return date;
  if (t.hour > 23 || t.minute > 59 || t.second > 59) {
    out.push({ stage: 'read', rule: 'date-invalid', severity: 'warning', message: `no such time: ${t.hour}:${t.minute}` });
    return date;
  }
  const local = `${date}T${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
  const zone = r.zone;
  if (!zone) {
    out.push({ stage: 'read', rule: 'date-no-zone', severity: 'warning', message: `${local} has no time zone: kept as local time without offset` });
    return local;
  }
  const offset = zone.offset ?? US_STANDARD[zone.us!] + (usDaylight(r.year, month, day, t.hour) ? 60 : 0);
  return local + formatOffset(offset);
}

/** US daylight saving: since 2007 from the 2nd Sunday of March to the 1st of November, 02:00 local. */
export function usDaylight(year: number, month: number, day: number, hour: number): boolean {
  const [startMonth, startDay, endMonth, endDay] = year >= 2007
    ? [3, nthSunday(year, 3, 2), 11, nthSunday(year, 11, 1)]
    : [4, nthSunday(year, 4, 1), 10, lastSunday(year, 10)];
  const key = (m: number, d: number, h: number) => (m * 32 + d) * 24 + h;
  const now = key(month, day, hour);
  return now >= key(startMonth, startDay, 2) && now < key(endMonth, endDay, 1);
}

function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

function lastSunday(year: number, month: number): number {
  const last = daysIn(year, month);
  return last - new Date(Date.UTC(year, month - 1, last)).getUTCDay();
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const two = (n: number) => String(n).padStart(2, '0');

/** "+01:00", "-04:00", "+05:30"; UTC is "+00:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${two(Math.floor(m / 60))}:${two(m % 60)}`;
}
