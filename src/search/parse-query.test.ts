import { describe, expect, it } from 'vitest';
import { parseQuery, positiveText, requiredFields } from './parse-query.js';

const p = (q: string) => parseQuery(q).node;

describe('parseQuery', () => {
  it.each([
    // words and phrases
    ['sanctions', { kind: 'term', text: 'sanctions', prefix: false }],
    ['sanction*', { kind: 'term', text: 'sanction', prefix: true }],
    ['"chemical weapons"', { kind: 'phrase', text: 'chemical weapons' }],
    // curly quotes pasted from a news page
    ['\u201cchemical weapons\u201d', { kind: 'phrase', text: 'chemical weapons' }],
    // "U.S." splits as the indexes split it
    ['U.S.', { kind: 'phrase', text: 'u s' }],
    ['speaker:"Boris Johnson"', { kind: 'field', field: 'speaker', value: 'Boris Johnson', prefix: false }],
    ['actor:RUS', { kind: 'field', field: 'actor', value: 'RUS', prefix: false }],
    ['', { kind: 'all' }],
  ])('%s', (q, node) => expect(p(q)).toEqual(node));

  it('AND binds tighter than OR, NOT and - negate, parentheses group', () => {
    expect(p('a b OR c')).toEqual({ kind: 'or', children: [{ kind: 'and', children: [
      { kind: 'term', text: 'a', prefix: false }, { kind: 'term', text: 'b', prefix: false }] }, { kind: 'term', text: 'c', prefix: false }] });
    expect(p('(Syria OR Assad) -Trump')).toEqual({ kind: 'and', children: [
      { kind: 'or', children: [{ kind: 'term', text: 'syria', prefix: false }, { kind: 'term', text: 'assad', prefix: false }] },
      { kind: 'not', child: { kind: 'term', text: 'trump', prefix: false } }] });
  });

  it('unknown fields are words; bad input gives diagnostics, never throws', () => {
    expect(p('foo:bar')).toEqual({ kind: 'phrase', text: 'foo bar' });
    for (const q of ['"open', '((a', 'a)', 'NOT', 'OR OR', '*', '🙂', 'speaker:']) expect(() => parseQuery(q)).not.toThrow();
    expect(parseQuery('"open').diagnostics.map((d) => d.rule)).toEqual(['query-unclosed-phrase']);
    // each message names what it is about and how the query was read
    expect(parseQuery('tax "open season').diagnostics[0].message).toBe('unclosed phrase "open season: no closing quote, read to the end of the query as one phrase');
    expect(parseQuery('(tax OR budget').diagnostics[0].message).toBe('a "(" is never closed: read as closed at the end of the query');
    expect(parseQuery('tax)').diagnostics[0].message).toBe('a ")" closes no "(": left out');
  });

  it('finds the words to highlight and the fields every match must have', () => {
    const n = p('sanction* NOT Iran speaker:"Theresa May" (actor:RUS OR actor:CHN)');
    expect(positiveText(n).map((x) => x.text)).toEqual(['sanction']);
    expect(requiredFields(n, 'speaker')).toEqual([{ value: 'Theresa May', prefix: false }]);
    expect(requiredFields(n, 'actor')).toEqual([]);
  });
});

describe('query warnings', () => {
  const rules = (q: string) => parseQuery(q).diagnostics.map((d) => d.rule);
  it('a date bound that is not a date is dropped with a warning, not compared as text', () => {
    expect(p('after:yesterday sanctions')).toEqual({ kind: 'term', text: 'sanctions', prefix: false });
    expect(rules('after:yesterday')).toEqual(['query-bad-date']);
    expect(rules('before:2017-13-01')).toEqual(['query-bad-date']);
    expect(rules('before:2017-02-30')).toEqual(['query-bad-date']);
    expect(rules('after:2017 before:2017-04 after:2016-02-29')).toEqual([]);
    expect(p('after:2017-04')).toEqual({ kind: 'field', field: 'after', value: '2017-04', prefix: false });
  });
  it('a word that looks like a field but is none says so', () => {
    expect(rules('speakr:Johnson')).toEqual(['query-unknown-field']);
    expect(rules('speaker:Johnson "note: this"')).toEqual([]);
  });
});

describe('field values that can match nothing', () => {
  const messages = (q: string) => parseQuery(q).diagnostics.map((d) => `${d.rule}: ${d.message}`);
  it.each([
    // an event type that PLOVER does not have; a near one is named
    ['event:FOO', /^query-unknown-event: event:FOO is no PLOVER event type; types: AGREE, /],
    ['event:threat', /did you mean event:THREATEN\?/],
    ['event:PROTESTS', /did you mean event:PROTEST\?/],
    ['event:99', /^query-unknown-event: event:99 is no CAMEO code/],
    ['event:THREAT*', /^query-event-prefix: /],
    // a two-letter country code, as newspapers and ISO 3166-1 alpha-2 write it
    ['actor:RU', /^query-actor-code: actor:RU — countries are three-letter ISO codes: actor:RUS$/],
    ['actor:UK', /actor:GBR$/],
    // the Phoenix export's country + sector code
    ['actor:RUSGOV', /^query-actor-code: actor:RUSGOV is a country \+ sector code, which actor: does not read: try actor:RUS/],
  ])('%s warns', (q, message) => {
    expect(messages(q)).toHaveLength(1);
    expect(messages(q)[0]).toMatch(message);
  });
  it.each(['event:THREATEN', 'event:threaten', 'event:13', 'event:138', 'event:0211', 'actor:RUS', 'actor:"Boris Johnson"', 'actor:NATO',
    'actor:ISRAEL', 'actor:FRANCE', 'actor:EU', 'speaker:"Hillary Clinton"'])('%s is fine', (q) => expect(messages(q)).toEqual([]));
  it('the value is still searched as given', () => {
    expect(p('event:FOO')).toEqual({ kind: 'field', field: 'event', value: 'FOO', prefix: false });
  });
});

describe('a query with nothing to search in it', () => {
  it.each(['OR', '*', '-', '()', 'AND OR'])('%s warns that every article matches', (q) => {
    const { node, diagnostics } = parseQuery(q);
    expect(node).toEqual({ kind: 'all' });
    expect(diagnostics.map((d) => d.rule)).toContain('query-no-terms');
  });
  it('the empty query is every article, with no warning', () => {
    expect(parseQuery('').diagnostics).toEqual([]);
    expect(parseQuery('   ').diagnostics).toEqual([]);
  });
});
