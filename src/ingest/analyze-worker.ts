// Worker thread entry: analyses chunks of raw inputs with the compiled pipeline and posts back
// store-ready items. Loaded from dist/ingest/analyze-worker.js by analyze-pool.ts.
import { parentPort } from 'node:worker_threads';
import { prepareItem } from './prepare-item.js';
import type { RawInput } from './raw-input.js';

parentPort?.on('message', (msg: { seq: number; inputs: RawInput[] }) => {
  const results = msg.inputs.map(prepareItem);
  parentPort?.postMessage({ seq: msg.seq, results });
});
