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
