// Serializes an analysed item for the trip from an ingest worker to the writing thread: the document's
// JSON and every child table's rows, UTF-8 encoded one after another into ONE buffer (transferred, not
// copied), each a view into it. The item keeps only the document's meta and text as objects (all a
// writer reads from it), so the large analysis is not structured-cloned and nothing is re-encoded.
import type { ContractDoc } from '../analyze/to-contract.js';
import { CHILD_TABLES, type RowTuples } from '../store/row-tuples.js';
import type { IngestItem } from '../store/store.js';

const encoder = new TextEncoder();
/** Reused across items: encodeInto needs room for the worst case (3 bytes per UTF-16 unit); one copy of the bytes used then leaves it.
 * An article that needs more than KEEP gets a buffer of its own, so a 4 MB file does not keep 12 MB per worker. */
let scratch = new Uint8Array(1 << 20);
const KEEP = 4 << 20;

/** `item` with `docJson` and its tuples' tables as views of one UTF-8 buffer (returned, for the transfer list). */
export function encodeItem(item: IngestItem & { tuples: RowTuples }): { item: IngestItem; buffer: ArrayBuffer } {
  const parts = [JSON.stringify(item.doc), ...CHILD_TABLES.map((t) => item.tuples[t] as string)];
  const need = 3 * parts.reduce((n, p) => n + p.length, 0);
  const room = need <= scratch.length ? scratch : new Uint8Array(need);
  if (need > scratch.length && need <= KEEP) scratch = room;
  const ends: number[] = [];
  let at = 0;
  for (const p of parts) {
    at += encoder.encodeInto(p, room.subarray(at)).written;
    ends.push(at);
  }
  const bytes = room.slice(0, at);
  const view = (k: number) => bytes.subarray(k ? ends[k - 1] : 0, ends[k]);
  const tuples = { ...item.tuples };
  CHILD_TABLES.forEach((t, k) => { tuples[t] = view(k + 1); });
  const doc = { meta: item.doc.meta, text: item.doc.text } as unknown as ContractDoc;
  return { item: { ...item, doc, docJson: view(0), tuples }, buffer: bytes.buffer };
}
