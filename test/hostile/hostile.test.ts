// Hostile input: each case gives a document (or a clear ReadError) in linear time, and every document
// keeps the invariants in invariants.ts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { ReadError } from '../../src/read/article-input.js';
import { readArticle } from '../../src/read/read-article.js';
import { segment } from '../../src/segment/segment.js';
import { checkInvariants } from './invariants.js';

const enc = (s: string) => new TextEncoder().encode(s);
const SENTENCE = 'The minister told reporters in Geneva that the talks, which began on Monday, would go on. ';

// [name, input text, what must hold beyond the invariants]
const TEXTS: [string, string, (t: string, doc: ReturnType<typeof analyze>) => void][] = [
  ['CRLF line ends', 'Talks Fail\r\n\r\nThe talks failed. Nobody was surprised.\r\n\r\nThey will meet again.\r\n', (_t, doc) => {
    expect(doc.paragraphs.length).toBe(3);
    expect(doc.sentences.length).toBe(4);
    expect(doc.meta.headline).toBe('Talks Fail');
  }],
  ['10,000 unbalanced quotation marks', 'He said "yes and '.repeat(10_000), (_t, doc) => expect(doc.tokens.length).toBe(50_000)],
  ['10,000 curly openers, no closer', '\u201cNo. '.repeat(10_000), (_t, doc) => expect(doc.sentences.length).toBeGreaterThan(1)],
  ['no-break spaces', 'Mr\u00a0Smith said\u00a0it was\u202fover.\u00a0He left.', (t, doc) => {
    expect(doc.tokens.map((k) => t.slice(k.start, k.end))).not.toContain('\u00a0');
    expect(doc.sentences.length).toBe(2);
  }],
  ['emoji and surrogate pairs', 'Fans cheered \ud83c\udf89\ud83d\udc4d\ud83c\udffd! The \ud835\udc00 team won \ud83d\udc69\u200d\ud83d\udcbb. \ud83d\ude00', (_t, doc) => expect(doc.sentences.length).toBe(3)],
  ['lone surrogates', 'Broken \ud800 text \udc00 here. Next.', (_t, doc) => expect(doc.sentences.length).toBe(2)],
  ['curly and straight quotes mixed', '\u201cWe won,\u201d he said. "We won," she said. \u2018Fine\u2019 \'ok\' "unclosed', (_t, doc) => expect(doc.sentences.length).toBe(3)],
  ['only punctuation', '?!?!... ... --- """ \u201d\u201c )))', () => undefined],
  ['control characters and zero-width', 'One\u0000two\u0007three\u200b\u200d\ufeff four.\u2028Five.\u2029Six.', (_t, doc) => expect(doc.paragraphs.length).toBe(2)],
  ['a 1 MB word', 'x'.repeat(1_000_000), (_t, doc) => expect(doc.tokens.length).toBe(1)],
  ['combining marks and RTL', 'Cafe\u0301 au lait. \u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645. \u05e9\u05dc\u05d5\u05dd.', (_t, doc) => expect(doc.tokens.length).toBe(9)],
  ['blank lines only', '\n\n \r\n\t\n', (_t, doc) => expect(doc.paragraphs).toEqual([])],
];

describe('hostile input', () => {
  it.each(TEXTS)('%s', (_name, text, extra) => {
    const doc = analyze({ text });
    expect(doc.text).toBe(text);
    checkInvariants(doc);
    extra(text, doc);
  });

  it('an empty file is an empty document', () => {
    const doc = analyze({ bytes: new Uint8Array(0) });
    expect(doc.text).toBe('');
    expect(doc.diagnostics.map((d) => d.rule)).toContain('empty-text');
    checkInvariants(doc);
  });

  it('a binary file is a clear error', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => analyze({ bytes: png })).toThrow(ReadError);
    try { analyze({ bytes: png }); } catch (err) { expect((err as ReadError).code).toBe('binary'); }
  });

  it('invalid UTF-8 is replaced and reported', () => {
    const doc = analyze({ bytes: new Uint8Array([...enc('Talks in Gen'), 0xe8, 0x80, ...enc('ve ended. '), 0xff, ...enc('Nobody came.')]) });
    expect(doc.text).toContain('\ufffd');
    expect(doc.diagnostics.find((d) => d.rule === 'invalid-utf8')).toBeTruthy();
    checkInvariants(doc);
  });

  it('CRLF and LF give the same paragraphs and sentences', () => {
    const lf = 'Headline Here\n\nFirst one. Second one.\n\nThird one.';
    const a = analyze({ text: lf });
    const b = analyze({ text: lf.replace(/\n/g, '\r\n') });
    const texts = (d: typeof a) => d.sentences.map((s) => d.text.slice(s.start, s.end));
    expect(texts(b)).toEqual(texts(a));
    expect(b.paragraphs.map((p) => p.kind)).toEqual(a.paragraphs.map((p) => p.kind));
  });

  it('hostile HTML: deep nesting, huge attributes, scripts', () => {
    const html = `<html><head><script>alert("x")</script></head><body><p data-x="${'y'.repeat(2_000_000)}">Kept text.</p>${'<div>'.repeat(50_000)}deep${'</div>'.repeat(50_000)}<style>p{}</style></body></html>`;
    const doc = analyze({ html });
    expect(doc.text).toContain('Kept text.');
    expect(doc.text).not.toMatch(/alert|p\{\}/);
    checkInvariants(doc);
  });

  it('a 20 MB single paragraph reads and segments in time linear in its size', () => {
    const time = (size: number) => {
      const text = SENTENCE.repeat(Math.ceil(size / SENTENCE.length));
      const t0 = performance.now();
      const read = readArticle({ text });
      const layers = segment({ id: 'x', text: read.text, meta: read.meta }, {});
      const ms = performance.now() - t0;
      checkInvariants({ id: 'x', text, meta: read.meta, ...layers, entities: [], quotes: [], events: [], diagnostics: [] });
      expect(layers.paragraphs.length).toBe(1);
      return ms;
    };
    time(200_000); // warm up
    const tSmall = time(2_000_000);
    const tBig = time(20_000_000);
    expect(tBig / tSmall).toBeLessThan(20);
  }, 240_000);

  // The whole pipeline on one long paragraph: 100 KB against 1 MB (20 MB through every stage takes
  // minutes today, so the full-size case above times read + segment only).
  it('analyze stays linear on one long paragraph', () => {
    const time = (size: number) => {
      const text = SENTENCE.repeat(Math.ceil(size / SENTENCE.length));
      const t0 = performance.now();
      const doc = analyze({ text });
      const ms = performance.now() - t0;
      checkInvariants(doc);
      return ms;
    };
    time(20_000); // warm up
    const tSmall = time(100_000);
    const tBig = time(1_000_000);
    expect(tBig / tSmall).toBeLessThan(20);
  }, 240_000);
});
