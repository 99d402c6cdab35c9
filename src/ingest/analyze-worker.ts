// Worker thread entry: analyses chunks of raw inputs with the compiled pipeline and posts back
// store-ready items. Loaded from dist/ingest/analyze-worker.js by analyze-pool.ts.
// A chunk's items come back with one transferred UTF-8 buffer holding their documents' JSON and child rows
// (encode-item.ts), with only the document's meta and text as objects: the writing thread neither
// clones the analysis nor re-encodes any large string.
import { parentPort, workerData } from 'node:worker_threads';
import { generateArticle } from './generate-articles.js';
import { encodeItems } from './encode-item.js';
import type { IngestItem } from '../store/store.js';
import type { RowTuples } from '../store/row-tuples.js';
import { prepareItem, prepareItems, type Prepared } from './prepare-item.js';
import { threadCpuMs } from './thread-cpu.js';
import type { RawInput } from './raw-input.js';
import { setPriority } from 'node:os';

// The writing thread is ingest's one serial step: the analysis threads yield to it (on Linux a thread's nice
// value is its own, so this leaves the main thread as it was). PARLEY_WORKER_NICE=0 turns it off.
try { setPriority(Number(process.env.PARLEY_WORKER_NICE ?? 5)); } catch { /* not allowed here: run as we are */ }

/** Benchmark only (`workerData.stub`): generated inputs (`gen-<seed>-<i>`) get their generated annotation
 * instead of analyze(), to measure the ingest machinery (transfer, writes) without the analysis cost. */
const data = workerData as { stub?: boolean; searchKeys?: boolean } | null;
const stub = data?.stub === true;
const searchKeys = data?.searchKeys !== false;
const stubbed = (raw: RawInput, textHash: string | undefined): Prepared => {
  const m = /^gen-(\d+)-(\d+)$/.exec(raw.id);
  return m ? { item: generateArticle(Number(m[2]), Number(m[1])).item() } : prepareItem(raw, { searchKeys, textHash });
};
/** A chunk's items: analysed together, stage by stage (prepareItems), or stubbed one by one. */
const prepare = (inputs: RawInput[], hashes: string[] | undefined): Prepared[] =>
  (stub ? inputs.map((raw, i) => stubbed(raw, hashes?.[i])) : prepareItems(inputs, { searchKeys, hashes }));

// hashes: each input's rawHash, when the sender has it (ingest computes it to skip stored inputs)
parentPort?.on('message', (msg: { seq: number; inputs: RawInput[]; hashes?: string[] }) => {
  const t = performance.now();
  const results = prepare(msg.inputs, msg.hashes);
  // the chunk's items with tuples go out encoded, all in one buffer
  const at: number[] = [];
  results.forEach((r, i) => { if ('item' in r && r.item.tuples) at.push(i); });
  const { items, buffer } = encodeItems(at.map((i) => (results[i] as { item: IngestItem & { tuples: RowTuples } }).item));
  at.forEach((i, k) => { results[i] = { item: items[k] }; });
  // cpu: this thread's CPU so far (ms, Linux), so that ingest can tell the workers' share from V8's own threads
  parentPort?.postMessage({ seq: msg.seq, results, ms: performance.now() - t, cpu: threadCpuMs() }, at.length ? [buffer] : []);
});
