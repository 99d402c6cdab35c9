// Projects the internal document onto the public output contract (OUTPUT-CONTRACT.md, schema 1).
// Keeps every contract field exactly; adds paragraphs, sentences and diagnostics, which the contract allows.
// Objects are written out field by field, an optional field added when present, in the contract's key
// order: no throwaway `{}` or `{ kind }` spread into each mention, entity and quote (a third of the time).
import type { Diagnostic, Doc, Entity, Event, Meta, Mention, MentionKind, Paragraph, Quote, Span, Token } from '../doc/types.js';

type ContractMeta = {
  headline: string | null; published: string | null; updated: string | null;
  byline?: string; url?: string; source?: string; headlineSpan?: Span; datelineSpan?: Span;
};
type ContractMention = { start: number; end: number; kind?: MentionKind };
type ContractEntity = Pick<Entity, 'id' | 'type' | 'name'> & { mentions: ContractMention[]; title?: string; country?: string; sector?: string; gender?: 'm' | 'f' };
type ContractQuote = Pick<Quote, 'id' | 'type' | 'start' | 'end' | 'speaker' | 'confidence'> & { cue?: { start: number; end: number }; parent?: string };

/** The public document (OUTPUT-CONTRACT.md, schema 1), its keys in this order. */
export type ContractDoc = {
  schema: 1; id: string; text: string; meta: ContractMeta;
  entities: ContractEntity[]; quotes: ContractQuote[]; events: readonly Event[];
  paragraphs: readonly Paragraph[]; sentences: { start: number; end: number; paragraph: number }[];
  tokens?: readonly Token[]; diagnostics: readonly Diagnostic[];
};

/** The JSON that every way out of the engine starts from. */
export function toContract(doc: Doc, options: { tokens?: boolean } = {}): ContractDoc {
  const out: ContractDoc = {
    schema: 1,
    id: doc.id,
    text: doc.text,
    meta: contractMeta(doc.meta),
    entities: doc.entities.map(contractEntity),
    quotes: doc.quotes.map(contractQuote),
    events: doc.events,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
  } as ContractDoc; // its diagnostics follow, after the tokens when they are asked for
  if (options.tokens) out.tokens = doc.tokens;
  out.diagnostics = doc.diagnostics;
  return out;
}

function contractMeta(meta: Meta): ContractMeta {
  const out: ContractMeta = { headline: meta.headline, published: meta.published, updated: meta.updated };
  if (meta.byline) out.byline = meta.byline;
  if (meta.url) out.url = meta.url;
  if (meta.source) out.source = meta.source;
  if (meta.headlineSpan) out.headlineSpan = meta.headlineSpan;
  if (meta.datelineSpan) out.datelineSpan = meta.datelineSpan;
  return out;
}

function contractEntity(e: Entity): ContractEntity {
  const out: ContractEntity = { id: e.id, type: e.type, name: e.name, mentions: e.mentions.map(contractMention) };
  if (e.title) out.title = e.title;
  if (e.country) out.country = e.country;
  if (e.sector) out.sector = e.sector;
  if (e.gender) out.gender = e.gender;
  return out;
}

function contractMention(m: Mention): ContractMention {
  return m.kind ? { start: m.start, end: m.end, kind: m.kind } : { start: m.start, end: m.end };
}

/** The cue, when there is one, sits between the span and the speaker. */
function contractQuote(q: Quote): ContractQuote {
  const out: ContractQuote = q.cue
    ? { id: q.id, type: q.type, start: q.start, end: q.end, cue: { start: q.cue.start, end: q.cue.end }, speaker: q.speaker, confidence: q.confidence }
    : { id: q.id, type: q.type, start: q.start, end: q.end, speaker: q.speaker, confidence: q.confidence };
  if (q.parent) out.parent = q.parent;
  return out;
}
