// Agent nouns as actors when no name fills a slot, and the doer after "by" of a participle without "be".
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

const slots = (text: string) => analyze({ text }).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)}: ${e.actors.map((a) => a.name)} -> ${e.recipients.map((a) => a.name)}`);

describe('events: agent nouns and reduced passives', () => {
  it('reads "a man" as the doer of a verb, as other agent nouns are', () => {
    expect(slots('A man attacked two police officers in Paris.')[0]).toMatch(/^attacked: man ->/);
  });
  it('reads a participle before "by" and its doer as a passive ("a man fatally shot by police")', () => {
    expect(slots('A man fatally shot by police in Charlotte was buried on Monday.')).toContain('shot: police -> man');
    expect(slots('Obama called for a tax cut in a compromise rebuffed by Republicans.')).toContain('rebuffed: Republicans -> Barack Obama');
  });
  it('reads an agent noun before a passive verb as its target ("two men were arrested by police")', () => {
    expect(slots('Two men were arrested by police in Boston.')).toContain('arrested: police -> men');
  });
  it('keeps the word before an agent noun only when the two words are a role ("state police", not "local officials")', () => {
    expect(slots('Three protesters were arrested by state police in Ohio.')).toContain('arrested: state police -> protesters');
    expect(slots('Two men were arrested by local officials in Lagos.')).toContain('arrested: officials -> men');
  });
  it('names the agent noun alone after "of" or an article ("dozens of police", "by the police")', () => {
    expect(slots('Dozens of police attacked protesters in Lagos.')).toContain('attacked: police -> protesters');
    expect(slots('Dozens were arrested by the police in Lagos.')).toContain('arrested: police -> ');
  });
  it('reads the agent noun after "from" as the doer of charges one faces ("faces fraud charges from prosecutors")', () => {
    expect(slots('The senator faces fraud charges from prosecutors in Ohio.')).toContain('charges: prosecutors -> senator');
  });
});

describe('events: the subject of a verb joined or framed', () => {
  it('joins a perfect to the earlier verb across its auxiliary ("who helmed ... and has backed")', () => {
    expect(slots("“We must unite,” said former governor Tom Baker, who helmed the party from 1990 to 1994, during Bill Clinton's first campaign, and has backed Hillary Clinton since 2008.")).toContain('backed: Tom Baker -> Hillary Clinton');
  });
  it('reads "after" before a noun and an infinitive as a time, no clause with a subject of its own', () => {
    expect(slots('The FBI chose after a two-year inquiry not to recommend charges against Hillary Clinton.').find((s) => s.startsWith('recommend'))).toMatch(/^recommend: Federal Bureau of Investigation -> Hillary Clinton/);
  });
});

describe('events: force and protest by an agent noun, with no country named', () => {
  it.each([
    // armed agents acting by a verb are coded though no country places them
    ['Border guards fired on the boats.', 'fired: Border guards -> '],
    ['Security forces shot dead dozens of demonstrators.', 'shot: forces -> demonstrators'],
    // a plural that is an agent only with the word before it
    ['Two patrol boats rammed a fishing vessel.', 'rammed: patrol boats -> '],
    // a crowd's march is a protest
    ['Hundreds of demonstrators marched through the city centre on Monday.', 'marched: demonstrators -> '],
    // the speaker does not take the reported act, nor joins the agent's name
    ['The ministry said police fired on the crowd.', 'fired: police -> '],
  ])('%s', (text, slot) => {
    expect(slots(text)).toContain(slot);
  });
  it('gives a guard force with a demonym before it the country ("Greek border guards")', () => {
    const e = analyze({ text: 'Greek border guards fired on the boats on Tuesday.' }).events.find((x) => x.cameo.root === '19');
    expect(e?.actors).toEqual([expect.objectContaining({ name: 'Greek border guards', country: 'GRC', sector: 'MIL' })]);
  });
  it('leaves unplaced an agent that is no armed force or crowd ("politicians fired back")', () => {
    expect(slots('Local politicians also fired back at the mayor.')).toEqual([]);
  });
});

describe('events: a person\'s followers act as a group of their own', () => {
  it.each([
    // the supporters attacked, not the candidate who names them; the group is the candidate's country
    ['Senator Maria Lopez spoke in Texas. Lopez supporters attacked a protester at the rally in Dallas.', 'attacked: Lopez supporters -> protester'],
    ['Senator Maria Lopez of Texas lost the vote in Austin. Lopez\'s advisers privately conceded defeat to Governor Tom Baker.', "conceded: Lopez's advisers -> Tom Baker"],
  ])('%s', (text, slot) => {
    expect(slots(text)).toContain(slot);
  });
});
