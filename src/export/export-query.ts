// Export any query in one of the formats below, streaming page by page (no caps, no whole-corpus
// buffers). brat writes a folder (.txt + .ann per article); everything else writes one stream.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { QueryOptions, Store } from '../store/store.js';
import { ACTOR_HEADER, EVENT_HEADER, QUOTE_HEADER, actorCsv, csvLine, eventCsv, quoteCsv } from './to-csv.js';
import type { ContractDoc } from '../analyze/to-contract.js';
import { toPloverRecords } from '../events/export/to-plover-records.js';
import { PHOENIX_COLUMNS, toPhoenixRows } from '../events/export/to-phoenix-rows.js';
import { parseQuery, requiredFields } from '../search/parse-query.js';
import { bratName, toBrat } from './to-brat.js';
import { toGexf, toGraphml } from './to-graph.js';

export const EXPORT_FORMATS = ['jsonl', 'quotes-csv', 'events-csv', 'actors-csv', 'plover', 'phoenix', 'brat', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const tsvField = (x: string) => x.replace(/[\t\r\n]+/g, ' ');

/** Write a chunk, waiting when the stream asks us to. */
async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
}

/**
 * The events of a stored document that the query asks for, as `parley events` lists them (read-rows.ts):
 * `event:THREATEN` (or `event:THR*`) keeps those types, `event:13` / `event:131` that CAMEO root / code,
 * `actor:RUS` the events whose actors or recipients have that name or country. Other fields select the documents.
 */
export function eventsWanted(doc: ContractDoc, q: string | undefined): ContractDoc {
  const node = parseQuery(q).node;
  const types = requiredFields(node, 'event');
  const actors = requiredFields(node, 'actor');
  if (!types.length && !actors.length) return doc;
  const like = (x: string | null | undefined, w: { value: string; prefix: boolean }, upper: boolean) => {
    if (!x) return false;
    const [a, b] = upper ? [x.toUpperCase(), w.value.toUpperCase()] : [x.toLowerCase(), w.value.toLowerCase()];
    return w.prefix ? a.startsWith(b) : a === b;
  };
  const ofType = (e: ContractDoc['events'][number]) => types.every((w) => (/^\d+$/.test(w.value)
    ? (w.value.length <= 2 ? e.cameo?.root : e.cameo?.code) === w.value
    : like(e.plover.event, w, true)));
  const withActor = (e: ContractDoc['events'][number]) => actors.every((w) =>
    [...e.actors, ...e.recipients].some((a) => like(a.name, w, false) || like(a.country, w, false)));
  return { ...doc, events: doc.events.filter((e) => ofType(e) && withActor(e)) };
}

/**
 * Phoenix dates every event by its story (the Phoenix pipeline codes the day a story ran): an event whose
 * text names no date of its own gets the article's published day, so no row goes out without a date.
 */
export function withStoryDates(doc: ContractDoc): ContractDoc {
  const day = doc.meta?.published?.slice(0, 10);
  if (!day) return doc;
  return { ...doc, events: doc.events.map((e) => (e.date ? e : { ...e, date: day })) };
}

/** Export the matches of `opts.q`; `out` is a stream, or for brat a directory path. Returns items written. */
export async function exportQuery(store: Store, format: ExportFormat, opts: QueryOptions, out: Writable | string): Promise<number> {
  let n = 0;
  if (format === 'brat') {
    if (typeof out !== 'string') throw new Error('brat export needs --out DIR');
    await mkdir(out, { recursive: true });
    for await (const doc of store.exportDocs(opts)) {
      const stem = join(out, bratName(doc.id));
      await writeFile(`${stem}.txt`, doc.text);
      await writeFile(`${stem}.ann`, toBrat(doc));
      n++;
    }
    return n;
  }
  if (typeof out === 'string') throw new Error(`${format} export writes a stream, not a directory`);
  switch (format) {
    case 'jsonl':
      for await (const doc of store.exportDocs(opts)) { await put(out, JSON.stringify(doc) + '\n'); n++; }
      return n;
    case 'quotes-csv':
      await put(out, csvLine(QUOTE_HEADER));
      for await (const q of store.exportQuotes(opts)) { await put(out, quoteCsv(q)); n++; }
      return n;
    case 'events-csv':
      await put(out, csvLine(EVENT_HEADER));
      for await (const v of store.exportEvents(opts)) { await put(out, eventCsv(v)); n++; }
      return n;
    case 'actors-csv': {
      await put(out, csvLine(ACTOR_HEADER));
      let cursor: string | null = null;
      do {
        const page = await store.actors({ ...opts, cursor, limit: 1000 });
        for (const a of page.items) { await put(out, actorCsv(a)); n++; }
        cursor = page.next;
      } while (cursor);
      return n;
    }
    // PLOVER and Phoenix come from the events stage's own formatters, over the stored documents.
    case 'plover': {
      await put(out, '[');
      for await (const doc of store.exportDocs(opts)) {
        for (const r of toPloverRecords(eventsWanted(doc, opts.q))) await put(out, (n++ ? ',\n' : '\n') + JSON.stringify(r));
      }
      await put(out, '\n]\n');
      return n;
    }
    case 'phoenix': {
      await put(out, PHOENIX_COLUMNS.join('\t') + '\n');
      for await (const doc of store.exportDocs(opts)) {
        for (const row of toPhoenixRows(withStoryDates(eventsWanted(doc, opts.q)))) { await put(out, row.map(tsvField).join('\t') + '\n'); n++; }
      }
      return n;
    }
    case 'gexf': case 'graphml': {
      const net = await store.actorNetwork(opts);
      await put(out, format === 'gexf' ? toGexf(net) : toGraphml(net));
      return net.nodes.length;
    }
  }
}
