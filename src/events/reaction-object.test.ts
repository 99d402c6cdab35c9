import { describe, expect, it } from 'vitest';
import { findEvents } from './find-events.js';
import { makeDoc, ACTORS as A } from './testing/make-doc.js';

function events(text: string) {
  const doc = makeDoc(text, Object.values(A));
  return findEvents(doc, {}).events.map((e) => ({ type: e.plover.event, trigger: text.slice(e.trigger.start, e.trigger.end), modality: e.modality, actors: e.actors.map((a) => a.name).join('+') }));
}

describe('reactionObject: the event a reaction is about is not the reacting actor\'s', () => {
  it('"Putin condemned the attack in Kabul": the attack is not Putin\'s', () => {
    const found = events('Vladimir Putin condemned the attack in Kabul.');
    expect(found).toContainEqual(expect.objectContaining({ type: 'ACCUSE', trigger: 'condemned', actors: 'Vladimir Putin' }));
    expect(found.filter((e) => e.trigger === 'attack').map((e) => e.actors)).not.toContain('Vladimir Putin');
  });
  it('"did not condemn the invasion": the invasion happened, only the condemnation is negated', () => {
    const found = events('Russia did not condemn the invasion of Kabul.');
    expect(found).toContainEqual(expect.objectContaining({ trigger: 'condemn', modality: 'negated' }));
    expect(found.filter((e) => e.trigger === 'invasion').map((e) => e.modality)).not.toContain('negated');
  });
  it('keeps the actor of a noun after a verb that reacts to nothing: "Syria launched an attack on Kabul"', () => {
    expect(events('Syria launched an attack on Kabul.')).toContainEqual(expect.objectContaining({ type: 'ASSAULT', actors: 'Syria' }));
  });
});
