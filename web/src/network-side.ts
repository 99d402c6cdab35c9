// The panel beside the actor network: the strongest ties, or for a clicked actor its ties and its events
// (the evidence sentences, each a link to its article), with links to centre the network on it or read
// its quotes.
import type Graph from 'graphology';
import type { EventRecord, Page } from '../../src/server/api-types.js';
import { get } from './api.js';
import { day, h, link, replace } from './dom.js';

export type SideQuery = { after: string; before: string; event: string };

/** The ties of `node` (or of the whole graph), heaviest first; actor names are buttons calling `pick`. */
export function showTies(side: HTMLElement, graph: Graph, node: string | null, pick: (node: string) => void): HTMLElement {
  const actor = (id: string) => h('button', { class: 'evidence inline', attrs: { type: 'button', 'data-actor': id }, on: { click: () => pick(id) } }, [h('b', {}, [graph.getNodeAttribute(id, 'label') as string])]);
  const edges = (node ? graph.edges(node) : graph.edges()).map((e) => ({ e, w: graph.getEdgeAttribute(e, 'weight') as number }))
    .sort((a, b) => b.w - a.w).slice(0, 40);
  const ties = h('ol', { class: 'side-list', attrs: { 'data-testid': 'network-ties' } }, edges.map(({ e, w }) => {
    const types = graph.getEdgeAttribute(e, 'types') as Record<string, number>;
    return h('li', {}, [actor(graph.source(e)), ' → ', actor(graph.target(e)),
      h('span', { class: 'muted' }, [` ${w}: ${Object.entries(types).map(([t, n]) => `${t} ${n}`).join(', ')}`])]);
  }));
  const events = h('div', { attrs: { 'data-testid': 'network-events' } });
  if (!node) {
    replace(side, [h('h2', {}, ['Strongest ties']), h('p', { class: 'muted small' }, ['Click an actor to see its ties and events.']), ties]);
    return events;
  }
  const label = graph.getNodeAttribute(node, 'label') as string;
  const a = graph.getNodeAttributes(node);
  replace(side, [
    h('h2', {}, [label]),
    h('p', { class: 'muted small' }, [[a.kind, a.country, a.sector].filter(Boolean).join(' · ') || 'no type or country known', ` · weight ${a.weight}`]),
    h('p', {}, [link(`/network?actor=${encodeURIComponent(node)}`, ['Centre the network on this actor']), ' · ',
      link(`/speaker/${encodeURIComponent(node)}`, ['Their quotes'])]),
    h('h3', {}, ['Events']), events,
    h('h3', {}, ['Ties shown']), ties,
  ]);
  return events;
}

/** The events `name` took part in (actor or recipient), newest first, each with its sentence and article. */
export async function showEvents(el: HTMLElement, name: string, q: SideQuery): Promise<void> {
  el.replaceChildren(h('p', { class: 'muted' }, ['Loading…']));
  const type = /^[A-Z]+$/.test(q.event) ? ` event:${q.event}` : '';
  const page = await get<Page<EventRecord>>('/api/events', { q: `actor:"${name.replace(/"/g, '')}"${type}`, after: q.after, before: q.before, limit: 25 });
  if (!page.items.length) { replace(el, [h('p', { class: 'muted' }, ['No events with this actor (its ties may be quotes only).'])]); return; }
  replace(el, [h('ol', { class: 'side-list' }, page.items.map((v) => {
    const names = (xs: EventRecord['actors']) => xs.map((x) => x.name || x.country || '?').join(', ') || '—';
    return h('li', { attrs: { 'data-event': v.eventId } }, [
      h('b', {}, [v.event]), ` ${names(v.actors)} → ${names(v.recipients)}`,
      h('blockquote', { class: 'small' }, [v.text]),
      h('span', { class: 'muted small' }, [`${day(v.date)} `]), link(`/article/${encodeURIComponent(v.articleId)}`, ['article'], 'small'),
    ]);
  })), page.next ? h('p', { class: 'muted small' }, [link(`/search?q=${encodeURIComponent(`actor:"${name}"${type}`)}`, ['All its articles'])]) : null]);
}
