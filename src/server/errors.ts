// Every error the API answers with is mapped here, in one place, to { error: { code, message } }.
// Our own refusals throw HttpError; fastify's (body too large, bad JSON, validation) and the reader's
// ReadError are translated; anything else is a 500 whose details stay in the log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ReadError } from '../read/article-input.js';

/** A refusal with an HTTP status and a stable kebab-case code. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

export type ErrorBody = { error: { code: string; message: string } };

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too-large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad-json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad-json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad-request'],
};

/** Map any thrown value to a status and a JSON body. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  const body = (code: string, message: string) => ({ error: { code, message } });
  if (err instanceof HttpError) return { status: err.status, body: body(err.code, err.message) };
  if (err instanceof ReadError) return { status: 422, body: body(err.code, err.message) };
  const e = err as Partial<FastifyError> & { validation?: unknown };
  if (e && e.validation) return { status: 400, body: body('bad-request', e.message ?? 'invalid request') };
  const known = e?.code ? FASTIFY_CODES[e.code] : undefined;
  if (known) return { status: known[0], body: body(known[1], e.message ?? known[1]) };
  if (e instanceof SyntaxError) return { status: 400, body: body('bad-json', e.message) };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, body: body('bad-request', e.message ?? 'bad request') };
  }
  return { status: 500, body: body('internal', 'internal server error') };
}

/** The fastify error handler: logs server faults, answers JSON. */
export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorResponse(err);
  if (status >= 500) req.log.error({ err }, 'request failed');
  void reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** Unknown routes: JSON for the API. */
export function notFoundHandler(req: FastifyRequest, reply: FastifyReply): void {
  void reply.status(404).type('application/json; charset=utf-8')
    .send({ error: { code: 'not-found', message: `no route ${req.method} ${req.url.split('?')[0]}${req.url.startsWith('/api') ? ': GET /api lists the routes' : ''}` } } satisfies ErrorBody);
}
