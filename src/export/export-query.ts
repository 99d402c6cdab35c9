// Export any query in one of the formats below, streaming page by page (no caps, no whole-corpus
// buffers). brat writes a folder (.txt + .ann per article); everything else writes one stream.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { EventRecord, QueryOptions, Store } from '../store/store.js';
import { ACTOR_HEADER, EVENT_HEADER, QUOTE_HEADER, actorCsv, csvLine, eventCsv, quoteCsv } from './to-csv.js';
import { PHOENIX_HEADER, toPhoenixRows, toPloverRecord } from './to-event-formats.js';
import { bratName, toBrat } from './to-brat.js';
import { toGexf, toGraphml } from './to-graph.js';

export const EXPORT_FORMATS = ['jsonl', 'quotes-csv', 'events-csv', 'actors-csv', 'plover', 'phoenix', 'brat', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Write a chunk, waiting when the stream asks us to. */
async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
}

type EventFormatters = { plover: (v: EventRecord) => unknown; phoenix: (v: EventRecord) => string[][] };

/** The events stage's own formatters when it ships them (src/events/export/), else the thin ones here. */
async function eventFormatters(): Promise<EventFormatters> {
  const fallback: EventFormatters = { plover: (v) => toPloverRecord(v), phoenix: toPhoenixRows };
  try {
    const plover = (await import(['..', 'events', 'export', 'to-plover-records.js'].join('/'))) as Record<string, unknown>;
    const phoenix = (await import(['..', 'events', 'export', 'to-phoenix-rows.js'].join('/'))) as Record<string, unknown>;
    const p = plover.toPloverRecords ?? plover.toPloverRecord;
    const x = phoenix.toPhoenixRows;
    if (typeof p !== 'function' || typeof x !== 'function') return fallback;
    return {
      plover: (v) => { try { const r = p(v); return Array.isArray(r) ? r[0] ?? fallback.plover(v) : r; } catch { return fallback.plover(v); } },
      phoenix: (v) => { try { const r = x(v); return Array.isArray(r) && Array.isArray(r[0]) ? r : fallback.phoenix(v); } catch { return fallback.phoenix(v); } },
    };
  } catch {
    return fallback;
  }
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
    case 'plover': {
      const f = await eventFormatters();
      await put(out, '[');
      for await (const v of store.exportEvents(opts)) { await put(out, (n++ ? ',\n' : '\n') + JSON.stringify(f.plover(v))); }
      await put(out, '\n]\n');
      return n;
    }
    case 'phoenix': {
      const f = await eventFormatters();
      await put(out, PHOENIX_HEADER.join('\t') + '\n');
      for await (const v of store.exportEvents(opts)) for (const row of f.phoenix(v)) { await put(out, row.join('\t') + '\n'); n++; }
      return n;
    }
    case 'gexf': case 'graphml': {
      const net = await store.actorNetwork(opts);
      await put(out, format === 'gexf' ? toGexf(net) : toGraphml(net));
      return net.nodes.length;
    }
  }
}
