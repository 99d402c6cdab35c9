// Paragraphs: runs of non-blank lines, split at blank lines (LF, CRLF, CR, U+2029). The reader's
// dateline and headline spans are cut out as their own paragraphs even without a blank line after them.
import type { Meta, Paragraph, Span } from '../doc/types.js';
import { CLASS, charClass, SPACE } from './char-class.js';

type Kind = Paragraph['kind'];

/** The paragraphs of `text`, trimmed of white space, in order. */
export function splitParagraphs(text: string, meta: Meta): Paragraph[] {
  const out: Paragraph[] = [];
  const cuts = metaCuts(meta);
  const n = text.length;
  // Lines end at LF; CR and U+2029 are rare, so the fast path jumps from LF to LF with indexOf.
  const simple = text.indexOf('\r') < 0 && text.indexOf('\u2029') < 0;
  let paraStart = -1; // first non-space of the current paragraph
  let lastEnd = -1; // end of the last non-space seen
  let i = 0;
  while (i < n) {
    let eol = simple ? text.indexOf('\n', i) : nextBreak(text, i);
    if (eol < 0) eol = n;
    const first = skipSpace(text, i, eol);
    if (first < eol) {
      if (paraStart < 0) paraStart = first;
      lastEnd = trimEnd(text, first, eol);
    }
    const hard = eol < n && text.charCodeAt(eol) === 0x2029;
    if ((first === eol || hard) && paraStart >= 0) {
      push(text, paraStart, lastEnd, cuts, meta, out);
      paraStart = -1;
    }
    i = eol + (eol + 1 < n && text.charCodeAt(eol) === 0x0d && text.charCodeAt(eol + 1) === 0x0a ? 2 : 1);
  }
  if (paraStart >= 0) push(text, paraStart, lastEnd, cuts, meta, out);
  return out;
}

function nextBreak(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) return i;
  }
  return -1;
}

function isSpace(c: number): boolean {
  const k = CLASS[c];
  return (k === 0 ? charClass(c) : k) === SPACE;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
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
  start = skipSpace(text, start, end);
  end = trimEnd(text, start, end);
  if (end > start) out.push({ start, end, kind: kindOf(start, end, meta) });
}

function kindOf(start: number, end: number, meta: Meta): Kind {
  if (overlaps(meta.datelineSpan, start, end)) return 'dateline';
  if (overlaps(meta.headlineSpan, start, end)) return 'headline';
  return 'body';
}

const overlaps = (s: Span | undefined, start: number, end: number) => !!s && s.start < end && start < s.end;
