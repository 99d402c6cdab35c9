// The actor network: the N heaviest actors (or one actor's ego network) and their ties, laid out by force
// (network-layout.ts), sized by weight, coloured by sector, country or kind, the heaviest labelled. Filters:
// how many actors, one relation (an event type or quotes), dates, tie weight. A click on an actor shows
// its ties and events beside and dims the rest. Drawn by sigma (WebGL) over a graphology graph.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { NetworkResponse } from '../../src/server/api-types.js';
import { PLOVER_EVENTS } from '../../src/search/query-vocabulary.js';
import { get } from './api.js';
import { h, replace } from './dom.js';
import { layoutNetwork } from './network-layout.js';
import { showEvents, showTies, type SideQuery } from './network-side.js';
import { COLOUR_BY, colourScale, edgeColour, edgeSize, labelledNodes, legendText, nodeSize, type ColourBy } from './network-style.js';
import { showWarnings, warningList } from './warning-list.js';

const TOP = ['25', '50', '100', '200', '500'];
const LABELLED = 12;
let sigma: Sigma | null = null;

/** A select of `options` ([value, text]) named `name`, showing `value`; changing it applies the form. */
function select(name: string, label: string, options: [string, string][], value: string): HTMLElement {
  const el = h('select', { attrs: { name, 'aria-label': label }, on: { change: () => el.form?.requestSubmit() } },
    options.map(([v, t]) => h('option', { attrs: { value: v } }, [t])));
  el.value = value;
  return h('label', {}, [`${label} `, el]);
}

export async function networkView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  sigma?.kill();
  sigma = null;
  const p = (k: string, d = '') => params.get(k) ?? d;
  const f = { actor: p('actor'), after: p('after'), before: p('before'), event: p('event'), minWeight: p('minWeight', '1'), top: p('top', '100'),
    colour: (COLOUR_BY as readonly string[]).includes(p('colour')) ? p('colour') as ColourBy : 'sector' };
  const input = (name: keyof typeof f, label: string, type = 'text') => {
    const el = h('input', { attrs: { name, type, placeholder: label, 'aria-label': label } });
    el.value = f[name];
    return h('label', {}, [`${label} `, el]);
  };
  const form = h('form', { class: 'net-filters', on: { submit: (ev) => {
    ev.preventDefault();
    const qs = new URLSearchParams();
    for (const [k, v] of new FormData(ev.target as HTMLFormElement)) if (String(v)) qs.set(k, String(v));
    location.hash = `#/network?${qs}`;
  } } }, [
    select('top', 'Top', TOP.map((n) => [n, `${n} actors`]), TOP.includes(f.top) ? f.top : '100'),
    select('event', 'Ties', [['', 'all ties'], ['quotes', 'quotes'], ...PLOVER_EVENTS.map((t): [string, string] => [t, t.toLowerCase()])], f.event),
    select('colour', 'Colour by', COLOUR_BY.map((c) => [c, c]), f.colour),
    input('actor', 'Centre on actor'), input('after', 'After', 'date'), input('before', 'Before', 'date'), input('minWeight', 'Min tie weight', 'number'),
    h('button', { attrs: { type: 'submit' } }, ['Apply'])]);
  const stage = h('div', { class: 'net-stage', attrs: { 'data-testid': 'network' } });
  const side = h('aside', { class: 'net-side', attrs: { 'data-testid': 'network-side' } });
  const status = h('p', { class: 'muted', attrs: { role: 'status' } });
  const warnings = warningList('network-warnings');
  const legend = h('ul', { class: 'legend inline', attrs: { 'data-testid': 'network-legend' } });
  replace(app, [h('h1', {}, ['Actor network']), form, warnings, status, legend, h('div', { class: 'net-body' }, [stage, side])]);

  const res = await get<NetworkResponse>('/api/network', { actor: f.actor, after: f.after, before: f.before, event: f.event, minWeight: f.minWeight, limit: f.top });
  showWarnings(warnings, res.warnings);
  const graph = toGraph(res, f.colour, legend);
  layoutNetwork(graph, stage.clientWidth || 900);
  stage.dataset.nodes = String(graph.order);
  stage.dataset.edges = String(graph.size);
  stage.dataset.labelled = JSON.stringify(graph.filterNodes((_, a) => a.forceLabel));
  stage.dataset.positions = JSON.stringify(Object.fromEntries(graph.mapNodes((n, a) => [n, [Math.round(a.x * 10) / 10, Math.round(a.y * 10) / 10]])));
  status.textContent = graph.order === 0 ? 'No ties for these filters.'
    : `${graph.order} actors, ${graph.size} ties${res.truncated ? ` (the ${graph.order} heaviest actors; raise Top or filter to see others)` : ''}. Size: weight of ties; click an actor for its events.`;
  const query: SideQuery = { after: f.after, before: f.before, event: f.event };
  let selected: string | null = null;
  const pick = (node: string | null) => {
    selected = node && graph.hasNode(node) ? node : null;
    stage.dataset.selected = selected ?? '';
    const events = showTies(side, graph, selected, pick);
    if (selected) void showEvents(events, selected, query);
    sigma?.refresh();
  };
  pick(f.actor && graph.hasNode(f.actor) ? f.actor : null);
  if (graph.order === 0) return;
  try {
    sigma = new Sigma(graph, stage, {
      settings: { itemSizesReference: 'screen', autoRescale: true, renderEdgeLabels: false, labelRenderedSizeThreshold: 6, labelDensity: 0.6, labelGridCellSize: 100 },
      // the heaviest actors are always labelled (others as room allows); a clicked actor keeps its neighbours
      // in colour and labelled while the rest fade
      nodeReducer: (n, data, a) => {
        const near = !selected || n === selected || graph.areNeighbors(n, selected);
        if (!near) return { ...data, color: '#e6e8eb', labelVisibility: 'hidden', zIndex: 0 };
        return { ...data, labelVisibility: a.forceLabel || selected ? 'visible' : 'auto', zIndex: a.forceLabel || n === selected ? 2 : 1, highlighted: n === selected };
      },
      edgeReducer: (e, data) => (!selected ? data : graph.hasExtremity(e, selected) ? { ...data, color: '#6b7280' } : { ...data, visibility: 'hidden' }),
    });
  } catch (err) {
    stage.append(h('p', { class: 'muted' }, [`WebGL is not available (${(err as Error).message}); the ties are listed beside.`]));
    return;
  }
  sigma.on('clickNode', ({ node }) => pick(node));
  sigma.on('clickStage', () => pick(null));
}

