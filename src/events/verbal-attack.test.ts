import { describe, expect, it } from 'vitest';
import { findEvents } from './find-events.js';
import { makeDoc, ACTORS as A, type EntitySpec } from './testing/make-doc.js';

// made-up politicians: placed (country, sector) so the events stage codes them
const PEOPLE: EntitySpec[] = [
  { name: 'Jane Harlow', type: 'person', country: 'USA', sector: 'LEG', surfaces: ['Jane Harlow', 'Harlow'], gender: 'f' },
  { name: 'Tom Brandt', type: 'person', country: 'USA', sector: 'GOV', surfaces: ['Tom Brandt', 'Brandt'], gender: 'm' },
  { name: 'Green Party', type: 'organization', country: 'USA', sector: 'PTY' },
  { name: 'gunmen', type: 'group', sector: 'UAF' },
];

function events(text: string) {
  const doc = makeDoc(text, [...Object.values(A), ...PEOPLE]);
  return findEvents(doc, {}).events.map((e) => ({ type: e.plover.event, code: e.cameo.code ?? e.cameo.root, trigger: text.slice(e.trigger.start, e.trigger.end), modality: e.modality, actors: e.actors.map((a) => a.name).join('+'), recipients: e.recipients.map((a) => a.name).join('+') }));
}

describe('verbalAttack: an attack between politicians is criticism', () => {
  const cases: [why: string, text: string, want: Partial<ReturnType<typeof events>[number]>][] = [
    ['a verb between two people, over a record', 'Jane Harlow attacked Tom Brandt over his voting record.', { type: 'ACCUSE', code: '111', trigger: 'attacked', actors: 'Jane Harlow', recipients: 'Tom Brandt' }],
    ['a possessive noun with "on"', "Harlow's attacks on Tom Brandt drew cheers from the crowd.", { type: 'ACCUSE', code: '111', trigger: 'attacks', actors: 'Jane Harlow', recipients: 'Tom Brandt' }],
    ['"blasted ... as" on a party', 'Tom Brandt blasted the Green Party as reckless in a radio interview.', { type: 'ACCUSE', code: '111', trigger: 'blasted', actors: 'Tom Brandt', recipients: 'Green Party' }],
    ['a kind of attack made in words, with no one named as its target', 'Jane Harlow stepped up her Twitter attacks this week.', { code: '111', trigger: 'attacks', actors: 'Jane Harlow' }],
    ['an attack intended is criticism proposed, not a threat of force', 'Jane Harlow vowed to attack Tom Brandt in the next debate.', { type: 'ACCUSE', code: '111', modality: 'proposed', actors: 'Jane Harlow', recipients: 'Tom Brandt' }],
  ];
  for (const [why, text, want] of cases) it(why, () => expect(events(text)).toContainEqual(expect.objectContaining(want)));

  const violent: [why: string, text: string, trigger: string][] = [
    ['armed attackers', 'Gunmen attacked Tom Brandt outside his office, killing his driver.', 'attacked'],
    ['a casualty in the sentence', "Brandt's attack on the Green Party office left two people dead.", 'attack'],
    ['an armed target', 'The Taliban attacked police in Kabul.', 'attacked'],
  ];
  for (const [why, text, trigger] of violent) it(`keeps ASSAULT: ${why}`, () => expect(events(text)).toContainEqual(expect.objectContaining({ type: 'ASSAULT', trigger })));

  it('reads a bare "the attacks" as the violence the reader knows, not criticism', () => {
    expect(events('Tom Brandt cancelled his rally after the attacks.').some((e) => e.code === '111')).toBe(false);
  });
});
