// Human-readable output of the corpus commands: one block per hit, highlights in bold on a terminal
// and «guillemets» elsewhere, facets, and the cursor for the next page.
import type { ActorRecord, EventRecord, Highlighted, Page, QuoteRecord, SearchResult } from '../store/store.js';

type Out = NodeJS.WritableStream & { isTTY?: boolean };

function mark(h: Highlighted, tty: boolean): string {
  let s = '';
  let at = 0;
  for (const x of h.highlights) {
    s += h.text.slice(at, x.start) + (tty ? `\x1b[1;33m${h.text.slice(x.start, x.end)}\x1b[0m` : `«${h.text.slice(x.start, x.end)}»`);
    at = x.end;
  }
  return s + h.text.slice(at);
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '????-??-??');

function more(out: Out, next: string | null) {
  if (next) out.write(`\nmore: --cursor ${next}\n`);
}

export function printSearch(r: SearchResult, out: Out): void {
  const tty = !!out.isTTY;
  const plus = r.totalIsLowerBound ? '+' : '';
  // copies are named only when there are some ("67 articles (67 with copies)" read as if each had one)
  const copies = r.totalWithCopies > r.total ? ` (${r.totalWithCopies}${plus} with copies)` : '';
  out.write(`${r.total}${plus} article${r.total === 1 && !plus ? '' : 's'}${copies}\n\n`);
  for (const { article: a, snippet } of r.items) {
    const copies = a.groupSize > 1 ? `  (+${a.groupSize - 1} ${a.groupSize === 2 ? 'copy' : 'copies'})` : '';
    const rev = a.revision > 1 ? `  rev ${a.revision}` : '';
    out.write(`${day(a.published)}  ${a.source ?? '-'}  ${a.headline ?? '(no headline)'}  [${a.id}]${copies}${rev}\n    ${mark(snippet, tty)}\n`);
  }
  const facet = (name: string, fs: { value: string; count: number }[]) =>
    fs.length ? `${name}: ${fs.slice(0, 8).map((f) => `${f.value} ${f.count}`).join(', ')}\n` : '';
  const f = facet('sources', r.facets.source) + facet('events', r.facets.event) + facet('speakers', r.facets.speaker);
  if (f) out.write(`\n${f}${r.facetsOver !== undefined && (r.totalIsLowerBound || r.facetsOver < r.total) ? `(facets over a sample of ${r.facetsOver} matches)\n` : ''}`);
  more(out, r.next);
}

export function printQuotes(r: Page<QuoteRecord>, out: Out, timeline?: { period: string; quotes: number }[]): void {
  if (timeline?.length) {
    const max = Math.max(...timeline.map((t) => t.quotes));
    for (const t of timeline) out.write(`${t.period.padEnd(10)} ${'▇'.repeat(Math.max(1, Math.round((t.quotes / max) * 30)))} ${t.quotes}\n`);
    out.write('\n');
  }
  for (const q of r.items) out.write(`${day(q.published)}  ${q.speaker ?? '(unknown)'}: “${q.text.replace(/\s+/g, ' ')}”  [${q.articleId}]\n`);
  more(out, r.next);
}

export function printEvents(r: Page<EventRecord>, out: Out): void {
  const who = (xs: { name: string; country: string | null }[]) => xs.map((x) => x.name + (x.country ? ` (${x.country})` : '')).join(', ') || '?';
  for (const v of r.items) {
    out.write(`${day(v.date ?? v.published)}  ${who(v.actors)} —${v.event}${v.modality !== 'asserted' ? `/${v.modality}` : ''}→ ${who(v.recipients)}  [${v.articleId}]\n    ${v.text.replace(/\s+/g, ' ').slice(0, 200)}\n`);
  }
  more(out, r.next);
}

export function printActors(r: Page<ActorRecord>, out: Out): void {
  for (const a of r.items) {
    // a sector without a country ("Donald Trump (PTY)") is still worth showing
    const code = [a.country, a.sector].filter(Boolean).join(' ');
    out.write(`${a.name}${code ? ` (${code})` : ''}  ${a.type ?? ''}  articles ${a.articles}, mentions ${a.mentions}, quotes ${a.quotes}, events ${a.events}\n`);
  }
  more(out, r.next);
}
