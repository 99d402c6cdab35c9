import { describe, expect, it } from 'vitest';
import { ReadError } from './article-input.js';
import { readArticle } from './read-article.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('readArticle: plain text', () => {
  it('reads a dateline and a headline, keeping the text exactly', () => {
    const text = '12/04/2017 00:04 BST | Updated 12/04/2017 16:05 BST\n\nMinisters Meet In Lucca\n\nThe meeting ended. Nobody agreed.\n';
    const r = readArticle({ text });
    expect(r.text).toBe(text);
    expect(r.meta.headline).toBe('Ministers Meet In Lucca');
    expect(r.meta.published).toBe('2017-04-12T00:04:00+01:00');
    expect(r.meta.updated).toBe('2017-04-12T16:05:00+01:00');
    expect(text.slice(r.meta.datelineSpan!.start, r.meta.datelineSpan!.end)).toBe('12/04/2017 00:04 BST | Updated 12/04/2017 16:05 BST');
    expect(text.slice(r.meta.headlineSpan!.start, r.meta.headlineSpan!.end)).toBe('Ministers Meet In Lucca');
  });

  it.each([
    // [text, headline, why]
    ['Budget talks stall again.\n\nThe committee adjourned on Friday without a deal.', 'Budget talks stall again.', 'a short first line on its own ends in a full stop'],
    ['Senate passes the bill; \nHouse vote expected next week.\n\nThe Senate voted 60-40.', 'Senate passes the bill; House vote expected next week.', 'headline and subhead joined by a semicolon'],
    ['Markets Rally On Jobs Data\nShares rose sharply on Friday after the report.', 'Markets Rally On Jobs Data', 'a title-case line straight above the body'],
    ['The minister, who had been under pressure for weeks over the handling of the crisis, told parliament on Tuesday that she would not resign, despite calls from her own party.\n\nShe spoke for an hour.', null, 'a long first sentence is body'],
    ['The minister said the talks\nwould go on for another week\nat least.', null, 'hard-wrapped body: no headline'],
    ['Budget talks stall\nThe committee adjourned on Friday without a deal.\nIt meets again in May.', 'Budget talks stall', 'one paragraph a line'],
    ['One paragraph only, with no headline.', null, 'nothing after it'],
    // title case read through curly quotes, apostrophes and dashes as through ASCII ones
    ['Trump\u2019s \u201cAmerica First\u201d Budget Slashes Foreign Aid \u2014 Again\nThe plan cuts aid', 'Trump\u2019s \u201cAmerica First\u201d Budget Slashes Foreign Aid \u2014 Again', 'a title-case line with curly marks'],
    ['the president\u2019s \u201camerica first\u201d budget slashes foreign aid\nThe plan cuts aid', null, 'a lower-case line with curly marks, a shorter line after it'],
    ['Z\u00fcrich Talks Stall As Envoys Leave\nThe envoys left', 'Z\u00fcrich Talks Stall As Envoys Leave', 'a letter outside ASCII'],
  ])('%#: %s', (text, headline) => {
    expect(readArticle({ text }).meta.headline).toBe(headline);
  });

  it('reads a byline', () => {
    expect(readArticle({ text: 'Talks Fail\n\nBy Jane Smith and Tom Jones\n\nThe talks failed.' }).meta.byline).toBe('Jane Smith and Tom Jones');
  });

  it('lets the input published, headline, url and source win', () => {
    const r = readArticle({ text: 'April 12, 2017\n\nBody text here.', published: '2017-04-13T09:00:00+02:00', url: 'https://www.example.org/a', headline: 'Given' });
    expect(r.meta.published).toBe('2017-04-13T09:00:00+02:00');
    expect(r.meta.headline).toBe('Given');
    expect(r.meta.source).toBe('example.org');
    expect(r.meta.url).toBe('https://www.example.org/a');
  });

  it('gives an empty document for empty or blank text', () => {
    const r = readArticle({ text: ' \n\t\n' });
    expect(r.text).toBe(' \n\t\n');
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['empty-text']);
  });
});

