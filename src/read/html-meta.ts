// Metadata of an HTML page, read before Readability (which drops it): JSON-LD NewsArticle, meta
// tags (og:, article:, author), <time datetime>, and a visible dateline in date/time/byline elements.
import type { AnalyzeOptions } from '../doc/types.js';
import { decodeEntities } from './html-entities.js';
import { parseDateline, type Dateline } from './parse-dateline.js';

export type HtmlMeta = {
  headline: string | null; published: string | null; updated: string | null; byline: string | null; url: string | null;
  site: string | null; visible: Dateline | null; dateSources: string[];
};

type Obj = Record<string, unknown>;
const ARTICLE_TYPES = /^(News|Reportage|Analysis|Opinion|Background|Review)?Article$|^BlogPosting$|^Report$/;
const DATELINE_SELECTOR = 'time, [class*="date"], [class*="time"], [class*="byline"], [class*="published"], [class*="updated"], [id*="date"]';

/** Read the page's metadata. Date strings are raw here; the caller settles them. */
export function readHtmlMeta(document: Document, options: AnalyzeOptions): HtmlMeta {
  const ld = jsonLdArticle(document);
  const meta = (key: string) => {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    return clean(el?.getAttribute('content'));
  };
  const time = document.querySelector('time[datetime]');
  const author = ld ? authorName(ld.author) : null;
  return {
    headline: str(ld?.headline) ?? meta('og:title') ?? meta('twitter:title') ?? null,
    published: str(ld?.datePublished) ?? meta('article:published_time') ?? meta('datePublished') ?? meta('pubdate') ?? clean(time?.getAttribute('datetime')),
    updated: str(ld?.dateModified) ?? meta('article:modified_time') ?? meta('dateModified') ?? meta('og:updated_time'),
    byline: author ?? meta('author') ?? meta('article:author') ?? clean(document.querySelector('[rel="author"]')?.textContent),
    url: meta('og:url') ?? clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    site: meta('og:site_name'),
    visible: visibleDateline(document, options),
    dateSources: [ld?.datePublished ? 'json-ld' : '', meta('article:published_time') ? 'meta' : '', time ? 'time' : ''].filter(Boolean),
  };
}

/** The first JSON-LD object typed as an article, looking inside arrays and @graph. */
function jsonLdArticle(document: Document): Obj | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try { data = JSON.parse(script.textContent ?? ''); } catch { continue; }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) { queue.push(...item); continue; }
      if (!item || typeof item !== 'object') continue;
      const o = item as Obj;
      const types = Array.isArray(o['@type']) ? o['@type'] : [o['@type']];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return o;
      if (Array.isArray(o['@graph'])) queue.push(o['@graph']);
    }
  }
  return null;
}

function authorName(author: unknown): string | null {
  const list = Array.isArray(author) ? author : [author];
  const names = list.map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Obj).name) : null)).filter(Boolean);
  return names.length ? names.join(', ') : null;
}

/** A short element whose whole text is a dateline ("12/04/2017 00:04 BST | Updated ..."). */
function visibleDateline(document: Document, options: AnalyzeOptions): Dateline | null {
  let seen = 0;
  for (const el of document.querySelectorAll(DATELINE_SELECTOR)) {
    if (++seen > 50) break;
    const text = clean(boundedText(el, 201));
    if (!text || text.length > 200) continue;
    const found = parseDateline(text, options);
    if (found && (found.published || found.updated)) return found;
  }
  return null;
}

/** The element's text, or at least `max` characters of it: never walks a whole page. */
function boundedText(el: Node, max: number): string {
  let text = '';
  const stack: Node[] = [el];
  let steps = 0;
  while (stack.length && text.length < max && ++steps < 500) {
    const node = stack.pop()!;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  return stack.length ? text + ' '.repeat(max) : text;
}

/** JSON-LD strings sometimes carry HTML entities ("Talks fail &amp; tempers fray"). */
function str(v: unknown): string | null {
  return typeof v === 'string' ? clean(decodeEntities(v)) : null;
}


function clean(v: string | null | undefined): string | null {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}
