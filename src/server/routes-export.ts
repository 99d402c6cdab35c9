// GET /api/export?format=...: any query exported as a stream, no cap, through src/export (the same
// code as `parley export`). brat, a folder of .txt/.ann pairs on the command line, comes as one JSON
// line per article here: { name, txt, ann }.
import { PassThrough, Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { EXPORT_FORMATS as STORE_FORMATS, exportQuery, type ExportFormat } from '../export/export-query.js';
import { bratName, toBrat } from '../export/to-brat.js';
import type { Store } from '../store/store.js';
import { HttpError } from './errors.js';
import { listOptions, type ListQuery } from './query-params.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'tsv', 'plover', 'phoenix', 'brat', 'gexf', 'graphml', 'quotes-csv', 'events-csv', 'actors-csv'] as const;
const TABLES = ['quotes', 'events', 'actors'] as const;

const TYPES: Record<string, [string, string]> = {
  jsonl: ['application/x-ndjson; charset=utf-8', 'jsonl'],
  csv: ['text/csv; charset=utf-8', 'csv'],
  plover: ['application/json; charset=utf-8', 'plover.json'],
  phoenix: ['text/tab-separated-values; charset=utf-8', 'tsv'],
  brat: ['application/x-ndjson; charset=utf-8', 'brat.jsonl'],
  gexf: ['application/xml; charset=utf-8', 'gexf'],
  graphml: ['application/xml; charset=utf-8', 'graphml'],
};

async function* bratLines(store: Store, opts: ReturnType<typeof listOptions>): AsyncGenerator<string> {
  for await (const doc of store.exportDocs(opts)) yield `${JSON.stringify({ name: bratName(doc.id), txt: doc.text, ann: toBrat(doc) })}\n`;
}

/** The export module's format for a request: csv takes `table` (quotes, events, actors); tsv is phoenix, as on the CLI. */
function formatOf(format: string, table: string | undefined): ExportFormat | 'brat' {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new HttpError(400, 'bad-format', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (format === 'tsv') return 'phoenix';
  if (format !== 'csv') return format as ExportFormat;
  const t = table ?? 'quotes';
  if (!(TABLES as readonly string[]).includes(t)) throw new HttpError(400, 'bad-table', `table must be one of ${TABLES.join(', ')}`);
  return `${t}-csv` as ExportFormat;
}

export function registerExport(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: ListQuery & { format?: string; table?: string } }>('/api/export', async (req, reply) => {
    const format = formatOf(req.query.format ?? 'jsonl', req.query.table);
    const opts = { ...listOptions(req.query), limit: undefined, cursor: null };
    const [type, ext] = TYPES[format.endsWith('-csv') ? 'csv' : format];
    reply.type(type).header('content-disposition', `attachment; filename="parley-export.${format.endsWith('-csv') ? `${format.slice(0, -4)}.` : ''}${ext}"`);
    if (format === 'brat') return reply.send(Readable.from(bratLines(store, opts)));
    if (!(STORE_FORMATS as readonly string[]).includes(format)) throw new HttpError(400, 'bad-format', `format ${format} is not exported`);
    const out = new PassThrough();
    exportQuery(store, format, opts, out).then(() => out.end(), (err: Error) => out.destroy(err));
    return reply.send(out);
  });
}
