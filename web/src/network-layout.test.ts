import Graph from 'graphology';
import { expect, it } from 'vitest';
import { layoutNetwork } from './network-layout.js';

const dist = (g: Graph, a: string, b: string) => Math.hypot(g.getNodeAttribute(a, 'x') - g.getNodeAttribute(b, 'x'), g.getNodeAttribute(a, 'y') - g.getNodeAttribute(b, 'y'));

/** Two campaigns that quote each other inside, one tie between them, and loose actors with no ties. */
function twoCampaigns(): Graph {
  const g = new Graph({ type: 'directed' });
  const red = ['Ann Reed', 'Ben Roy', 'Cal Ross', 'Dee Rix', 'Eve Rand', 'Fay Rook'];
  const blue = ['Gus Bell', 'Hal Boyd', 'Ivy Bond', 'Jon Burr', 'Kim Bass', 'Lee Bain'];
  for (const n of [...red, ...blue, 'Loose One', 'Loose Two']) g.addNode(n, { size: 5, weight: 1 });
  for (const side of [red, blue]) {
    for (const a of side) for (const b of side) if (a < b) g.addEdge(a, b, { weight: 3 });
  }
  g.addEdge('Ann Reed', 'Gus Bell', { weight: 1 });
  return g;
}

it('puts tied actors together: each campaign closer inside than to the other', () => {
  const g = twoCampaigns();
  layoutNetwork(g);
  const within = dist(g, 'Ben Roy', 'Cal Ross') + dist(g, 'Hal Boyd', 'Ivy Bond');
  const across = dist(g, 'Ben Roy', 'Hal Boyd') + dist(g, 'Cal Ross', 'Ivy Bond');
  expect(within * 2).toBeLessThan(across);
});

it('spreads the nodes in two dimensions, not along one curve or line', () => {
  const g = twoCampaigns();
  layoutNetwork(g);
  const xs = g.mapNodes((_, a) => a.x as number);
  const ys = g.mapNodes((_, a) => a.y as number);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const sxx = mean(xs.map((x) => (x - mx) ** 2)), syy = mean(ys.map((y) => (y - my) ** 2));
  const sxy = mean(xs.map((x, i) => (x - mx) * (ys[i] - my)));
  // eigenvalues of the covariance: a line has a second one near 0
  const tr = sxx + syy, det = sxx * syy - sxy * sxy;
  const l2 = tr / 2 - Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
  const l1 = tr - l2;
  expect(l2 / l1).toBeGreaterThan(0.1);
  expect(g.mapNodes((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y)).every(Boolean)).toBe(true);
});

it('draws one network the same way each time', () => {
  const a = twoCampaigns(), b = twoCampaigns();
  layoutNetwork(a);
  layoutNetwork(b);
  expect(a.mapNodes((n, x) => [n, x.x, x.y])).toEqual(b.mapNodes((n, x) => [n, x.x, x.y]));
});
