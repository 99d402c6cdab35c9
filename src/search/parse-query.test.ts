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
