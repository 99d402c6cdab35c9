// A speaker's page: everything one person said, newest first, with the title each article gave them,
// and a bar per month showing how often they were quoted (from the whole corpus, not only this page): the
// months they went unquoted stand between as empty bars, undated quotes are counted under the chart, and a
// bar opens the search for their articles of that month.
import type { SpeakerResponse } from '../../src/server/api-types.js';
import { get } from './api.js';
import { day, h, link, replace } from './dom.js';
import { barChart } from './chart.js';
import { fillPeriods, nextStart } from './periods.js';
import { showWarnings, warningList } from './warning-list.js';

export async function speakerView(app: HTMLElement, name: string): Promise<void> {
  const list = h('ol', { class: 'results', attrs: { 'data-testid': 'speaker-quotes' } });
  const chart = h('div', { class: 'chart' });
  const summary = h('p', { class: 'muted', attrs: { 'data-testid': 'speaker-summary' } });
  const more = h('button', { attrs: { type: 'button' } }, ['More']);
  const warnings = warningList('speaker-warnings');
  const speakerTerm = `speaker:"${name.replace(/"/g, '')}"`;
  replace(app, [h('h1', {}, [name]), h('p', {}, [link(`/search?q=${encodeURIComponent(speakerTerm)}`, ['Search their articles'])]), warnings, summary, chart, list, more]);
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
    if (chart.childElementCount) return; // the chart is the whole corpus's: drawn once
    // "unknown" (undated articles) has no place on a time axis: counted in the summary instead
    const dated = page.timeline.filter((p) => p.period !== 'unknown');
    const undated = page.timeline.find((p) => p.period === 'unknown')?.quotes ?? 0;
    const total = page.timeline.reduce((n, p) => n + p.quotes, 0);
    const months = fillPeriods(dated, (p) => p.period, 'month', (period) => ({ period, quotes: 0 }));
    summary.textContent = `${total.toLocaleString('en-US')} quote${total === 1 ? '' : 's'}`
      + (dated.length ? `, ${dated[0].period}${dated.length > 1 ? ` to ${dated[dated.length - 1].period}` : ''}` : '')
      + (undated ? ` (${undated.toLocaleString('en-US')} undated, not on the chart)` : '');
    if (!months.length) return;
    chart.replaceChildren(barChart(months.map((p) => ({ label: p.period, parts: [{ key: 'quotes', value: p.quotes }] })), (i) => {
      location.hash = `#/search?q=${encodeURIComponent(`${speakerTerm} after:${months[i].period} before:${nextStart(months[i].period, 'month')}`)}`;
    }));
  };
  more.addEventListener('click', () => void load());
  await load();
}
