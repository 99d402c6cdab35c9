// Pairs quotation marks into quoted spans: double marks first (straight or curly), then single marks
// inside them (nested) or on their own. A paragraph that opens a quote and does not close it continues
// into the next paragraph when that one opens with a mark (one quote over several paragraphs); any
// other unclosed mark ends at its paragraph's end with a `quote-unclosed` diagnostic. One pass.
import type { Diagnostic } from '../doc/types.js';
import { K, tokenFrom, type Toks } from './scan-tokens.js';
import { scratchInt32 } from './start-scratch.js';

/** A quoted span: tokens open..close (the marks), text [start, end) without the marks. */
export type Marked = {
  open: number;
  close: number;
  start: number;
  end: number;
  /** Index of the span this one is nested in, or -1. */
  parent: number;
  single: boolean;
  paragraphs: number;
};

/** Pair the marks of `toks`; `inside[t]` is the innermost top-level span holding token t, or -1. */
export function pairQuoteMarks(toks: Toks): { spans: Marked[]; inside: Int32Array; diagnostics: Diagnostic[] } {
  const spans: Marked[] = [];
  const diagnostics: Diagnostic[] = [];
  const inside = scratchInt32(toks.n, -1);
  const { kind, para, start, end } = toks;
  let open = -1; // token of the pending double open mark
  let paras = 1;
  let lastStrayClose = -1;
  let singles = 0; // single opening marks: most articles have none, and then no pass for them
  const finish = (close: number, endChar: number): void => {
    const s: Marked = { open, close, start: end[open], end: endChar, parent: -1, single: false, paragraphs: paras };
    if (s.end > s.start) spans.push(s);
    open = -1; paras = 1;
  };
  // (only the seams: a mark or a paragraph's first token; the words between them decide nothing)
  const { seams } = toks;
  for (let i = 0; i < seams.length; i++) {
    const t = seams[i];
    const k = kind[t];
    // a word or punctuation matters only as the first token of a paragraph while a quote is open
    if (k <= K.Punct && (open < 0 || para[t] === para[t - 1])) continue;
    if (open >= 0 && para[t] !== para[t - 1]) {
      // "...corner.¶"There is..." — the next paragraph opens with a mark: the quote goes on
      if (k === K.DOpen) { paras++; continue; }
      diagnostics.push(unclosed(toks, open));
      finish(-1, lastEndBefore(toks, t));
    }
    if (k === K.SOpen) singles++;
    else if (k === K.DOpen) {
      if (open >= 0) {
        // "“Yes,” he said, “we..." handled by close; an open while open means a mark went missing
        diagnostics.push(unclosed(toks, open));
        finish(-1, lastEndBefore(toks, t));
      }
      open = t;
    } else if (k === K.DClose) {
      if (open >= 0) finish(t, start[t]);
      else if (lastStrayClose < 0) { lastStrayClose = t; diagnostics.push({ stage: 'quotes', rule: 'quote-unopened', message: 'closing quotation mark with no opening mark', severity: 'info', span: { start: start[t], end: end[t] } }); }
    }
  }
  if (open >= 0) { diagnostics.push(unclosed(toks, open)); finish(-1, lastEndBefore(toks, toks.n)); }
  if (diagnostics.length > 20) {
    // a text with thousands of stray marks gets a handful of diagnostics and a count, not thousands
    const more = diagnostics.length - 20;
    diagnostics.length = 20;
    diagnostics.push({ stage: 'quotes', rule: 'quote-unclosed', message: `${more} more unmatched quotation marks`, severity: 'warning' });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const last = s.close >= 0 ? s.close : tokenFrom(toks, s.end);
    for (let t = s.open + 1; t < last; t++) inside[t] = i;
  }
  if (singles > 0) pairSingles(toks, spans, inside);
  return { spans, inside, diagnostics };
}

// Single marks: ‘ ’ or ' ' inside a double-quoted span (nested), or outside any (British headline
// style 'fake news'). A closing mark only counts while an opening one waits in the same paragraph,
// so "ministers' meeting" stays a possessive.
function pairSingles(toks: Toks, spans: Marked[], inside: Int32Array): void {
  const { kind, para, start, end } = toks;
  let open = -1;
  const topCount = spans.length;
  for (let t = 0; t < toks.n; t++) {
    const k = kind[t];
    if (open >= 0 && (para[t] !== para[open] || inside[t] !== inside[open])) open = -1;
    if (k === K.SOpen) open = t;
    else if (k === K.SClose && open >= 0) {
      const parent = inside[open];
      if (end[open] < start[t]) spans.push({ open, close: t, start: end[open], end: start[t], parent, single: true, paragraphs: 1 });
      open = -1;
    }
  }
  if (spans.length > topCount) {
    // keep the top-level index stable: nested spans go after the double ones, already in order
    const extra = spans.splice(topCount).sort((a, b) => a.start - b.start);
    for (const s of extra) {
      if (s.parent < 0) for (let t = s.open + 1; t < s.close; t++) inside[t] = spans.length;
      spans.push(s);
    }
  }
}

function unclosed(toks: Toks, open: number): Diagnostic {
  return { stage: 'quotes', rule: 'quote-unclosed', message: 'opening quotation mark with no closing mark in its paragraph', severity: 'warning', span: { start: toks.start[open], end: toks.end[open] } };
}

/** End offset of the last token before token t (trailing spaces excluded). */
function lastEndBefore(toks: Toks, t: number): number {
  return t > 0 ? toks.end[t - 1] : 0;
}
