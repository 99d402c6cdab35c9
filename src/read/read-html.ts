// The HTML reader: metadata first (html-meta.ts), then the article body by Mozilla Readability on
// linkedom, or a plain block-by-block extraction when Readability finds nothing. The text it makes is
// the headline, a blank line, then the paragraphs separated by blank lines.
import { createRequire } from 'node:module';
import type { AnalyzeOptions, Diagnostic, Meta } from '../doc/types.js';
import { FURNITURE, htmlParagraphs } from './html-text.js';
import { readHtmlMeta } from './html-meta.js';
import { stripHtml, tagDepth } from './strip-html.js';
import { parseDate } from './parse-date.js';
import { resolveDates } from './resolve-date.js';

// linkedom takes a few hundred milliseconds to load: plain-text runs (the CLI, bench) never pay for it.
const require = createRequire(import.meta.url);
type Libraries = { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability };
let libraries: Libraries | null = null;
function libs(): Libraries {
  libraries ??= {
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  };
  return libraries;
}

/** HTML larger than this is cut, with an `html-truncated` warning. */
export const MAX_HTML = 20 * 1024 * 1024;
/** Deeper element nesting than this skips Readability for the plain extraction. */
const MAX_DEPTH = 150;
/** Deeper than this (by the tags alone) the page is not parsed at all: htmlparser2 turns quadratic. */
const MAX_PARSE_DEPTH = 2000;

/** Read an HTML page into text and meta. */
export function readHtml(html: string, options: AnalyzeOptions): { text: string; meta: Meta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (html.length > MAX_HTML) {
    diagnostics.push({ stage: 'read', rule: 'html-truncated', severity: 'warning', message: `HTML of ${html.length} characters cut to ${MAX_HTML}` });
    html = html.slice(0, MAX_HTML);
  }
  const depth = tagDepth(html, MAX_PARSE_DEPTH);
  if (depth > MAX_PARSE_DEPTH) {
    diagnostics.push({ stage: 'read', rule: 'html-deep-nesting', severity: 'warning', message: `elements nested over ${MAX_PARSE_DEPTH} deep: read without a DOM, no metadata` });
    const text = stripHtml(html).join('\n\n');
    return { text, meta: { headline: null, published: null, updated: null, language: 'en' }, diagnostics };
  }
  const { document } = libs().parseHTML(asPage(html));
  const found = readHtmlMeta(document, options);
  const title = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || document.title?.trim() || null;
  const body = articleParagraphs(document, diagnostics);
  const headline = found.headline ?? title;
  if (headline && body.length && same(body[0], headline)) body.shift();
  const published = settle(found.published, options, diagnostics) ?? found.visible?.published ?? null;
  const updated = settle(found.updated, options, diagnostics) ?? found.visible?.updated ?? null;
  if (found.visible && !found.published) diagnostics.push(...found.visible.diagnostics);
  const text = [headline, ...body].filter(Boolean).join('\n\n');
  if (!text) diagnostics.push({ stage: 'read', rule: 'empty-text', severity: 'warning', message: 'the page has no article text' });
  const meta: Meta = {
    headline, published, updated, language: document.documentElement?.getAttribute('lang')?.slice(0, 2) || 'en',
    ...(headline ? { headlineSpan: { start: 0, end: headline.length } } : {}),
    ...(found.byline ? { byline: found.byline.replace(/^By\s+/i, '') } : {}),
    ...(found.url ? { url: found.url } : {}),
    ...(found.site ? { source: found.site } : {}),
  };
  return { text, meta, diagnostics };
}

/**
 * linkedom builds no <html>/<body> for a fragment ("<p>Hello</p>", a feed item's description, plain
 * text), so its document would be empty or headless: wrap anything that has no <html> tag in a page.
 */
function asPage(html: string): string {
  return /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Readability's article, or every block of the page but its furniture when Readability fails. */
function articleParagraphs(document: Document, diagnostics: Diagnostic[]): string[] {
  const depth = maxDepth(document, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    // Readability's scoring walks ancestors of every node: deep nesting makes it super-linear
    diagnostics.push({ stage: 'read', rule: 'html-deep-nesting', severity: 'warning', message: `elements nested over ${MAX_DEPTH} deep: Readability skipped` });
  } else try {
    const clone = document.cloneNode(true) as Document;
    const article = new (libs().Readability)<Node>(clone, { maxElemsToParse: 50_000, serializer: (node) => node }).parse();
    if (article?.content) {
      const paragraphs = htmlParagraphs(article.content);
      if (paragraphs.length) return paragraphs;
    }
  } catch (err) {
    diagnostics.push({ stage: 'read', rule: 'readability-failed', severity: 'info', message: `Readability gave up: ${(err as Error).message.slice(0, 200)}` });
  }
  diagnostics.push({ stage: 'read', rule: 'readability-fallback', severity: 'info', message: 'no article found by Readability: using all the page text' });
  return document.body ? htmlParagraphs(document.body, FURNITURE) : [];
}

/** Nesting depth of the element tree, counted up to just past `limit`. Iterative: no stack overflow. */
function maxDepth(document: Document, limit: number): number {
  const stack: [Node, number][] = [[document, 0]];
  let max = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return max;
}

/** A machine-readable date (JSON-LD, meta, <time>) as ISO with its offset, or null. */
function settle(value: string | null, options: AnalyzeOptions, diagnostics: Diagnostic[]): string | null {
  if (!value) return null;
  const raw = parseDate(value);
  if (!raw) {
    diagnostics.push({ stage: 'read', rule: 'date-unreadable', severity: 'warning', message: `cannot read the date ${JSON.stringify(value.slice(0, 80))}` });
    return null;
  }
  const { iso, diagnostics: more } = resolveDates([raw], options);
  diagnostics.push(...more);
  return iso[0];
}

function same(a: string, b: string): boolean {
  return a.replace(/\W+/g, '').toLowerCase() === b.replace(/\W+/g, '').toLowerCase();
}
