// Calls the HTTP API. Errors come back as { error: { code, message } } and are thrown as ApiFailure.
import type { ApiError } from '../../src/server/api-types.js';

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** GET a JSON resource; `params` with empty values are left out. */
export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const q = qs.toString();
  return parse<T>(await fetch(q ? `${path}?${q}` : path, { headers: { accept: 'application/json' } }));
}

/** POST JSON. */
export async function post<T>(path: string, body: unknown): Promise<T> {
  return parse<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body as ApiError | null)?.error;
    throw new ApiFailure(res.status, err?.code ?? 'http-error', err?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}
