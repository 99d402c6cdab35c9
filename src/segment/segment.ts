// The segment stage: paragraphs (blank lines; the reader's dateline and headline apart), tokens
// (tokenize.ts) and sentences (split-sentences.ts) with offsets into the one text. Linear time:
// one pass for paragraphs, one over each paragraph's characters, one over its tokens.
import type { Sentence, Stage, Token } from '../doc/types.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';

/**
 * Split the text into paragraphs, sentences and tokens.
 * @example segment({ id: 'x', text: 'Mr. Smith left. He said so.', meta }, {}).sentences.length // 2
 */
export const segment: Stage<never, 'paragraphs' | 'sentences' | 'tokens'> = (doc) => {
  const { text } = doc;
  const paragraphs = splitParagraphs(text, doc.meta);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const marks: number[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const a = tokens.length;
    marks.length = 0;
    tokenize(text, paragraphs[p].start, paragraphs[p].end, tokens, marks);
    splitSentences(text, tokens, a, tokens.length, marks, p, sentences);
  }
  return { paragraphs, sentences, tokens };
};
