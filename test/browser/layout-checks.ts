// Checks on the network page's layout (the stage's data-positions) that a drawing an analyst can read
// passes and a spiral or a line fails: spread in two dimensions, tied actors nearer than any two, and
// distance from the middle not a function of weight (a sunflower spiral puts rank i at radius √i).
import type { NetworkResponse } from '../../src/server/api-types.js';

export type Positions = Record<string, [number, number]>;

const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;

/** The smaller over the larger eigenvalue of the positions' covariance: ~0 on a line or thin curve. */
export function spread2d(p: Positions): number {
  const pts = Object.values(p);
  const mx = mean(pts.map((q) => q[0])), my = mean(pts.map((q) => q[1]));
  const sxx = mean(pts.map((q) => (q[0] - mx) ** 2)), syy = mean(pts.map((q) => (q[1] - my) ** 2));
  const sxy = mean(pts.map((q) => (q[0] - mx) * (q[1] - my)));
  const tr = sxx + syy, det = sxx * syy - sxy * sxy;
  const low = tr / 2 - Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
  return low / (tr - low || 1);
}

/** Mean length of the ties drawn over the mean distance between any two actors (< 1: ties pull together). */
export function tieLengthRatio(p: Positions, net: NetworkResponse): number {
  const d = (a: string, b: string) => Math.hypot(p[a][0] - p[b][0], p[a][1] - p[b][1]);
  const ties = net.edges.filter((e) => p[e.source] && p[e.target] && e.source !== e.target).map((e) => d(e.source, e.target));
  const ids = Object.keys(p);
  const pairs: number[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push(d(ids[i], ids[j]));
  return mean(ties) / mean(pairs);
}

/** Spearman correlation of weight rank and distance from the centroid (1 on a weight-ordered spiral). */
export function radiusByRank(p: Positions, net: NetworkResponse): number {
  const nodes = net.nodes.filter((n) => p[n.id]).sort((a, b) => b.weight - a.weight);
  const pts = nodes.map((n) => p[n.id]);
  const cx = mean(pts.map((q) => q[0])), cy = mean(pts.map((q) => q[1]));
  const r = pts.map((q) => Math.hypot(q[0] - cx, q[1] - cy));
  const rank = (v: number[]) => { const o = v.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]); const out = new Array<number>(v.length); o.forEach(([, i], k) => { out[i] = k; }); return out; };
  const a = nodes.map((_, i) => i), b = rank(r);
  const ma = mean(a), mb = mean(b);
  const cov = mean(a.map((x, i) => (x - ma) * (b[i] - mb)));
  return cov / Math.sqrt(mean(a.map((x) => (x - ma) ** 2)) * mean(b.map((x) => (x - mb) ** 2)) || 1);
}
