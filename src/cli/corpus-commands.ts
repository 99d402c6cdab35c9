// The corpus commands: ingest, search, quotes, events, actors, export, worker. Each opens the store
// named by --db / PARLEY_DB (default ./parley.db; postgres://… for PostgreSQL) and prints text for
// people or, with --json, JSON for scripts.
import { createWriteStream, existsSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { decodeCursor } from '../search/cursor.js';
import { openStore } from '../store/open-store.js';
import { resolveDbUrl, type Store, type QueryOptions } from '../store/store.js';
import { printActors, printEvents, printQuotes, printSearch } from '../search/print-results.js';
import { parseQuery, requiredFields } from '../search/parse-query.js';
import { emptyHint, speakersLike } from './empty-hint.js';
import { queryOfWords } from './query-words.js';
import type { ExportFormat } from '../export/export-query.js';
import type { CsvTable } from '../export/export-format-of.js';

type Common = { db?: string; json?: boolean; limit?: string; cursor?: string; copies?: boolean };

export const DB = ['--db <url>', 'SQLite file or postgres:// URL (default ./parley.db or PARLEY_DB)'] as const;

/** `parley search … | head` closes the pipe early: that is a normal end, not a crash. */
function endQuietlyOnClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

/** A query of a SQLite file that is not there would create an empty store and answer nothing: say so instead. */
function existingDb(db: string | undefined): string | undefined {
  const target = resolveDbUrl(db);
  if (/^postgres(ql)?:\/\//i.test(target) || target === ':memory:') return db;
  const file = target.replace(/^sqlite:(\/\/)?/i, '');
  if (!existsSync(file)) throw new Error(`no store at ${file}: run parley ingest FILES… first, or name the store with --db (or PARLEY_DB)`);
  return db;
}

export async function withStore<T>(db: string | undefined, fn: (s: Store) => Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  endQuietlyOnClosedPipe();
  const store = await openStore(opts.create ? db : existingDb(db));
  try { return await fn(store); } finally { await store.close(); }
}

/** `--limit 0`, `--limit abc`, `--limit -1` used to give the default page without a word: they are errors. */
export function pageLimit(raw: string): string {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw new InvalidArgumentError('give a whole number of at least 1.');
  return raw.trim();
}

/** A --cursor that is not one a page printed (cut short in a copy, or mistyped) gave the first page again, so a
 * script paging through would meet the same rows twice: it is an error. */
export function pageCursor(raw: string): string {
  if (!decodeCursor(raw.trim())) throw new InvalidArgumentError('give the cursor a previous page printed after "more: --cursor".');
  return raw.trim();
}

/** The query's problems ("unclosed phrase", a date that is not one) on stderr: the results alone do not show them. */
function warnAboutQuery(q: string): void {
  for (const d of parseQuery(q).diagnostics) process.stderr.write(`parley: query: ${d.message}${d.rule === 'query-bad-date' ? ' (searched without it)' : ''}\n`);
}

/** The query of the command's words, its re-quoted names and its problems said on stderr. */
export function queryText(words: string[]): string {
  const { q, requoted } = queryOfWords(words);
  for (const term of requoted) process.stderr.write(`parley: query: read as ${term} (one name)\n`);
  warnAboutQuery(q);
  return q;
}

const queryOf = (words: string[], o: Common): QueryOptions => {
  const q = queryText(words);
  return { q, cursor: o.cursor ?? null, copies: !!o.copies, ...(o.limit ? { limit: Number(o.limit) } : {}) };
};

const json = (v: unknown) => process.stdout.write(JSON.stringify(v, null, 2) + '\n');

function queryCommand(program: Command, name: string, description: string) {
  return program.command(name).description(description).argument('[query...]', 'query: words, "phrases", prefix*, AND/OR/NOT, speaker:"Boris Johnson" actor:RUS event:THREATEN (or a CAMEO root: event:13) source:huffpost after:2017-04-01 (that day or later) before:2017-05-01 (earlier days only)')
    .option(...DB).option('--json', 'print JSON').option('--limit <n>', 'page size (default 20; no cap)', pageLimit)
    .option('--cursor <cursor>', 'continue after a previous page', pageCursor).option('--copies', 'include duplicate copies');
}

/** An AbortSignal that fires on the first Ctrl-C / SIGTERM; a second Ctrl-C exits at once. */
export function stopSignal(what: string): AbortSignal {
  const ctl = new AbortController();
  const stop = () => {
    if (ctl.signal.aborted) process.exit(130);
    process.stderr.write(`\nparley: stopping ${what} after the batches in flight (Ctrl-C again to quit now)\n`);
    ctl.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return ctl.signal;
}

/** A file stream for --out, once it is open. */
function openOut(path: string): Promise<ReturnType<typeof createWriteStream>> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.once('open', () => resolve(out));
    out.once('error', (err: NodeJS.ErrnoException) => reject(new Error(`--out ${path}: ${err.code === 'ENOENT' ? 'no such folder' : err.message}`)));
  });
}

