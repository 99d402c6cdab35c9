// A dateline line → its published and updated instants, or null when the line is not a dateline
// (anything in it besides dates, labels, weekdays and separators). Examples it reads:
// "12/04/2017 00:04 BST | Updated 12/04/2017 16:05 BST", "Published 3:14 PM ET Sept. 4, 2016".
import type { AnalyzeOptions, Diagnostic } from '../doc/types.js';
import { PUBLISHED_LABELS, UPDATED_LABELS } from './data/date-words.js';
import { parseDate, type RawDate } from './parse-date.js';
import { resolveDates } from './resolve-date.js';

export type Dateline = { published: string | null; updated: string | null; diagnostics: Diagnostic[] };

const LABEL = /\b(first published(?: on)?|last updated(?: on)?|last modified(?: on)?|published(?: on)?|posted(?: on)?|updated(?: on)?|modified|created|revised|dated?)\b\s*:?/gi;
const SEPARATOR = /\s[|\u00b7\u2022\u2014\u2013]\s|\s?\|\s?|;/;

/** Read a dateline, or null. `line` is at most a few hundred characters. */
export function parseDateline(line: string, options: AnalyzeOptions): Dateline | null {
  if (line.length > 200 || !/\d/.test(line)) return null;
  const pieces: { label: string | null; text: string }[] = [];
  for (const part of line.split(SEPARATOR)) splitLabels(part, pieces);
  const raws: RawDate[] = [];
  const kinds: ('published' | 'updated')[] = [];
  for (const piece of pieces) {
    if (!/[A-Za-z0-9]/.test(piece.text)) continue;
    const raw = parseDate(piece.text);
    if (!raw || !raw.pure) return null;
    raws.push(raw);
    const label = piece.label;
    kinds.push(label && UPDATED_LABELS.has(label) ? 'updated' : label && !PUBLISHED_LABELS.has(label) ? 'published'
      : kinds.includes('published') && !label ? 'updated' : 'published');
  }
  if (!raws.length) return null;
  const { iso, diagnostics } = resolveDates(raws, options);
  const pick = (kind: 'published' | 'updated') => iso.find((_, i) => kinds[i] === kind) ?? null;
  return { published: pick('published'), updated: pick('updated'), diagnostics };
}

function splitLabels(part: string, out: { label: string | null; text: string }[]): void {
  let label: string | null = null;
  let from = 0;
  for (const m of part.matchAll(LABEL)) {
    out.push({ label, text: part.slice(from, m.index) });
    label = m[1].toLowerCase().replace(/\s+/g, ' ');
    from = m.index! + m[0].length;
  }
  out.push({ label, text: part.slice(from) });
}
