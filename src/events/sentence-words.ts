// The words of one sentence as parallel arrays (lower-case text, spans, kinds), built once per sentence
// so every rule after it reads plain arrays. Works on the segmenter's tokens.
import type { Token } from '../doc/types.js';

export type SentenceWords = Readonly<{
  lower: readonly string[];
  start: readonly number[];
  end: readonly number[];
  /** true for word/number tokens, false for punctuation and symbols */
  isWord: readonly boolean[];
  /** true when the word starts with a capital letter */
  cap: readonly boolean[];
}>;

/** Collect the tokens [first, end) of a sentence. */
export function sentenceWords(text: string, tokens: readonly Token[], first: number, endToken: number): SentenceWords {
  const lower: string[] = [], start: number[] = [], end: number[] = [], isWord: boolean[] = [], cap: boolean[] = [];
  for (let i = first; i < endToken; i++) {
    const t = tokens[i];
    const s = text.slice(t.start, t.end);
    const l = s.toLowerCase();
    lower.push(l.includes('\u2019') ? l.replace(/\u2019/g, "'") : l);
    start.push(t.start);
    end.push(t.end);
    isWord.push(t.kind === 'word' || t.kind === 'number');
    const c = s.charCodeAt(0);
    cap.push(c >= 65 && c <= 90);
  }
  return { lower, start, end, isWord, cap };
}
