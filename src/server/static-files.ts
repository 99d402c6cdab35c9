// Serves the built web page (dist/web) from memory: read once at start, no path leaves the folder.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
};

/** Every file under `dir`, keyed by its URL path ("/assets/index-abc.js"). */
export function loadWebFiles(dir: string): Map<string, { type: string; body: Buffer }> {
  const files = new Map<string, { type: string; body: Buffer }>();
  if (!existsSync(dir)) return files;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(`/${relative(dir, path).split(/[\\/]/).join('/')}`, { type: TYPES[extname(name)] ?? 'application/octet-stream', body: readFileSync(path) });
    }
  };
  walk(dir);
  return files;
}

/** GET / and every file of the page; hashed assets are cached for a year, index.html never. */
export function registerStatic(app: FastifyInstance, dir: string): void {
  const files = loadWebFiles(dir);
  app.get('/*', async (req, reply) => {
    let path: string;
    try {
      path = decodeURIComponent(req.url.split('?')[0]);
    } catch {
      throw new HttpError(400, 'bad-path', 'the path is not valid percent-encoding');
    }
    if (path.startsWith('/api/')) throw new HttpError(404, 'not-found', `no route GET ${path}: GET /api lists the routes`);
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) {
      if (path === '/') throw new HttpError(503, 'web-not-built', `the web page is not built (${dir}): run npm run build`);
      throw new HttpError(404, 'not-found', `no file ${path}`);
    }
    reply.header('cache-control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.type(file.type).send(file.body);
  });
}
