// Harm by a force of nature, a disease or an accident is no event between actors (natural-cause.ts);
// harm by people still codes. Made-up sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** Events of a body sentence (after a headline line), as "trigger CODE". */
function events(body: string): string[] {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.cameo.code ?? e.cameo.root}`);
}

describe('natural causes', () => {
  it.each([
    ['A strong earthquake struck western Turkey on Sunday, killing at least nine people.'],
    ['Monsoon floods have killed 40 people in Nepal, officials said.'],
    ['Wildfires destroyed hundreds of homes in Greece.'],
    ['Seven people were killed in a bus crash in Peru on Monday.'],
    ['The new virus has killed more than 300 people in Brazil.'],
  ])('%s', (text) => expect(events(text)).toEqual([]));
  it.each([
    // the harmed are the subject of a passive: the cause is the agent named after it
    ['Villagers displaced by floods were attacked by armed bandits in Sindh.', 'attacked 180'],
    ['Two soldiers were killed in a roadside bombing in Helmand.', 'killed 1823'],
    ['Syrian troops killed four rebels during clashes near Idlib.', 'killed 1823'],
  ])('%s', (text, event) => expect(events(text)).toContain(event));
});

describe('fighting a cause, or fighting with no violence named', () => {
  it.each([
    ['Australian firefighters battled the blaze near Sydney for six hours.'],
    ['Italian doctors fought to save the boy in Milan.'],
    ['Chinese health workers are fighting the virus in Wuhan.'],
  ])('%s', (text) => expect(events(text)).toEqual([]));
  it('keeps a fight of armed forces', () => {
    expect(events('Kurdish forces fought to retake Kobani from Islamic State.')).toContain('fought 190');
  });
});

describe('crushing a rival, or a protest', () => {
  it('reads a crushing win as no assault, and crushing protests as force', () => {
    expect(events('Brazil crushed Germany 7-1 in the semi-final in Belo Horizonte.')).toEqual([]);
    expect(events('The Chinese government crushed the protests in Tiananmen Square.')).toContain('crushed 180');
  });
});
