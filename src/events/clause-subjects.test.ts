// Whose act a verb reports when its subject is not the name just before it: verbs joined by "and" or a
// participle after a comma take the subject of their own clause, never the first verb's object.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** The events of a body after a headline line, as in an article. */
function events(body: string) {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => ({
    type: e.plover.event,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    actors: e.actors.map((a) => a.name).join('+'),
    recipients: e.recipients.map((a) => a.name).join('+'),
  }));
}

describe('events: a joined verb takes the subject of its clause', () => {
  it.each([
    // "and vowed to veto": joined through the verb the infinitive completes; not the object "Republicans"
    ['Governor Ann Dunmore, speaking at a rally in Ohio, accused Republicans of playing politics and vowed to veto any bill that cut aid to Ukraine.', 'veto', 'Ann Dunmore'],
    // "would not duck ... and promised": a past form joins "said", not the base form after a modal
    ['Speaking in the Commons on Wednesday, Chancellor Grace Adeyemi said the Treasury would not duck its responsibilities and promised a full review of spending.', 'promised', 'Grace Adeyemi'],
    // a chain: "accusing" → "thanking" → "toured"
    ['Senator Maria Lopez toured a flooded town in Texas on Monday, thanking volunteers and accusing the White House of ignoring the region.', 'accusing', 'Maria Lopez'],
  ])('%s', (text, trigger, actors) => {
    expect(events(text)).toContainEqual(expect.objectContaining({ trigger, actors }));
  });

  it('gives a participle no actor from the first verb\'s object when that verb has none named', () => {
    expect(events('Reyes blamed Republicans, saying they walked away from a deal.').filter((e) => e.actors === 'Republicans')).toEqual([]);
  });
});

describe('events: a clause opened by "after", "when" ... has a subject of its own', () => {
  it('gives "blocked" the protesters after "after", and reads their blocking a street as a protest (CAMEO 144)', () => {
    const found = events('Police arrested 12 people outside Parliament on Tuesday after protesters blocked Whitehall.');
    expect(found).toContainEqual({ type: 'PROTEST', trigger: 'blocked', actors: 'protesters', recipients: 'Whitehall' });
    expect(found.filter((e) => e.trigger === 'blocked' && e.actors === 'Police')).toEqual([]);
  });
  it('leaves a main-clause subject to a participle after the opener: "after arriving"', () => {
    expect(events('Senator Maria Lopez accused the White House of neglect after touring the flooded towns of Texas.')).toContainEqual(expect.objectContaining({ trigger: 'accused', actors: 'Maria Lopez' }));
  });
});

describe('events: a noun takes no modifier across a preposition', () => {
  it('reads the doer of "a visit ... by" after "by", not the name before "about"', () => {
    expect(events('British Ambassador John Hale wrote to German Chancellor Grace Adeyemi about a visit to Kenya by French President Tom Baker.')).toContainEqual(expect.objectContaining({ trigger: 'visit', actors: 'Tom Baker' }));
  });
  it('gives "after the attacks" no actor from the name before "after"', () => {
    expect(events('Polls showed German Chancellor Grace Adeyemi ahead after the attacks in Berlin.').filter((e) => e.actors === 'Grace Adeyemi')).toEqual([]);
  });
});

describe('events: a relative pronoun subject stands for the noun before it', () => {
  it('gives "a group that attacks" no actor from a name further back', () => {
    expect(events('Conservative donors reluctant to back Senator Tom Price of Ohio gave money to a group that attacks Governor Ann Dunmore.').filter((e) => e.trigger === 'attacks' && e.actors === 'Tom Price')).toEqual([]);
  });
  it.each([
    // an appositive between the name and "who"
    ['Senator Tom Price of Ohio, a Republican who has refused to endorse Governor Ann Dunmore, spoke on Monday.', 'refused'],
    // a bracket between the name and its comma
    ['Senator Tom Price (R-Ohio), who has endorsed Governor Ann Dunmore of Texas, spoke on Monday.', 'endorsed'],
  ])('keeps the name an appositive or bracket describes: %s', (text, trigger) => {
    expect(events(text)).toContainEqual(expect.objectContaining({ trigger, actors: 'Tom Price' }));
  });
});

describe('events: a discussion is with the partner after "with", not with its topic', () => {
  /** Recipients of the trigger's events, joined. */
  const recipients = (text: string, trigger: string) => events(text).filter((e) => e.trigger === trigger).map((e) => e.recipients);
  it('takes no recipient from the topic ("discuss sanctions against Russian commanders")', () => {
    expect(recipients('Norwegian Foreign Minister Lena Hallsson will discuss sanctions against Russian commanders on Monday.', 'discuss').filter((r) => r !== '')).toEqual([]);
  });
  it('takes the partner after "with", past a title ("with Russian Foreign Minister Sergei Lavrov")', () => {
    expect(recipients('Norwegian Foreign Minister Lena Hallsson discussed Syria with Russian Foreign Minister Sergei Lavrov in Oslo.', 'discussed')).toEqual(['Sergey Lavrov']);
  });
});
