// Word tokens for scoring spans: runs of letters and digits (punctuation and quotation marks do not
// count, so PolNeAR's habit of including the outer marks in a content span does not matter).
import type { Span } from '../../doc/types.js';

/** Start offsets of the word tokens of `text`, in order, with their ends. */
export function wordTokens(text: string): { start: Int32Array; end: Int32Array } {
  const starts: number[] = [], ends: number[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) { starts.push(m.index); ends.push(m.index + m[0].length); }
  return { start: Int32Array.from(starts), end: Int32Array.from(ends) };
}

/**
 * Indexes of the word tokens inside `spans`. With `dropThat`, a leading complementiser "that" is not
 * counted (PolNeAR puts it in the content; Parley's contract leaves it out).
 */
export function tokensIn(text: string, words: { start: Int32Array; end: Int32Array }, spans: readonly Span[], dropThat: boolean): Set<number> {
  const out = new Set<number>();
  for (const s of spans) {
    let lo = 0, hi = words.start.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (words.end[m] <= s.start) lo = m + 1; else hi = m; }
    for (let i = lo; i < words.start.length && words.start[i] < s.end; i++) out.add(i);
  }
  if (dropThat && out.size) {
    const first = Math.min(...out);
    if (text.slice(words.start[first], words.end[first]).toLowerCase() === 'that') out.delete(first);
  }
  return out;
}
