// The shape of a wire dateline opening a paragraph: "MINGORA, Pakistan (Reuters) - ", "GAZA CITY (AP) — ",
// "WASHINGTON, June 22, 2021 — ". One pattern for the reader (its date is the published date) and the
// stages (its place is where, never who; its words are no part of a report). Imports nothing.

/**
 * The place in capitals, up to two comma-separated parts that open with a capital or a digit ("Pakistan",
 * "June 22", "2021"), an optional bracketed agency, then a dash (or a colon after the place).
 */
/** A place in title case is a dateline only with its agency: "New York (AFP) –", "Philadelphia (AFP) -". */
const AGENCY_DATELINE = /\p{Lu}[\p{L}\d .,'\u2019-]{0,60}?\s*\(\p{Lu}[\p{L}\d .&-]{0,30}\)\s*(?:[\u2014\u2013]|-{1,2})[ \t\u00a0]*/uy;
const DATELINE = /[\p{Lu}\d][\p{Lu}\d .'\u2019&-]*(?:,\s*[\p{Lu}\d][\p{L}\d.'\u2019 -]*){0,3}\s*(?:\([^)\n]{1,40}\)\s*)?(?:[\u2014\u2013]|-{1,2}|:)[ \t\u00a0]*/uy;

/**
 * The offset just past the wire dateline that opens `text` at `from` (its words and dash, and the spaces
 * after it), or -1 when none does. Never past `to`.
 * @example wireDatelineEnd('KABUL (Reuters) - Gunmen attacked', 0, 33) // 18
 */
export function wireDatelineEnd(text: string, from: number, to: number): number {
  // most sentences open with a capitalised word and have no dash, colon or bracket near their start:
  // decided from a few characters before any regex runs
  const c1 = text.charCodeAt(from + 1);
  const lowerNext = c1 >= 97 && c1 <= 122;
  let mark = false, bracket = false;
  for (let i = from, stop = Math.min(to, from + 160); i < stop && !(mark && bracket); i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2014 || c === 0x2013 || c === 58) mark = true;
    else if (c === 40) bracket = true;
  }
  if (!mark || (lowerNext && !bracket)) return -1;
  DATELINE.lastIndex = from;
  let m = DATELINE.exec(text);
  if (!m) { AGENCY_DATELINE.lastIndex = from; m = AGENCY_DATELINE.exec(text); }
  if (!m) return -1;
  const end = from + m[0].length;
  // a hyphen must stand apart from the place's last word ("US-backed" is no dateline); a dash may touch it
  // ("FAREWELL—"); a colon closes a place in capitals ("LONDON:")
  const closing = text.slice(from, end).trimEnd();
  if (!/\s-{1,2}$|[\u2014\u2013]$|\p{Lu}:$|\):$/u.test(closing)) return -1;
  return end <= to ? end : -1;
}
