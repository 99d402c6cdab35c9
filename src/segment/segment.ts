// Tokens, sentences and paragraphs with offsets. STUB: replaced by the segmentation work.
import type { Stage } from '../doc/types.js';

/** Split the text into paragraphs, sentences and tokens. */
export const segment: Stage<never, 'paragraphs' | 'sentences' | 'tokens'> = (doc) => ({
  paragraphs: doc.text.length ? [{ start: 0, end: doc.text.length, kind: 'body' }] : [],
  sentences: [],
  tokens: [],
});
