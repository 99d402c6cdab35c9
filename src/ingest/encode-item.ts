// Serializes analysed items for the trip from an ingest worker to the writing thread: each document's JSON and
// every child table's rows, UTF-8 encoded one after another into ONE buffer per message (transferred, not
// copied), each a view into it. An item keeps only the document's meta and text as objects (all a writer reads
// from it), so the large analysis is not structured-cloned and nothing is re-encoded.
import type { ContractDoc } from '../analyze/to-contract.js';
import { CHILD_TABLES, type RowTuples } from '../store/row-tuples.js';
import type { IngestItem } from '../store/store.js';

type Encodable = IngestItem & { tuples: RowTuples };

/**
 * `items` with their `docJson` and tuples' tables as views of one UTF-8 buffer (returned, for the transfer list). One
 * buffer for a worker's chunk of 16, not one per item (a fresh buffer costs page faults by the KB: ~14 µs per generated
 * article encoded into scratch room and copied out, ~12 this way).
 */
export function encodeItems(items: readonly Encodable[]): { items: IngestItem[]; buffer: ArrayBuffer } {
  const parts: string[] = [];
  for (const item of items) {
    parts.push(JSON.stringify(item.doc));
    for (const t of CHILD_TABLES) parts.push(item.tuples[t] as string);
  }
  // sized exactly (a pass of byteLength costs less than encoding into scratch room and copying the bytes out), not zero-filled
  let size = 0;
  for (const p of parts) size += Buffer.byteLength(p);
  const bytes = Buffer.allocUnsafeSlow(size);
  const ends: number[] = [];
  let at = 0;
  for (const p of parts) {
    at += bytes.write(p, at, 'utf8');
    ends.push(at);
  }
  const view = (k: number) => bytes.subarray(k ? ends[k - 1] : 0, ends[k]);
  const per = 1 + CHILD_TABLES.length;
  const out = items.map((item, i): IngestItem => {
    const tuples = { ...item.tuples };
    CHILD_TABLES.forEach((t, k) => { tuples[t] = view(i * per + k + 1); });
    const doc = { meta: item.doc.meta, text: item.doc.text } as unknown as ContractDoc;
    return { ...item, doc, docJson: view(i * per), tuples };
  });
  return { items: out, buffer: bytes.buffer as ArrayBuffer };
}

/** One item's encoding (encodeItems of one). */
export function encodeItem(item: Encodable): { item: IngestItem; buffer: ArrayBuffer } {
  const { items, buffer } = encodeItems([item]);
  return { item: items[0], buffer };
}
