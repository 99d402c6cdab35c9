// Export format names as people type them: "csv" and "tsv" are the file types they know, the
// exporter's names say which table. csv is the quotes' CSV unless a table is named (as the API's
// table=events), tsv the Phoenix event rows (the one tab-separated export).
import { EXPORT_FORMATS, type ExportFormat } from './export-query.js';

export const CSV_TABLES = ['quotes', 'events', 'actors'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** Names accepted beside EXPORT_FORMATS, with what they stand for. */
export const FORMAT_ALIASES = { csv: 'quotes-csv (or --table events|actors)', tsv: 'phoenix' } as const;

/**
 * The export format a name stands for; throws, naming the value, on one it does not know.
 * `exportFormatOf('csv', 'events')` → 'events-csv'; `exportFormatOf('tsv')` → 'phoenix'
 */
export function exportFormatOf(name: string, table?: string): ExportFormat {
  const f = name.trim().toLowerCase();
  if (table !== undefined && !(CSV_TABLES as readonly string[]).includes(table)) {
    throw new Error(`table must be one of ${CSV_TABLES.join(', ')}, not ${JSON.stringify(table)}`);
  }
  if (f === 'csv') return `${(table ?? 'quotes') as CsvTable}-csv`;
  if (table !== undefined && !f.endsWith('-csv')) throw new Error(`a table goes with the csv format, not ${JSON.stringify(name)}`);
  if (f === 'tsv') return 'phoenix';
  if ((EXPORT_FORMATS as readonly string[]).includes(f)) return f as ExportFormat;
  throw new Error(`format must be one of ${[...EXPORT_FORMATS, ...Object.keys(FORMAT_ALIASES)].join(', ')}, not ${JSON.stringify(name)}`);
}
