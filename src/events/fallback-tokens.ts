// When the segmenter has left no tokens (bare input, a stub segmenter), the events stage still needs
// words: one linear scan makes word/number/punct tokens and one sentence per line.
import type { Sentence, Token } from '../doc/types.js';

const WORD = /[\p{L}\p{N}]+(?:['’](?![sS]\b)[\p{L}\p{N}]+|[.-][\p{L}\p{N}]+)*|['’][sS]\b|[^\s\p{L}\p{N}]/gu;
const SENTENCE_END = new Set(['.', '!', '?']);

/** Tokens and sentences for a text the segmenter did not split. */
export function fallbackTokens(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let first = 0;
  let lineEnd = text.indexOf('\n');
  const close = (endToken: number) => {
    if (endToken > first) sentences.push({ start: tokens[first].start, end: tokens[endToken - 1].end, paragraph: 0, firstToken: first, endToken });
    first = endToken;
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    while (lineEnd >= 0 && start > lineEnd) { close(tokens.length); lineEnd = text.indexOf('\n', lineEnd + 1); }
    const s = m[0];
    const kind = /^\p{N}/u.test(s) ? 'number' : /^\p{L}|^['’][sS]$/u.test(s) ? 'word' : 'punct';
    tokens.push({ start, end: start + s.length, kind });
    if (SENTENCE_END.has(s)) close(tokens.length);
  }
  close(tokens.length);
  return { tokens, sentences };
}
