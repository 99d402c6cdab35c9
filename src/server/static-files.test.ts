import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { errorHandler } from './errors.js';
import { addSecurityHeaders } from './security.js';
import { registerStatic } from './static-files.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-web-'));
mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(dir, 'web', 'assets', 'index-1.js'), 'console.log(1)');
writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET-CONTENT');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.each([
  { url: '/', status: 200, type: /text\/html/, cache: 'no-cache' },
  { url: '/assets/index-1.js', status: 200, type: /text\/javascript/, cache: 'immutable' },
  // nothing outside the folder, however the path is spelt
  { url: '/../secret.txt', status: 404 },
  { url: '/%2e%2e/secret.txt', status: 404 },
  { url: '/assets/..%2f..%2fsecret.txt', status: 404 },
  { url: '/api/missing', status: 404 },
  { url: '/%E0%A4%A', status: 400 },
])('GET $url → $status', async ({ url, status, type, cache }) => {
  const app = Fastify();
  app.setErrorHandler(errorHandler);
  addSecurityHeaders(app);
  registerStatic(app, join(dir, 'web'));
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode).toBe(status);
  expect(res.body).not.toContain('TOP-SECRET-CONTENT');
  if (status !== 400) expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
  if (type) expect(res.headers['content-type']).toMatch(type);
  if (cache) expect(res.headers['cache-control']).toContain(cache);
  await app.close();
});
