// A verb inside a quote whose own subject is a noun is that noun's act, reported: the speaker is not its
// actor ("the minister said the crew had ignored orders"); a first-person or pronoun subject still is.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** The events of a body after a headline line, as "trigger: actors". */
function events(body: string): string[] {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)}: ${e.actors.map((a) => a.name).join('+')}`);
}

describe('events: a reported clause with a subject of its own', () => {
  it.each([
    // a reported clause: the crew ignored the orders, the minister only said so
    ['Greek Defence Minister Nikos Dendias said the crew had ignored orders.', 'ignored: Nikos Dendias'],
    // a direct quote: the rebels rejected the offers
    ['"The rebels have rejected every offer," said Nigerian Defence Minister Musa Bello.', 'rejected: Musa Bello'],
    // a passive: the speaker did not override the veto
    ['"Our assumption is that the veto will be overridden," Senate leader Tom Price of Ohio said on Tuesday.', 'overridden: Tom Price'],
  ])('%s', (text, wrong) => {
    expect(events(text)).not.toContain(wrong);
  });

  it.each([
    // first person: the speaker's own act
    ['"We will reject any deal that hurts our fishermen," said Norwegian Foreign Minister Lena Hallsson.', 'reject: Lena Hallsson'],
    // a pronoun subject standing for the speaker
    ['Nigerian Defence Minister Musa Bello said he had rejected the offer from the rebels.', 'rejected: Musa Bello'],
  ])('%s', (text, right) => {
    expect(events(text)).toContain(right);
  });
});

describe('events: a charge of wrongdoing in a quote is the speaker\'s accusation', () => {
  /** The events of a body as "PLOVER trigger: actors -> recipients". */
  const coded = (body: string) => {
    const text = `World news roundup\n\n${body}`;
    return analyze({ text }).events.map((e) => `${e.plover.event} ${text.slice(e.trigger.start, e.trigger.end)}: ${e.actors.map((a) => a.name).join('+')} -> ${e.recipients.map((a) => a.name).join('+')}`);
  };
  it.each([
    ['Senator Tom Price of Ohio said Governor Ann Dunmore lied to the voters.', 'ACCUSE lied: Tom Price -> Ann Dunmore'],
    ['"Washington provoked this crisis," Russian Foreign Minister Sergei Lavrov said.', 'ACCUSE provoked: Sergey Lavrov -> Washington'],
    ['Russian Foreign Minister Sergei Lavrov said Ukraine had orchestrated the attack on the bridge.', 'ACCUSE orchestrated: Sergey Lavrov -> Ukraine'],
  ])('%s', (text, event) => {
    expect(coded(text)).toContain(event);
  });
  it('reads no charge in a denial of one\'s own ("I have never lied")', () => {
    expect(coded('"I have never lied to the voters," Governor Ann Dunmore of Ohio said.').filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
});
