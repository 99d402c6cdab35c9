// The query commands as an analyst types them: bad option values and query mistakes are said on stderr,
// not answered with a default page or an empty one. Runs the compiled CLI (npm run build first) on the
// conformance fixture stored directly.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { corpus } from './corpus-fixture.js';
import { makeItem } from './make-item.js';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
const db = join(dir, 'cli.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  const store = await openStore(db);
  await store.putBatch(corpus());
  await store.close();
});

const parley = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/parley.js'), ...args, '--db', db], { cwd: root, encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, code: r.status };
};

it('--limit must be a whole number of at least 1, --bucket one of day, week, month', () => {
  for (const bad of ['0', '-1', 'abc']) {
    const r = parley('search', 'Russia', '--limit', bad);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('--limit');
  }
  expect(parley('search', 'Russia', '--limit', '1').code).toBe(0);
  const r = parley('quotes', '--speaker', 'Boris Johnson', '--bucket', 'year');
  expect(r.code).not.toBe(0);
  expect(r.err).toContain('day, week, month');
});

it('a --cursor no page printed is an error, not the first page again', () => {
  const r = parley('search', 'Russia', '--cursor', 'garbage');
  expect(r.code).not.toBe(0);
  expect(r.err).toContain('--cursor');
  const first = parley('quotes', '--limit', '1');
  const next = /more: --cursor (\S+)/.exec(first.out)?.[1];
  expect(next).toBeTruthy();
  expect(parley('quotes', '--limit', '1', '--cursor', next!).code).toBe(0);
});

it('an export of nothing says why, as the query commands do', () => {
  const r = parley('export', 'speaker:Johnson', '--format', 'quotes-csv');
  expect(r.code).toBe(0);
  expect(r.err).toContain('parley: exported 0 records');
  expect(r.err).toContain('speakers named like "Johnson": Boris Johnson');
});

