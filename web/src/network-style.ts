// How the actor network looks: node size by weight (ties summed), colour by sector, country or kind of
// actor with a legend of the values shown, edge width by weight, and which labels are always drawn (the
// heaviest actors; sigma's label grid adds more as room allows, larger nodes first).
import type { NetworkNode } from '../../src/server/api-types.js';

export type ColourBy = 'sector' | 'country' | 'type';
export const COLOUR_BY: readonly ColourBy[] = ['sector', 'country', 'type'];

const SECTOR_COLOURS: Record<string, string> = {
  GOV: '#4e79a7', LEG: '#76b7b2', PTY: '#f28e2b', MIL: '#e15759', REB: '#b6992d', IGO: '#59a14f', MED: '#b07aa1',
  OPP: '#edc948', BUS: '#9c755f', CVL: '#ff9da7', JUD: '#499894', EDU: '#17becf', NGO: '#d37295',
};
/** What a legend's sector code stands for (the CAMEO actor sectors the entities stage gives). */
export const SECTOR_NAMES: Record<string, string> = {
  GOV: 'government', LEG: 'legislature', PTY: 'political party', MIL: 'military', REB: 'rebels', IGO: 'international organisation',
  MED: 'media', OPP: 'opposition', BUS: 'business', CVL: 'civilians', JUD: 'judiciary', EDU: 'education', NGO: 'non-governmental organisation',
  ELI: 'former officials, elites',
};

/** A legend entry's words: a sector code with what it stands for ("GOV government"), other values as they are. */
export function legendText(value: string, by: ColourBy): string {
  const name = by === 'sector' ? SECTOR_NAMES[value] : undefined;
  return name ? `${value} ${name}` : value;
}
const TYPE_COLOURS: Record<string, string> = { person: '#4e79a7', organization: '#f28e2b', location: '#59a14f', group: '#e15759' };
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#499894'];
export const OTHER = '#a0a4ab';

/** Pixel radius for a node of `weight` among nodes up to `max`: 3 to 22, by square root (area ~ weight). */
export function nodeSize(weight: number, max: number): number {
  return 3 + 19 * Math.sqrt(Math.max(0, weight) / Math.max(1, max));
}

/** Pixel width of an edge of `weight` among edges up to `max`: 0.5 to 6, by log. */
export function edgeSize(weight: number, max: number): number {
  return 0.5 + 5.5 * (Math.log1p(Math.max(0, weight)) / Math.log1p(Math.max(1, max)));
}

/** An edge's grey, fainter the lighter it is, so the heavy ties stand out of the mass of single ones. */
export function edgeColour(weight: number, max: number): string {
  const t = Math.log1p(Math.max(0, weight)) / Math.log1p(Math.max(1, max));
  return `rgba(100, 108, 120, ${(0.12 + 0.6 * t).toFixed(2)})`;
}

/**
 * The colour of each value of `by` among `nodes`, heaviest values first, with "other" for the rest:
 * sectors and kinds have fixed colours; countries take the palette in order of their summed weight.
 */
export function colourScale(nodes: readonly NetworkNode[], by: ColourBy): { colour: (n: NetworkNode) => string; legend: [string, string][] } {
  const valueOf = (n: NetworkNode) => n[by] ?? '';
  const totals = new Map<string, number>();
  for (const n of nodes) totals.set(valueOf(n), (totals.get(valueOf(n)) ?? 0) + n.weight);
  const ranked = [...totals.entries()].filter(([v]) => v).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
  const fixed = by === 'sector' ? SECTOR_COLOURS : by === 'type' ? TYPE_COLOURS : null;
  const colours = new Map<string, string>();
  for (const v of ranked) {
    const c = fixed ? fixed[v] : PALETTE[colours.size];
    if (c) colours.set(v, c);
  }
  const legend: [string, string][] = [...colours.entries()];
  if (nodes.some((n) => !colours.has(valueOf(n)))) legend.push([by === 'country' ? 'other or none' : 'none', OTHER]);
  return { colour: (n) => colours.get(valueOf(n)) ?? OTHER, legend };
}

/** The ids whose labels are always drawn: the `k` heaviest nodes (ties broken by name, so it is stable). */
export function labelledNodes(nodes: readonly NetworkNode[], k: number): Set<string> {
  return new Set([...nodes].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id)).slice(0, k).map((n) => n.id));
}
