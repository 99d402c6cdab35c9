import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyzeJsonlStream } from '../cli/analyze-jsonl.js';
import { PROJECT_ROOT } from '../eval/shared-dir.js';
import { analyze } from './analyze.js';
import { toContract } from './to-contract.js';
import { validateDocument } from './validate-document.js';

const sample = readFileSync(resolve(PROJECT_ROOT, 'examples/harbour-talks-sample.txt'), 'utf8');

async function runJsonl(lines: string[]): Promise<Record<string, unknown>[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  input.end(lines.join('\n') + '\n');
  await analyzeJsonlStream(input, output, {});
  return Buffer.concat(chunks).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
}

describe('analyze', () => {
  it('makes a document that validates against the published schema', () => {
    const out = toContract(analyze({ text: sample }));
    expect(validateDocument(out)).toEqual([]);
    expect(out.text).toBe(sample);
    expect(out.schema).toBe(1);
  });

  it('survives a JSON round trip unchanged', () => {
    const out = toContract(analyze({ text: sample }));
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('is reproducible: the same text gets the same id and layers', () => {
    expect(JSON.stringify(toContract(analyze({ text: sample })))).toBe(JSON.stringify(toContract(analyze({ text: sample }))));
  });

  it('flags a schema violation (the validator can fail)', () => {
    const out = toContract(analyze({ text: 'Officials said so.' }));
    expect(validateDocument({ ...out, meta: { ...out.meta, published: '12/04/2017' } }).length).toBeGreaterThan(0);
    expect(validateDocument({ ...out, quotes: [{ id: 'q1', type: 'direct', start: 0, end: 999, speaker: null }] }).join()).toMatch(/out of bounds/);
  });
});

describe('analyze --jsonl', () => {
  it('writes one line per input line, in order, with errors for bad lines and the rest carrying on', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'The minister said the talks would go on.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'c', html: '<html><body><article><h1>Talks</h1><p>The minister spoke.</p></article></body></html>' }),
      JSON.stringify({ id: 'd' }),
      JSON.stringify({ id: 'e', text: 'Second good article.', published: '2017-04-12T00:04:00+01:00' }),
    ];
    const out = await runJsonl(lines);
    expect(out.map((d) => d.id)).toEqual(['a', 'line-2', 'c', 'd', 'e']);
    expect(out[1].error).toMatchObject({ code: 'bad-json' });
    expect(out[3].error).toMatchObject({ code: 'no-text' });
    expect((out[4].meta as { published: string }).published).toBe('2017-04-12T00:04:00+01:00');
    for (const d of out) expect(validateDocument(d)).toEqual([]);
  });
});
