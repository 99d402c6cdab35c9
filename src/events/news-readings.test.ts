// Readings of made-up news sentences through the whole pipeline (entities, quotes, events): each case
// guards one general rule of the events stage.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

function events(text: string) {
  const doc = analyze({ text });
  return doc.events.map((e) => ({
    type: e.plover.event,
    code: e.cameo.code ?? e.cameo.root,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    modality: e.modality,
    actors: e.actors.map((a) => a.name).join('+'),
    recipients: e.recipients.map((a) => a.name).join('+'),
  }));
}

describe('events: arms and agents as subjects', () => {
  it.each([
    ['Turkish drones hit a convoy near the border on Monday.'],
    ['Syrian rebels hit an army checkpoint outside the city.'],
  ])('reads a bare "hit" after a plural armed agent noun as the attack: %s', (text) => {
    expect(events(text)).toContainEqual(expect.objectContaining({ trigger: 'hit', type: 'ASSAULT' }));
  });
});
