// The API in-process (app.inject) against a real SQLite file in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { ARTICLES, HOSTILE_PAYLOADS } from '../../test/browser/fixtures.js';
import { buildApp } from './app.js';
import type { ArticleResponse, ArticleSummary, NetworkResponse, Page, QuoteRow, SearchResponse, StatsResponse, TimelineResponse } from './api-types.js';

const TOKEN = 'test-token-123';
let dir: string;
let store: Store;
let app: FastifyInstance;

const getJson = async <T>(url: string) => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.headers['content-type']).toMatch(/application\/json/);
  return { status: res.statusCode, body: res.json() as T };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
  store = await openStore(join(dir, 'test.db'));
  app = await buildApp({ store, token: TOKEN, webDir: join(dir, 'no-web') });
  for (const a of ARTICLES) {
    const res = await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${TOKEN}` }, payload: a });
    expect(res.statusCode, res.body).toBe(201);
  }
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /api/analyze', () => {
  it('answers the contract document for JSON and raw text, storing nothing', async () => {
    const text = ARTICLES[0].text;
    const a = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text } });
    expect(a.statusCode).toBe(200);
    const doc = a.json();
    expect(doc.schema).toBe(1);
    expect(doc.text).toContain('Angela Merkel met French President');
    const b = await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'text/plain' }, payload: text });
    expect(b.json().text).toBe(doc.text);
    const list = await getJson<Page<ArticleSummary>>('/api/articles?limit=100');
    expect(list.body.items.map((i) => i.id).sort()).toEqual(ARTICLES.map((x) => x.id).sort());
  });

  it('reads a raw HTML body', async () => {
    const html = '<html><body><article><h1>Talks</h1><p>Merkel met Macron in Berlin on Wednesday to talk about the war in Syria and the ceasefire.</p></article></body></html>';
    const res = await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'text/html' }, payload: html });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().text).toContain('Merkel met Macron');
  });

  it.each([
    // a body over 5 MB is refused before analysis
    { name: 'too large', payload: { text: 'a'.repeat(5 * 1024 * 1024 + 10) }, status: 413, code: 'too-large' },
    { name: 'no text', payload: { headline: 'x' }, status: 400, code: 'no-text' },
    { name: 'text not a string', payload: { text: 42 }, status: 400, code: 'bad-article' },
    { name: 'bad JSON', payload: '{"text": ', status: 400, code: 'bad-json', type: 'application/json' },
  ])('refuses $name with a JSON error', async ({ payload, status, code, type }) => {
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload, headers: type ? { 'content-type': type } : {} });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(typeof res.json().error.message).toBe('string');
  });
});

describe('writes need the token', () => {
  it.each([
    { name: 'no header', headers: {} },
    { name: 'wrong token', headers: { authorization: 'Bearer nope' } },
    { name: 'not bearer', headers: { authorization: `Basic ${TOKEN}` } },
  ])('401 with $name', async ({ headers }) => {
    const res = await app.inject({ method: 'POST', url: '/api/articles', headers, payload: { text: 'Merkel said "yes".' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('re-posting an article is unchanged, not new', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${TOKEN}` }, payload: ARTICLES[1] });
    expect(res.statusCode).toBe(200);
    expect(res.json().outcome).toBe('unchanged');
  });

  it('a server without a token takes no writes', async () => {
    const ro = await buildApp({ store, webDir: join(dir, 'no-web') });
    const res = await ro.inject({ method: 'POST', url: '/api/articles', headers: { authorization: 'Bearer x' }, payload: { text: 'x' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('writes-disabled');
    await ro.close();
  });
});

describe('reading the corpus', () => {
  it('pages articles with cursors, each exactly once', async () => {
    const seen: string[] = [];
    let url = '/api/articles?limit=1';
    for (let i = 0; i < 10; i++) {
      const { body } = await getJson<Page<ArticleSummary>>(url);
      seen.push(...body.items.map((a) => a.id));
      if (!body.next) break;
      url = `/api/articles?limit=1&cursor=${encodeURIComponent(body.next)}`;
    }
    expect(seen.sort()).toEqual(ARTICLES.map((a) => a.id).sort());
  });

  it('fetches one article with its text intact, markup payloads included', async () => {
    const { status, body } = await getJson<ArticleResponse>('/api/articles/fixture-hostile');
    expect(status).toBe(200);
    for (const p of HOSTILE_PAYLOADS) expect(body.article.text).toContain(p);
    expect(body.revisions.length).toBe(1);
    expect(body.revisions[0].current).toBe(true);
    expect((await getJson('/api/articles/nope')).status).toBe(404);
  });

  it('searches with the query language and returns snippets as parts', async () => {
    const { body } = await getJson<SearchResponse>(`/api/search?q=${encodeURIComponent('sanctions NOT ceasefire')}`);
    expect(body.items.map((h) => h.id)).toEqual(['fixture-sanctions-vote']);
    const hits = body.items[0].snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase());
    expect(hits).toContain('sanctions');
    expect(Object.keys(body.facets)).toEqual(expect.arrayContaining(['source', 'event', 'speaker']));
    // a month is a date bound, as in the query language
    expect((await getJson<SearchResponse>('/api/search?after=2017-04')).status).toBe(200);
    const src = await getJson<SearchResponse>('/api/search?source=fixture-wire');
    expect(src.body.items.map((h) => h.id)).toEqual(['fixture-berlin-talks']);
  });

  it('lists as many quotes as the stored documents hold', async () => {
    let expected = 0;
    for (const a of ARTICLES) expected += (await getJson<ArticleResponse>(`/api/articles/${a.id}`)).body.article.quotes.length;
    const { body } = await getJson<Page<QuoteRow>>('/api/quotes?limit=1000');
    expect(body.items.length).toBe(expected);
    for (const q of body.items) expect(q).toHaveProperty('title');
  });

  it('answers events, actors, speakers, network and timeline in their shapes', async () => {
    expect((await getJson<Page<unknown>>('/api/events')).body.items).toBeInstanceOf(Array);
    expect((await getJson<Page<unknown>>('/api/actors')).body.items).toBeInstanceOf(Array);
    const sp = await getJson<{ speaker: string; timeline: unknown[]; items: unknown[] }>('/api/speakers/Boris%20Johnson/quotes');
    expect(sp.status).toBe(200);
    expect(sp.body.timeline).toBeInstanceOf(Array);
    const net = await getJson<NetworkResponse>('/api/network?minWeight=1');
    const ids = new Set(net.body.nodes.map((n) => n.id));
    for (const e of net.body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const tl = await getJson<TimelineResponse>('/api/timeline?bucket=month');
    expect(tl.body.buckets.reduce((s, b) => s + b.articles, 0)).toBe(ARTICLES.length);
    expect(tl.body.buckets.map((b) => b.start)).toEqual(['2017-05']);
    // events by type add up to the events the documents hold
    let events = 0;
    for (const a of ARTICLES) events += (await getJson<ArticleResponse>(`/api/articles/${a.id}`)).body.article.events.length;
    expect(tl.body.buckets.flatMap((b) => Object.values(b.events)).reduce((s, n) => s + n, 0)).toBe(events);
  });

  it('gives the same ego network cold (articles naming the actor) and warm (a slice of the whole)', async () => {
    const whole = (await getJson<NetworkResponse>('/api/network')).body;
    const degree = new Map<string, number>();
    for (const e of whole.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    const actor = [...degree].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!actor) return; // no relations found by the analysis: nothing to compare
    const fresh = await buildApp({ store, webDir: join(dir, 'no-web') });
    const cold = (await fresh.inject({ method: 'GET', url: `/api/network?actor=${encodeURIComponent(actor)}` })).json() as NetworkResponse;
    await fresh.inject({ method: 'GET', url: '/api/network' });
    const warm = (await fresh.inject({ method: 'GET', url: `/api/network?limit=400&actor=${encodeURIComponent(actor)}` })).json() as NetworkResponse;
    await fresh.close();
    const edges = (n: NetworkResponse) => n.edges.map((e) => `${e.source}>${e.target}:${e.weight}`).sort();
    expect(edges(cold).length).toBe(degree.get(actor));
    expect(edges(cold)).toEqual(edges(warm));
  });

  it('exports the query as JSONL, one contract document per line', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=jsonl' });
    expect(res.statusCode).toBe(200);
    const lines = res.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((d) => d.id).sort()).toEqual(ARTICLES.map((a) => a.id).sort());
  });

  it.each([
    { format: 'csv&table=quotes', first: /^[a-z_]+(,[a-z_]+)+$/i },
    { format: 'csv&table=events', first: /^[a-z_]+(,[a-z_]+)+$/i },
    { format: 'phoenix', first: /\t/ },
    { format: 'tsv', first: /\t/ }, // as on the CLI: the Phoenix rows
    { format: 'gexf', first: /^<\?xml/ },
    { format: 'graphml', first: /^<\?xml/ },
  ])('exports as $format', async ({ format, first }) => {
    const res = await app.inject({ method: 'GET', url: `/api/export?format=${format}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    expect(res.body.split('\n')[0]).toMatch(first);
  });

  it('exports PLOVER JSON and brat pairs that parse', async () => {
    const plover = await app.inject({ method: 'GET', url: '/api/export?format=plover' });
    expect(Array.isArray(JSON.parse(plover.body))).toBe(true);
    const brat = await app.inject({ method: 'GET', url: '/api/export?format=brat&source=fixture-hostile' });
    const lines = brat.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(1);
    expect(lines[0].txt).toContain(HOSTILE_PAYLOADS[0]);
    expect(typeof lines[0].ann).toBe('string');
  });

  it.each([
    { url: '/api/articles?limit=0', status: 400, code: 'bad-limit' },
    { url: '/api/articles?limit=abc', status: 400, code: 'bad-limit' },
    { url: '/api/timeline?bucket=year', status: 400, code: 'bad-bucket' },
    { url: '/api/search?q=Russia&cursor=garbage', status: 400, code: 'bad-cursor' },
    { url: '/api/events?cursor=bm90IGpzb24', status: 400, code: 'bad-cursor' },
    { url: '/api/search?after=yesterday', status: 400, code: 'bad-date' },
    { url: '/api/search?q=sanctions%20after:yesterday', status: 400, code: 'bad-date' },
    { url: '/api/search?before=2017-13-01', status: 400, code: 'bad-date' },
    { url: '/api/export?format=pdf', status: 400, code: 'bad-format' },
    { url: '/api/export?format=csv&table=words', status: 400, code: 'bad-table' },
    { url: '/api/nothing-here', status: 404, code: 'not-found' },
    { url: '/api/articles/%E0%A4%A', status: 400, code: 'bad-request' },
  ])('$url → $status $code', async ({ url, status, code }) => {
    const { status: s, body } = await getJson<{ error: { code: string } }>(url);
    expect(s).toBe(status);
    expect(body.error.code).toBe(code);
  });
});

describe('GET /api/stats', () => {
  it('answers what parley stats prints: the counts and the articles by engine', async () => {
    const { engineVersion } = await import('../ingest/engine-version.js');
    const { status, body } = await getJson<StatsResponse>('/api/stats');
    expect(status).toBe(200);
    expect(body).toMatchObject({ articles: ARTICLES.length, engine: engineVersion(), olderEngine: 0, engines: [{ value: engineVersion(), count: ARTICLES.length }] });
    expect(body).toEqual({ ...(await store.stats()), engine: engineVersion(), olderEngine: 0 });
  });
});

describe('the OpenAPI document', () => {
  it('names only routes that exist', async () => {
    const { paths } = (await getJson<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json')).body;
    expect(Object.keys(paths).length).toBeGreaterThanOrEqual(12);
    for (const [path, methods] of Object.entries(paths)) {
      for (const method of Object.keys(methods)) {
        const url = path.replace('{id}', 'fixture-hostile').replace('{name}', 'Boris%20Johnson');
        const res = await app.inject({ method: method.toUpperCase() as 'GET' | 'POST', url, payload: method === 'post' ? {} : undefined });
        expect(res.statusCode === 404 && /no route/.test(res.body), `${method} ${path}`).toBe(false);
      }
    }
  });
});

describe('GET /api', () => {
  it('lists every route of the OpenAPI document, and an unknown route points to it', async () => {
    for (const url of ['/api', '/api/']) {
      const { status, body } = await getJson<{ openapi: string; routes: { method: string; path: string; summary: string }[] }>(url);
      expect(status).toBe(200);
      expect(body.openapi).toBe('/api/openapi.json');
      expect(body.routes).toContainEqual(expect.objectContaining({ method: 'GET', path: '/api/search' }));
      expect(body.routes).toContainEqual(expect.objectContaining({ method: 'POST', path: '/api/articles' }));
      expect(body.routes.every((r) => r.summary.length > 0)).toBe(true);
    }
    const { status, body } = await getJson<{ error: { message: string } }>('/api/nope');
    expect(status).toBe(404);
    expect(body.error.message).toContain('GET /api lists the routes');
  });
});

describe('headers and the page', () => {
  it('sends a strict CSP on API answers and says when the page is not built', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.json().openapi).toBe('3.1.0');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(503);
    expect(page.json().error.code).toBe('web-not-built');
  });
});

describe('after a write', () => {
  it('the memoised timeline and network are recomputed', async () => {
    const before = await getJson<TimelineResponse>('/api/timeline?bucket=month');
    await getJson<NetworkResponse>('/api/network');
    const res = await app.inject({
      method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${TOKEN}` },
      payload: { id: 'fixture-late', published: '2017-06-02T08:00:00+01:00', text: 'Late News\n\nSpanish Foreign Minister Alfonso Dastis said on Friday that Madrid would host the talks. "We are ready," Dastis told reporters.' },
    });
    expect(res.statusCode).toBe(201);
    const after = await getJson<TimelineResponse>('/api/timeline?bucket=month');
    const count = (t: TimelineResponse) => t.buckets.reduce((s, b) => s + b.articles, 0);
    expect(count(after.body)).toBe(count(before.body) + 1);
    expect(after.body.buckets.map((b) => b.start)).toContain('2017-06');
  });
});

