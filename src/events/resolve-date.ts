// The date of an event from the words of its sentence, resolved against the article's date only (no
// clock): "on Wednesday" → that weekday nearest the article date (news convention; the last one after a
// past verb: "fired missiles Monday"), "last Wednesday" →
// the one before, "yesterday" / "last night" → the day before, "last week" → a week before, "in 2003"
// → "2003", "April 5" / "5 April 2017" → that day. Null when the sentence gives no date.
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import { maybeIn, wordBits } from './word-bits.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** The article's local calendar day as a UTC midnight timestamp, from "2017-04-12T00:04:00+01:00". */
export function articleDay(published: string | null | undefined): number | null {
  const m = published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
}

type DateWords = { weekday: Map<string, number>; month: Map<string, number>; any: Set<string>; anyBits: Uint32Array; future: ReadonlySet<string>; past: ReadonlySet<string> };
const cache = new WeakMap<Lexicon, DateWords>();

/** Weekday and month names → index, built once per lexicon. */
function dateWords(lx: Lexicon): DateWords {
  let d = cache.get(lx);
  if (d) return d;
  d = { weekday: new Map(), month: new Map(), any: new Set(['today', 'tonight', 'yesterday', 'night', 'tomorrow', 'week']), anyBits: new Uint32Array(0), future: lx.cues.get('coming-act') ?? new Set(), past: lx.cues.get('past-act') ?? new Set() };
  [...(lx.cues.get('weekdays') ?? [])].forEach((x, i) => d!.weekday.set(x, i));
  [...(lx.cues.get('months-short') ?? [])].forEach((x, i) => d!.month.set(x, i === 12 ? 8 : i));
  [...(lx.cues.get('months') ?? [])].forEach((x, i) => d!.month.set(x, i));
  for (const k of d.weekday.keys()) d.any.add(k);
  for (const k of d.month.keys()) { d.any.add(k); d.any.add(k + '.'); }
  d.anyBits = wordBits(d.any);
  cache.set(lx, d);
  return d;
}

/** One date expression at word k, or null. */
function dateAt(dw: DateWords, w: SentenceWords, k: number, day: number | null): string | null {
  const x = w.lower[k], prev = w.lower[k - 1] ?? '', next = w.lower[k + 1] ?? '';
  if (day !== null) {
    if (x === 'today' || x === 'tonight') return iso(day);
    if (x === 'yesterday' || (x === 'night' && prev === 'last')) return iso(day - DAY);
    if (x === 'tomorrow') return iso(day + DAY);
    if (x === 'week' && (prev === 'last' || prev === 'next' || prev === 'this')) return iso(day + (prev === 'last' ? -7 : prev === 'next' ? 7 : 0) * DAY);
    const wd = dw.weekday.get(x) ?? -1;
    if (wd >= 0) {
      let d = (wd - new Date(day).getUTCDay() + 7) % 7; // 0..6 days ahead
      if (prev === 'last') d = d === 0 ? -7 : d - 7;
      else if (prev !== 'next' && (d > 3 || (d > 0 && !possessiveDay(w, k) && pastBefore(dw, w, k)))) d -= 7; // nearest to the article date, or the last one for a past act
      return iso(day + d * DAY);
    }
  }
  const mi = dw.month.get(x.replace(/\.$/, '')) ?? -1;
  if (mi >= 0 && (w.cap[k] || x.length > 3)) {
    const dayBefore = /^\d{1,2}$/.test(prev) ? +prev : 0;
    const dayAfter = /^\d{1,2}$/.test(next) ? +next : 0;
    const dd = dayAfter || dayBefore;
    const yearWord = [w.lower[k + 1], w.lower[k + 2], w.lower[k + 3]].find((y) => /^(19|20)\d\d$/.test(y ?? ''));
    let year = yearWord ? +yearWord : day !== null ? new Date(day).getUTCFullYear() : 0;
    if (!yearWord && day !== null && Date.UTC(year, mi, dd || 1) - day > 60 * DAY) year--; // "in December", read in January
    if (!year || (!dd && !yearWord && prev !== 'in' && prev !== 'on')) return null;
    return dd ? `${year}-${pad(mi + 1)}-${pad(dd)}` : `${year}-${pad(mi + 1)}`;
  }
  if (/^(19|20)\d\d$/.test(x) && (prev === 'in' || prev === 'since' || prev === 'of') && !/^\d/.test(next)) return x;
  if (/^\d{4}-\d{2}-\d{2}$/.test(x)) return x;
  return null;
}

