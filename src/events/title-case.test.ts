import { describe, expect, it } from 'vitest';
import { findEvents } from './find-events.js';
import { makeDoc, ACTORS as A, type EntitySpec } from './testing/make-doc.js';

const ALL: EntitySpec[] = Object.values(A);

/** The trigger words of a text's events. */
function triggers(text: string): string[] {
  return findEvents(makeDoc(text, ALL), {}).events.map((e) => text.slice(e.trigger.start, e.trigger.end));
}

describe('findEvents: title-case headlines', () => {
  it('reads a capitalised base form after no subject-like word as a noun: "One Debate Answer", "Massive Debate Demand"', () => {
    expect(triggers('Boris Johnson Praises Vladimir Putin In One Debate Answer')).not.toContain('Debate');
    expect(triggers('Rex Tillerson Mocks Russian Debate Demand On Syria')).not.toContain('Debate');
    expect(triggers('Rex Tillerson Mocks Russian Debate Demand On Syria')).not.toContain('Demand');
  });
  it('keeps a base form after a plural or joined subject, a modal or "To": "Russia And Iran Debate"', () => {
    expect(triggers('Russia And Iran Debate Syria Plan')).toContain('Debate');
    expect(triggers('Vladimir Putin Will Debate Boris Johnson')).toContain('Debate');
  });
});
