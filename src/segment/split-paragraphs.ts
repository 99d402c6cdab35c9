// Paragraphs: runs of non-blank lines, split at blank lines (LF, CRLF, CR, U+2029). A text with no
// blank line at all whose lines mostly end a sentence (a feed that puts one paragraph per line) is
// split at every line instead; hard-wrapped text, whose lines end mid-sentence, is not. The reader's
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
  const everyLine = simple && onePerLine(text);
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
    if ((first === eol || hard || everyLine) && paraStart >= 0) {
      push(text, paraStart, lastEnd, cuts, meta, out);
      paraStart = -1;
    }
    i = eol + (eol + 1 < n && text.charCodeAt(eol) === 0x0d && text.charCodeAt(eol + 1) === 0x0a ? 2 : 1);
  }
  if (paraStart >= 0) push(text, paraStart, lastEnd, cuts, meta, out);
  return out;
}

/** No blank line, three lines or more, and at least 60% of them end like a sentence: one paragraph a line. */
function onePerLine(text: string): boolean {
  let lines = 0, ended = 0;
  for (let i = 0; i < text.length;) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = text.length;
    const end = trimEnd(text, i, eol);
    if (end === skipSpace(text, i, eol)) { if (eol < text.length) return false; } // a blank line
    else {
      lines++;
      if (endsLikeSentence(text.charCodeAt(end - 1))) ended++;
    }
    i = eol + 1;
  }
  return lines >= 3 && ended >= 0.6 * lines;
}

/** . ! ? : … and closing quotes or brackets. */
const endsLikeSentence = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x2026 || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29;

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
  if (meta.datelineSpan) cuts.push(meta.datelineSpan.start, meta.datelineSpan.end);
  if (meta.headlineSpan) cuts.push(meta.headlineSpan.start, meta.headlineSpan.end);
  // at most four numbers, put in order by insertion (a sort call with a comparator was ~1% of the stage)
  for (let i = 1; i < cuts.length; i++) {
    const x = cuts[i];
    let j = i - 1;
    for (; j >= 0 && cuts[j] > x; j--) cuts[j + 1] = cuts[j];
    cuts[j + 1] = x;
  }
  return cuts;
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
