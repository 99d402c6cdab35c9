// The page's own address from its <head>: og:url, else <link rel="canonical">, as the reader
// (html-meta.ts) reads them. Ingest needs it before analysis, to give a saved page its URL as id, so
// two saved copies of one story are revisions of one article and two "index.html" files are not.
// Only absolute http(s) addresses count: a relative canonical says nothing without the page's own URL.

const TAG = /<(meta|link)\b([^>]*)>/gi;
const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(ATTR)) out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

const decode = (s: string) => s.replace(/&amp;/gi, '&').replace(/&#0*38;/g, '&').trim();

/** The canonical http(s) URL a saved page names for itself, or undefined.
 * @example canonicalUrl('<head><link rel="canonical" href="https://news.example/a"></head>') // 'https://news.example/a' */
export function canonicalUrl(html: string): string | undefined {
  // the head is near the top; a page without one stops at <body>
  const end = html.search(/<\/head\s*>|<body\b/i);
  const head = html.slice(0, end < 0 ? 65_536 : end);
  let og: string | undefined;
  let canonical: string | undefined;
  for (const m of head.matchAll(TAG)) {
    const a = attributes(m[2]);
    if (m[1].toLowerCase() === 'meta' && (a.get('property') ?? a.get('name'))?.toLowerCase() === 'og:url') og ??= a.get('content');
    else if (m[1].toLowerCase() === 'link' && a.get('rel')?.toLowerCase().split(/\s+/).includes('canonical')) canonical ??= a.get('href');
  }
  for (const raw of [og, canonical]) {
    const url = raw === undefined ? '' : decode(raw);
    if (/^https?:\/\/[^\s/]+/i.test(url)) return url;
  }
  return undefined;
}
