import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SERIES_COLOURS } from './chart.js';

it('the timeline has a colour of its own for every PLOVER event type', () => {
  const table = readFileSync(join(__dirname, '../../src/events/data/cameo-plover.txt'), 'utf8');
  const types = new Set(table.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[1]));
  expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
  expect(SERIES_COLOURS.length).toBeGreaterThanOrEqual(types.size);
});
