// A headline that repeats the body's lead is one event: its recipients may be named loosely, by a role
// noun ("envoy") for the official the body names ("Britain's ambassador").
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

describe('events: a headline repeating the body', () => {
  it('is one event when the headline names the recipient by a role noun of the same kind', () => {
    const text = "Iran summons British envoy over tanker seizure\n\nIran summoned Britain's ambassador on Friday to protest against the seizure of an Iranian oil tanker off Gibraltar, state media reported.";
    const consults = analyze({ text }).events.filter((e) => e.plover.event === 'CONSULT');
    expect(consults.map((e) => text.slice(e.trigger.start, e.trigger.end))).toEqual(['summoned']);
  });
});

describe('events: a headline in the present over the dated report of the body', () => {
  it('is one event, though the headline takes the day of the article', () => {
    const text = 'Senator Ruiz slams Governor Pell over pipeline\n\nCOLUMBUS, Ohio — Senator Maria Ruiz criticized Governor Tom Pell on Monday over his support for the Keystone pipeline.';
    const accuse = analyze({ text, published: '2016-03-09' }).events.filter((e) => e.plover.event === 'ACCUSE');
    expect(accuse.map((e) => text.slice(e.trigger.start, e.trigger.end))).toEqual(['criticized']);
  });
});

describe('events: accusations between actors of one country', () => {
  const text = 'Donald Trump accused Hillary Clinton of lying about her emails on Monday. Clinton accused Trump of insulting veterans. Bernie Sanders criticized Trump over his tax returns.';
  it('keeps apart who accused whom when every side is of the same country', () => {
    const accuse = analyze({ text }).events.filter((e) => e.plover.event === 'ACCUSE');
    expect(accuse.map((e) => `${e.actors.map((a) => a.name)} -> ${e.recipients.map((a) => a.name)}`)).toEqual(['Donald Trump -> Hillary Clinton', 'Hillary Clinton -> Donald Trump', 'Bernie Sanders -> Donald Trump']);
  });
  it('keeps a second act the text marks as another ("also accused")', () => {
    const more = text + ' Trump also accused Clinton of hiding her health.';
    expect(analyze({ text: more }).events.filter((e) => e.plover.event === 'ACCUSE')).toHaveLength(4);
  });
});

describe('events: a later event with one side left out', () => {
  it('repeats an earlier one only when the side it names is the same actor, not another of its country', () => {
    const text = 'Hillary Clinton was endorsed by a union on Monday. Angela Merkel praised Bernie Sanders.';
    const support = analyze({ text }).events.filter((e) => e.plover.event === 'SUPPORT');
    expect(support.map((e) => e.recipients.map((a) => a.name).join())).toContain('Bernie Sanders');
  });
});

describe('events: a later mention of an event between actors of one country', () => {
  it('is the same event when it names the same entity, however each was keyed', () => {
    const text = 'The Syrian army attacked Homs on Tuesday. The attack on Homs killed dozens of civilians.';
    expect(analyze({ text }).events.filter((e) => e.plover.event === 'ASSAULT')).toHaveLength(1);
  });
});

describe('events: a headline naming one side of the body\'s event', () => {
  it.each([
    // the headline leaves the recipient out: the same actor in the same type of event
    ['same actor', 'Angela Merkel Reassures French Farmers On Tariffs\n\nBERLIN — Angela Merkel reassured farmers on Tuesday that the tariffs would fall by summer.', 'SUPPORT', ['reassured']],
    // the body's actor differs from the headline's: the same recipient in the same type of event
    ['same recipient', 'Iowa Governor Endorses Ted Cruz\n\nTom Pell, the governor of Iowa, endorsed Ted Cruz on Monday at a rally in Des Moines.', 'SUPPORT', ['endorsed']],
  ])('is one event (%s)', (_why, text, type, want) => {
    const found = analyze({ text }).events.filter((e) => e.plover.event === type);
    expect(found.map((e) => text.slice(e.trigger.start, e.trigger.end))).toEqual(want);
  });
  it('keeps a headline event of another type', () => {
    const text = 'Maria Ruiz Meets Tom Pell\n\nSenator Maria Ruiz praised Governor Tom Pell on Monday.';
    expect(analyze({ text }).events.map((e) => e.plover.event)).toContain('CONSULT');
  });
});
