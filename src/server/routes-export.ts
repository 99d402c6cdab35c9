// GET /api/export?format=...: any query exported as a stream, no cap. JSONL is the contract document
// per line; the other formats come from src/export.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { HttpError } from './errors.js';
import { listOptions, type ListQuery } from './query-params.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'phoenix', 'brat', 'gexf', 'graphml'] as const;
type Format = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<Format, [string, string]> = {
  jsonl: ['application/x-ndjson; charset=utf-8', 'jsonl'],
  csv: ['text/csv; charset=utf-8', 'csv'],
  plover: ['application/x-ndjson; charset=utf-8', 'plover.jsonl'],
  phoenix: ['text/tab-separated-values; charset=utf-8', 'tsv'],
  brat: ['text/plain; charset=utf-8', 'ann'],
  gexf: ['application/xml; charset=utf-8', 'gexf'],
  graphml: ['application/xml; charset=utf-8', 'graphml'],
};

async function* jsonl(store: Store, opts: ReturnType<typeof listOptions>): AsyncGenerator<string> {
  for await (const doc of store.exportDocs(opts)) yield `${JSON.stringify(doc)}\n`;
}

export function registerExport(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: ListQuery & { format?: string; table?: string } }>('/api/export', async (req, reply) => {
    const format = (req.query.format ?? 'jsonl') as Format;
    if (!EXPORT_FORMATS.includes(format)) throw new HttpError(400, 'bad-format', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const opts = { ...listOptions(req.query), limit: undefined, cursor: null };
    const chunks = format === 'jsonl' ? jsonl(store, opts) : null;
    if (!chunks) throw new HttpError(501, 'format-not-ready', `export as ${format} is not available yet`);
    const [type, ext] = TYPES[format];
    reply.type(type).header('content-disposition', `attachment; filename="parley-export.${ext}"`);
    return reply.send(Readable.from(chunks));
  });
}
