// The OpenAPI 3.1 description of the API, written by hand and served at /api/openapi.json.
const list = (extra: object[] = []) => [
  { name: 'q', in: 'query', schema: { type: 'string' }, description: 'Query language: words, "phrases", prefix*, AND/OR/NOT, speaker:, actor:, event:, source:, after:, before:' },
  ...['speaker', 'actor', 'event', 'source', 'after', 'before'].map((name) => ({ name, in: 'query', schema: { type: 'string' }, description: `Same as ${name}: in q` })),
  { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'Opaque cursor from the previous page (`next`)' },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
  ...extra,
];
const json = (description: string, schema: object = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });
const errors = { 400: { $ref: '#/components/responses/Error' }, 500: { $ref: '#/components/responses/Error' } };
const get = (summary: string, parameters: object[], description = 'OK') => ({ get: { summary, parameters, responses: { 200: json(description), ...errors } } });
/** A query route: its answer always has `warnings` (empty when the query reads as meant). */
const query = (summary: string, parameters: object[]) => ({ get: { summary, parameters, responses: {
  200: json('OK; `warnings` lists what in the query may make the answer empty or not what was meant', { $ref: '#/components/schemas/Warned' }),
  ...errors } } });
const articleBody = {
  required: true,
  content: {
    'application/json': { schema: { type: 'object', properties: Object.fromEntries(['id', 'text', 'html', 'url', 'published', 'headline', 'source'].map((k) => [k, { type: 'string' }])) } },
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
  },
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Parley API', version: '1', description: 'Who said what, who did what to whom: analysis and corpus queries. Every error is { error: { code, message } }.' },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
      Warning: { type: 'object', required: ['code', 'message'], properties: {
        code: { type: 'string', description: 'Stable rule id: query-unknown-event (event:FOO), query-event-prefix (event:X*), query-actor-code (actor:RU, actor:RUSGOV), query-unknown-field (speakr:), query-unclosed-phrase, query-unclosed-paren, query-stray-paren; unknown-actor (network actor= names no node), unknown-speaker (a speaker with no quotes)' },
        message: { type: 'string', description: 'For people: what is wrong and what to write instead' } } },
      Warned: { type: 'object', required: ['warnings'], properties: { warnings: { type: 'array', items: { $ref: '#/components/schemas/Warning' },
        description: 'Problems with the query that do not stop it: the value is searched as given. A date that is not one (after:yesterday) is a 400 bad-date instead.' } } },
    },
    responses: { Error: json('Error', { $ref: '#/components/schemas/Error' }) },
  },
  paths: {
    '/api/analyze': { post: { summary: 'Analyse one article (not stored); answers the output contract document', requestBody: articleBody, responses: { 200: json('Contract document'), 413: { $ref: '#/components/responses/Error' }, 422: { $ref: '#/components/responses/Error' }, ...errors } } },
    '/api/articles': {
      ...query('List articles, newest first', list()),
      post: { summary: 'Ingest one article', security: [{ bearer: [] }], requestBody: articleBody, responses: { 201: json('Stored (new or revision)'), 200: json('Unchanged'), 401: { $ref: '#/components/responses/Error' }, 413: { $ref: '#/components/responses/Error' }, ...errors } },
    },
    '/api/articles/{id}': get('One article: its current (or ?revision=N) document, every revision, its copies', [
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'revision', in: 'query', schema: { type: 'integer' } }]),
    '/api/search': query('Search articles: hits with snippets, facets (source, event, speaker), totals', list([{ name: 'facets', in: 'query', schema: { type: 'boolean' } }])),
    '/api/quotes': query('Quotes matching the query, with the speaker title as reported', list()),
    '/api/events': query('Events matching the query', list()),
    '/api/actors': query('Actors over the matching articles', list()),
    '/api/speakers/{name}/quotes': query("A speaker's quotes over time", list([
      { name: 'name', in: 'path', required: true, schema: { type: 'string' } }, { name: 'bucket', in: 'query', schema: { enum: ['day', 'week', 'month'] } }])),
    '/api/network': query('Actor network (ego network with actor=); limit counts nodes (the heaviest first), up to 5000; event= keeps one relation, a PLOVER type or quotes (speaker → actors their quotes name), and weighs the actors by its ties', list([
      { name: 'minWeight', in: 'query', schema: { type: 'number' } }])),
    '/api/timeline': query('Articles, quotes and events by type per bucket', list([{ name: 'bucket', in: 'query', schema: { enum: ['day', 'week', 'month'] } }])),
    '/api/export': get('Export a query as a file, streamed (brat: one JSON line { name, txt, ann } per article)', list([{ name: 'format', in: 'query', required: true, schema: { enum: ['jsonl', 'csv', 'tsv', 'plover', 'phoenix', 'brat', 'gexf', 'graphml', 'quotes-csv', 'events-csv', 'actors-csv'] } },
      { name: 'table', in: 'query', schema: { enum: ['quotes', 'events', 'actors'] }, description: 'For csv' }]), 'The export, streamed'),
    '/api/stats': get("What the store holds, as `parley stats --json` prints it: articles (canonical: without copies), revisions, quotes, events, entities; engines: articles by the engine that analysed them; engine: the server's; olderEngine: articles an older engine analysed (parley reanalyze redoes them)", []),
    '/api/openapi.json': get('This document', []),
  },
} as const;