const help = (command: string) => spawnSync(process.execPath, [join(root, 'bin/parley.js'), command, '--help'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');

it('export --help lists the formats; search --help says which days after: and before: take', () => {
  expect(help('export')).toMatch(/phoenix.*csv and tsv also/);
  expect(help('search')).toContain('after:2017-04-01 (that day or later) before:2017-05-01 (earlier days only)');
});

it('a query mistake is said on stderr', () => {
  const r = parley('search', 'after:yesterday', '"Boris', '--no-facets');
  expect(r.err).toContain('after:yesterday is not a date: give 2017, 2017-04 or 2017-04-12 (searched without it)');
  expect(r.err).toContain('unclosed phrase');
  expect(r.out).toMatch(/^2 articles/);
});

it('quotes of an unknown speaker say so and name speakers like it', () => {
  const r = parley('quotes', '--speaker', 'Mr. Johnson');
  expect(r.out).toBe('');
  expect(r.err).toContain('no quotes by a speaker named "Mr. Johnson"');
  expect(r.err).toContain('Boris Johnson');
});

it('actors --network --limit keeps the heaviest edges', () => {
  const all = parley('actors', '--network', '--json');
  const edges = (JSON.parse(all.out) as { edges: unknown[] }).edges.length;
  expect(edges).toBeGreaterThan(1);
  const one = parley('actors', '--network', '--limit', '1');
  expect(one.out.split('\n')[0]).toMatch(/×\d+$/);
  expect(one.out).toContain(`${edges - 1} lighter edges`);
});

it('export to a folder that does not exist is an error message, not a crash', () => {
  const r = parley('export', '--format', 'jsonl', '--out', join(dir, 'missing', 'x.jsonl'));
  expect(r.code).toBe(1);
  expect(r.err).toBe(`parley: --out ${join(dir, 'missing', 'x.jsonl')}: no such folder\n`);
});

it('an ingest where nothing could be read exits with 1', () => {
  const r = parley('ingest', join(dir, 'no-such-file.txt'), '--quiet');
  expect(r.code).toBe(1);
  expect(r.out).toContain('1 input skipped');
  expect(r.err).toContain(`parley: ${join(dir, 'no-such-file.txt')}: no such file or folder\n`);
});

it('serve on a port in use says so and how to pick another', async () => {
  const busy = createServer();
  await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
  const port = (busy.address() as { port: number }).port;
  const r = parley('serve', '--port', String(port));
  busy.close();
  expect(r.code).toBe(1);
  expect(r.err).toBe(`parley: port ${port} on 127.0.0.1 is in use (another parley serve?): pick another with --port, or --port 0 for any free one\n`);
});

it('a field value that can match nothing is named on stderr, and an empty answer says so', () => {
  const r = parley('events', 'event:THREAT');
  expect(r.out).toBe('');
  expect(r.err).toContain('parley: query: event:THREAT is no PLOVER event type (did you mean event:THREATEN?)');
  expect(r.err).toMatch(/parley: no events match "event:THREAT" in \d+ articles/);
  expect(parley('actors', 'actor:RU').err).toContain('actor:RU — countries are three-letter ISO codes: actor:RUS');
  const bySource = parley('search', 'source:no-such-paper');
  expect(bySource.err).toMatch(/sources in the store: \w/);
});

it('speaker:"Boris Johnson" unquoted by the shell is read as one name', () => {
  const r = parley('quotes', 'speaker:Boris Johnson');
  expect(r.err).toContain('read as speaker:"Boris Johnson" (one name)');
  expect(r.out).toContain('Boris Johnson: “');
});

it('a query of a store that is not there says so, and creates none', () => {
  const missing = join(dir, 'typo.db');
  const r = spawnSync(process.execPath, [join(root, 'bin/parley.js'), 'search', 'Russia', '--db', missing], { cwd: root, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`no store at ${missing}: run parley ingest`);
  expect(existsSync(missing)).toBe(false);
});

it('a one-word speaker names the fuller names the corpus also quotes', async () => {
  const small = join(dir, 'speakers.db');
  const store = await openStore(small);
  const text = 'Boris Johnson said the talks were over. Johnson said the envoy would return home on Friday.';
  await store.putBatch([makeItem({ id: 'two-names', source: 'wire', published: '2017-04-06T10:00:00Z', headline: 'Talks over', text,
    entities: [{ name: 'Boris Johnson', country: 'GBR' }, { name: 'Johnson' }],
    quotes: [{ said: 'the talks were over', speaker: 'Boris Johnson' }, { said: 'the envoy would return home on Friday', speaker: 'Johnson' }] })]);
  await store.close();
  const r = spawnSync(process.execPath, [join(root, 'bin/parley.js'), 'quotes', '--speaker', 'Johnson', '--db', small], { cwd: root, encoding: 'utf8' });
  expect(r.stdout).toContain('Johnson: “the envoy would return home on Friday”');
  expect(r.stderr).toBe('parley: only quotes given to "Johnson" itself; also quoted: Boris Johnson\n');
});

it('events with speaker: say that it picks articles, and that actor: picks the events', () => {
  const r = parley('events', 'speaker:"Boris Johnson"');
  expect(r.err).toContain('parley: speaker: keeps the articles quoting Boris Johnson; for the events they took part in, say actor:"Boris Johnson"');
});

it('--format csv and tsv: export takes them as quotes-csv (or --table) and phoenix; quotes, events, actors write their own CSV', () => {
  const quotes = parley('export', '--format', 'csv');
  expect(quotes.code).toBe(0);
  expect(quotes.out.split('\n')[0]).toBe(parley('export', '--format', 'quotes-csv').out.split('\n')[0]);
  expect(parley('export', '--format', 'csv', '--table', 'events').out).toBe(parley('export', '--format', 'events-csv').out);
  expect(parley('export', '--format', 'tsv').out).toBe(parley('export', '--format', 'phoenix').out);
  expect(parley('export', '--format', 'xlsx').err).toContain('csv, tsv, not "xlsx"');
  expect(parley('quotes', 'Russia', '--format', 'csv').out).toBe(parley('export', 'Russia', '--format', 'quotes-csv').out);
  expect(parley('events', '--format', 'csv').out).toBe(parley('export', '--format', 'events-csv').out);
  expect(parley('events', '--format', 'tsv').out).toBe(parley('export', '--format', 'phoenix').out);
  expect(parley('actors', '--format', 'csv').out).toBe(parley('export', '--format', 'actors-csv').out);
  const spoken = parley('quotes', '--speaker', 'Boris Johnson', '--format', 'csv').out.trim().split('\n');
  expect(spoken.length).toBeGreaterThan(1);
  expect(spoken.slice(1).every((l) => l.includes('Boris Johnson'))).toBe(true);
  expect(parley('quotes', '--format', 'tsv').err).toContain('parley events --format tsv');
});

it('parley quotes "a phrase" lists the quotes that say it, and says why when only articles do', () => {
  const r = parley('quotes', '"face sanctions"', '--json');
  expect(JSON.parse(r.out).items.map((q: { text: string; speaker: string }) => [q.speaker, q.text])).toEqual([['Boris Johnson', 'Russia must face sanctions over Syria']]);
  const none = parley('quotes', 'Lucca');
  expect(none.out).toBe('');
  expect(none.err).toContain('the words must be in the quote itself');
});

it('parley stats counts the articles per engine: the fixture\'s, stored without one, are on an older engine', () => {
  const r = parley('stats');
  expect(r.code).toBe(0);
  expect(r.out).toContain('articles  6 (4 without copies), 6 revisions');
  expect(r.out).toMatch(/6 articles were analysed by an older engine: parley reanalyze redoes them/);
  expect(JSON.parse(parley('stats', '--json').out)).toMatchObject({ articles: 6, olderEngine: 6, engines: [{ value: 'unknown', count: 6 }] });
});
