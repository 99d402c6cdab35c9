// Phoenix/GDELT-style TSV rows from an analysed document: date, source and target actor codes
// (country + sector, e.g. USAGOV; IGO bodies as IGO), CAMEO code and root, quad class, Goldstein score,
// URL or story id, sentence offsets. Quad class follows Phoenix QuadClass 0–4: 0 neutral / statement
// (CAMEO 01), 1 verbal cooperation (02–05), 2 material cooperation (06–08), 3 verbal conflict (09–13),
// 4 material conflict (14–20). Only asserted events are rows: Phoenix codes what happened, except
// threats, which are verbal conflict in themselves and are kept.
import type { Doc, Event, EventActor } from '../../doc/types.js';
import { lexicon } from '../patterns/load-patterns.js';

export const PHOENIX_COLUMNS = ['date', 'source', 'target', 'cameo_code', 'root', 'quad_class', 'goldstein', 'story', 'sentence_start', 'sentence_end', 'modality', 'event_id'] as const;

/** Phoenix QuadClass of a CAMEO root. */
export function quadClass(root: string): 0 | 1 | 2 | 3 | 4 {
  const r = Number(root);
  return r <= 1 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

/** "USAGOV", "RUSMIL", "IGO", "SYR"; empty when the actor has neither country nor sector. */
export function actorCode(a: EventActor | undefined): string {
  if (!a) return '';
  if (a.sector === 'IGO' && !a.country) return 'IGO';
  return `${a.country ?? ''}${a.sector ?? ''}`;
}

function goldstein(e: Event): number {
  const lx = lexicon();
  const code = e.cameo.code ?? e.cameo.root;
  return (lx.cameo.get(code) ?? lx.cameo.get(e.cameo.root))?.[2] ?? 0;
}

/** One row per source × target pair of each asserted (or threatened) event. */
export function toPhoenixRows(doc: Pick<Doc, 'id' | 'meta' | 'events'>): string[][] {
  const rows: string[][] = [];
  for (const e of doc.events) {
    if (e.modality !== 'asserted' && e.modality !== 'threatened') continue;
    const sources = e.actors.length ? e.actors : [undefined];
    const targets = e.recipients.length ? e.recipients : [undefined];
    for (const s of sources) for (const t of targets) {
      rows.push([e.date ?? '', actorCode(s), actorCode(t), e.cameo.code ?? e.cameo.root, e.cameo.root, String(quadClass(e.cameo.root)), goldstein(e).toFixed(1), doc.meta.url ?? doc.id, String(e.start), String(e.end), e.modality, e.id]);
    }
  }
  return rows;
}

/** The rows as TSV text with a header line; tabs and newlines inside fields become spaces. */
export function toPhoenixTsv(doc: Pick<Doc, 'id' | 'meta' | 'events'>): string {
  const clean = (x: string) => x.replace(/[\t\r\n]+/g, ' ');
  return [PHOENIX_COLUMNS.join('\t'), ...toPhoenixRows(doc).map((r) => r.map(clean).join('\t'))].join('\n') + '\n';
}
