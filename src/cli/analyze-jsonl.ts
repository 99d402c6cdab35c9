// Streams a JSONL batch through `analyze`: one output line per input line, in order. A line that fails
// (bad JSON, no text, a reader error) becomes {"schema":1,"id",...,"error":{code,message}}; the rest carry on.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { toContract } from '../analyze/to-contract.js';
import type { AnalyzeOptions } from '../doc/types.js';
import { analyzeRecord } from '../analyze/analyze-record.js';

/** Analyse every JSONL line of `input`, writing to `output`. Resolves when the input ends. */
export async function analyzeJsonlStream(
  input: Readable,
  output: Writable,
  options: AnalyzeOptions,
  out: { tokens?: boolean } = {},
): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  for await (const line of rl) {
    lines++;
    if (!line.trim()) {
      errors++;
      await write(output, JSON.stringify({ schema: 1, id: `line-${lines}`, error: { code: 'empty-line', message: `line ${lines} is empty` } }));
      continue;
    }
    const result = analyzeRecord(line, lines, options);
    if ('error' in result) errors++;
    await write(output, JSON.stringify('error' in result ? result : toContract(result.doc, out)));
  }
  return { lines, errors };
}

function write(output: Writable, line: string): Promise<void> {
  return new Promise((resolve) => {
    if (output.write(line + '\n')) resolve();
    else output.once('drain', () => resolve());
  });
}
