// The article list (home), one article with its revisions, and the paste-an-article form.
import type { ArticleResponse, ArticleSummary, ContractDoc, Page } from '../../src/server/api-types.js';
import { get, post } from './api.js';
import { day, h, link, replace } from './dom.js';
import { renderDoc } from './doc-view.js';

export async function articlesView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  const list = h('ol', { class: 'results', attrs: { 'data-testid': 'article-list' } });
  const more = h('button', { attrs: { type: 'button' } }, ['More']);
  replace(app, [h('h1', {}, ['Articles']), list, more]);
  let cursor: string | null = params.get('cursor');
  const load = async () => {
    const page = await get<Page<ArticleSummary>>('/api/articles', { cursor, limit: 50 });
    for (const a of page.items) list.appendChild(articleItem(a));
    cursor = page.next;
    more.hidden = !cursor;
    if (!list.children.length) list.appendChild(h('li', { class: 'muted' }, ['No articles yet: run `parley ingest examples/`.']));
  };
  more.addEventListener('click', () => void load());
  await load();
}

export function articleItem(a: ArticleSummary): HTMLElement {
  return h('li', {}, [
    link(`/article/${encodeURIComponent(a.id)}`, [a.headline ?? a.id], 'article-link'),
    h('span', { class: 'muted' }, [` ${day(a.published)}${a.source ? ` · ${a.source}` : ''}${a.revision > 1 ? ` · ${a.revision} revisions` : ''}${a.groupSize > 1 ? ` · ${a.groupSize - 1} copies` : ''}`]),
  ]);
}

export async function articleView(app: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const revision = params.get('revision');
  const res = await get<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`, { revision });
  const revs = res.revisions.length > 1
    ? h('p', { class: 'revisions' }, ['Revisions: ', ...res.revisions.flatMap((r) => [
      link(`/article/${encodeURIComponent(id)}?revision=${r.revision}`, [`#${r.revision}${r.current ? ' (current)' : ''} ${day(r.updated)}`]), ' '])])
    : null;
  const current = res.revisions.find((r) => r.revision === res.revision);
  const changes = current?.changes?.filter((c) => c.op !== 'same');
  const diff = changes?.length
    ? h('details', { class: 'changes' }, [h('summary', {}, [`What changed in revision ${res.revision} (${changes.length} paragraphs)`]),
      ...changes.map((c) => h('p', { class: `change-${c.op}` }, [c.op === 'added' ? '+ ' : '− ', c.text]))])
    : null;
  const copies = res.copies.length
    ? h('p', { class: 'muted' }, [`Copies (${res.copies.length}): `, ...res.copies.slice(0, 10).flatMap((c) => [link(`/article/${encodeURIComponent(c.id)}`, [c.source ?? c.id]), ' '])])
    : null;
  replace(app, [renderDoc(res.article, [revs, diff, copies])]);
}

export function pasteView(app: HTMLElement): void {
  const area = h('textarea', { attrs: { rows: '12', placeholder: 'Paste an article (plain text or HTML)…', 'data-testid': 'paste-text' } });
  const asHtml = h('input', { attrs: { type: 'checkbox' } });
  const status = h('p', { class: 'muted', attrs: { role: 'status' } });
  const out = h('div', { attrs: { 'data-testid': 'paste-result' } });
  const run = async () => {
    status.textContent = 'Analysing…';
    try {
      const body = asHtml.checked ? { html: area.value } : { text: area.value };
      const doc = await post<ContractDoc>('/api/analyze', body);
      status.textContent = '';
      replace(out, [renderDoc(doc)]);
    } catch (err) {
      status.textContent = `Could not analyse: ${(err as Error).message}`;
    }
  };
  const form = h('form', { class: 'paste', on: { submit: (ev) => { ev.preventDefault(); void run(); } } }, [
    area, h('div', {}, [h('label', {}, [asHtml, ' HTML']), ' ', h('button', { attrs: { type: 'submit' } }, ['Analyse'])]),
  ]);
  replace(app, [h('h1', {}, ['Paste an article']), h('p', { class: 'muted' }, ['Analysed at once; nothing is stored.']), form, status, out]);
}
