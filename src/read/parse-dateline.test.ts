import { describe, expect, it } from 'vitest';
import { parseDateline } from './parse-dateline.js';

// [dateline, published, updated, why]
const CASES: [string, string | null, string | null, string][] = [
  ['12/04/2017 00:04 BST | Updated 12/04/2017 16:05 BST', '2017-04-12T00:04:00+01:00', '2017-04-12T16:05:00+01:00', 'BST: UK order, +01:00'],
  ['Published 3:14 PM ET Sept. 4, 2016', '2016-09-04T15:14:00-04:00', null, 'ET in September is EDT'],
  ['Published 3:14 PM ET Dec. 4, 2016', '2016-12-04T15:14:00-05:00', null, 'ET in December is EST'],
  ['Updated: 2016-09-04T15:14:00Z', null, '2016-09-04T15:14:00+00:00', 'ISO, Z kept as +00:00'],
  ['2017-04-12', '2017-04-12', null, 'a date alone is date-only'],
  ['April 12, 2017', '2017-04-12', null, 'US month-name order'],
  ['12 April 2017 10:30 GMT', '2017-04-12T10:30:00+00:00', null, 'day month year'],
  ['Tuesday 11 April 2017 21.59 BST', '2017-04-11T21:59:00+01:00', null, 'weekday and a dotted time'],
  ['04/05/2017 10:00 ET', '2017-04-05T10:00:00-04:00', null, 'ET is US: month first'],
  ['04/05/2017 10:00 CEST', '2017-05-04T10:00:00+02:00', null, 'CEST is European: day first'],
  ['13/05/2017 10:00', '2017-05-13T10:00:00', null, 'day above 12, no zone: no offset'],
  ['Posted: January 3, 2016 at 11:02 am EST | Updated: Jan 4, 2016 9:00 p.m. ET', '2016-01-03T11:02:00-05:00', '2016-01-04T21:00:00-05:00', 'two labels'],
  ['Last updated 13:05 GMT, 12 April 2017', null, '2017-04-12T13:05:00+00:00', 'time before date'],
  ['11 March 2018 14:00 IST', '2018-03-11T14:00:00+05:30', null, 'half-hour offset'],
  ['2016-03-01T10:00:00-05:00', '2016-03-01T10:00:00-05:00', null, 'ISO offset kept'],
  ['03/12/2017 | Updated 15/12/2017', '2017-12-03', '2017-12-15', 'a day above 12 settles the whole line'],
];

describe('parseDateline', () => {
  it.each(CASES)('%s', (line, published, updated) => {
    const found = parseDateline(line, {});
    expect(found).not.toBeNull();
    expect([found!.published, found!.updated]).toEqual([published, updated]);
  });

  it.each([
    'The talks on 12 April 2017 failed.',
    'Rex Tillerson To Urge Russia To End Support For Assad Regime',
    'In 2017 the war went on',
    '',
  ])('is not a dateline: %s', (line) => {
    expect(parseDateline(line, {})).toBeNull();
  });

  it('says when it guessed the day/month order, and follows dateOrder', () => {
    const guessed = parseDateline('04/05/2017', {})!;
    expect(guessed.published).toBe('2017-05-04');
    expect(guessed.diagnostics.map((d) => d.rule)).toEqual(['date-order-guessed']);
    const us = parseDateline('04/05/2017', { dateOrder: 'mdy' })!;
    expect(us.published).toBe('2017-04-05');
    expect(us.diagnostics).toEqual([]);
  });

  it('flags a time without a zone and an impossible date', () => {
    expect(parseDateline('13/05/2017 10:00', {})!.diagnostics.map((d) => d.rule)).toEqual(['date-no-zone']);
    expect(parseDateline('31/02/2017', {})!.diagnostics.map((d) => d.rule)).toEqual(['date-invalid']);
  });
});
