// The actor network: who quotes, accuses, meets whom. Starts from the busiest actors (or one actor's
// ego network), expands a node's neighbours on click, and filters by time, event type and weight.
// Drawn by sigma (WebGL) over a graphology graph; a list of the strongest ties sits beside it.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { NetworkResponse } from '../../src/server/api-types.js';
import { get } from './api.js';
import { h, link, replace } from './dom.js';
import { placeAround, placeSpiral, relax } from './layout.js';

const SECTOR_COLOURS: Record<string, string> = { GOV: '#4e79a7', MIL: '#e15759', REB: '#f28e2b', IGO: '#59a14f', MED: '#b07aa1', OPP: '#edc948', BUS: '#9c755f' };

let sigma: Sigma | null = null;

export async function networkView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  sigma?.kill();
  sigma = null;
  const filters = {
    actor: params.get('actor') ?? '', after: params.get('after') ?? '', before: params.get('before') ?? '',
    event: params.get('event') ?? '', minWeight: params.get('minWeight') ?? '1',
  };
  const field = (name: keyof typeof filters, label: string, type = 'text') => {
    const input = h('input', { attrs: { name, type, placeholder: label, 'aria-label': label } });
    input.value = filters[name];
    return h('label', {}, [`${label} `, input]);
  };
  const form = h('form', { class: 'net-filters', on: { submit: (ev) => {
    ev.preventDefault();
    const data = new FormData(ev.target as HTMLFormElement);
    const qs = new URLSearchParams();
    for (const [k, v] of data) if (String(v)) qs.set(k, String(v));
    location.hash = `#/network?${qs}`;
  } } }, [field('actor', 'Actor'), field('after', 'After', 'date'), field('before', 'Before', 'date'), field('event', 'Event type'), field('minWeight', 'Min weight', 'number'), h('button', { attrs: { type: 'submit' } }, ['Apply'])]);
  const stage = h('div', { class: 'net-stage', attrs: { 'data-testid': 'network' } });
  const side = h('aside', { class: 'net-side', attrs: { 'data-testid': 'network-side' } });
  const status = h('p', { class: 'muted', attrs: { role: 'status' } });
  replace(app, [h('h1', {}, ['Actor network']), form, status, h('div', { class: 'net-body' }, [stage, side])]);

  const query = { after: filters.after, before: filters.before, event: filters.event, minWeight: filters.minWeight };
  const first = await get<NetworkResponse>('/api/network', { ...query, actor: filters.actor, limit: 2000 });
  const graph = new Graph({ type: 'directed', allowSelfLoops: false });
  const added = merge(graph, first);
  if (filters.actor && graph.hasNode(filters.actor)) placeAround(graph, filters.actor, added);
  else {
    placeSpiral(graph, added);
    relax(graph);
  }
  stage.dataset.nodes = String(graph.order);
  stage.dataset.edges = String(graph.size);
  status.textContent = `${graph.order} actors, ${graph.size} ties${first.truncated ? ' (strongest shown; filter to see more)' : ''}. Click an actor to expand its neighbours.`;
  const pick = (node: string) => void expand(graph, node, query, stage, side, pick);
  showTies(side, graph, null, pick);
  if (graph.order === 0) return;
  try {
    // sizes in screen pixels (sigma 4 defaults to graph units); refit when an expansion adds nodes
    sigma = new Sigma(graph, stage, { settings: { itemSizesReference: 'screen', autoRescale: true, renderEdgeLabels: false, hideEdgesOnMove: graph.size > 5000 } });
  } catch (err) {
    stage.append(h('p', { class: 'muted' }, [`WebGL is not available (${(err as Error).message}); the ties are listed beside.`]));
    return;
  }
  sigma.on('clickNode', ({ node }) => pick(node));
}

async function expand(graph: Graph, node: string, query: Record<string, string>, stage: HTMLElement, side: HTMLElement, pick: (node: string) => void): Promise<void> {
  const ego = await get<NetworkResponse>('/api/network', { ...query, actor: node, limit: 500 });
  const added = merge(graph, ego);
  placeAround(graph, node, added);
  stage.dataset.nodes = String(graph.order);
  stage.dataset.edges = String(graph.size);
  stage.dataset.expanded = node;
  showTies(side, graph, node, pick);
}

/** Add nodes and edges not yet in the graph; returns the new node ids. */
function merge(graph: Graph, res: NetworkResponse): string[] {
  const added: string[] = [];
  for (const n of res.nodes) {
    if (graph.hasNode(n.id)) continue;
    graph.addNode(n.id, { label: n.label, size: 3 + Math.min(12, Math.sqrt(n.weight) * 1.5), color: SECTOR_COLOURS[n.sector ?? ''] ?? '#8a8f98', x: 0, y: 0, weight: n.weight, country: n.country, sector: n.sector });
    added.push(n.id);
  }
  for (const e of res.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target || graph.hasEdge(e.source, e.target)) continue;
    graph.addEdge(e.source, e.target, { size: Math.min(6, 0.5 + Math.log2(1 + e.weight)), color: '#c3c7cf', weight: e.weight, types: e.types });
  }
  return added;
}

/** The strongest ties beside the graph; actor names are buttons that expand like a click on the node. */
function showTies(side: HTMLElement, graph: Graph, node: string | null, pick: (node: string) => void): void {
  const actor = (id: string) => h('button', { class: 'evidence inline', attrs: { type: 'button', 'data-actor': id }, on: { click: () => pick(id) } }, [h('b', {}, [graph.getNodeAttribute(id, 'label') as string])]);
  const edges = (node ? graph.edges(node) : graph.edges()).map((e) => ({ e, w: graph.getEdgeAttribute(e, 'weight') as number }))
    .sort((a, b) => b.w - a.w).slice(0, 40);
  replace(side, [
    h('h2', {}, [node ? `Ties of ${graph.getNodeAttribute(node, 'label')}` : 'Strongest ties']),
    node ? link(`/network?actor=${encodeURIComponent(node)}`, ['Centre on this actor']) : null,
    h('ol', { class: 'side-list' }, edges.map(({ e, w }) => {
      const types = graph.getEdgeAttribute(e, 'types') as Record<string, number>;
      return h('li', {}, [actor(graph.source(e)), ' → ', actor(graph.target(e)),
        h('span', { class: 'muted' }, [` ${w}: ${Object.entries(types).map(([t, n]) => `${t} ${n}`).join(', ')}`])]);
    })),
  ]);
}
