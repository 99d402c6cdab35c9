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
  // decided from a few characters before any regex runs. Both patterns open with a capital or a digit.
  const c0 = text.charCodeAt(from);
  if (c0 < 128 && !((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57))) return -1;
  const c1 = text.charCodeAt(from + 1);
  const stop = Math.min(to, from + 160);
  // "The talks ...": a lower-case second letter fits DATELINE's place in capitals nowhere, so only
  // AGENCY_DATELINE can match, and only with its bracket where agencyBracket finds it
  if (c1 >= 97 && c1 <= 122 && !agencyBracket(text, from + 1, stop)) return -1;
  let mark = false;
  for (let i = from; i < stop && !mark; i++) {
    const c = text.charCodeAt(i);
    mark = c === 45 || c === 0x2014 || c === 0x2013 || c === 58;
  }
  if (!mark) return -1;
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

/**
 * Can AGENCY_DATELINE's "(" follow the capital before `i`, before `stop`? Before the bracket come at most
 * 60 characters of its class (an ASCII one: a letter, digit, space or . , ' -), then white space only.
 * Exact as a filter: false only where the pattern cannot match.
 */
function agencyBracket(text: string, i: number, stop: number): boolean {
  // most sentences have no bracket near their start: a native search says so before the loop runs
  // (the loop alone, over 60 characters of nearly every sentence, was two thirds of this function's time)
  if (text.slice(i, stop).indexOf('(') < 0) return false;
  const last = i + 60;
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) return true;
    if (c >= 128) continue;
    const space = c === 32 || (c >= 9 && c <= 13);
    if (!space && !((c | 32) >= 97 && (c | 32) <= 122) && !(c >= 48 && c <= 57) && c !== 46 && c !== 44 && c !== 39 && c !== 45) return false;
    // past 60 characters only the white space before the bracket may run on
    if (i >= last && !space) return false;
  }
  return false;
}
