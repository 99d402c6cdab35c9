// Which words are read as verbs: an -ed form after its subject, and the actor an agent noun names.
import { describe, expect, it } from 'vitest';
import { findEvents } from './find-events.js';
import { makeDoc, ACTORS } from './testing/make-doc.js';

function events(text: string) {
  const doc = makeDoc(text, Object.values(ACTORS));
  return findEvents(doc, {}).events.map((e) => ({
    root: e.cameo.root,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    actors: e.actors.map((a) => a.name).join('+'),
    recipients: e.recipients.map((a) => a.name).join('+'),
  }));
}

describe('an -ed form after its subject is the verb, not an adjective', () => {
  const cases: [why: string, text: string, want: Partial<ReturnType<typeof events>[number]>][] = [
    ['after an agent noun: "troops killed militants"', 'Syrian troops killed militants near Kabul on Monday.', { root: '18', trigger: 'killed' }],
    ['after an agent noun opening the sentence: "Police arrested protesters"', 'Police arrested protesters in Kabul on Monday.', { root: '17', trigger: 'arrested' }],
    ['after a name: "Tillerson urged ministers", whose recipient is "ministers", not "urged ministers"', 'Rex Tillerson urged ministers to act quickly.', { root: '02', trigger: 'urged', actors: 'Rex Tillerson', recipients: 'ministers' }],
  ];
  it.each(cases)('%s', (_why, text, want) => {
    expect(events(text)).toContainEqual(expect.objectContaining(want));
  });
  it('reads a participle after a demonym or a sentence\'s first word as an adjective', () => {
    expect(events('Russian occupied territories in Syria were quiet on Monday.').filter((e) => e.trigger === 'occupied')).toEqual([]);
    expect(events('Several detained activists in Kabul were quiet on Monday.').filter((e) => e.trigger === 'detained')).toEqual([]);
  });
});
