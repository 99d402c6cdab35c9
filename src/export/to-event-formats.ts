// Thin PLOVER JSON records and Phoenix-style TSV rows for stored events. Used when the events
// stage's own formatters (src/events/export/to-plover-records.ts, to-phoenix-rows.ts) are absent.
import type { EventRecord } from '../store/store.js';

/** A PLOVER-style record: actor and recipient as country codes with names and sectors alongside. */
export function toPloverRecord(v: EventRecord, url?: string | null) {
  const a = v.actors[0];
  const r = v.recipients[0];
  return {
    id: `${v.articleId}-${v.eventId}`, date: v.date ?? v.published?.slice(0, 10) ?? null,
    actor: a?.country ?? a?.name ?? null, actor_name: a?.name ?? null, actor_sector: a?.sector ?? null,
    recipient: r?.country ?? r?.name ?? null, recipient_name: r?.name ?? null, recipient_sector: r?.sector ?? null,
    event: v.event, mode: v.mode ?? '', modality: v.modality, cameo: v.cameoCode ?? v.cameoRoot,
    geo: v.location ? { name: v.location.name, country: v.location.country } : null,
    text: v.text, trigger: v.trigger, source: v.source, published: v.published, url: url ?? null, article_id: v.articleId,
  };
}

export const PHOENIX_HEADER = ['EventID', 'Date', 'Year', 'Month', 'Day', 'SourceActorFull', 'SourceActorEntity', 'SourceActorRole',
  'TargetActorFull', 'TargetActorEntity', 'TargetActorRole', 'EventCode', 'EventRootCode', 'PloverEvent', 'Modality',
  'LocationName', 'CountryCode', 'SentenceText', 'NewsSources', 'ArticleID'];

const tsv = (s: unknown) => (s === null || s === undefined ? '' : String(s).replace(/[\t\r\n]+/g, ' '));

/** One Phoenix-style row per actor × recipient pair (one with empty target when there is none). */
export function toPhoenixRows(v: EventRecord): string[][] {
  const day = (v.date ?? v.published ?? '').slice(0, 10);
  const [y, m, d] = day.split('-');
  const targets = v.recipients.length ? v.recipients : [null];
  const sources = v.actors.length ? v.actors : [null];
  const rows: string[][] = [];
  for (const a of sources) for (const r of targets) {
    rows.push([`${v.articleId}-${v.eventId}-${rows.length + 1}`, day.replace(/-/g, ''), y ?? '', m ?? '', d ?? '', a?.name ?? '', a?.country ?? '',
      a?.sector ?? '', r?.name ?? '', r?.country ?? '', r?.sector ?? '', v.cameoCode ?? v.cameoRoot ?? '', v.cameoRoot ?? '', v.event, v.modality,
      v.location?.name ?? '', v.location?.country ?? '', v.text, v.source ?? '', v.articleId].map(tsv));
  }
  return rows;
}
