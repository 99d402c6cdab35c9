// Rule: in a quotation closed by a comma and followed by a lower-case cue, a one- or two-word
// fragment is no sentence of its own: `"No. Never," he said.` is one sentence, while
// `"We have seen it. It is over," she said.` is two. Pairs double quotes within one paragraph.
import type { Token } from '../../doc/types.js';
import { isLower } from '../char-class.js';

const LDQUO = 0x201c, RDQUO = 0x201d, QUOT = 0x22;

/**
 * Index pairs [open, close, open, close, ...] of the quotes among the marked tokens marks[m0, m1) of a paragraph
 * (ending before token `b`) closed by a comma and a lower-case cue. Straight quotes alternate open/close; an unclosed quote holds nothing.
 */
export function attributedQuotes(text: string, tokens: readonly Token[], marks: readonly number[], m0: number, m1: number, b: number): number[] {
  const held: number[] = [];
  let open = -1;
  for (let m = m0; m < m1; m++) {
    const k = marks[m];
    const t = tokens[k];
    if (t.end - t.start !== 1) continue;
    const c = text.charCodeAt(t.start);
    if (c === LDQUO || (c === QUOT && open < 0)) open = k;
    else if ((c === RDQUO || c === QUOT) && open >= 0) {
      if (isAttributed(text, tokens, k, b)) held.push(open, k);
      open = -1;
    }
  }
  return held;
}

/** `...," he said`: a comma before the closing mark and a lower-case word after it. */
function isAttributed(text: string, tokens: readonly Token[], close: number, b: number): boolean {
  const before = tokens[close - 1];
  if (!before || before.end - before.start !== 1 || text.charCodeAt(before.start) !== 0x2c) return false;
  const after = tokens[close + 1];
  if (close + 1 >= b || after.kind !== 'word') return false;
  return isLower(text.charCodeAt(after.start));
}
