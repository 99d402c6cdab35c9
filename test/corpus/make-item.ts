// Hand-built analysed articles for the store tests: spans are found by slicing the text we wrote,
// so the stores are tested on quotes, events and entities before the analysis stages produce them.
import type { ContractDoc } from '../../src/analyze/to-contract.js';
import { contentId } from '../../src/analyze/content-id.js';
import { minhash } from '../../src/ingest/minhash.js';
import { rawHash } from '../../src/ingest/raw-input.js';
import type { IngestItem } from '../../src/store/store.js';

export type Spec = {
  id: string; text: string; headline?: string; published?: string; updated?: string; source?: string; url?: string;
  entities?: { name: string; type?: string; country?: string; sector?: string; title?: string }[];
  quotes?: { said: string; speaker: string | null }[];
  events?: { sentence: string; trigger: string; event: string; actors: { name: string; country?: string }[]; recipients: { name: string; country?: string }[]; modality?: string; root?: string }[];
};

function at(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length };
}

/** Build a store-ready item from a spec. */
export function makeItem(s: Spec): IngestItem {
  const text = s.text;
  const entities = (s.entities ?? []).map((e, i) => {
    const mentions: { start: number; end: number }[] = [];
    for (let k = text.indexOf(e.name); k >= 0; k = text.indexOf(e.name, k + 1)) mentions.push({ start: k, end: k + e.name.length });
    return { id: `e${i + 1}`, type: e.type ?? 'person', name: e.name, mentions, ...(e.country ? { country: e.country } : {}), ...(e.sector ? { sector: e.sector } : {}), ...(e.title ? { title: e.title } : {}) };
  });
  const quotes = (s.quotes ?? []).map((q, i) => {
    const span = at(text, q.said);
    const ent = entities.find((e) => e.name === q.speaker);
    return { id: `q${i + 1}`, type: 'direct', ...span, speaker: q.speaker ? { name: q.speaker, ...(ent ? { entity: ent.id } : {}) } : null, confidence: 0.9 };
  });
  const events = (s.events ?? []).map((v, i) => {
    const span = at(text, v.sentence);
    return {
      id: `v${i + 1}`, plover: { event: v.event }, cameo: { root: v.root ?? '13' }, actors: v.actors, recipients: v.recipients,
      ...span, trigger: at(text, v.trigger, span.start), date: s.published?.slice(0, 10) ?? null, location: null, modality: v.modality ?? 'asserted',
    };
  });
  const doc = {
    schema: 1, id: s.id, text,
    meta: { headline: s.headline ?? null, published: s.published ?? null, updated: s.updated ?? null, ...(s.source ? { source: s.source } : {}) },
    entities, quotes, events, paragraphs: [], sentences: [], diagnostics: [],
  } as unknown as ContractDoc;
  return {
    id: s.id, url: s.url ?? null, source: s.source ?? null,
    textHash: rawHash({ id: s.id, text, headline: s.headline, published: s.published, updated: s.updated }),
    bodyHash: contentId(text), minhash: minhash(text), doc,
  };
}
