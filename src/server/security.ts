// Security headers on every response (a strict Content-Security-Policy: no inline script or style,
// nothing from other origins) and the bearer token that guards every write.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

export const CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** Add the security headers to every reply. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Throws 401 unless the request carries `Authorization: Bearer <token>`; writes are off without a token. */
export function requireToken(req: FastifyRequest, token: string | undefined): void {
  if (!token) throw new HttpError(401, 'writes-disabled', 'this server takes no writes: start it with --token or PARLEY_TOKEN');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!m) throw new HttpError(401, 'unauthorized', 'a bearer token is required: Authorization: Bearer <token>');
  if (!timingSafeEqual(digest(m[1]), digest(token))) throw new HttpError(401, 'unauthorized', 'the bearer token is wrong');
}
