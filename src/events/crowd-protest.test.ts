// A crowd's gathering is a demonstration (CAMEO 141) when the crowd is protesters or gathers for a
// protest's purpose; a gathering for anything else is no event.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** The events of a body after a headline line, as "PLOVER/code trigger: actors". */
function events(body: string): string[] {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => `${e.plover.event}/${e.cameo.code ?? e.cameo.root} ${text.slice(e.trigger.start, e.trigger.end)}: ${e.actors.map((a) => a.name).join('+')}`);
}

describe('events: a crowd gathering to protest', () => {
  it.each([
    // a number word gathering for a demand
    ['Thousands gathered outside parliament to demand the resignation of the prime minister.', 'PROTEST/141 gathered: Thousands'],
    // protesters need no purpose; the gathering sentence has no trigger of its own
    ['Protesters gathered outside the Russian embassy in London.', 'PROTEST/141 gathered: Protesters'],
    ['Thousands of protesters had gathered outside parliament in Athens on Sunday.', 'PROTEST/141 gathered: protesters'],
    // a people named, gathering "to protest"
    ['Thousands of Georgians gathered in Tbilisi to protest against the law.', 'PROTEST/141 gathered: Georgians'],
    // a march by an agent noun with no country
    ['Hundreds of farmers marched on parliament to protest against the new tax.', 'PROTEST/140 marched: farmers'],
  ])('%s', (text, event) => {
    expect(events(text)).toContain(event);
  });

  it.each([
    ['Hundreds of people gathered at the church for the funeral.'],
    ['A crowd gathered outside the station.'],
  ])('codes no protest for a gathering with no protest in it: %s', (text) => {
    expect(events(text).filter((e) => e.startsWith('PROTEST'))).toEqual([]);
  });
});
