// Paragraphs: runs of non-blank lines, split at blank lines (LF, CRLF, CR, U+2029). The reader's
// dateline and headline spans are cut out as their own paragraphs even without a blank line after them.
import type { Meta, Paragraph, Span } from '../doc/types.js';
import { charClass, SPACE } from './char-class.js';

type Kind = Paragraph['kind'];

/** The paragraphs of `text`, trimmed of white space, in order. */
export function splitParagraphs(text: string, meta: Meta): Paragraph[] {
  const out: Paragraph[] = [];
  const cuts = metaCuts(meta);
  const n = text.length;
  let paraStart = -1; // first non-space of the current paragraph
  let lastEnd = -1; // end of the last non-space seen
  let lineBlank = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) {
      if ((lineBlank || c === 0x2029) && paraStart >= 0) {
        push(text, paraStart, lastEnd, cuts, meta, out);
        paraStart = -1;
      }
      if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
      lineBlank = true;
    } else if (charClass(c) !== SPACE) {
      if (paraStart < 0) paraStart = i;
      lastEnd = i + 1;
      lineBlank = false;
    }
  }
  if (paraStart >= 0) push(text, paraStart, lastEnd, cuts, meta, out);
  return out;
}

function metaCuts(meta: Meta): number[] {
  const cuts: number[] = [];
  for (const s of [meta.datelineSpan, meta.headlineSpan]) if (s) cuts.push(s.start, s.end);
  return cuts.sort((a, b) => a - b);
}

/** Push [start, end), cut at the meta spans' edges that fall inside it. */
function push(text: string, start: number, end: number, cuts: number[], meta: Meta, out: Paragraph[]): void {
  let from = start;
  for (const cut of cuts) {
    if (cut <= from || cut >= end) continue;
    pushTrimmed(text, from, cut, meta, out);
    from = cut;
  }
  pushTrimmed(text, from, end, meta, out);
}

function pushTrimmed(text: string, start: number, end: number, meta: Meta, out: Paragraph[]): void {
  while (start < end && charClass(text.charCodeAt(start)) === SPACE) start++;
  while (end > start && charClass(text.charCodeAt(end - 1)) === SPACE) end--;
  if (end > start) out.push({ start, end, kind: kindOf(start, end, meta) });
}

function kindOf(start: number, end: number, meta: Meta): Kind {
  if (overlaps(meta.datelineSpan, start, end)) return 'dateline';
  if (overlaps(meta.headlineSpan, start, end)) return 'headline';
  return 'body';
}

const overlaps = (s: Span | undefined, start: number, end: number) => !!s && s.start < end && start < s.end;