describe('query warnings', () => {
  // every query route answers `warnings`; a value that can match nothing is named there, not met with silence
  it.each([
    ['/api/search?q=event:FOO', 'query-unknown-event'],
    ['/api/quotes?q=actor:RU', 'query-actor-code'],
    ['/api/events?event=THREAT', 'query-unknown-event'],
    ['/api/actors?q=speakr:Johnson', 'query-unknown-field'],
    ['/api/articles?q=%22open', 'query-unclosed-phrase'],
    ['/api/speakers/Boris%20Johnson/quotes?q=actor:RUSGOV', 'query-actor-code'],
    ['/api/timeline?q=event:FOO', 'query-unknown-event'],
    ['/api/network?q=event:FOO', 'query-unknown-event'],
  ])('%s → %s', async (url, code) => {
    const { status, body } = await getJson<{ warnings: { code: string; message: string }[] }>(url);
    expect(status).toBe(200);
    expect(body.warnings.map((w) => w.code)).toEqual([code]);
    expect(body.warnings[0].message.length).toBeGreaterThan(10);
  });
  it.each(['/api/search?q=Russia', '/api/quotes', '/api/events?event=THREATEN', '/api/actors?actor=RUS', '/api/articles', '/api/timeline', '/api/network',
    '/api/speakers/Boris%20Johnson/quotes'])('%s → no warnings', async (url) => {
    const { status, body } = await getJson<{ warnings: unknown[] }>(url);
    expect(status).toBe(200);
    expect(body.warnings).toEqual([]);
  });
  it('network event=quotes keeps the quote ties (no event type, no warning)', async () => {
    const { body } = await getJson<NetworkResponse>('/api/network?event=quotes');
    const all = (await getJson<NetworkResponse>('/api/network')).body;
    expect(body.warnings).toEqual([]);
    expect(body.edges.length).toBe(all.edges.filter((e) => e.types.quotes).length);
    expect(body.edges.every((e) => Object.keys(e.types).join() === 'quotes')).toBe(true);
  });
  it.each([
    ['/api/network?actor=Nobody%20Zzq', 'unknown-actor'],
    ['/api/speakers/Nobody%20Zzq/quotes', 'unknown-speaker'],
  ])('%s → %s: an empty answer says why', async (url, code) => {
    const { status, body } = await getJson<{ warnings: { code: string }[] }>(url);
    expect(status).toBe(200);
    expect(body.warnings.map((w) => w.code)).toEqual([code]);
  });
  it.each([
    ['/api/quotes?q=speaker:Johnson', 'unknown-speaker', 'Boris Johnson'],
    ['/api/search?q=speaker:johnson', 'unknown-speaker', 'Boris Johnson'],
    ['/api/events?speaker=Johnson', 'unknown-speaker', 'Boris Johnson'],
    ['/api/speakers/Johnson/quotes', 'unknown-speaker', 'Boris Johnson'],
    ['/api/search?q=source:fixture-wires', 'unknown-source', 'fixture-wire'],
    ['/api/actors?source=nowhere', 'unknown-source', 'fixture-times'],
  ])('%s → %s naming %s: an empty answer says who is there', async (url, code, near) => {
    const { status, body } = await getJson<{ items: unknown[]; warnings: { code: string; message: string }[] }>(url);
    expect(status).toBe(200);
    expect(body.items).toEqual([]);
    expect(body.warnings.map((w) => w.code)).toEqual([code]);
    expect(body.warnings[0].message).toContain(near);
  });
  it('a speaker or source the store holds is no warning, even when the whole query finds nothing', async () => {
    const { body } = await getJson<{ items: unknown[]; warnings: unknown[] }>('/api/search?q=speaker:%22Boris%20Johnson%22%20source:fixture-wire%20zzqqxx');
    expect(body.items).toEqual([]);
    expect(body.warnings).toEqual([]);
  });
  it('the OpenAPI document describes them', async () => {
    const { body } = await getJson<{ components: { schemas: Record<string, { properties: Record<string, unknown> }> }; paths: Record<string, { get: { responses: Record<string, unknown> } }> }>('/api/openapi.json');
    expect(Object.keys(body.components.schemas.Warned.properties)).toEqual(['warnings']);
    for (const path of ['/api/search', '/api/quotes', '/api/events', '/api/actors']) expect(JSON.stringify(body.paths[path].get.responses[200])).toContain('Warned');
  });
});