describe('readArticle: bytes', () => {
  it('refuses binary', () => {
    expect(() => readArticle({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) })).toThrow(ReadError);
  });

  it('replaces invalid UTF-8 and counts it', () => {
    const bytes = new Uint8Array([...enc('Caf'), 0xe9, ...enc(' and na'), 0xef, ...enc('ve.')]);
    const r = readArticle({ bytes });
    expect(r.text).toBe('Caf\ufffd and na\ufffdve.');
    expect(r.diagnostics[0]).toMatchObject({ rule: 'invalid-utf8', message: expect.stringContaining('2 invalid') });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(readArticle({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Hello.')]) }).text).toBe('Hello.');
  });

  it('sniffs HTML', () => {
    const r = readArticle({ bytes: enc('<!doctype html><html><head><title>T</title></head><body><h1>Big News</h1><p>It happened.</p></body></html>') });
    expect(r.text).toBe('Big News\n\nIt happened.');
  });
});

describe('readArticle: HTML', () => {
  const page = `<!doctype html><html lang="en"><head><title>Talks fail | The Paper</title>
<meta property="og:title" content="Talks fail &amp; tempers fray">
<meta property="article:published_time" content="2017-04-12T00:04:00+01:00">
<meta property="og:url" content="https://www.thepaper.example/talks">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks fail &amp; tempers fray","datePublished":"2017-04-12T00:04:00+01:00","dateModified":"2017-04-12T16:05:00+01:00","author":{"@type":"Person","name":"Jane Smith"}}</script>
<style>.x{color:red}</style><script>var secret = "never in text";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks fail &amp; tempers fray</h1><p class="byline">By Jane Smith</p>
<p>Ministers from seven countries failed to agree on sanctions on Tuesday, after a long day of talks in the Italian city of Lucca &mdash; and tempers frayed.</p>
<p>&ldquo;We must have a dialogue,&rdquo; the Italian foreign minister said. He said there was no consensus on new measures against Moscow.</p>
<p>The talks are expected to resume next month in Brussels, officials said, though no date has been set for them yet.</p></article>
<footer>Copyright The Paper</footer></body></html>`;

  it('reads meta before Readability and the body after it', () => {
    const r = readArticle({ html: page });
    expect(r.meta.headline).toBe('Talks fail &amp; tempers fray'.replace('&amp;', '&'));
    expect(r.meta.published).toBe('2017-04-12T00:04:00+01:00');
    expect(r.meta.updated).toBe('2017-04-12T16:05:00+01:00');
    expect(r.meta.byline).toBe('Jane Smith');
    expect(r.meta.source).toBe('thepaper.example');
    expect(r.text.startsWith('Talks fail & tempers fray\n\n')).toBe(true);
    expect(r.text).toContain('\u201cWe must have a dialogue,\u201d');
    expect(r.text).not.toMatch(/&[a-z]+;|never in text|color:red|Copyright/);
  });

  it('reads a visible dateline when there is no machine-readable date', () => {
    const html = '<html><body><h1>Talks</h1><div class="date">12/04/2017 00:04 BST | Updated 12/04/2017 16:05 BST</div><p>Short body.</p></body></html>';
    const r = readArticle({ html });
    expect([r.meta.published, r.meta.updated]).toEqual(['2017-04-12T00:04:00+01:00', '2017-04-12T16:05:00+01:00']);
  });

  it('survives deep nesting and huge attributes', () => {
    const deep = '<div>'.repeat(20000) + 'deep text' + '</div>'.repeat(20000);
    const html = `<html><body><p title="${'x'.repeat(1_000_000)}">Hello there.</p>${deep}</body></html>`;
    const r = readArticle({ html });
    expect(r.text).toContain('Hello there.');
  });
});

describe('readArticle: HTML fragments', () => {
  // A feed item's description or a pasted snippet has no <html> or <body>: it is still an article.
  it.each([
    ['<p>The minister said the talks would go on.</p>', 'The minister said the talks would go on.'],
    ['The minister said the talks would go on.', 'The minister said the talks would go on.'],
    ['<div><p>First paragraph.</p><p>Second paragraph.</p></div>', 'First paragraph.\n\nSecond paragraph.'],
  ])('reads %j', (html, text) => {
    expect(readArticle({ html }).text).toBe(text);
  });
  it('gives an empty document with a diagnostic, not a throw, for empty HTML', () => {
    const read = readArticle({ html: '' });
    expect(read.text).toBe('');
    expect(read.diagnostics.map((d) => d.rule)).toContain('empty-text');
  });
});
