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

/** Largest graph `relax` lays out (it is quadratic); bigger overviews keep the spiral. */
export const RELAX_MAX = 600;

/**
 * A few rounds of Fruchterman–Reingold from the current positions, so tied actors sit together.
 * Quadratic in the nodes, so only for graphs up to RELAX_MAX; deterministic (no randomness).
 */
export function relax(graph: Graph, iterations = 80): void {
  const nodes = graph.nodes();
  const n = nodes.length;
  if (n < 3 || n > RELAX_MAX) return;
  const index = new Map(nodes.map((id, i) => [id, i]));
  const x = Float64Array.from(nodes, (id) => graph.getNodeAttribute(id, 'x') as number);
  const y = Float64Array.from(nodes, (id) => graph.getNodeAttribute(id, 'y') as number);
  const edges = graph.edges().map((e) => [index.get(graph.source(e))!, index.get(graph.target(e))!]);
  const k = 1;
  let temperature = Math.sqrt(n) * 0.2;
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0); dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ex = x[i] - x[j], ey = y[i] - y[j];
        const d2 = Math.max(ex * ex + ey * ey, 1e-4);
        const f = (k * k) / d2; // repulsion k²/d, applied along the unit vector
        dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
      }
    }
    for (const [a, b] of edges) {
      const ex = x[a] - x[b], ey = y[a] - y[b];
      const d = Math.sqrt(ex * ex + ey * ey) || 1e-2;
      const f = d / k; // attraction d²/k
      dx[a] -= ex * f; dy[a] -= ey * f; dx[b] += ex * f; dy[b] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(len, temperature);
      x[i] += (dx[i] / len) * step;
      y[i] += (dy[i] / len) * step;
    }
    temperature *= 0.95;
  }
  nodes.forEach((id, i) => graph.mergeNodeAttributes(id, { x: x[i], y: y[i] }));
}
