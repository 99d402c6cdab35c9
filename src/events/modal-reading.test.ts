// How a verb's modal frame decides whether an event is reported, and how (modal-reading.ts, decide-modality.ts):
// made-up news sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** Events of a body sentence (after a headline line), as "trigger CODE modality". */
function events(body: string): string[] {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.cameo.code ?? e.cameo.root} ${e.modality}`);
}
const triggers = (body: string) => events(body).map((e) => e.split(' ')[0]);

describe('a counterfactual reports no event', () => {
  it.each([
    // "would have" + participle: the act did not happen
    ['criticize', 'Senator Maria Lopez would have criticized Governor Tom Hale if she had known about the contract.'],
    ['requested', 'With such a narrow margin, Governor Tom Hale could have requested a recount.'],
    ['endorsed', 'Mayor Ellen Park should have endorsed Senator Maria Lopez months ago.'],
  ])('no "%s": %s', (word, text) => expect(triggers(text)).not.toContain(word));
  it('keeps the act a plain modal frames', () => {
    expect(events('Mayor Ellen Park would endorse Senator Maria Lopez on Friday, her aides said.')).toContain('endorse 051 proposed');
  });
});

describe('a possibility or an ability reports no event', () => {
  it.each([
    ['ask', 'Senator Maria Lopez can ask her delegates to back another candidate, but they need not.'],
    ['support', 'The party elders, who can support any candidate, met in Denver.'],
    ['stall', 'Governor Tom Hale won Ohio, in what could ultimately stall Senator Maria Lopez in the race.'],
  ])('no "%s": %s', (word, text) => expect(triggers(text)).not.toContain(word));
  it('keeps force framed as possible: a threat', () => {
    expect(events('Russia could impose new sanctions on Ukraine, the minister said.').some((e) => e.endsWith('threatened'))).toBe(true);
  });
  it('reads a capital "May" as the month', () => {
    expect(triggers('In May Senator Maria Lopez endorsed Governor Tom Hale.')).toContain('endorsed');
  });
});

describe('a guess at an act reports no event', () => {
  it.each([
    ['encourage', '"I think Tom Hale would probably encourage his delegates to stay," Senator Maria Lopez said.'],
    ['oppose', 'Perhaps Russia will oppose any move in this direction.'],
  ])('no "%s": %s', (word, text) => expect(triggers(text)).not.toContain(word));
});

describe('a condition after a conjunction reports no event', () => {
  it('"But if …": the act in the condition', () => {
    expect(triggers('But if Governor Tom Hale vetoes the budget, the senate will return in June.')).not.toContain('vetoes');
  });
});

describe('a negative subject negates the verb', () => {
  it.each([
    ['"none of them": negated', 'Incredibly, none of them will come out and support Senator Maria Lopez.', 'support 050 negated'],
    ['"neither … nor": negated', 'Neither Governor Tom Hale nor anyone on his staff has ever asked for Mayor Ellen Park\'s endorsement.', 'asked for 020 negated'],
  ])('%s', (_why, text, want) => expect(events(text)).toContain(want));
});

describe('a refusal noun negates the act it names', () => {
  it('"refusal to endorse": negated', () => {
    expect(events("Senator Maria Lopez's refusal to endorse Governor Tom Hale angered the party.")).toContain('endorse 051 negated');
  });
});

describe('a feeling about one\'s own act: done, not intended', () => {
  it('"proud to endorse": asserted', () => {
    expect(events('"I am proud to endorse Senator Maria Lopez," Governor Tom Hale said.')).toContain('endorse 051 asserted');
  });
  it('"would be happy to meet": still proposed', () => {
    expect(events('Governor Tom Hale said he would be happy to meet Senator Maria Lopez.').some((e) => e.startsWith('meet') && e.endsWith('proposed'))).toBe(true);
  });
});

describe('"couldn\'t … more" says the act most strongly', () => {
  it('"I couldn\'t disagree with her more": asserted', () => {
    expect(events('Governor Tom Hale wrote: "I couldn\'t disagree more with Senator Maria Lopez."').some((e) => e.startsWith('disagree') && e.endsWith('asserted'))).toBe(true);
  });
});

describe('a prescription reports no act of the one it is prescribed to', () => {
  it.each([
    ['"should": the speaker\'s wish', 'Germany should expand its army as fast as possible, Senator Maria Lopez said.', 'expand'],
    ['"must be": no force done', '"The militia must be defeated," Governor Tom Hale said.', 'defeated'],
    ['"needs to": owed, not done', 'Governor Tom Hale needs to endorse Senator Maria Lopez before the primary.', 'endorse'],
    ['"has to offer": nothing offered', 'Voters will judge what Senator Maria Lopez has to offer.', 'offer'],
  ])('%s', (_why, text, word) => expect(triggers(text)).not.toContain(word));
  it('keeps the act a verb of wanting reports done ("said the party needed a plan" is no prescription)', () => {
    expect(triggers('Senator Maria Lopez endorsed Governor Tom Hale, saying the party needed a plan.')).toContain('endorsed');
  });
});

describe('a yes-no question reports no act', () => {
  it.each([
    ['Do you support Senator Maria Lopez?', 'support'],
    ['Has Angela Merkel praised Emmanuel Macron?', 'praised'],
    ['"Should the governor veto the budget?"', 'veto'],
  ])('%s', (text, word) => expect(triggers(text)).not.toContain(word));
  it('keeps an act a question asks about after the fact ("Why has …?" presupposes it)', () => {
    expect(triggers('Why has Angela Merkel praised Emmanuel Macron?')).toContain('praised');
  });
});
