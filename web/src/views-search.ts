// Search with the CLI's query language: results with snippets (matched words marked), facets that
// narrow the query when clicked, and cursor paging.
import type { SearchHit, SearchResponse } from '../../src/server/api-types.js';
import { get } from './api.js';
import { day, h, link, replace } from './dom.js';
import { showWarnings, warningList } from './warning-list.js';

const HELP = 'Words, "phrases", prefix*, AND / OR / NOT, speaker:"Boris Johnson", actor:RUS, event:THREATEN, source:huffpost, after:2017-04-01, before:2017-05-01';

export async function searchView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const input = h('input', { attrs: { type: 'search', name: 'q', placeholder: 'Search…', 'data-testid': 'search-input' } });
  input.value = q;
  const form = h('form', { class: 'search', on: { submit: (ev) => { ev.preventDefault(); location.hash = `#/search?q=${encodeURIComponent(input.value)}`; } } }, [
    input, h('button', { attrs: { type: 'submit' } }, ['Search']),
  ]);
  const results = h('ol', { class: 'results', attrs: { 'data-testid': 'search-results' } });
  const facets = h('aside', { class: 'facets', attrs: { 'data-testid': 'facets' } });
  const summary = h('p', { class: 'muted' });
  const warnings = warningList('search-warnings');
  const more = h('button', { attrs: { type: 'button' } }, ['More']);
  more.hidden = true;
  replace(app, [h('h1', {}, ['Search']), form, h('p', { class: 'muted small' }, [HELP]), warnings, summary,
    h('div', { class: 'search-body' }, [h('div', {}, [results, more]), facets])]);
  if (!q.trim()) return;
  let cursor: string | null = null;
  const load = async () => {
    let res: SearchResponse;
    // a query the API refuses ("after:yesterday") is said under the box, which stays there to fix it in
    try { res = await get<SearchResponse>('/api/search', { q, cursor, limit: 20 }); } catch (err) {
      summary.replaceChildren(h('span', { class: 'error', attrs: { role: 'alert', 'data-testid': 'search-error' } }, [(err as Error).message]));
      return;
    }
    // "event:FOO", "actor:RU": said once above the results, so an empty list is not a mystery
    if (!cursor) showWarnings(warnings, res.warnings);
    for (const hit of res.items) results.appendChild(hitItem(hit));
    cursor = res.next;
    more.hidden = !cursor;
    const plus = res.totalIsLowerBound ? '+' : '';
    summary.textContent = res.total === 0 ? 'No articles match this query.'
      : `${res.total.toLocaleString('en-US')}${plus} article${res.total === 1 && !plus ? '' : 's'}`
      + `${res.totalWithCopies > res.total ? ` (${res.totalWithCopies.toLocaleString('en-US')}${plus} with copies)` : ''}`;
    if (facets.childElementCount === 0) renderFacets(facets, q, res.facets, res.totalIsLowerBound || (res.facetsOver ?? 0) < res.total ? res.facetsOver : undefined);
  };
  more.addEventListener('click', () => void load());
  await load();
}

function hitItem(hit: SearchHit): HTMLElement {
  const snippet = h('p', { class: 'snippet' }, hit.snippet.map((part) => (part.hit ? h('mark', {}, [part.text]) : part.text)));
  return h('li', {}, [
    link(`/article/${encodeURIComponent(hit.id)}`, [hit.headline ?? hit.id], 'article-link'),
    h('span', { class: 'muted' }, [` ${day(hit.published)}${hit.source ? ` · ${hit.source}` : ''}`]), snippet,
  ]);
}

function renderFacets(el: HTMLElement, q: string, facets: SearchResponse['facets'], over?: number): void {
  if (over !== undefined) el.append(h('p', { class: 'muted small' }, [`counted over a sample of ${over.toLocaleString('en-US')} matches`]));
  for (const [field, values] of Object.entries(facets)) {
    if (!values.length) continue;
    el.append(h('h3', {}, [field]), h('ul', {}, values.slice(0, 12).map((f) => {
      const term = /[\s"]/.test(f.value) ? `${field}:"${f.value.replace(/"/g, '')}"` : `${field}:${f.value}`;
      // a value the query already requires is shown chosen, with a link that drops it (clicking it again
      // used to add the same term twice: "Clinton source:breitbart source:breitbart")
      const at = termAt(q, term);
      if (at) {
        const without = `${q.slice(0, at.start)} ${q.slice(at.end)}`.replace(/\s+/g, ' ').trim();
        return h('li', { class: 'chosen', attrs: { 'data-testid': 'facet-chosen' } }, [h('b', {}, [f.value]), h('span', { class: 'muted' }, [` ${f.count} `]),
          link(without ? `/search?q=${encodeURIComponent(without)}` : '/search', ['remove'], 'facet-remove')]);
      }
      return h('li', {}, [link(`/search?q=${encodeURIComponent(`${q} ${term}`)}`, [f.value]), h('span', { class: 'muted' }, [` ${f.count}`])]);
    })));
  }
}

/** Where `term` (a facet's field:value) stands in `q` as a whole term, case aside; null when it does not. */
export function termAt(q: string, term: string): { start: number; end: number } | null {
  const lq = q.toLowerCase();
  const lt = term.toLowerCase();
  for (let i = lq.indexOf(lt); i >= 0; i = lq.indexOf(lt, i + 1)) {
    const before = i === 0 ? ' ' : lq[i - 1];
    const after = i + lt.length >= lq.length ? ' ' : lq[i + lt.length];
    if (/[\s(]/.test(before) && /[\s)]/.test(after)) return { start: i, end: i + lt.length };
  }
  return null;
}
