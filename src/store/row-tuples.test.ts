import { describe, expect, it } from 'vitest';
import { generateArticle } from '../ingest/generate-articles.js';
import { encodeItem, encodeItems } from '../ingest/encode-item.js';
import { CHILD_COLUMNS, CHILD_TABLES, eventList, rowTuples } from './row-tuples.js';
import { joinTuples, tupleChunks } from './tuple-chunks.js';

const items = [1, 2, 3].map((i) => generateArticle(i, 7).item());
const tuples = items.map((it) => rowTuples(it.doc));
const keyed = tuples.map((t, i) => ({ key: i + 1, tuples: t }));

describe('rowTuples', () => {
  it('gives every child table rows of its column count, wrapped with the key the writer gives the article', () => {
    for (const table of CHILD_TABLES) {
      const articles = JSON.parse(joinTuples(keyed, table)) as [number, unknown[][]][];
      for (const [, rows] of articles) for (const r of rows) expect(r).toHaveLength(CHILD_COLUMNS[table].length);
    }
    const [[key, quotes]] = JSON.parse(joinTuples([{ key: items[0].id, tuples: tuples[0] }], 'quotes')) as [string, unknown[][]][];
    const doc = items[0].doc;
    expect(key).toBe(items[0].id);
    expect(quotes.map((r) => r[2])).toEqual(doc.quotes.map((q) => doc.text.slice(q.start, q.end)));
  });

  it('lists each event mention\'s lower-cased name, and each event\'s type on the article row', () => {
    const events = JSON.parse(joinTuples(keyed.slice(0, 1), 'events'))[0][1] as unknown[][];
    const doc = items[0].doc;
    const col = CHILD_COLUMNS.events.indexOf('actor_names');
    expect(events.map((r) => JSON.parse(String(r[col])))).toEqual(doc.events.map((v) => [...v.actors, ...v.recipients].map((a) => a.name.toLowerCase())));
    expect(eventList(tuples[0]).split('|')).toEqual(doc.events.map((v) => v.plover.event));
  });

  it('leaves out the search keys for a store without them (SQLite), and nothing else', () => {
    const { searchKeys: without, ...rest } = rowTuples(items[0].doc, { searchKeys: false });
    const { searchKeys: keys, ...all } = rowTuples(items[0].doc);
    expect(without).toEqual([]);
    expect(keys).toContain('s:' + items[0].doc.quotes[0].speaker!.name.toLowerCase());
    expect(rest).toEqual(all);
  });

  it('cuts encoded rows into JSON arrays that hold the same rows as one array', () => {
    const encoded = items.map((it, i) => ({ key: i + 1, tuples: encodeItem({ ...it, tuples: tuples[i] }).item.tuples! }));
    for (const table of CHILD_TABLES) {
      const whole = JSON.parse(joinTuples(keyed, table));
      const pieces = tupleChunks(encoded, table, 200);
      expect(pieces.flatMap((b) => JSON.parse(b.toString('utf8')))).toEqual(whole);
      expect(JSON.parse(joinTuples(encoded, table))).toEqual(whole);
    }
  });
});

describe('encodeItem', () => {
  it('carries the document JSON and every table\'s rows, byte for byte, in one buffer; the doc keeps only meta and text', () => {
    // non-ASCII text and names: the views must cut at byte offsets, not at string indices
    const item = generateArticle(4, 7).item();
    const doc = { ...item.doc, text: `Zürich — ${item.doc.text} 🙂`, entities: [...item.doc.entities, { id: 'e99', type: 'person', name: 'José Müller', mentions: [] }] };
    const t = rowTuples(doc);
    const { item: out, buffer } = encodeItem({ ...item, doc, tuples: t });
    const text = (v: unknown) => Buffer.from(v as Uint8Array).toString('utf8');
    expect(text(out.docJson)).toBe(JSON.stringify(doc));
    for (const table of CHILD_TABLES) {
      expect(text(out.tuples![table])).toBe(t[table]);
      expect((out.tuples![table] as Uint8Array).buffer).toBe(buffer);
    }
    expect(Object.keys(out.doc)).toEqual(['meta', 'text']);
  });

  it('puts a whole chunk of items in one buffer, each item\'s views cut at its own bytes', () => {
    const chunk = [5, 6, 7].map((i) => generateArticle(i, 7).item());
    chunk[1] = { ...chunk[1], doc: { ...chunk[1].doc, text: `Señora Núñez said "no" — ${chunk[1].doc.text}` } };
    const { items: out, buffer } = encodeItems(chunk.map((it) => ({ ...it, tuples: rowTuples(it.doc) })));
    const text = (v: unknown) => Buffer.from(v as Uint8Array).toString('utf8');
    out.forEach((o, i) => {
      expect(text(o.docJson)).toBe(JSON.stringify(chunk[i].doc));
      expect((o.docJson as Uint8Array).buffer).toBe(buffer);
      for (const table of CHILD_TABLES) expect(text(o.tuples![table])).toBe(rowTuples(chunk[i].doc)[table]);
    });
  });
});

describe('rowTuples of names that need escaping', () => {
  // "Abu 'the \"Lion\"'" — a nickname in quotes; "Müller | Söhne", a pipe inside a speaker's name (the facet joins with '|')
  const base = generateArticle(8, 7).item().doc;
  const odd = { name: 'Abu "Lion" Haddad', country: 'SYR' };
  const plain = { name: 'Müller | Söhne', sector: 'business' };
  const doc = {
    ...base,
    events: base.events.map((v, k) => (k ? v : { ...v, actors: [odd, plain], recipients: [{ name: 'Zoë Ngata' }] })),
    quotes: base.quotes.map((q, k) => (k < 2 ? { ...q, speaker: { ...q.speaker!, name: k ? 'Müller / Söhne' : 'Müller | Söhne' } } : q)),
  };
  const t = rowTuples(doc);
  const events = JSON.parse(`[${t.events as string}]`) as unknown[][];

  it('keeps each actor\'s name, country and sector (null when missing) as JSON in the actors columns', () => {
    const col = CHILD_COLUMNS.events.indexOf('actors');
    expect(JSON.parse(String(events[0][col]))).toEqual([{ name: 'Abu "Lion" Haddad', country: 'SYR', sector: null }, { name: 'Müller | Söhne', country: null, sector: 'business' }]);
    expect(JSON.parse(String(events[0][col + 1]))).toEqual([{ name: 'Zoë Ngata', country: null, sector: null }]);
  });

  it('lists each speaker once in the facet, a pipe in a name written as a slash', () => {
    expect(t.facetSpeakers.split('|').filter((s) => s.startsWith('Müller'))).toEqual(['Müller / Söhne']);
  });

  it('counts a repeated relation once with its weight, in the order first seen', () => {
    const rel = JSON.parse(`[${t.relations as string}]`) as [string, string, string, number][];
    const keys = rel.map((r) => r.slice(0, 3).join('>'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(rel.find((r) => r[0] === 'Abu "Lion" Haddad')).toEqual(['Abu "Lion" Haddad', 'Zoë Ngata', base.events[0].plover.event.toLowerCase(), 1]);
  });
});
