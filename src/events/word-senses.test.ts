// Senses of trigger words that report another event or none, on made-up news sentences: what is
// released (persons, not figures), what "raise the issue" does, "trading" as a market.
import { describe, expect, it } from 'vitest';
import { findEvents } from './find-events.js';
import { makeDoc, ACTORS } from './testing/make-doc.js';

function events(text: string) {
  return findEvents(makeDoc(text, Object.values(ACTORS)), {}).events.map((e) => ({
    root: e.cameo.root,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    actors: e.actors.map((a) => a.name).join('+'),
    recipients: e.recipients.map((a) => a.name).join('+'),
  }));
}

describe('word senses: the event a trigger reports', () => {
  const cases: [why: string, text: string, want: Partial<ReturnType<typeof events>[number]>][] = [
    ['"raised the issue with X": a consultation (CAMEO 040)', 'Boris Johnson raised the issue with Vladimir Putin in Moscow.', { root: '04', trigger: 'raised', actors: 'Boris Johnson', recipients: 'Vladimir Putin' }],
    ['releasing prisoners is CAMEO 084', 'Russia released two Syrian prisoners on Monday.', { root: '08', trigger: 'released', actors: 'Russia' }],
    ['releasing a named person is CAMEO 084', 'Taliban fighters released Rex Tillerson on Monday.', { root: '08', recipients: 'Rex Tillerson' }],
    ['a person released by someone: "activists released by Russia"', 'Syrian activists released by Russia on Monday met Rex Tillerson.', { root: '08', trigger: 'released' }],
    ['a person released, with no object: "an activist released in"', 'A Syrian activist released in Kabul on Monday met Rex Tillerson.', { root: '08', trigger: 'released' }],
    ['"asked X to act" is a request (CAMEO 020)', 'Rex Tillerson asked Russia to stop the attacks.', { root: '02', trigger: 'asked', actors: 'Rex Tillerson', recipients: 'Russia' }],
    ['"declined the invitation" is a rejection (CAMEO 12)', 'Vladimir Putin declined the invitation from Boris Johnson.', { root: '12', trigger: 'declined' }],
    ['a bracketed acronym after a name leaves the next word a noun ("a Crime Branch (CB) probe")', 'Vladimir Putin ordered a Federal Security Service (FSB) probe into the attack in Syria.', { root: '09', trigger: 'probe' }],
    ['a guilty plea admits responsibility (CAMEO 015)', 'Rex Tillerson pleaded guilty to a charge of fraud in Moscow.', { root: '01', trigger: 'pleaded' }],
    ['admitting is acknowledging responsibility (CAMEO 015)', 'Vladimir Putin admitted Russia had made mistakes in Syria.', { root: '01', trigger: 'admitted', actors: 'Vladimir Putin' }],
    ['material cooperation between joined actors needs no recipient', 'Russia and Iran enacted the plan in Syria.', { root: '06', actors: 'Russia+Iran' }],
    ['trading accusations is an accusation (PETRARCH\'s object still codes)', 'Russia and Syria are trading accusations over the attack.', { root: '11', trigger: 'trading' }],
  ];
  it.each(cases)('%s', (_why, text, want) => {
    expect(events(text)).toContainEqual(expect.objectContaining(want));
  });
});

describe('word senses: no event of that kind', () => {
  const cases: [why: string, text: string, root: string][] = [
    ['raising an issue accuses no one', 'Boris Johnson said the plan would raise antitrust issues for Russia.', '11'],
    ['nor does raising it with someone', 'Boris Johnson raised the issue with Vladimir Putin in Moscow.', '11'],
    ['a market\'s trading is no cooperation ("in New York trading")', 'Oil prices fell in New York trading after Russia cut output.', '06'],
    ['nor is a firm "publicly traded"', 'Taliban fighters attacked a publicly traded bank in Kabul.', '06'],
    ['releasing figures releases no one', 'The Russian statistics office released the figures on Tuesday.', '08'],
    ['nor does a report a name released ("the ad that X released")', 'The ad that Rex Tillerson released today angered Russia.', '08'],
    ['nor a poll released on a day: the object ends before the time', 'A Russia poll released Thursday found Vladimir Putin ahead.', '08'],
    ['nor a document released, far from the verb ("figures her campaign released")', 'The figures his campaign released Friday showed Rex Tillerson ahead in Russia.', '08'],
    ['asking a question requests nothing ("asked whether")', 'Boris Johnson asked Vladimir Putin whether Russia would stay in Syria.', '02'],
    ['nor does being asked about something', 'When asked about Syria, Vladimir Putin said Russia would stay.', '02'],
    ['declining to comment rejects nothing', 'The White House declined to comment on the attack in Syria.', '12'],
    ['"help" before a verb is no aid ("helped him win")', 'Russia helped Bashar Assad win the election in Syria.', '07'],
    ['a guilty plea appeals to no one', 'Rex Tillerson pleaded guilty to a charge of fraud in Moscow.', '02'],
    ['admitting is no diplomatic cooperation', 'Vladimir Putin admitted Russia had made mistakes in Syria.', '05'],
    ['material cooperation (CAMEO 06) by one actor with no one is no event: "issued a decree"', 'Vladimir Putin issued a decree on Monday.', '06'],
    ['nor "increases his lead"', 'Boris Johnson increases his lead in Lucca, Italy.', '06'],
  ];
  it.each(cases)('%s', (_why, text, root) => {
    expect(events(text).filter((e) => e.root === root)).toEqual([]);
  });
});
