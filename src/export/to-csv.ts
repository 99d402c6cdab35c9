// CSV rows (RFC 4180: quoted when needed, CRLF-safe) for quotes, events and actors.
import type { ActorRecord, EventRecord, QuoteRecord } from '../store/store.js';

/** One CSV line. */
export function csvLine(values: readonly unknown[]): string {
  return values.map((v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',') + '\n';
}

export const QUOTE_HEADER = ['article_id', 'quote_id', 'published', 'source', 'speaker', 'type', 'text', 'cue', 'start', 'end', 'headline'];
export const quoteCsv = (q: QuoteRecord) => csvLine([q.articleId, q.quoteId, q.published, q.source, q.speaker, q.type, q.text, q.cue, q.start, q.end, q.headline]);

export const EVENT_HEADER = ['article_id', 'event_id', 'published', 'source', 'event', 'mode', 'cameo_root', 'cameo_code', 'modality', 'actors',
  'actor_countries', 'recipients', 'recipient_countries', 'date', 'location', 'location_country', 'trigger', 'text'];
export const eventCsv = (v: EventRecord) => csvLine([v.articleId, v.eventId, v.published, v.source, v.event, v.mode, v.cameoRoot, v.cameoCode, v.modality,
  v.actors.map((a) => a.name).join('; '), v.actors.map((a) => a.country ?? '').join('; '), v.recipients.map((a) => a.name).join('; '),
  v.recipients.map((a) => a.country ?? '').join('; '), v.date, v.location?.name, v.location?.country, v.trigger, v.text]);

export const ACTOR_HEADER = ['name', 'type', 'country', 'sector', 'articles', 'mentions', 'quotes', 'events'];
export const actorCsv = (a: ActorRecord) => csvLine([a.name, a.type, a.country, a.sector, a.articles, a.mentions, a.quotes, a.events]);
