import { expect, it } from 'vitest';
import type { NetworkNode } from '../../src/server/api-types.js';
import { OTHER, colourScale, labelledNodes, legendText, nodeSize } from './network-style.js';

const node = (id: string, weight: number, country: string | null, sector: string | null = null): NetworkNode =>
  ({ id, label: id, type: 'person', country, sector, weight });
const NODES = [node('Mara Voss', 90, 'DEU', 'GOV'), node('Tom Hale', 40, 'GBR', 'PTY'), node('Ida Rune', 5, 'NOR', 'MED'),
  node('Pol Sand', 60, 'DEU', 'LEG'), node('Quiet Aide', 1, null)];

it('labels the heaviest actors, not the first or the smallest', () => {
  expect([...labelledNodes(NODES, 2)].sort()).toEqual(['Mara Voss', 'Pol Sand']);
});

it('sizes nodes by weight, the heaviest largest', () => {
  expect(nodeSize(90, 90)).toBeGreaterThan(nodeSize(40, 90));
  expect(nodeSize(1, 90)).toBeGreaterThanOrEqual(3);
  expect(nodeSize(90, 90)).toBeLessThanOrEqual(22);
});

it('colours by country, the heaviest country first in the legend, none as other', () => {
  const { colour, legend } = colourScale(NODES, 'country');
  expect(legend.map(([v]) => v)).toEqual(['DEU', 'GBR', 'NOR', 'other or none']);
  expect(colour(NODES[0])).toBe(colour(NODES[3])); // both German
  expect(colour(NODES[0])).not.toBe(colour(NODES[1]));
  expect(colour(NODES[4])).toBe(OTHER);
});

it('colours by sector with fixed colours', () => {
  const a = colourScale(NODES, 'sector');
  const b = colourScale(NODES.slice(1), 'sector');
  expect(a.colour(NODES[1])).toBe(b.colour(NODES[1])); // PTY keeps its colour whatever else is shown
});

it('a sector code in the legend says what it stands for; countries and kinds stay as they are', () => {
  expect(legendText('GOV', 'sector')).toBe('GOV government');
  expect(legendText('PTY', 'sector')).toBe('PTY political party');
  expect(legendText('none', 'sector')).toBe('none');
  expect(legendText('GBR', 'country')).toBe('GBR');
  expect(colourScale(NODES, 'sector').legend.map(([v]) => legendText(v, 'sector')).slice(0, 2)).toEqual(['GOV government', 'LEG legislature']);
});