/** The answer as a graph: node size by weight, colour by `by` (legend filled), the heaviest labelled. */
function toGraph(res: NetworkResponse, by: ColourBy, legend: HTMLElement): Graph {
  const graph = new Graph({ type: 'directed', allowSelfLoops: false });
  const maxNode = Math.max(1, ...res.nodes.map((n) => n.weight));
  const maxEdge = Math.max(1, ...res.edges.map((e) => e.weight));
  const { colour, legend: keys } = colourScale(res.nodes, by);
  const labelled = labelledNodes(res.nodes, LABELLED);
  for (const n of res.nodes) {
    if (graph.hasNode(n.id)) continue;
    graph.addNode(n.id, { label: n.label, size: nodeSize(n.weight, maxNode), color: colour(n), forceLabel: labelled.has(n.id),
      zIndex: labelled.has(n.id) ? 2 : 1, weight: n.weight, type: undefined, kind: n.type, country: n.country, sector: n.sector });
  }
  for (const e of res.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target || graph.hasEdge(e.source, e.target)) continue;
    graph.addEdge(e.source, e.target, { size: edgeSize(e.weight, maxEdge), color: edgeColour(e.weight, maxEdge), weight: e.weight, types: e.types });
  }
  replace(legend, keys.map(([v, c]) => {
    const chip = h('span', { class: 'chip' });
    chip.style.background = c; // set through the CSSOM: the page's CSP forbids style attributes
    return h('li', { attrs: { 'data-value': v } }, [chip, legendText(v, by)]);
  }));
  return graph;
}
