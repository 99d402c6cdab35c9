// The HTTP API and the web page in one fastify app. `buildApp` takes an open store so tests can call it
// in-process (app.inject) against a real SQLite file; `parley serve` wraps it (src/cli/serve-command.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { Memo } from './memo.js';
import { OPENAPI } from './openapi.js';
import { registerAnalyze } from './routes-analyze.js';
import { registerArticles } from './routes-articles.js';
import { registerExport } from './routes-export.js';
import { registerNetwork } from './routes-network.js';
import { registerSearch } from './routes-search.js';
import { addSecurityHeaders, SECURITY_HEADERS } from './security.js';
import { registerStatic } from './static-files.js';

export type AppOptions = {
  store: Store;
  /** Bearer token for writes; without one the API takes no writes. */
  token?: string;
  /** The built page (default: dist/web beside the compiled server). */
  webDir?: string;
  /** Largest request body in bytes (default 5 MB). */
  bodyLimit?: number;
  /** How long aggregates (network, timeline) are cached, ms; 0 turns the cache off (default 60 s). */
  cacheTtlMs?: number;
  logger?: boolean;
};

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

/** dist/web, found from the compiled file (dist/server) or the sources (src/server). */
export function defaultWebDir(): string {
  const candidates = ['../web', '../../dist/web'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  return candidates.find((d) => existsSync(`${d}/index.html`)) ?? candidates[0];
}

/** What GET /api answers: every route with its summary, and where the full description is. */
export function apiIndex(): { name: string; openapi: string; routes: { method: string; path: string; summary: string }[] } {
  const routes = Object.entries(OPENAPI.paths as Record<string, Record<string, { summary?: string }>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, summary: op.summary ?? '' })));
  return { name: OPENAPI.info.title, openapi: '/api/openapi.json', routes };
}

/** Build the app (not listening). */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT, logger: opts.logger ?? false, routerOptions: { maxParamLength: 1000 },
    // errors before routing (a malformed URL) go through the same handler, with the same headers
    frameworkErrors: (err, req, reply) => {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
      errorHandler(err, req, reply);
    },
  });
  app.addContentTypeParser(['text/plain', 'text/html'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  addSecurityHeaders(app);
  app.get('/api/openapi.json', async () => OPENAPI);
  // "/api" by hand is where people start: answer the routes, not a 404
  for (const path of ['/api', '/api/']) app.get(path, async () => apiIndex());
  registerAnalyze(app);
  const memo = new Memo(opts.cacheTtlMs ?? 60_000);
  registerArticles(app, opts.store, opts.token, () => memo.clear());
  registerSearch(app, opts.store);
  registerNetwork(app, opts.store, memo);
  registerExport(app, opts.store);
  registerStatic(app, opts.webDir ?? defaultWebDir());
  await app.ready();
  return app;
}
