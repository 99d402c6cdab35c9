// Flattens one contract document into the rows both stores write: entities, quotes, events,
// actor keys (for `actor:`) and relations (for the actor network). Pure; runs in the ingest workers.
import type { ContractDoc } from '../analyze/to-contract.js';
import type { EventActorRecord } from './store.js';

export type EntityRow = { entityId: string; type: string; name: string; country: string | null; sector: string | null; title: string | null; mentions: number };
export type QuoteRow = { quoteId: string; type: string; text: string; speaker: string | null; speakerEntity: string | null; cue: string | null; start: number; end: number };
export type EventRow = {
  eventId: string; event: string; mode: string | null; cameoRoot: string | null; cameoCode: string | null; modality: string;
  actors: EventActorRecord[]; recipients: EventActorRecord[]; date: string | null;
  locName: string | null; locCountry: string | null; text: string; trigger: string; start: number; end: number;
};
export type RelationRow = { source: string; target: string; relation: string; weight: number };

export type DocRows = {
  /** Published instant in UTC (sortable), or '' when unknown. */
  pubTs: string;
  /** Published day YYYY-MM-DD (in the article's own offset), or '' when unknown. */
  pubDay: string;
  entities: EntityRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  actorKeys: string[];
  relations: RelationRow[];
  /** Distinct event types and speakers, '|'-joined: search facets count them without touching child tables. */
  facetEvents: string;
  facetSpeakers: string;
};

const actor = (a: { name: string; country?: string; sector?: string }): EventActorRecord =>
  ({ name: a.name, country: a.country ?? null, sector: a.sector ?? null });

/** The rows of one document. */
export function docRows(doc: ContractDoc): DocRows {
  const text = doc.text;
  const published = doc.meta.published;
  const ms = published ? Date.parse(published) : NaN;
  const entities: EntityRow[] = doc.entities.map((e) => ({
    entityId: e.id, type: e.type, name: e.name, country: e.country ?? null, sector: e.sector ?? null,
    title: e.title ?? null, mentions: e.mentions.length,
  }));
  const quotes: QuoteRow[] = doc.quotes.map((q) => ({
    quoteId: q.id, type: q.type, text: text.slice(q.start, q.end), speaker: q.speaker?.name ?? null,
    speakerEntity: q.speaker?.entity ?? null, cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null, start: q.start, end: q.end,
  }));
  const events: EventRow[] = doc.events.map((v) => ({
    eventId: v.id, event: v.plover.event, mode: v.plover.mode ?? null, cameoRoot: v.cameo?.root ?? null, cameoCode: v.cameo?.code ?? null,
    modality: v.modality, actors: v.actors.map(actor), recipients: v.recipients.map(actor), date: v.date,
    locName: v.location?.name ?? null, locCountry: v.location?.country ?? null,
    text: text.slice(v.start, v.end), trigger: text.slice(v.trigger.start, v.trigger.end), start: v.start, end: v.end,
  }));
  const keys = new Set<string>();
  const addKey = (name: string | null | undefined, country?: string | null) => {
    if (name) keys.add(name.toLowerCase());
    if (country) keys.add(country.toLowerCase());
  };
  for (const e of entities) addKey(e.name, e.country);
  for (const v of events) for (const a of [...v.actors, ...v.recipients]) addKey(a.name, a.country);
  return {
    pubTs: Number.isFinite(ms) ? new Date(ms).toISOString() : '',
    pubDay: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : '',
    entities, quotes, events, actorKeys: [...keys], relations: relationsOf(doc, events),
    facetEvents: [...new Set(events.map((v) => v.event))].join('|'),
    facetSpeakers: [...new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker.replace(/\|/g, '/')] : [])))].join('|'),
  };
}

/** Speaker → actors named inside the quote ('quotes'); event actor → recipient (PLOVER type, lower case). */
function relationsOf(doc: ContractDoc, events: EventRow[]): RelationRow[] {
  const weights = new Map<string, RelationRow>();
  const add = (source: string, target: string, relation: string) => {
    if (!source || !target || source === target) return;
    const k = `${source}\u0000${target}\u0000${relation}`;
    const r = weights.get(k);
    if (r) r.weight++;
    else weights.set(k, { source, target, relation, weight: 1 });
  };
  // plain loops: a closure per (quote, entity) pair was a quarter of docRows() on PolNeAR docs (20 quotes × 25 entities)
  for (const q of doc.quotes) {
    const speaker = q.speaker?.name;
    if (!speaker) continue;
    for (const e of doc.entities) {
      for (const m of e.mentions) if (m.start >= q.start && m.end <= q.end) { add(speaker, e.name, 'quotes'); break; }
    }
  }
  for (const v of events) for (const a of v.actors) for (const r of v.recipients) add(a.name, r.name, v.event.toLowerCase());
  return [...weights.values()];
}
