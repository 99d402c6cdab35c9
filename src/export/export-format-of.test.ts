import { expect, it } from 'vitest';
import { exportFormatOf } from './export-format-of.js';

it.each([
  ['csv', undefined, 'quotes-csv'], // the file type people know: the quotes' table, as the API's format=csv
  ['CSV', 'events', 'events-csv'], // a table named as the API's table=events
  ['csv', 'actors', 'actors-csv'],
  ['tsv', undefined, 'phoenix'], // the one tab-separated export
  ['events-csv', undefined, 'events-csv'],
  ['graphml', undefined, 'graphml'],
])('%s (table %s) → %s', (name, table, want) => {
  expect(exportFormatOf(name, table)).toBe(want);
});

it('names the value it does not know', () => {
  expect(() => exportFormatOf('xlsx')).toThrow(/format must be one of .*csv, tsv, not "xlsx"/);
  expect(() => exportFormatOf('csv', 'speakers')).toThrow(/table must be one of quotes, events, actors/);
  expect(() => exportFormatOf('jsonl', 'events')).toThrow(/a table goes with the csv format/);
});