/** Stream an export to --out or stdout, and say how many items went out. */
async function exportTo(s: Store, format: ExportFormat, opts: QueryOptions, path?: string, db?: string): Promise<void> {
  // an --out that cannot be opened is an error message before any query runs, not an unhandled stream error
  const { exportQuery } = await import('../export/export-query.js');
  const out = path ? await openOut(path) : process.stdout;
  const n = await exportQuery(s, format, opts, out);
  if (path) await new Promise<void>((r, j) => (out as ReturnType<typeof createWriteStream>).end((err?: Error | null) => (err ? j(err) : r())));
  process.stderr.write(`parley: exported ${n} ${format === 'gexf' || format === 'graphml' ? 'actors' : 'records'}\n`);
  // "exported 0 records" alone left the reader to guess: say why, as the query commands do
  if (n === 0) process.stderr.write(await emptyHint(s, 'records', opts.q ?? '', db) + '\n');
}

/**
 * `parley quotes --format csv` (and events, actors): the command's own table as the export writes it,
 * every match (no page); tsv is the events' Phoenix rows. Returns false when no --format was given.
 */
async function listAs(s: Store, command: CsvTable, format: string | undefined, words: string[], o: Common): Promise<boolean> {
  if (format === undefined || format === 'text') return false;
  const f = format.trim().toLowerCase();
  if (f === 'json') { o.json = true; return false; }
  if (f === 'tsv' && command !== 'events') throw new Error(`--format tsv is the events' Phoenix rows: use parley events --format tsv, or --format csv here`);
  if (f !== 'csv' && f !== 'tsv') throw new Error(`--format must be text, json, csv${command === 'events' ? ' or tsv' : ''}, not ${JSON.stringify(format)}`);
  const { exportFormatOf } = await import('../export/export-format-of.js');
  await exportTo(s, exportFormatOf(f, f === 'csv' ? command : undefined), { q: queryText(words), copies: !!o.copies });
  return true;
}

