// Turns any ArticleInput into text + meta. STUB: replaced by the reader work.
import type { AnalyzeOptions } from '../doc/types.js';
import { ReadError, type ArticleInput, type ReadResult } from './article-input.js';

/** Read one article. Throws ReadError when the input cannot become a document. */
export function readArticle(input: ArticleInput, _options: AnalyzeOptions = {}): ReadResult {
  const text = input.text ?? (input.bytes ? new TextDecoder().decode(input.bytes) : undefined);
  if (text === undefined) throw new ReadError('no-text', 'input has neither text, html nor bytes');
  return { text, meta: { headline: null, published: input.published ?? null, updated: null }, diagnostics: [] };
}
