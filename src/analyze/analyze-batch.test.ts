import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../eval/shared-dir.js';
import { ReadError } from '../read/article-input.js';
import { analyze, analyzeBatch } from './analyze.js';

const sample = readFileSync(resolve(PROJECT_ROOT, 'examples/harbour-talks-sample.txt'), 'utf8');
const inputs = [
  { text: sample },
  { id: 'b', text: 'Foreign Minister Ana Costa met her Spanish counterpart in Lisbon on Monday. "We agreed on nothing," she said.' },
  { id: 'c', text: 'Police in Dhaka fired tear gas at protesters, officials said.' },
];

describe('analyzeBatch', () => {
  it('makes the documents analyze makes one at a time, in input order', () => {
    const batch = analyzeBatch(inputs);
    expect(batch.map((d) => JSON.stringify(d))).toEqual(inputs.map((i) => JSON.stringify(analyze(i))));
  });

  it('gives an input the reader refuses its error and carries on with the rest', () => {
    const batch = analyzeBatch([inputs[1], { id: 'bin', bytes: new Uint8Array([0x41, 0, 0, 0x42]) }, inputs[2]]);
    expect(batch[1]).toBeInstanceOf(ReadError);
    expect((batch[1] as ReadError).code).toBe('binary');
    expect(JSON.stringify(batch[0])).toBe(JSON.stringify(analyze(inputs[1])));
    expect(JSON.stringify(batch[2])).toBe(JSON.stringify(analyze(inputs[2])));
  });

  it('takes an empty batch', () => {
    expect(analyzeBatch([])).toEqual([]);
  });
});
