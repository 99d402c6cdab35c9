// Reads a posted article: a JSON object { text | html, id?, url?, published?, headline?, source? },
// or a raw text/plain or text/html body. Shared by POST /api/analyze and POST /api/articles.
import type { ArticleInput } from '../read/article-input.js';
import { HttpError } from './errors.js';

const STRING_FIELDS = ['id', 'text', 'html', 'url', 'published', 'headline', 'source'] as const;

/** The article a request carries, or a 400 naming what is wrong. */
export function articleInputOf(body: unknown, contentType: string | undefined): ArticleInput {
  if (typeof body === 'string') {
    return /html/i.test(contentType ?? '') ? { html: body } : { text: body };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'bad-article', 'send a JSON object { "text": "..." } or { "html": "..." }, or a text/plain or text/html body');
  }
  const record = body as Record<string, unknown>;
  const input: Record<string, string> = {};
  for (const field of STRING_FIELDS) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new HttpError(400, 'bad-article', `"${field}" must be a string`);
    input[field] = v;
  }
  if (input.text === undefined && input.html === undefined) throw new HttpError(400, 'no-text', 'the article has neither "text" nor "html"');
  return input as ArticleInput;
}
