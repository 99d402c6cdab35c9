// The plain-text reader: the text stays exactly as given; it finds an optional dateline line, a
// headline (the first short line or block before the body) and a byline ("By Jane Smith") among the
// first lines, and reads the dateline's instants. A first line that reads like a lede stays body.
import type { AnalyzeOptions, Diagnostic, Meta, Span } from '../doc/types.js';
import { blankAfter, firstLines, type Line } from './find-lines.js';
import { parseDateline } from './parse-dateline.js';
import { wireDatelineEnd } from '../doc/wire-dateline.js';

export type TextMeta = { meta: Meta; diagnostics: Diagnostic[] };

/** "...failed. Nobody..." — a lower-case word, a full stop and a capital: a line of two sentences. */
const SECOND_SENTENCE = /(?<!\p{L})\p{Ll}{2,}[.!?]['"\u2019\u201d]?\s+\p{Lu}/u;
const TERMINAL = /[.!?…]["'\u201d\u2019)]*$/;
const isUpper = (c: number) => c >= 65 && c <= 90;

/** The full date in a wire dateline (doc/wire-dateline.ts): "WASHINGTON, June 22, 2021 —", "KABUL, Jan. 5, 2020 (AP) -". */
const DATELINE_DATE = /\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}/u;
const BYLINE = /^By\s+(\p{Lu}[\p{L}.'\u2019-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}.'\u2019-]*){0,8})\s*$/u;

/** Read the meta of a plain-text article. */
export function readText(text: string, options: AnalyzeOptions): TextMeta {
  const diagnostics: Diagnostic[] = [];
  if (!/[^\s\u00a0\u200b\ufeff]/.test(text.slice(0, 4096)) && !/\S/.test(text)) {
    diagnostics.push({ stage: 'read', rule: 'empty-text', severity: 'warning', message: 'the article has no text' });
    return { meta: { headline: null, published: null, updated: null, language: 'en' }, diagnostics };
  }
  const lines = firstLines(text);
  let k = 0;
  let published: string | null = null, updated: string | null = null;
  let datelineSpan: Span | undefined;
  // the dateline is the first line, or the line right after the headline
  for (let at = 0; at < 3; at++) {
    if (at >= lines.length) break;
    const found = parseDateline(lines[at].text, options);
    if (!found) continue;
    ({ published, updated } = found);
    diagnostics.push(...found.diagnostics);
    datelineSpan = { start: lines[at].start, end: lines[at].end };
    if (at === 0) k = 1;
    break;
  }
  const headline = findHeadline(lines, k, datelineSpan);
  const byline = findByline(lines, headline ? headline.next : k);
  // "WASHINGTON, June 22, 2021 — Senate Republicans ...": a wire dateline's date opens the body
  if (!published) {
    for (let i = 0; i < lines.length && i < 5; i++) {
      const line = lines[i];
      // a dated dateline opens with its place in capitals ("WASHINGTON, June 22, 2021 —")
      if (!isUpper(line.text.charCodeAt(0)) || !isUpper(line.text.charCodeAt(1))) continue;
      const end = wireDatelineEnd(line.text, 0, line.text.length);
      const date = end > 0 ? DATELINE_DATE.exec(line.text.slice(0, end)) : null;
      const found = date ? parseDateline(date[0], options) : null;
      if (found?.published) { published = found.published; diagnostics.push(...found.diagnostics); break; }
    }
  }
  const meta: Meta = {
    headline: headline ? oneSpaced(text.slice(headline.span.start, headline.span.end)) : null,
    published, updated, language: 'en',
    ...(headline ? { headlineSpan: headline.span } : {}),
    ...(datelineSpan ? { datelineSpan } : {}),
    ...(byline ? { byline } : {}),
  };
  return { meta, diagnostics };
}

