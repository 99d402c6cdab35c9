// One date expression as news prints it ("12/04/2017 00:04 BST", "3:14 PM ET Sept. 4, 2016",
// "2016-09-04T15:14:00Z", "Tuesday 11 April 2017 21.59 BST") → its parts, before day/month order is
// settled. Runs on a dateline's few dozen characters only, so plain regular expressions are fine here.
import { FILLER_WORDS, MONTHS, WEEKDAYS } from './data/date-words.js';
import { TIME_ZONES, type ZoneInfo } from './data/time-zones.js';

export type Clock = Readonly<{ hour: number; minute: number; second: number }>;

/** A date as read. `named`: month given by name (a = month, b = day); else numeric a/b in print order. */
export type RawDate = Readonly<{
  year: number; a: number; b: number; named: boolean; ymd: boolean;
  time: Clock | null; zone: ZoneInfo | null; zoneName: string | null; dotted: boolean;
  /** True when the text held nothing else than the date (labels, weekdays and fillers aside). */
  pure: boolean;
}>;

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const NUMERIC = /\b(\d{1,4})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/;
const TIME_12 = /\b(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?/i;
const TIME_24 = /\b(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\b/;
const OFFSET = /(?:\b(?:GMT|UTC)\s*)?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?\b/;
const WORD = /[A-Za-z]+/g;

/** Parse one date expression, or null when it holds no full date (day, month and year). */
export function parseDate(input: string): RawDate | null {
  let s = ` ${input} `;
  const cut = (m: RegExpExecArray) => { s = s.slice(0, m.index) + ' '.repeat(m[0].length) + s.slice(m.index + m[0].length); };
  let year: number, a: number, b: number, named = false, ymd = false, dotted = false;
  let time: Clock | null = null;
  let offset: number | null = null;
  const iso = ISO.exec(s);
  if (iso) {
    cut(iso);
    [year, a, b, ymd] = [+iso[1], +iso[2], +iso[3], true];
    if (iso[4]) time = { hour: +iso[4], minute: +iso[5], second: +(iso[6] ?? 0) };
    if (iso[7]) offset = iso[7].toUpperCase() === 'Z' ? 0 : offsetMinutes(iso[7][0], iso[7].slice(1, 3), iso[7].slice(-2));
  } else {
    const mdy = MONTH_DAY_YEAR.exec(s);
    const dmy = mdy ? null : DAY_MONTH_YEAR.exec(s);
    const num = mdy || dmy ? null : NUMERIC.exec(s);
    if (mdy) { cut(mdy); [year, a, b, named] = [+mdy[3], MONTHS[mdy[1].toLowerCase()], +mdy[2], true]; }
    else if (dmy) { cut(dmy); [year, a, b, named] = [+dmy[3], MONTHS[dmy[2].toLowerCase()], +dmy[1], true]; }
    else if (num) {
      cut(num);
      dotted = num[2] === '.';
      if (num[1].length === 4) [year, a, b, ymd] = [+num[1], +num[3], +num[4], true];
      else [year, a, b] = [fullYear(num[4]), +num[1], +num[3]];
    } else return null;
    const t12 = TIME_12.exec(s);
    const t24 = t12 ? null : TIME_24.exec(s);
    if (t12) { cut(t12); time = { hour: (+t12[1] % 12) + (t12[4].toLowerCase() === 'p' ? 12 : 0), minute: +(t12[2] ?? 0), second: +(t12[3] ?? 0) }; }
    else if (t24) { cut(t24); time = { hour: +t24[1], minute: +t24[2], second: +(t24[3] ?? 0) }; }
  }
  const zone = findZone(s);
  if (zone) s = s.slice(0, zone.index) + ' '.repeat(zone.length) + s.slice(zone.index + zone.length);
  if (offset === null && time) {
    const off = OFFSET.exec(s);
    if (off) { cut(off); offset = offsetMinutes(off[1], off[2], off[3] ?? '00'); }
  }
  const zoneInfo: ZoneInfo | null = offset !== null ? { offset, order: zone?.info.order } : zone?.info ?? null;
  return { year, a, b, named, ymd, time, zone: zoneInfo, zoneName: zone?.name ?? null, dotted, pure: isResidueEmpty(s) };
}

function fullYear(y: string): number {
  const n = +y;
  return y.length === 4 ? n : n < 70 ? 2000 + n : 1900 + n;
}

function offsetMinutes(sign: string, hh: string, mm: string): number {
  const m = +hh * 60 + +mm;
  return sign === '-' || sign === '\u2212' ? -m : m;
}

/** The first word that names a time zone ("BST", "ET", "GMT"), upper-case as printed. */
function findZone(s: string): { name: string; info: ZoneInfo; index: number; length: number } | null {
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    if (w !== w.toUpperCase()) continue;
    const info = TIME_ZONES[w];
    if (info) return { name: w, info, index: m.index!, length: w.length };
  }
  return null;
}

/** Nothing but weekdays, fillers and separators left. */
function isResidueEmpty(s: string): boolean {
  for (const m of s.matchAll(/[A-Za-z]+|\d+/g)) {
    const w = m[0].toLowerCase();
    if (!WEEKDAYS.has(w) && !FILLER_WORDS.has(w)) return false;
  }
  return true;
}
