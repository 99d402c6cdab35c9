import { describe, expect, it } from 'vitest';
import { generateArticle } from '../ingest/generate-articles.js';
import { docRows } from './doc-rows.js';
import { CHILD_COLUMNS, CHILD_TABLES, encodeTuples, joinTuples, rowTuples, tupleChunks } from './row-tuples.js';

const items = [1, 2, 3].map((i) => generateArticle(i, 7).item());
const tuples = items.map((it) => rowTuples(it.id, docRows(it.doc)));

describe('rowTuples', () => {
  it('gives every child table rows of its column count, keyed by the article', () => {
    for (const table of CHILD_TABLES) {
      const rows = JSON.parse(joinTuples(tuples, table)) as unknown[][];
      for (const r of rows) expect(r).toHaveLength(CHILD_COLUMNS[table].length);
    }
    const quotes = JSON.parse(joinTuples(tuples.slice(0, 1), 'quotes')) as unknown[][];
    const doc = items[0].doc;
    expect(quotes.map((r) => [r[0], r[3]])).toEqual(doc.quotes.map((q) => [items[0].id, doc.text.slice(q.start, q.end)]));
  });

  it('cuts encoded rows into JSON arrays that hold the same rows as one array', () => {
    const encoded = tuples.map(encodeTuples);
    for (const table of CHILD_TABLES) {
      const whole = JSON.parse(joinTuples(tuples, table));
      const pieces = tupleChunks(encoded, table, 200);
      expect(pieces.flatMap((b) => JSON.parse(b.toString('utf8')))).toEqual(whole);
      expect(JSON.parse(joinTuples(encoded, table))).toEqual(whole);
    }
  });
});