/** The headline: lines[k] (with a second line when the first ends in ";" or ":"), if it is one. */
function findHeadline(lines: readonly Line[], k: number, dateline: Span | undefined): { span: Span; next: number } | null {
  if (k >= lines.length || (dateline && lines[k].start === dateline.start)) return null;
  const first = lines[k];
  let last = k;
  // "Senate passes the bill; \nHouse vote expected next week." — headline and subhead
  const subhead = /[;:]$/.test(first.text) && first.text.length <= 200 && !blankAfter(lines, k) && k + 1 < lines.length && lines[k + 1].text.length < 400;
  if (subhead) last = k + 1;
  let next = last + 1;
  if (dateline && next < lines.length && lines[next].start === dateline.start) next++;
  if (next >= lines.length) return null; // nothing after it: the text is all body
  const length = lines[last].end - first.start;
  if (length > (subhead ? 600 : 200)) return null;
  const ownParagraph = blankAfter(lines, last) || (!!dateline && lines[last + 1].start === dateline.start);
  const isHeadline = subhead && ownParagraph ? true : ownParagraph
    ? !TERMINAL.test(lines[last].text) || titleCase(first.text) || (first.text.split(/\s+/).length <= 20 && !SECOND_SENTENCE.test(first.text))
    : !TERMINAL.test(first.text) && length <= 150 && (titleCase(first.text) || bodyFollows(first, lines[k + 1]));
  return isHeadline ? { span: { start: first.start, end: lines[last].end }, next } : null;
}

/** "Budget talks stall\nThe committee adjourned on Friday without a deal." — a longer, finished line follows. */
function bodyFollows(first: Line, next: Line | undefined): boolean {
  return !!next && next.text.length > first.text.length && TERMINAL.test(next.text);
}

/** Most words of four letters or more start with a capital: "Rex Tillerson To Urge Russia...". */
function titleCase(line: string): boolean {
  const counted = titleCaseCounted(line);
  if (counted !== UNKNOWN) return counted === 1;
  const words = line.match(/[\p{L}'\u2019]{4,}/gu) ?? [];
  if (words.length < 2) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / words.length >= 0.6;
}

const UNKNOWN = -1;

/**
 * `titleCase` counted in one pass, with no regex and no word list: 1 or 0, or UNKNOWN for a line with a
 * character outside ASCII whose class it does not know (a letter such as "é" needs the Unicode regex).
 * Most headlines are ASCII but for curly quotes and dashes ("Trump’s “Big” Win — Again"): ’ joins a
 * word as "'" does; the marks in BREAKS_WORD end one like ASCII punctuation.
 */
function titleCaseCounted(line: string): number {
  let words = 0, capital = 0, run = 0, upper = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    // a letter or an apostrophe: the word goes on
    if (((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 0x2019) {
      if (run === 0) upper = c >= 65 && c <= 90;
      run++;
      continue;
    }
    if (c >= 128 && !BREAKS_WORD.has(c)) return UNKNOWN;
    if (run >= 4) { words++; if (upper) capital++; }
    run = 0;
  }
  return words >= 2 && capital / words >= 0.6 ? 1 : 0;
}

/** Marks outside ASCII that are no letter (nor "’"): no-break space, curly quotes, dashes, ellipsis. */
const BREAKS_WORD: ReadonlySet<number> = new Set([0xa0, 0x2013, 0x2014, 0x2015, 0x2018, 0x201c, 0x201d, 0x2026]);

/** White space runs made one space: "Talks\n  fail" → "Talks fail". Most headlines have none to fold. */
function oneSpaced(line: string): string {
  return FOLDS.test(line) ? line.replace(/\s+/g, ' ') : line;
}

/** Where `/\s+/g → ' '` changes a line: two white space characters in a row, or one that is not a space. */
const FOLDS = /\s\s|[^\S ]/;

/** "By Jane Smith" or "By Jane Smith and John Doe" on its own line near the top. */
function findByline(lines: readonly Line[], from: number): string | null {
  for (let i = from; i < Math.min(lines.length, from + 3); i++) {
    const m = BYLINE.exec(lines[i].text);
    if (m && lines[i].text.length <= 100) return m[1].replace(/[,\s]+$/, '');
  }
  return null;
}
