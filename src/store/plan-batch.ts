// Decides, for a batch of analysed articles, what each one is: new (canonical, exact copy or near copy),
// a revision of a stored article, or unchanged. Pure: the backend looks up what the batch touches
// in three queries, this plans, the backend writes. Later items in the batch see earlier ones.
import { NEAR_COPY, bandKeys, similarity } from '../ingest/minhash.js';
import type { IngestItem, PutOutcome } from './store.js';

export type Existing = { id: string; revision: number; updated: string | null; canonicalId: string; hashes: Set<string> };
export type BandMember = { id: string; canonicalId: string; sig: Uint32Array };

/** What the backend found for the batch's ids, text hashes and band keys. */
export type Lookup = {
  articles: Map<string, Existing>;
  /** body hash → canonical id of an article with that text. */
  hashes: Map<string, string>;
  bands: Map<string, BandMember[]>;
};

export type Action =
  | { op: 'new'; item: IngestItem; canonicalId: string; kind: 'canonical' | 'exact' | 'near'; bands: string[] }
  | { op: 'revision'; item: IngestItem; revision: number; current: boolean }
  | { op: 'skip'; item: IngestItem };

/** The band keys of every item (what the backend must look up). */
export function batchKeys(items: readonly IngestItem[]) {
  return {
    ids: [...new Set(items.map((i) => i.id))],
    hashes: [...new Set(items.map((i) => i.bodyHash))],
    bands: items.map((i) => bandKeys(i.minhash)),
  };
}

/** Plan the batch. `bands[i]` are item i's band keys (from batchKeys). */
export function planBatch(items: readonly IngestItem[], bands: string[][], lookup: Lookup): { actions: Action[]; outcomes: PutOutcome[] } {
  const actions: Action[] = [];
  const outcomes: PutOutcome[] = [];
  items.forEach((item, i) => {
    const cur = lookup.articles.get(item.id);
    if (cur) {
      if (cur.hashes.has(item.textHash)) { actions.push({ op: 'skip', item }); outcomes.push('unchanged'); return; }
      const updated = item.doc.meta.updated;
      const current = !(updated && cur.updated && updated < cur.updated);
      cur.revision += 1;
      cur.hashes.add(item.textHash);
      if (current) cur.updated = updated ?? cur.updated;
      actions.push({ op: 'revision', item, revision: cur.revision, current });
      outcomes.push(current ? 'revision' : 'older');
      return;
    }
    let canonicalId = item.id;
    let kind: 'canonical' | 'exact' | 'near' = 'canonical';
    const exact = lookup.hashes.get(item.bodyHash);
    if (exact) { canonicalId = exact; kind = 'exact'; }
    else {
      let best = NEAR_COPY;
      for (const key of bands[i]) {
        for (const m of lookup.bands.get(key) ?? []) {
          const s = similarity(item.minhash, m.sig);
          if (s >= best) { best = s; canonicalId = m.canonicalId; kind = 'near'; }
        }
      }
    }
    lookup.articles.set(item.id, { id: item.id, revision: 1, updated: item.doc.meta.updated, canonicalId, hashes: new Set([item.textHash]) });
    if (!lookup.hashes.has(item.bodyHash)) lookup.hashes.set(item.bodyHash, canonicalId);
    for (const key of bands[i]) {
      const list = lookup.bands.get(key) ?? [];
      list.push({ id: item.id, canonicalId, sig: item.minhash });
      lookup.bands.set(key, list);
    }
    actions.push({ op: 'new', item, canonicalId, kind, bands: bands[i] });
    outcomes.push('new');
  });
  return { actions, outcomes };
}
