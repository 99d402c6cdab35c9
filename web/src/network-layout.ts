// Lays out the actor network by force: ForceAtlas2 (graphology-layout-forceatlas2) pulls tied actors
// together by the weight of their ties and pushes the rest apart, so clusters (a campaign, a war's
// sides) show as groups; noverlap then parts the nodes that still overlap. Deterministic: the start
// positions come from the node ids, not from Math.random, so one network is drawn the same each time.
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

/** A number in [0, 1) from a string (FNV-1a), for start positions that do not change between loads. */
function unit(s: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/**
 * Place every node of `graph` (attributes x, y; `size` in screen pixels, edge weight from `weight`), for
 * a stage about `screen` pixels wide. `layoutNetwork(graph)` on two groups tied inside and by one edge
 * between them puts each group together.
 */
export function layoutNetwork(graph: Graph, screen = 900): void {
  if (graph.order === 0) return;
  graph.forEachNode((n) => graph.mergeNodeAttributes(n, { x: unit(n, 1) * 100 - 50, y: unit(n, 2) * 100 - 50 }));
  if (graph.order === 1) return;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // ties pull by their full weight: on PolNeAR train's top 100 this keeps the busiest actors among the
    // actors they are tied to (their distance from the centre 0.8 of the median node's) where a pull of
    // weight^0.5 or lin-log mode pushed them to the rim (1.2 to 1.7), every other actor inside their ring
    edgeWeightInfluence: 1,
    // strong gravity keeps actors tied to no one in view (event=accuse) near the rest rather than far out
    strongGravityMode: true, gravity: 0.3,
    barnesHutOptimize: graph.order > 400,
  };
  forceAtlas2.assign(graph, { iterations: graph.order > 400 ? 300 : 600, settings, getEdgeWeight: 'weight' });
  // ForceAtlas2's units are arbitrary and sizes are screen pixels: part the nodes that would overlap on screen
  let min = Infinity, max = -Infinity;
  graph.forEachNode((_, a) => { min = Math.min(min, a.x, a.y); max = Math.max(max, a.x, a.y); });
  const perPixel = (max - min || 1) / screen;
  noverlap.assign(graph, {
    maxIterations: 100, settings: { margin: 3 * perPixel, ratio: 1, expansion: 1.05 },
    inputReducer: (_, a) => ({ x: a.x, y: a.y, size: (a.size ?? 4) * perPixel }),
    outputReducer: (_, a) => ({ x: a.x, y: a.y }),
  });
}
