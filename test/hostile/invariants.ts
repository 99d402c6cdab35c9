// Invariants every analysed document keeps, whatever the input: spans in bounds and sorted, tokens
// non-overlapping and never splitting a surrogate pair, sentences inside their paragraph, tokens
// inside their sentence.
import { expect } from 'vitest';
import type { Doc, Span } from '../../src/doc/types.js';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function inBounds(doc: Doc, s: Span, what: string): void {
  if (!(s.start >= 0 && s.start <= s.end && s.end <= doc.text.length)) throw new Error(`${what} [${s.start}, ${s.end}) out of bounds`);
}

/** No span may cut between a high and a low surrogate. */
function whole(doc: Doc, at: number, what: string): void {
  if (at > 0 && at < doc.text.length && isHigh(doc.text.charCodeAt(at - 1)) && isLow(doc.text.charCodeAt(at))) {
    throw new Error(`${what} splits a surrogate pair at ${at}`);
  }
}

/** Throws (via expect) when the document breaks an invariant. Linear in its size. */
export function checkInvariants(doc: Doc): void {
  let last = 0;
  for (const p of doc.paragraphs) {
    inBounds(doc, p, 'paragraph');
    if (p.start < last || p.end <= p.start) throw new Error(`paragraph [${p.start}, ${p.end}) unsorted or empty`);
    last = p.end;
  }
  last = 0;
  for (const t of doc.tokens) {
    inBounds(doc, t, 'token');
    if (t.start < last || t.end <= t.start) throw new Error(`token [${t.start}, ${t.end}) overlaps or is empty`);
    whole(doc, t.start, 'token start');
    whole(doc, t.end, 'token end');
    last = t.end;
  }
  let nextToken = 0;
  last = 0;
  for (const s of doc.sentences) {
    inBounds(doc, s, 'sentence');
    const p = doc.paragraphs[s.paragraph];
    if (!p || s.start < p.start || s.end > p.end) throw new Error(`sentence [${s.start}, ${s.end}) outside its paragraph`);
    if (s.start < last) throw new Error('sentences unsorted');
    if (s.firstToken !== nextToken || s.endToken <= s.firstToken) throw new Error(`sentence token range ${s.firstToken}..${s.endToken} not contiguous`);
    if (doc.tokens[s.firstToken].start !== s.start || doc.tokens[s.endToken - 1].end !== s.end) throw new Error('sentence does not start and end at its tokens');
    nextToken = s.endToken;
    last = s.end;
  }
  expect(nextToken).toBe(doc.tokens.length);
  for (const e of doc.entities) for (const m of e.mentions) inBounds(doc, m, `mention of ${e.id}`);
  for (const q of doc.quotes) inBounds(doc, q, `quote ${q.id}`);
  for (const v of doc.events) inBounds(doc, v, `event ${v.id}`);
}
