// Trigger words whose object or frame makes them no event of their type: force against a bill or an
// "it", a warning of a danger (also after the one warned), a plural noun that looks like an -s verb.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** The events of a body after a headline line, as in an article. */
function events(body: string) {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => ({ type: e.plover.event, trigger: text.slice(e.trigger.start, e.trigger.end) }));
}

describe('events: things of politics and dangers are no acts against anyone', () => {
  it('reads killing a bill, a deal or an "it" as no assault, and "asked for it", "negotiated it" as no meeting or concession', () => {
    const found = events('"They asked for it, they negotiated it, and then they killed it," Senator Tom Reyes said of the Republicans and the border bill. Republicans in the Senate killed the bill on Tuesday.');
    expect(found.filter((e) => e.type !== 'STATEMENT')).toEqual([]);
    expect(events('Nigerian troops killed 12 militants near Maiduguri on Sunday.')).toContainEqual({ type: 'ASSAULT', trigger: 'killed' });
  });
  it('reads a warning of a danger as no threat, after the one warned too', () => {
    expect(events('Chancellor Rachel Reeves has warned MPs that the government faces difficult choices.').filter((e) => e.type === 'THREATEN')).toEqual([]);
    expect(events('Chancellor Rachel Reeves warned of hard choices over the coming year.').filter((e) => e.type === 'THREATEN')).toEqual([]);
    expect(events('Russia warned Ukraine that it would respond with force.')).toContainEqual({ type: 'THREATEN', trigger: 'warned' });
  });
  it('reads an -s form before a finite verb as a plural noun, no act: "that taxes were likely to rise"', () => {
    expect(events('Its director told the BBC that taxes were likely to rise.').filter((e) => e.type === 'COERCE')).toEqual([]);
  });
});
