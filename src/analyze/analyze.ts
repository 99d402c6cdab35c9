// The pipeline: the reader, then every stage in the one order written below. The CLI, the HTTP API,
// ingest, eval and bench all call `analyze`.
import type { AnalyzeOptions, Diagnostic, Doc } from '../doc/types.js';
import { readArticle } from '../read/read-article.js';
import type { ArticleInput } from '../read/article-input.js';
import { segment } from '../segment/segment.js';
import { findEntities } from '../entities/find-entities.js';
import { findQuotes } from '../quotes/find-quotes.js';
import { findEvents } from '../events/find-events.js';
import { contentId } from './content-id.js';

/** The stages, in order. Each reads earlier layers and adds its own. */
export const STAGES = [
  { name: 'segment', run: segment },
  { name: 'entities', run: findEntities },
  { name: 'quotes', run: findQuotes },
  { name: 'events', run: findEvents },
] as const;

/**
 * Analyse one article.
 * @example analyze({ text: 'Mr Smith said: "No."' }).quotes
 */
export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): Doc {
  const read = readArticle(input, options);
  let doc: Doc = {
    id: input.id ?? contentId(read.text),
    text: read.text,
    meta: read.meta,
    paragraphs: [], sentences: [], tokens: [], entities: [], quotes: [], events: [],
    diagnostics: read.diagnostics,
  };
  for (const stage of STAGES) {
    const out = (stage.run as (d: Doc, o: AnalyzeOptions) => Partial<Doc> & { diagnostics?: readonly Diagnostic[] })(doc, options);
    const diagnostics = out.diagnostics?.length ? [...doc.diagnostics, ...out.diagnostics] : doc.diagnostics;
    doc = { ...doc, ...out, diagnostics };
  }
  return doc;
}
