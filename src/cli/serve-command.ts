// `parley serve`: the HTTP API and the web page over the corpus store. Writes need a bearer token
// (--token or PARLEY_TOKEN); without one the server is read-only.
import type { Command } from 'commander';
import { openStore } from '../store/open-store.js';
import { resolveDbUrl } from '../store/store.js';

type ServeOptions = { port: string; host: string; db?: string; token?: string; cacheTtl: string; log?: boolean };

/** Register the serve command. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web page')
    .option('--port <port>', 'port to listen on (0 = any free port)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <url>', 'SQLite file or postgres:// URL (default ./parley.db or PARLEY_DB)')
    .option('--token <token>', 'bearer token required for writes (default PARLEY_TOKEN)')
    .option('--cache-ttl <seconds>', 'how long the network and timeline aggregates are cached (0 = off)', '60')
    .option('--log', 'log every request as JSON lines on stderr')
    .action(async (opts: ServeOptions) => serve(opts));
}

async function serve(opts: ServeOptions): Promise<void> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got ${opts.port}`);
  const cacheTtl = Number(opts.cacheTtl);
  if (!Number.isFinite(cacheTtl) || cacheTtl < 0) throw new Error(`--cache-ttl must be a number of seconds ≥ 0, got ${opts.cacheTtl}`);
  const { buildApp } = await import('../server/app.js');
  const dbUrl = resolveDbUrl(opts.db);
  const store = await openStore(dbUrl);
  const app = await buildApp({ store, token: opts.token || process.env.PARLEY_TOKEN || undefined, cacheTtlMs: cacheTtl * 1000, logger: Boolean(opts.log) });
  let address: string;
  try {
    address = await app.listen({ port, host: opts.host });
  } catch (err) {
    await app.close();
    await store.close();
    // "listen EADDRINUSE: address already in use" says what, not what to do
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`port ${port} on ${opts.host} is in use (another parley serve?): pick another with --port, or --port 0 for any free one`);
    throw err;
  }
  // an empty store is a page of empty lists: say why before the analyst opens it
  const { articles } = await store.stats();
  process.stdout.write(`parley: serving ${address}/ (db ${dbUrl.replace(/\/\/[^@/]*@/, '//***@')}, ${articles.toLocaleString('en')} articles)\n`);
  if (articles === 0) process.stdout.write('parley: the store holds no articles yet: parley ingest FILES… --db the same store, or POST /api/articles with --token\n');
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await store.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
