// PLOVER JSON records (one per event) from an analysed document, after the PLOVER manual's record:
// event_type, mode, context, actor/recipient with country and sector, date, location, story id,
// the evidence sentence. Pure: used by the corpus exporter and the CLI. CAMEO 01 statements are left
// out: PLOVER drops them.
import type { Doc, EventActor } from '../../doc/types.js';

export type PloverRecord = Readonly<{
  id: string;
  story_id: string;
  event_date: string | null;
  event_type: string;
  mode: string;
  context: string;
  actor: string;
  actor_country: string;
  actor_sector: string;
  recipient: string;
  recipient_country: string;
  recipient_sector: string;
  location: string;
  location_country: string;
  modality: string;
  cameo_code: string;
  text: string;
  trigger: string;
  sentence_start: number;
  sentence_end: number;
  url: string;
  publication_date: string | null;
}>;

const join = (list: readonly EventActor[], field: 'name' | 'country' | 'sector') => [...new Set(list.map((a) => a[field]).filter(Boolean))].join(';');

/** PLOVER records for a document's events. @example toPloverRecords(analyze({ text }))[0].event_type */
export function toPloverRecords(doc: Pick<Doc, 'id' | 'text' | 'meta' | 'events'>): PloverRecord[] {
  return doc.events
    .filter((e) => e.plover.event !== 'STATEMENT')
    .map((e) => ({
      id: `${doc.id}-${e.id}`,
      story_id: doc.id,
      event_date: e.date,
      event_type: e.plover.event,
      mode: e.plover.mode ?? '',
      context: '',
      actor: join(e.actors, 'name'),
      actor_country: join(e.actors, 'country'),
      actor_sector: join(e.actors, 'sector'),
      recipient: join(e.recipients, 'name'),
      recipient_country: join(e.recipients, 'country'),
      recipient_sector: join(e.recipients, 'sector'),
      location: e.location?.name ?? '',
      location_country: e.location?.country ?? '',
      modality: e.modality,
      cameo_code: e.cameo.code ?? e.cameo.root,
      text: doc.text.slice(e.start, e.end),
      trigger: doc.text.slice(e.trigger.start, e.trigger.end),
      sentence_start: e.start,
      sentence_end: e.end,
      url: doc.meta.url ?? '',
      publication_date: doc.meta.published,
    }));
}
