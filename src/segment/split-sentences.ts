// Sentences of one paragraph's tokens. Only the tokens the tokenizer marked are visited (line starts,
// sentence marks, double quotes, dotted words): at each terminal mark (. ? ! … or "U.S.") the closing
// quotes and brackets that touch it join the sentence, then the rules in rules/ decide whether a new
// sentence starts. A sentence never crosses a paragraph. Linear: each mark and each closer is seen once.
import type { Sentence, Token } from '../doc/types.js';
import { attributedQuotes } from './rules/pair-quotes.js';
import { startsBulletLine } from './rules/bullet-line.js';
import { endsSentence } from './rules/ends-sentence.js';

/** Inside a quote closed by a comma and a cue, a fragment this short is no sentence: `"No. Never," he said.` */
const HELD_FRAGMENT = 2;

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '}', '\u00bb', '\u203a']);

/**
 * Append the sentences of tokens[a, b) (paragraph `paragraph`) to `out`. marks[m0, m1) are the marked
 * token indices of this paragraph, in order (see tokenize).
 */
export function splitSentences(text: string, tokens: readonly Token[], a: number, b: number, marks: readonly number[], m0: number, m1: number, paragraph: number, out: Sentence[]): void {
  if (a >= b) return;
  const held = attributedQuotes(text, tokens, marks, m0, m1, b);
  let h = 0; // next held quote pair
  let holdUntil = -1; // inside a held quote until this token index
  let first = a;
  let skip = a; // marks before this were absorbed as closers
  for (let m = m0; m < m1; m++) {
    const k = marks[m];
    if (k < skip) continue;
    while (h < held.length && held[h] <= k) { holdUntil = Math.max(holdUntil, held[h + 1]); h += 2; }
    if (atLineStart(text, tokens, k, a) && startsBulletLine(text, tokens, k, a, b)) {
      if (k > first) push(tokens, first, k, paragraph, out);
      first = k;
      // "1. Cut taxes": the list number's full stop is no sentence end
      if (tokens[k].kind === 'number') { skip = k + 2; continue; }
    }
    if (!isTerminal(text, tokens[k])) continue;
    let e = k + 1;
    while (e < b && tokens[e].start === tokens[e - 1].end && isCloser(text, tokens[e])) e++;
    if (e >= b) break;
    skip = e;
    if ((k >= holdUntil || wordsSince(tokens, first, k) > HELD_FRAGMENT) && !isLetterLabel(tokens, first, k) && endsSentence(text, tokens, k, e)) {
      push(tokens, first, e, paragraph, out);
      first = e;
    }
  }
  push(tokens, first, b, paragraph, out);
}

/** Word and number tokens in tokens[first, k), counted up to HELD_FRAGMENT + 1. */
function wordsSince(tokens: readonly Token[], first: number, k: number): number {
  let n = 0;
  for (let i = first; i < k && n <= HELD_FRAGMENT; i++) if (tokens[i].kind === 'word' || tokens[i].kind === 'number') n++;
  return n;
}

/** "Q. What happened?" — a lone letter and its stop open a sentence, never make one. */
function isLetterLabel(tokens: readonly Token[], first: number, k: number): boolean {
  return k === first + 1 && tokens[first].end - tokens[first].start === 1 && tokens[first].kind === 'word';
}

/** The paragraph's first token, or one after a line break. */
function atLineStart(text: string, tokens: readonly Token[], k: number, a: number): boolean {
  if (k === a) return true;
  const gap = tokens[k].start - tokens[k - 1].end;
  return gap > 1 || (gap === 1 && text.charCodeAt(tokens[k].start - 1) !== 0x20);
}

function push(tokens: readonly Token[], first: number, end: number, paragraph: number, out: Sentence[]): void {
  out.push({ start: tokens[first].start, end: tokens[end - 1].end, paragraph, firstToken: first, endToken: end });
}

/** ". ? ! … ..." or a dotted word ("U.S.", "e.g."). */
function isTerminal(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.end - 1);
  if (t.kind === 'punct') return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026;
  return t.kind === 'word' && c === 0x2e;
}

/** A closing quote or bracket, or another terminal: `."`, `?)`, `!"'`. */
function isCloser(text: string, t: Token): boolean {
  if (t.kind !== 'punct') return false;
  return isTerminal(text, t) || (t.end - t.start === 1 && CLOSERS.has(text[t.start]));
}
