// The segment stage: paragraphs (blank lines; the reader's dateline and headline apart), tokens
// (tokenize.ts) and sentences (split-sentences.ts) with offsets into the one text. Linear time:
// one pass for paragraphs, one over each paragraph's characters, one over its marked tokens.
import type { Sentence, Stage, Token } from '../doc/types.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';

/** News text has a token every 4.1 to 5.2 characters (PolNeAR): room for one in four saves the array's regrowth. */
const CHARS_PER_SLOT = 4;
/** `undefined`s to copy slots from: a slice of a packed array is packed, where `new Array(n)` is holey for good. */
const SLOTS: undefined[] = Array.from({ length: 1 << 14 }, () => undefined);

/**
 * Split the text into paragraphs, sentences and tokens.
 * @example segment({ id: 'x', text: 'Mr. Smith left. He said so.', meta }, {}).sentences.length // 2
 */
export const segment: Stage<never, 'paragraphs' | 'sentences' | 'tokens'> = (doc) => {
  const { text } = doc;
  const paragraphs = splitParagraphs(text, doc.meta);
  // the slots past the last token are cut off below: no reader ever sees an undefined
  const tokens = SLOTS.slice(0, (text.length / CHARS_PER_SLOT + 16) | 0) as unknown as Token[];
  const sentences: Sentence[] = [];
  const marks: number[] = [];
  let n = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const a = n, m = marks.length;
    n = tokenize(text, paragraphs[p].start, paragraphs[p].end, tokens, n, marks);
    splitSentences(text, tokens, a, n, marks, m, marks.length, p, sentences);
  }
  tokens.length = n;
  return { paragraphs, sentences, tokens };
};
