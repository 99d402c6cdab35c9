// A speaker's page: everything one person said, newest first, with the title each article gave them,
// and a bar per month showing how often they were quoted (from the whole corpus, not only this page).
import type { SpeakerResponse } from '../../src/server/api-types.js';
import { get } from './api.js';
import { day, h, link, replace } from './dom.js';
import { barChart } from './chart.js';
import { showWarnings, warningList } from './warning-list.js';

export async function speakerView(app: HTMLElement, name: string): Promise<void> {
  const list = h('ol', { class: 'results', attrs: { 'data-testid': 'speaker-quotes' } });
  const chart = h('div', { class: 'chart' });
  const more = h('button', { attrs: { type: 'button' } }, ['More']);
  const warnings = warningList('speaker-warnings');
  replace(app, [h('h1', {}, [name]), h('p', {}, [link(`/search?q=${encodeURIComponent(`speaker:"${name.replace(/"/g, '')}"`)}`, ['Search their articles'])]), warnings, chart, list, more]);
  let cursor: string | null = null;
  const load = async () => {
    const page = await get<SpeakerResponse>(`/api/speakers/${encodeURIComponent(name)}/quotes`, { cursor, limit: 100 });
    for (const r of page.items) list.appendChild(h('li', {}, [
      h('blockquote', {}, [r.text]),
      h('p', { class: 'muted' }, [`${day(r.published)} · ${r.title ? `as ${r.title} · ` : ''}`, link(`/article/${encodeURIComponent(r.articleId)}`, [r.headline ?? r.articleId])]),
    ]));
    // the API's own word on the name (unknown-speaker: who is quoted under names like it)
    if (!cursor) showWarnings(warnings, page.warnings);
    cursor = page.next;
    more.hidden = !cursor;
    // a name nobody is quoted under (a typo, "Trump" for "Donald Trump"): say so, not an empty chart
    if (!page.items.length && !list.childElementCount) {
      chart.replaceChildren(h('p', { class: 'muted', attrs: { 'data-testid': 'speaker-none' } }, [`No quotes by a speaker named “${name}”: names match whole. `,
        link(`/search?q=${encodeURIComponent(name)}`, ['Search for the name'])]));
      return;
    }
    chart.replaceChildren(barChart(page.timeline.map((p) => ({ label: p.period, parts: [{ key: 'quotes', value: p.quotes }] })), () => {}));
  };
  more.addEventListener('click', () => void load());
  await load();
}
