// Search, quotes, events, actors and a speaker's quotes over time: the CLI's queries over HTTP,
// with the same query language and cursor pages.
import type { FastifyInstance } from 'fastify';
import type { Highlighted, QuoteRecord, Store } from '../store/store.js';
import type { ActorRecord, EventRecord, Page, QuoteRow, SearchResponse, SnippetPart, SpeakerResponse } from './api-types.js';
import { HttpError } from './errors.js';
import { answerWarnings, listOptions, queryWarnings, type ListQuery } from './query-params.js';
import { speakersLike } from '../search/empty-answer-hints.js';
import { summaryOf } from './routes-articles.js';

/** A highlighted snippet as plain parts: the page renders them as text and <mark>, never markup. */
export function snippetParts(s: Highlighted): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const h of [...s.highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < 0 || h.end > s.text.length || h.end <= h.start) continue; // out of range: ignore
    const start = Math.max(h.start, at);
    if (h.end <= start) continue; // inside the previous highlight
    if (start > at) parts.push({ text: s.text.slice(at, start), hit: false });
    const last = parts[parts.length - 1];
    if (last?.hit && start === at) last.text += s.text.slice(start, h.end); // overlapping: merge
    else parts.push({ text: s.text.slice(start, h.end), hit: true });
    at = h.end;
  }
  if (at < s.text.length) parts.push({ text: s.text.slice(at), hit: false });
  return parts;
}

/** The API's quote row: the record, with the speaker's title also as `title` (what the page reads). */
const quoteRow = (r: QuoteRecord): QuoteRow => ({ ...r, title: r.speakerTitle });

export function registerSearch(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: ListQuery & { facets?: string } }>('/api/search', async (req): Promise<SearchResponse> => {
    const opts = listOptions(req.query, 20);
    const res = await store.search({ ...opts, facets: req.query.facets !== 'false' });
    return {
      warnings: await answerWarnings(store, opts, res.items.length === 0),
      items: res.items.map((hit) => ({ ...summaryOf(hit.article), snippet: snippetParts(hit.snippet) })),
      next: res.next, total: res.total, totalWithCopies: res.totalWithCopies, facets: res.facets,
      ...(res.totalIsLowerBound ? { totalIsLowerBound: true } : {}), ...(res.facetsOver !== undefined ? { facetsOver: res.facetsOver } : {}),
    };
  });
  app.get<{ Querystring: ListQuery }>('/api/quotes', async (req): Promise<Page<QuoteRow>> => {
    const opts = listOptions(req.query);
    const page = await store.quotes(opts);
    return { items: page.items.map(quoteRow), next: page.next, warnings: await answerWarnings(store, opts, page.items.length === 0) };
  });
  app.get<{ Querystring: ListQuery }>('/api/events', async (req): Promise<Page<EventRecord>> => {
    const opts = listOptions(req.query);
    const page = await store.events(opts);
    return { ...page, warnings: await answerWarnings(store, opts, page.items.length === 0) };
  });
  app.get<{ Querystring: ListQuery }>('/api/actors', async (req): Promise<Page<ActorRecord>> => {
    const opts = listOptions(req.query);
    const page = await store.actors(opts);
    return { ...page, warnings: await answerWarnings(store, opts, page.items.length === 0) };
  });
  app.get<{ Params: { name: string }; Querystring: ListQuery & { bucket?: string } }>('/api/speakers/:name/quotes', async (req): Promise<SpeakerResponse> => {
    const bucket = req.query.bucket ?? 'month';
    if (bucket !== 'day' && bucket !== 'week' && bucket !== 'month') throw new HttpError(400, 'bad-bucket', 'bucket must be day, week or month');
    const name = req.params.name.trim();
    if (!name) throw new HttpError(400, 'no-speaker', 'name a speaker');
    const opts = listOptions(req.query, 100);
    const res = await store.speakerQuotes(name, { ...opts, bucket });
    const near = !res.items.length && !opts.cursor && !opts.q ? await speakersLike(store, name) : null;
    const unknown = near ? [{ code: 'unknown-speaker', message: `no quotes by a speaker named ${JSON.stringify(name)} (names match whole, case aside)`
      + (near.length ? `; speakers named like it: ${near.join(', ')}` : '') }] : [];
    return { speaker: res.speaker, timeline: res.timeline, items: res.items.map(quoteRow), next: res.next, warnings: [...queryWarnings(opts.q), ...unknown] };
  });
}