/** "Monday night's first debate", "Friday's vote": a weekday naming a noun's day, not the verb's. */
const possessiveDay = (w: SentenceWords, k: number) => w.lower[k + 1] === "'s" || (w.lower[k + 2] === "'s" && (w.lower[k + 1] === 'night' || w.lower[k + 1] === 'morning'));

/**
 * "Pyongyang fired three missiles into the sea Monday", "met Merkel on Friday": a weekday after a past
 * verb of its clause (up to ten words back) is the last such day, not the next; "will meet on Friday",
 * "is expected to speak Friday" keep the nearest.
 */
function pastBefore(dw: DateWords, w: SentenceWords, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
    const x = w.lower[j];
    if (x === ',' || x === ';' || x === '.' || x === ':') return false;
    if (dw.future.has(x)) return false;
    if (dw.past.has(x) || (x.length > 4 && x.endsWith('ed') && !w.cap[j])) return true;
  }
  return false;
}

/** A sentence's date expressions, found once: word index, date, and whether it is possessive. */
export type SentenceDates = readonly (readonly [at: number, date: string, possessive: boolean])[];

/** All date expressions of a sentence, resolved against the article's date. */
export function sentenceDates(lx: Lexicon, w: SentenceWords, published: string | null | undefined): SentenceDates {
  const dw = dateWords(lx);
  const day = articleDay(published);
  const out: [number, string, boolean][] = [];
  for (let k = 0; k < w.lower.length; k++) {
    // most words are no date word nor four or ten characters long: decided from the dense arrays, the word
    // itself unread (a word whose lower case has another length holds a non-ASCII letter: no year, no date)
    // (a four-letter word, "that", "said", is asked of the date words' Set only when their bits may hold it)
    if (!w.isWord[k]) continue;
    const span = w.end[k] - w.start[k], maybe = maybeIn(dw.anyBits, w.hash[k]);
    if (span !== 4 && span !== 10 && !maybe) continue;
    const x = w.lower[k];
    if (!((maybe && dw.any.has(x)) || (x.length === 4 && year(x)) || (x.length === 10 && x.charCodeAt(4) === 45))) continue;
    const d = dateAt(dw, w, k, day);
    if (d) out.push([k, d, w.lower[k + 1] === "'s"]);
  }
  return out;
}

/** Does the four-character word x open with "19" or "20" (what startsWith tests, without its builtin calls)? */
function year(x: string): boolean {
  const a = x.charCodeAt(0), b = x.charCodeAt(1);
  return (a === 49 && b === 57) || (a === 50 && b === 48);
}

/** The date nearest to the trigger at word `at`, or null. */
export function nearestDate(dates: SentenceDates, at: number): string | null {
  let best: string | null = null, dist = Infinity;
  // "last week's chemical weapons attack": a possessive date belongs to the noun right after it
  for (const [k, d, possessive] of dates) {
    if (possessive && (at <= k || at > k + 6)) continue;
    if (Math.abs(k - at) < dist) { best = d; dist = Math.abs(k - at); }
  }
  return best;
}

/** The date nearest to the trigger at word `at`, or null. */
export function resolveDate(lx: Lexicon, w: SentenceWords, at: number, published: string | null | undefined): string | null {
  return nearestDate(sentenceDates(lx, w, published), at);
}
