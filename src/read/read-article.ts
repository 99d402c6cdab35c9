// Turns any ArticleInput into text + meta: bytes are decoded (decode-bytes.ts) and sniffed for HTML,
// HTML goes to read-html.ts, plain text to read-text.ts (its text kept exactly as given). What the
// input itself says (published, headline, url, source) wins over what the reader found.
import type { AnalyzeOptions, Diagnostic, Meta } from '../doc/types.js';
import { ReadError, type ArticleInput, type ReadResult } from './article-input.js';
import { decodeBytes, looksLikeHtml } from './decode-bytes.js';
import { parseDate } from './parse-date.js';
import { readHtml } from './read-html.js';
import { readText } from './read-text.js';
import { resolveDates } from './resolve-date.js';

/** Plain text longer than this cannot become a document. */
export const MAX_TEXT = 64 * 1024 * 1024;

/**
 * Read one article. Throws ReadError when the input cannot become a document.
 * @example readArticle({ text: 'Talks Fail\n\nThe talks failed.' }).meta.headline // 'Talks Fail'
 */
export function readArticle(input: ArticleInput, options: AnalyzeOptions = {}): ReadResult {
  const read = readAny(input, options);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  return { text: read.text, meta: applyInput(read.meta, input, options, diagnostics), diagnostics };
}

function readAny(input: ArticleInput, options: AnalyzeOptions): ReadResult {
  if (typeof input.html === 'string') return readHtml(input.html, options);
  if (typeof input.text === 'string') return plain(input.text, options, []);
  if (input.bytes) {
    const { text, diagnostics } = decodeBytes(input.bytes);
    if (looksLikeHtml(text)) {
      const html = readHtml(text, options);
      return { ...html, diagnostics: [...diagnostics, ...html.diagnostics] };
    }
    return plain(text, options, diagnostics);
  }
  throw new ReadError('no-text', 'input has neither text, html nor bytes');
}

function plain(text: string, options: AnalyzeOptions, diagnostics: Diagnostic[]): ReadResult {
  if (text.length > MAX_TEXT) throw new ReadError('too-large', `text of ${text.length} characters is over the ${MAX_TEXT} limit`);
  const read = readText(text, options);
  return { text, meta: read.meta, diagnostics: diagnostics.length ? [...diagnostics, ...read.diagnostics] : read.diagnostics };
}

/** The input's own published/headline/url/source win over the reader's findings. */
function applyInput(meta: Meta, input: ArticleInput, options: AnalyzeOptions, diagnostics: Diagnostic[]): Meta {
  let out: Meta = meta;
  if (input.published) {
    const raw = parseDate(input.published);
    const iso = raw ? resolveDates([raw], options) : null;
    if (iso?.iso[0]) out = { ...out, published: iso.iso[0] };
    else diagnostics.push({ stage: 'read', rule: 'published-unreadable', severity: 'warning', message: `cannot read published ${JSON.stringify(input.published.slice(0, 80))}` });
  }
  if (input.headline && input.headline.trim()) {
    const headline = input.headline.replace(/\s+/g, ' ').trim();
    const keepSpan = out.headline !== null && out.headline === headline;
    const { headlineSpan, ...rest } = out;
    out = { ...rest, headline, ...(keepSpan && headlineSpan ? { headlineSpan } : {}) };
  }
  const url = input.url ?? out.url ?? null;
  const source = input.source ?? hostOf(input.url) ?? out.source ?? hostOf(out.url ?? undefined);
  // most plain texts come without url or source: their meta needs no copy
  if (!url && !source) return out;
  return { ...out, ...(url ? { url } : {}), ...(source ? { source } : {}) };
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