/** Register the corpus commands. */
export function registerCorpusCommands(program: Command): void {
  program.command('ingest').description('analyse and store files, folders, JSONL dumps, HTML pages and RSS/Atom feeds (paths or URLs)')
    .argument('<inputs...>', 'files, folders (recursive), .jsonl dumps, .html pages, feeds, or http(s) URLs')
    .option(...DB).option('--threads <n>', 'analysis threads, at most (default: one per core; the last starts after 2,048 articles per worker, when the others are warm)').option('--batch <n>', 'articles per transaction (default 1,024)')
    .option('--queue', 'queue the inputs for `parley worker` processes instead of analysing here')
    .option('--quiet', 'no progress output').option('--json', 'print the report as JSON')
    .option('--timing', 'print where the time went (reading, writes, worker analysis)')
    .action(async (inputs: string[], o: Common & { threads?: string; batch?: string; queue?: boolean; quiet?: boolean; timing?: boolean }) => {
      const { ingest, timingLine } = await import('../ingest/ingest.js');
      await withStore(o.db, async (store) => {
        const report = await ingest(store, inputs, {
          threads: o.threads !== undefined ? Number(o.threads) : undefined, batch: Number(o.batch) || undefined,
          quiet: o.quiet, queue: o.queue, signal: stopSignal('ingest'),
        });
        if (o.json) { json(report); return; }
        for (const p of report.problems.slice(0, 20)) process.stderr.write(`parley: ${p.where}: ${p.message}\n`);
        if (report.problems.length > 20) process.stderr.write(`parley: … and ${report.problems.length - 20} more problems\n`);
        process.stdout.write(report.summary + (o.queue ? ' (queued for workers)' : '') + '\n');
        if (o.timing) process.stdout.write(`timing: ${timingLine(report.timing)}\n`);
        // nothing went in and something could not be read (a mistyped path, a dead URL): a script must see it fail
        if (report.counts.done === 0 && report.problems.length > 0) process.exitCode = 1;
      }, { create: true });
    });

  queryCommand(program, 'search', 'search the stored articles, with facets and highlighted snippets').option('--no-facets', 'skip facet counts')
    .action(async (words: string[], o: Common & { facets: boolean }) => withStore(o.db, async (s) => {
      const opts = queryOf(words, o);
      const r = await s.search({ ...opts, facets: o.facets });
      if (o.json) json(r); else printSearch(r, process.stdout);
      if (!o.json && !r.items.length && !o.cursor) process.stderr.write(await emptyHint(s, 'articles', opts.q ?? '', o.db) + '\n');
    }));

  queryCommand(program, 'quotes', "list quotes; --speaker NAME gives one speaker's quotes over time")
    .option('--speaker <name>', "one speaker's quotes and their timeline").addOption(new Option('--bucket <b>', 'timeline period').choices(['day', 'week', 'month']).default('month'))
    .option('--format <format>', 'text (default), json, or csv: every match as `parley export` writes it')
    .action(async (words: string[], o: Common & { speaker?: string; bucket: 'day' | 'week' | 'month'; format?: string }) => withStore(o.db, async (s) => {
      if (await listAs(s, 'quotes', o.format, o.speaker ? [...words, `speaker:${JSON.stringify(o.speaker.replace(/"/g, ''))}`] : words, o)) return;
      if (o.speaker) {
        const r = await s.speakerQuotes(o.speaker, { ...queryOf(words, o), bucket: o.bucket });
        if (o.json) json(r); else printQuotes(r, process.stdout, r.timeline);
        // "--speaker Clinton" lists quotes given to "Clinton" alone: name the fuller names the corpus also holds
        if (!o.json && r.items.length && !o.cursor && !/\s/.test(o.speaker.trim())) {
          const fuller = (await speakersLike(s, o.speaker)).filter((n) => n.toLowerCase() !== o.speaker!.trim().toLowerCase());
          if (fuller.length) process.stderr.write(`parley: only quotes given to "${o.speaker.trim()}" itself; also quoted: ${fuller.join(', ')}\n`);
        }
        // the name is matched whole ("Trump" is not "Donald Trump"): say so rather than print nothing
        if (!o.json && !r.items.length && !o.cursor) {
          const near = await speakersLike(s, o.speaker);
          process.stderr.write(`parley: no quotes by a speaker named ${JSON.stringify(o.speaker)} (names match whole, case aside)${near.length ? `; speakers named like it: ${near.join(', ')}` : ''}\n`);
        }
        return;
      }
      const opts = queryOf(words, o);
      const r = await s.quotes(opts);
      if (o.json) json(r); else printQuotes(r, process.stdout);
      if (!o.json && !r.items.length && !o.cursor) process.stderr.write(await emptyHint(s, 'quotes', opts.q ?? '', o.db) + '\n');
    }));

  queryCommand(program, 'events', "list events (who did what to whom); actor:RUS gives an actor's events")
    .option('--format <format>', 'text (default), json, or csv: every match as `parley export` writes it; tsv: Phoenix rows')
    .action(async (words: string[], o: Common & { format?: string }) => withStore(o.db, async (s) => {
      if (await listAs(s, 'events', o.format, words, o)) return;
      const opts = queryOf(words, o);
      // speaker: picks the articles where someone is quoted; the events listed are anyone's in them
      const speakers = requiredFields(parseQuery(opts.q).node, 'speaker');
      if (speakers.length) process.stderr.write(`parley: speaker: keeps the articles quoting ${speakers.map((f) => f.value).join(', ')}; for the events they took part in, say actor:${JSON.stringify(speakers[0].value)}\n`);
      const r = await s.events(opts);
      if (o.json) json(r); else printEvents(r, process.stdout);
      if (!o.json && !r.items.length && !o.cursor) process.stderr.write(await emptyHint(s, 'events', opts.q ?? '', o.db) + '\n');
    }));

  queryCommand(program, 'actors', 'list actors by the number of articles naming them; --network for the actor network')
    .option('--network', 'print the actor network (nodes and weighted edges)').option('--min-weight <n>', 'network: smallest edge weight', '1')
    .option('--format <format>', 'text (default), json, or csv: every match as `parley export` writes it')
    .action(async (words: string[], o: Common & { network?: boolean; minWeight: string; format?: string }) => withStore(o.db, async (s) => {
      if (!o.network && await listAs(s, 'actors', o.format, words, o)) return;
      if (o.network) {
        const opts = queryOf(words, o);
        const net = await s.actorNetwork({ ...opts, minWeight: Number(o.minWeight) || 1 });
        if (!o.json && !net.edges.length) { process.stderr.write(await emptyHint(s, 'actor relations', opts.q ?? '', o.db) + '\n'); return; }
        // edges come heaviest first; --limit keeps the first n (text shows 20 by default, JSON all)
        const n = o.limit ? Number(o.limit) : o.json ? Infinity : 20;
        const edges = net.edges.slice(0, n);
        if (o.json) {
          const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
          json(edges.length < net.edges.length ? { nodes: net.nodes.filter((x) => ids.has(x.id)), edges } : net);
          return;
        }
        for (const e of edges) process.stdout.write(`${e.source} —${e.relation}→ ${e.target}  ×${e.weight}\n`);
        if (edges.length < net.edges.length) process.stdout.write(`\n… ${(net.edges.length - edges.length).toLocaleString('en')} lighter edges: --limit n or --min-weight n\n`);
        return;
      }
      const opts = queryOf(words, o);
      const r = await s.actors(opts);
      if (o.json) json(r); else printActors(r, process.stdout);
      if (!o.json && !r.items.length && !o.cursor) process.stderr.write(await emptyHint(s, 'actors', opts.q ?? '', o.db) + '\n');
    }));

  program.command('export').description('export the matches of a query: jsonl, quotes-csv, events-csv, actors-csv, plover, phoenix, brat, gexf, graphml (csv: quotes-csv, or --table events|actors; tsv: phoenix)')
    .argument('[query...]', 'query (empty: everything)').option(...DB).requiredOption('--format <format>', 'output format: jsonl, quotes-csv, events-csv, actors-csv, plover, phoenix, brat, gexf, graphml; csv and tsv also')
    .option('--table <table>', 'with --format csv: quotes (default), events or actors')
    .option('--out <path>', 'output file (default stdout); a folder for brat').option('--copies', 'include duplicate copies')
    .action(async (words: string[], o: Common & { format: string; table?: string; out?: string }) => {
      const [{ exportFormatOf }, { exportQuery }] = await Promise.all([import('../export/export-format-of.js'), import('../export/export-query.js')]);
      const format = exportFormatOf(o.format, o.table);
      await withStore(o.db, async (s) => {
        const opts = { q: queryText(words), copies: !!o.copies };
        if (format === 'brat') {
          if (!o.out) throw new Error('brat export needs --out DIR');
          const n = await exportQuery(s, format, opts, o.out);
          process.stderr.write(`parley: exported ${n} articles to ${o.out}\n`);
          if (n === 0) process.stderr.write(await emptyHint(s, 'articles', opts.q, o.db) + '\n');
          return;
        }
        await exportTo(s, format, opts, o.out, o.db);
      });
    });

  program.command('worker').description('claim queued analysis jobs from the database, analyse them and store the results (many may run at once)')
    .option(...DB).option('--batch <n>', 'jobs per claim', '256').option('--threads <n>', 'analysis threads, at most (default: one per core; the last starts after 2,048 articles per worker, when the others are warm)')
    .option('--exit-when-idle', 'exit when the queue is empty instead of waiting for more')
    .action(async (o: { db?: string; batch: string; threads?: string; exitWhenIdle?: boolean }) => {
      const { runWorker } = await import('../ingest/run-worker.js');
      await withStore(o.db, async (s) => {
        const n = await runWorker(s, {
          batch: Number(o.batch) || 256, threads: o.threads !== undefined ? Number(o.threads) : undefined, exitWhenIdle: o.exitWhenIdle,
          signal: stopSignal('worker'), log: (line) => process.stderr.write(line + '\n'),
        });
        process.stdout.write(`worker: ${n} jobs done\n`);
      }, { create: true });
    });
}
