// Last-resort HTML to paragraphs without a DOM, for pages the parser would choke on (elements nested
// thousands deep make htmlparser2 and Readability super-linear). One forward pass with indexOf;
// script/style/template content is skipped, block tags end paragraphs, entities are decoded.
import { decodeEntities } from './html-entities.js';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'textarea']);
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th', 'br', 'hr',
  'section', 'article', 'header', 'footer', 'ul', 'ol', 'table', 'tr', 'dt', 'dd', 'figcaption', 'title', 'body', 'nav', 'aside']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);

/** Deepest element nesting, estimated from the tags alone (no DOM), stopping past `limit`. */
export function tagDepth(html: string, limit: number): number {
  let depth = 0, max = 0;
  for (let i = html.indexOf('<'); i >= 0 && i + 1 < html.length; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if (c === 0x2f) depth--;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) {
      const name = tagName(html, i + 1);
      if (!VOID.has(name)) depth++;
      if (depth > max && (max = depth) > limit) return max;
    }
  }
  return max;
}

/** The paragraphs of an HTML string. */
export function stripHtml(html: string): string[] {
  const out: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = decodeEntities(buffer).replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) out.push(text);
    buffer = '';
  };
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { buffer += html.slice(i); break; }
    buffer += html.slice(i, lt);
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const closing = html.charCodeAt(lt + 1) === 0x2f;
    const name = tagName(lower, lt + (closing ? 2 : 1));
    i = gt + 1;
    if (!closing && SKIP.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? html.length : (html.indexOf('>', end) + 1 || html.length);
      continue;
    }
    if (BLOCKS.has(name)) flush();
  }
  flush();
  return out;
}

function tagName(s: string, from: number): string {
  let j = from;
  while (j < s.length) {
    const c = s.charCodeAt(j) | 0x20;
    if ((c < 0x61 || c > 0x7a) && (c < 0x30 || c > 0x39)) break;
    j++;
  }
  return s.slice(from, j).toLowerCase();
}
