import { expect, it } from 'vitest';
import { fillPeriods, nextStart } from './periods.js';

it('a month, week or day is followed by the next, across a year', () => {
  expect(nextStart('2016-12', 'month')).toBe('2017-01');
  expect(nextStart('2016-12-26', 'week')).toBe('2017-01-02');
  expect(nextStart('2016-02-28', 'day')).toBe('2016-02-29');
});

it('months nobody was quoted in stand between the months they were, so the axis is time', () => {
  const quoted = [{ period: '2016-09', quotes: 3 }, { period: '2017-01', quotes: 1 }];
  expect(fillPeriods(quoted, (p) => p.period, 'month', (period) => ({ period, quotes: 0 })).map((p) => `${p.period} ${p.quotes}`))
    .toEqual(['2016-09 3', '2016-10 0', '2016-11 0', '2016-12 0', '2017-01 1']);
});
