// RSS 2.0 and Atom feeds → raw inputs, parsed with linkedom's DOMParser in XML mode.
// Each item keeps its link (the article id, so a changed item is a revision) and its content or
// description; items with little content are marked for fetching the linked page.
import { DOMParser } from 'linkedom';
import type { RawInput } from './raw-input.js';

export type FeedItem = RawInput & { needsFetch: boolean };

const MIN_CONTENT = 400;

/** True when a document looks like an RSS or Atom feed. */
export function isFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]/i.test(head) || /<feed[\s>]/i.test(head) || /<rdf:RDF[\s>]/i.test(head);
}

function toIso(date: string | null | undefined): string | undefined {
  if (!date) return undefined;
  const t = Date.parse(date.trim());
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

type El = { textContent: string | null; getAttribute(n: string): string | null; getElementsByTagName(n: string): ArrayLike<El>; querySelectorAll(s: string): ArrayLike<El> };

const first = (el: El, ...names: string[]): El | undefined => {
  for (const n of names) { const found = el.getElementsByTagName(n); if (found.length) return found[0]; }
  return undefined;
};
const text = (el: El | undefined) => el?.textContent?.trim() || undefined;

/** Parse a feed; `source` names the publisher (e.g. the feed URL's host). */
export function readFeed(xml: string, source?: string): FeedItem[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as El;
  const out: FeedItem[] = [];
  const items = [...Array.from(doc.getElementsByTagName('item')), ...Array.from(doc.getElementsByTagName('entry'))];
  for (const item of items) {
    const linkEl = first(item, 'link');
    const link = linkEl?.getAttribute('href') || text(linkEl);
    const id = link || text(first(item, 'guid', 'id'));
    const content = text(first(item, 'content:encoded', 'content')) ?? text(first(item, 'description', 'summary')) ?? '';
    if (!id && !content) continue;
    const published = toIso(text(first(item, 'pubDate', 'published', 'dc:date', 'updated')));
    const updated = toIso(text(first(item, 'updated', 'atom:updated')));
    out.push({
      // a feed's content is an HTML fragment: readers expect a page
      id: id ?? `feed:${out.length}`, url: link, html: content ? `<html><body>${content}</body></html>` : undefined, headline: text(first(item, 'title')),
      published, updated: updated && updated !== published ? updated : undefined, source,
      needsFetch: !!link && content.replace(/<[^>]*>/g, '').length < MIN_CONTENT,
    });
  }
  return out;
}
