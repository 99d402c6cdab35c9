// The timeline: articles, quotes and events by type per day / week / month. Clicking a bar lists the
// articles of that period (a search with after:/before:).
import type { SearchResponse, TimelineResponse } from '../../src/server/api-types.js';
import { get } from './api.js';
import { day, h, link, replace } from './dom.js';
import { barChart, SERIES_COLOURS } from './chart.js';
import { fillPeriods, nextStart } from './periods.js';

type Measure = 'articles' | 'quotes' | 'events';

export async function timelineView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  const bucket = (['day', 'week', 'month'].includes(params.get('bucket') ?? '') ? params.get('bucket') : 'day') as TimelineResponse['bucket'];
  const measure = (['articles', 'quotes', 'events'].includes(params.get('measure') ?? '') ? params.get('measure') : 'events') as Measure;
  const all = await get<TimelineResponse>('/api/timeline', { bucket, q: params.get('q') });
  // undated articles have no place on the axis: counted apart
  const undated = all.buckets.find((b) => b.start === 'unknown');
  const res = { ...all, buckets: fillPeriods(all.buckets.filter((b) => b !== undated), (b) => b.start, bucket, (start) => ({ start, articles: 0, quotes: 0, events: {} })) };
  const types = [...new Set(res.buckets.flatMap((b) => Object.keys(b.events)))].sort();
  const colourOf = (key: string) => SERIES_COLOURS[Math.max(0, types.indexOf(key)) % SERIES_COLOURS.length];
  const bars = res.buckets.map((b) => ({
    label: b.start,
    parts: measure === 'events' ? types.map((t) => ({ key: t, value: b.events[t] ?? 0 })) : [{ key: measure, value: b[measure] }],
  }));
  const detail = h('div', { class: 'spike', attrs: { 'data-testid': 'spike' } });
  const chart = barChart(bars, (i) => void showSpike(detail, res, i), measure === 'events' ? colourOf : undefined);
  const choose = (label: string, key: string, value: string, current: string) =>
    value === current ? h('b', {}, [label]) : link(`/timeline?${new URLSearchParams({ bucket, measure, [key]: value })}`, [label]);
  replace(app, [
    h('h1', {}, ['Timeline']),
    h('p', { class: 'controls' }, [
      ...(['day', 'week', 'month'] as const).flatMap((b) => [choose(b, 'bucket', b, bucket), ' ']), ' | ',
      ...(['articles', 'quotes', 'events'] as const).flatMap((m) => [choose(m, 'measure', m, measure), ' ']),
    ]),
    h('div', { class: 'chart', attrs: { 'data-testid': 'timeline-chart' } }, [res.buckets.length ? chart : h('p', { class: 'muted' }, ['Nothing dated yet.'])]),
    measure === 'events' ? h('ul', { class: 'legend inline' }, types.map((t) => h('li', {}, [h('span', { class: 'chip', attrs: { 'data-colour': colourOf(t) } }), ` ${t}`]))) : null,
    undated ? h('p', { class: 'muted' }, [`${undated.articles} undated articles are not shown.`]) : null,
    detail,
  ]);
  for (const chip of app.querySelectorAll<HTMLElement>('.chip[data-colour]')) chip.style.background = chip.dataset.colour ?? '';
}

async function showSpike(el: HTMLElement, res: TimelineResponse, i: number): Promise<void> {
  const b = res.buckets[i];
  const end = nextStart(b.start, res.bucket);
  const q = `after:${b.start} before:${end}`;
  const hits = await get<SearchResponse>('/api/search', { q, limit: 50 });
  replace(el, [
    h('h2', {}, [`${b.start}: ${b.articles} articles, ${b.quotes} quotes, ${Object.values(b.events).reduce((s, n) => s + n, 0)} events`]),
    h('p', { class: 'muted' }, [Object.entries(b.events).sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(' · ')]),
    h('ol', { class: 'results' }, hits.items.map((a) => h('li', {}, [link(`/article/${encodeURIComponent(a.id)}`, [a.headline ?? a.id]), h('span', { class: 'muted' }, [` ${day(a.published)}`])]))),
    hits.next ? link(`/search?q=${encodeURIComponent(q)}`, ['All of them…']) : null,
  ]);
}
