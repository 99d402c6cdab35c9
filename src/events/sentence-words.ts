// The words of one sentence as parallel arrays (lower-case text, spans, kinds, word hashes): views
// into the document's words (doc-words.ts), so every rule after it reads plain arrays.
import type { Token } from '../doc/types.js';
import { docWords, type DocWords } from './doc-words.js';

export type SentenceWords = DocWords;

/** The words [first, endToken) of a document's words, as views (no copy but the lower-case and entry lists). */
export function wordsOf(dw: DocWords, first: number, endToken: number): SentenceWords {
  return {
    lower: dw.lower.slice(first, endToken),
    start: dw.start.subarray(first, endToken),
    end: dw.end.subarray(first, endToken),
    isWord: dw.isWord.subarray(first, endToken),
    cap: dw.cap.subarray(first, endToken),
    hash: dw.hash.subarray(first, endToken),
    cues: dw.cues.subarray(first, endToken),
    entry: dw.entry.slice(first, endToken),
  };
}

/** Collect the tokens [first, end) of a sentence. */
export function sentenceWords(text: string, tokens: readonly Token[], first: number, endToken: number): SentenceWords {
  return docWords(text, tokens.slice(first, endToken));
}
