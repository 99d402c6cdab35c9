// Worker thread entry: analyses chunks of raw inputs with the compiled pipeline and posts back
// store-ready items. Loaded from dist/ingest/analyze-worker.js by analyze-pool.ts.
// The analysis is sent back serialized (`docJson`, UTF-8 bytes, transferred without a copy) with only
// the document's meta and text as objects, and the child rows as encoded JSON tuples (row-tuples.ts):
// the writing thread neither clones the analysis nor re-encodes any large string.
import { parentPort, workerData } from 'node:worker_threads';
import { generateArticle } from './generate-articles.js';
import type { ContractDoc } from '../analyze/to-contract.js';
import { prepareItem } from './prepare-item.js';
import { threadCpuMs } from './thread-cpu.js';
import { encodeTuples, tupleBuffers } from '../store/row-tuples.js';
import type { RawInput } from './raw-input.js';

/** Benchmark only (`workerData.stub`): generated inputs (`gen-<seed>-<i>`) get their generated annotation
 * instead of analyze(), to measure the ingest machinery (transfer, writes) without the analysis cost. */
const data = workerData as { stub?: boolean; searchKeys?: boolean } | null;
const stub = data?.stub === true;
const opts = { searchKeys: data?.searchKeys !== false };
const prepare = (raw: RawInput) => {
  const m = stub ? /^gen-(\d+)-(\d+)$/.exec(raw.id) : null;
  return m ? { item: generateArticle(Number(m[2]), Number(m[1])).item() } : prepareItem(raw, opts);
};

const encoder = new TextEncoder();

parentPort?.on('message', (msg: { seq: number; inputs: RawInput[] }) => {
  const t = performance.now();
  const transfer: ArrayBuffer[] = [];
  const results = msg.inputs.map((raw) => {
    const r = prepare(raw);
    if (!('item' in r)) return r;
    const { doc, tuples } = r.item;
    const slim = { meta: doc.meta, text: doc.text } as unknown as ContractDoc;
    const docJson = encoder.encode(JSON.stringify(doc));
    const encoded = tuples && encodeTuples(tuples);
    transfer.push(docJson.buffer, ...(encoded ? tupleBuffers(encoded) : []));
    return { item: { ...r.item, docJson, tuples: encoded, doc: slim } };
  });
  // cpu: this thread's CPU so far (ms, Linux), so that ingest can tell the workers' share from V8's own threads
  parentPort?.postMessage({ seq: msg.seq, results, ms: performance.now() - t, cpu: threadCpuMs() }, transfer);
});
