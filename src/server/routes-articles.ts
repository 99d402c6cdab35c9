// Articles: list (newest first, cursor pages), one article with every revision and its copies, and
// POST /api/articles to ingest one article (bearer token required).
import type { FastifyInstance } from 'fastify';
import { olderEngine, type ArticleRecord, type Store } from '../store/store.js';
import { engineVersion } from '../ingest/engine-version.js';
import type { ArticleResponse, ArticleSummary, Page, StatsResponse } from './api-types.js';
import { articleInputOf } from './article-input-of.js';
import { HttpError } from './errors.js';
import { ingestItemOf } from './ingest-item.js';
import { listOptions, queryWarnings, type ListQuery } from './query-params.js';
import { requireToken } from './security.js';

/** The list fields of an article record. */
export function summaryOf(a: ArticleRecord): ArticleSummary {
  return { id: a.id, headline: a.headline, published: a.published, source: a.source, url: a.url, revision: a.revision, groupSize: a.groupSize };
}

export function registerArticles(app: FastifyInstance, store: Store, token: string | undefined, onWrite: () => void): void {
  // what `parley stats --json` prints: the counts, the articles by engine, how many an older engine analysed
  app.get('/api/stats', async (): Promise<StatsResponse> => {
    const stats = await store.stats();
    const engine = engineVersion();
    return { ...stats, engine, olderEngine: olderEngine(stats, engine) };
  });

  app.get<{ Querystring: ListQuery }>('/api/articles', async (req): Promise<Page<ArticleSummary>> => {
    const opts = listOptions(req.query);
    const res = await store.search({ ...opts, facets: false });
    return { items: res.items.map((hit) => summaryOf(hit.article)), next: res.next, warnings: queryWarnings(opts.q) };
  });

  app.get<{ Params: { id: string }; Querystring: { revision?: string } }>('/api/articles/:id', async (req): Promise<ArticleResponse> => {
    const detail = await store.getArticle(req.params.id);
    if (!detail || detail.revisions.length === 0) throw new HttpError(404, 'not-found', `no article ${JSON.stringify(req.params.id)}`);
    const last = detail.revisions[detail.revisions.length - 1];
    const wanted = req.query.revision ? Number(req.query.revision) : last.revision;
    const chosen = detail.revisions.find((r) => r.revision === wanted);
    if (!chosen) throw new HttpError(404, 'no-revision', `article ${JSON.stringify(req.params.id)} has no revision ${JSON.stringify(req.query.revision)}`);
    return {
      article: chosen.doc,
      revision: chosen.revision,
      revisions: detail.revisions.map((r) => ({
        revision: r.revision, headline: r.headline, updated: r.updated, current: r === last, ...(r.changes ? { changes: r.changes } : {}),
      })),
      copies: detail.copies.map(summaryOf),
    };
  });

  app.post('/api/articles', async (req, reply) => {
    requireToken(req, token);
    const item = ingestItemOf(articleInputOf(req.body, req.headers['content-type']));
    const [outcome] = await store.putBatch([item]);
    if (outcome === 'new' || outcome === 'revision') onWrite();
    reply.status(outcome === 'new' || outcome === 'revision' ? 201 : 200);
    return { id: item.id, outcome, quotes: item.doc.quotes.length, events: item.doc.events.length, entities: item.doc.entities.length };
  });
}
