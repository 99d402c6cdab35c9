// A place word before a person's title is part of how the person is named, no actor of its own (sentence-actors.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** Events of a body sentence as "trigger: actors -> recipients". */
function events(body: string): string[] {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)}: ${e.actors.map((a) => a.name).join('+')} -> ${e.recipients.map((a) => a.name).join('+')}`);
}

describe('a state before a title the person\'s mention holds ("Vermont Sen. Bernie Sanders")', () => {
  it.each([
    ['"Michigan Gov. Rick Snyder"', 'Sen. Bernie Sanders called on Michigan Gov. Rick Snyder to resign.', 'called on: Bernie Sanders -> Rick Snyder'],
    ['"former Florida Gov. Jeb Bush"', 'Donald Trump praised former Florida Gov. Jeb Bush on Monday.', 'praised: Donald Trump -> Jeb Bush'],
  ])('%s is the person, not the state', (_why, text, want) => expect(events(text)).toContain(want));
  it('keeps a place that is the object itself ("visited Ohio on Monday")', () => {
    expect(events('Vladimir Putin visited Germany on Monday.').some((e) => e.endsWith('-> Germany'))).toBe(true);
  });
});
