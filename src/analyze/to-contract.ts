// Projects the internal document onto the public output contract (OUTPUT-CONTRACT.md, schema 1).
// Keeps every contract field exactly; adds paragraphs, sentences and diagnostics, which the contract allows.
import type { Doc } from '../doc/types.js';

export type ContractDoc = ReturnType<typeof toContract>;

/** The JSON that every way out of the engine starts from. */
export function toContract(doc: Doc, options: { tokens?: boolean } = {}) {
  return {
    schema: 1 as const,
    id: doc.id,
    text: doc.text,
    meta: {
      headline: doc.meta.headline,
      published: doc.meta.published,
      updated: doc.meta.updated,
      ...(doc.meta.byline ? { byline: doc.meta.byline } : {}),
      ...(doc.meta.url ? { url: doc.meta.url } : {}),
      ...(doc.meta.source ? { source: doc.meta.source } : {}),
      ...(doc.meta.headlineSpan ? { headlineSpan: doc.meta.headlineSpan } : {}),
      ...(doc.meta.datelineSpan ? { datelineSpan: doc.meta.datelineSpan } : {}),
    },
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, ...(m.kind ? { kind: m.kind } : {}) })),
      ...(e.title ? { title: e.title } : {}),
      ...(e.country ? { country: e.country } : {}),
      ...(e.sector ? { sector: e.sector } : {}),
      ...(e.gender ? { gender: e.gender } : {}),
    })),
    quotes: doc.quotes.map((q) => ({
      id: q.id,
      type: q.type,
      start: q.start,
      end: q.end,
      ...(q.cue ? { cue: { start: q.cue.start, end: q.cue.end } } : {}),
      speaker: q.speaker,
      confidence: q.confidence,
      ...(q.parent ? { parent: q.parent } : {}),
    })),
    events: doc.events,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
    ...(options.tokens ? { tokens: doc.tokens } : {}),
    diagnostics: doc.diagnostics,
  };
}
