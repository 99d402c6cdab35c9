// Cheap deterministic layouts for the network: a spiral for an overview (heaviest actors in the
// middle), and a ring around an actor for its newly expanded neighbours. Linear in the nodes placed.
import type Graph from 'graphology';

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Place `nodes` on a sunflower spiral, heaviest first, so hubs sit centrally. */
export function placeSpiral(graph: Graph, nodes: string[]): void {
  const sorted = [...nodes].sort((a, b) => (graph.getNodeAttribute(b, 'weight') as number) - (graph.getNodeAttribute(a, 'weight') as number));
  sorted.forEach((n, i) => {
    const r = Math.sqrt(i + 0.5);
    graph.mergeNodeAttributes(n, { x: r * Math.cos(i * GOLDEN), y: r * Math.sin(i * GOLDEN) });
  });
}

/** Place `nodes` on a ring around `centre`, leaving nodes already placed where they are. */
export function placeAround(graph: Graph, centre: string, nodes: string[]): void {
  const cx = graph.getNodeAttribute(centre, 'x') as number;
  const cy = graph.getNodeAttribute(centre, 'y') as number;
  const ring = nodes.filter((n) => n !== centre);
  const radius = 1 + Math.sqrt(ring.length) * 0.4;
  ring.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, ring.length);
    graph.mergeNodeAttributes(n, { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a) });
  });
}
