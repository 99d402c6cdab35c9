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

type StageOut = Partial<Doc> & { diagnostics?: readonly Diagnostic[] };

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
  for (const stage of STAGES) doc = withLayers(doc, (stage.run as (d: Doc, o: AnalyzeOptions) => StageOut)(doc, options));
  return doc;
}

/**
 * A new document: `doc` with the layers a stage returned and its diagnostics after the earlier ones.
 * Written out key by key in the order of Doc, not spread: every document then has one shape, and a
 * layer no stage names (a stage returns only its own) cannot slip in.
 */
function withLayers(doc: Doc, out: StageOut): Doc {
  return {
    id: doc.id,
    text: doc.text,
    meta: doc.meta,
    paragraphs: out.paragraphs ?? doc.paragraphs,
    sentences: out.sentences ?? doc.sentences,
    tokens: out.tokens ?? doc.tokens,
    entities: out.entities ?? doc.entities,
    quotes: out.quotes ?? doc.quotes,
    events: out.events ?? doc.events,
    diagnostics: out.diagnostics?.length ? [...doc.diagnostics, ...out.diagnostics] : doc.diagnostics,
  };
}
