// A speaker's page: everything one person said, oldest first, with the title each article gave them,
// and a bar per month showing how often they were quoted.
import type { Page, QuoteRow } from '../../src/server/api-types.js';
import { get } from './api.js';
import { day, h, link, replace } from './dom.js';
import { barChart } from './chart.js';

export async function speakerView(app: HTMLElement, name: string): Promise<void> {
  const list = h('ol', { class: 'results', attrs: { 'data-testid': 'speaker-quotes' } });
  const chart = h('div', { class: 'chart' });
  const more = h('button', { attrs: { type: 'button' } }, ['More']);
  replace(app, [h('h1', {}, [name]), h('p', {}, [link(`/search?q=${encodeURIComponent(`speaker:"${name.replace(/"/g, '')}"`)}`, ['Search their articles'])]), chart, list, more]);
  const rows: QuoteRow[] = [];
  let cursor: string | null = null;
  const load = async () => {
    const page = await get<Page<QuoteRow>>(`/api/speakers/${encodeURIComponent(name)}/quotes`, { cursor, limit: 100 });
    rows.push(...page.items);
    for (const r of page.items) list.appendChild(h('li', {}, [
      h('blockquote', {}, [r.text]),
      h('p', { class: 'muted' }, [`${day(r.published)} · ${r.title ? `as ${r.title} · ` : ''}`, link(`/article/${encodeURIComponent(r.articleId)}`, [r.headline ?? r.articleId])]),
    ]));
    cursor = page.next;
    more.hidden = !cursor;
    const months = new Map<string, number>();
    for (const r of rows) if (r.published) months.set(r.published.slice(0, 7), (months.get(r.published.slice(0, 7)) ?? 0) + 1);
    chart.replaceChildren(barChart([...months].sort().map(([label, value]) => ({ label, parts: [{ key: 'quotes', value }] })), () => {}));
  };
  more.addEventListener('click', () => void load());
  await load();
}
