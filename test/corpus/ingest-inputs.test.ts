// Ingest from every kind of input — folder of text files, JSONL dump, HTML page, RSS feed on disk and
// over HTTP — then revisions, reruns and exports, all through the public functions (analysis on this thread).
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { USER_AGENT } from '../../src/ingest/fetch-url.js';
import { exportQuery } from '../../src/export/export-query.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-inputs-'));
let store: Store;
let server: Server;
let base = '';
const agents: string[] = [];
const body = (s: string) => `${s} ${'Diplomats said the talks would resume next week in Geneva. '.repeat(12)}`;

beforeAll(async () => {
  store = await openStore(join(dir, 'in.db'));
  server = createServer((req, res) => {
    agents.push(String(req.headers['user-agent']));
    if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(`<rss><channel><item><title>Page story</title><link>${base}/story.html</link><description>Teaser only.</description></item></channel></rss>`);
    } else if (req.url === '/story.html') {
      res.setHeader('content-type', 'text/html');
      res.end(`<html><head><title>Page story</title></head><body><article><p>${body('The envoy arrived in Kyiv on Friday.')}</p></article></body></html>`);
    } else { res.statusCode = 404; res.end(); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await store.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

it('ingests folders, JSONL, HTML and feeds; a rerun is a no-op', async () => {
  const folder = join(dir, 'in');
  mkdirSync(join(folder, 'deep'), { recursive: true });
  writeFileSync(join(folder, 'a.txt'), body('Russia warned Ukraine on Monday.'));
  writeFileSync(join(folder, 'deep', 'b.txt'), body('Turkey hosted the Syrian opposition on Tuesday.'));
  writeFileSync(join(folder, 'dump.jsonl'), [
    JSON.stringify({ id: 'j1', text: body('Iran rejected the proposal.'), source: 'wire', published: '2017-04-02T10:00:00Z' }),
    'not json', JSON.stringify({ id: 'j2', title: 'no text' }),
  ].join('\n'));
  writeFileSync(join(folder, 'page.html'), `<html><body><p>${body('Egypt reopened the border crossing.')}</p></body></html>`);
  writeFileSync(join(folder, 'local.rss'), `<rss><channel><item><title>Local</title><link>https://example.com/l1</link>
    <description>${body('Brazil signed the accord.')}</description></item></channel></rss>`);
  const r = await ingest(store, [folder, `${base}/feed.xml`], { threads: 0, quiet: true });
  expect(r.problems.filter((p) => !p.where.includes('dump.jsonl'))).toEqual([]);
  expect(r.counts).toMatchObject({ new: 6, errors: 0 });
  expect(r.problems.map((p) => p.where)).toEqual([`${join(folder, 'dump.jsonl')}:2`, `${join(folder, 'dump.jsonl')}:3`]);
  expect(r.summary).toMatch(/0 errors; 2 inputs skipped \(unreadable\)$/);
  expect(agents).toEqual([USER_AGENT, USER_AGENT]);
  const ids = [];
  for await (const d of store.exportDocs({})) ids.push(d.id);
  expect(ids.sort()).toEqual(['a', 'deep/b', 'https://example.com/l1', `${base}/story.html`, 'j1', 'page'].sort());
  expect((await store.search({ q: 'Kyiv' })).items.map((h) => h.article.id)).toEqual([`${base}/story.html`]);
  const again = await ingest(store, [folder], { threads: 0, quiet: true });
  expect(again.counts).toMatchObject({ new: 0, unchanged: 5 });
});

it('a changed file under the same name is a revision', async () => {
  const file = join(dir, 'in', 'a.txt');
  writeFileSync(file, readFileSync(file, 'utf8') + '\n\nUpdate: Kyiv responded on Tuesday.');
  const r = await ingest(store, [join(dir, 'in')], { threads: 0, quiet: true });
  expect(r.counts).toMatchObject({ revision: 1, new: 0 });
  const d = await store.getArticle('a');
  expect(d?.revisions).toHaveLength(2);
  expect(d?.revisions[1].changes?.filter((c) => c.op === 'added').map((c) => c.text)).toEqual(['Update: Kyiv responded on Tuesday.']);
});

it('exports JSONL, CSV, PLOVER, Phoenix and brat', async () => {
  const collect = async (format: Parameters<typeof exportQuery>[1]) => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c) => chunks.push(c));
    await exportQuery(store, format, {}, out);
    return Buffer.concat(chunks).toString('utf8');
  };
  expect((await collect('jsonl')).trim().split('\n').map((l) => JSON.parse(l).schema)).toEqual([1, 1, 1, 1, 1, 1]);
  expect((await collect('quotes-csv')).split('\n')[0]).toBe('article_id,quote_id,published,source,speaker,type,text,cue,start,end,headline');
  expect(Array.isArray(JSON.parse(await collect('plover')))).toBe(true);
  const phoenix = (await collect('phoenix')).split('\n');
  expect(phoenix[0].split('\t').slice(0, 6)).toEqual(['date', 'source', 'target', 'cameo_code', 'root', 'quad_class']);
  expect(await collect('gexf')).toContain('<gexf');
  const bratDir = join(dir, 'brat');
  expect(await exportQuery(store, 'brat', {}, bratDir)).toBe(6);
  expect(readdirSync(bratDir).filter((f) => f.endsWith('.ann'))).toHaveLength(6);
});

it('two files that share a base name are two articles, not a revision', async () => {
  mkdirSync(join(dir, 'pages', 'a'), { recursive: true });
  mkdirSync(join(dir, 'pages', 'b'), { recursive: true });
  writeFileSync(join(dir, 'pages', 'a', 'index.html'), `<html><body><p>${body('Chile recalled its ambassador.')}</p></body></html>`);
  writeFileSync(join(dir, 'pages', 'b', 'index.html'), `<html><body><p>${body('Peru expelled the envoy.')}</p></body></html>`);
  const first = await ingest(store, [join(dir, 'pages', 'a', 'index.html')], { threads: 0, quiet: true });
  const second = await ingest(store, [join(dir, 'pages', 'b', 'index.html')], { threads: 0, quiet: true });
  expect([first.counts.new, second.counts.new, second.counts.revision]).toEqual([1, 1, 0]);
  expect((await store.getArticle(join(dir, 'pages', 'b', 'index')))?.revisions).toHaveLength(1);
  for await (const d of store.exportDocs({ q: 'Chile OR Peru' })) expect(d.id).not.toBe('index');
});
