// Kinds of news events the CAMEO codebook names and coders code: made-up sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { probeEvents as events, probeTriggers as triggers } from './probe-events.js';

describe('event kinds', () => {
  it('codes executing a person as a killing (CAMEO 1823), not executing a plan', () => {
    expect(events('The Ruritanian government executed four political prisoners on Monday.')).toContain('executed 1823');
    expect(triggers('The Ruritanian colonel was executed by firing squad at dawn.')).toContain('executed 1823');
    expect(triggers('The campaign executed its media strategy with precision.')).toEqual([]);
  });
  it('codes a missile fired or a weapons test as a show of force (CAMEO 150), at someone as a strike (195)', () => {
    expect(events('The Pakistani army fired two ballistic missiles into the sea off its coast on Tuesday.')).toContain('fired 150');
    expect(triggers('The Ruritanian army test-fired a new cruise missile on Tuesday.')).toContain('test-fired 150');
    expect(triggers('Ruritania carried out its third nuclear test on Sunday.')).toContain('carried out 150');
    expect(triggers('Ruritania launched two missiles at the rebel base.')).toContain('launched 195');
    // the show of force has no recipient: the missiles are the actor's own
    const text = 'World news roundup\n\nThe Pakistani army fired two ballistic missiles into the sea off its coast on Tuesday.';
    expect(analyze({ text }).events.find((e) => e.cameo.code === '150')?.recipients).toEqual([]);
  });
  it('codes no missile for a weapon of words ("a 5-word missile")', () => {
    expect(events("Pakistan's prime minister fired a 5-word missile at the opposition leader.")).toEqual([]);
    expect(events("Pakistan's prime minister launched a verbal missile at the opposition leader.")).toEqual([]);
  });
  it('codes rejecting an idea, a plan or a bid as a rejection (CAMEO 120), not rejecting a candidate', () => {
    expect(triggers('The finance minister rejected the notion that the budget was in crisis.')).toContain('rejected 120');
    expect(triggers('The council rejected his attempts to delay the vote.')).toContain('rejected 120');
    expect(triggers('Rural voters rejected the mayor in the runoff.')).toEqual([]);
  });
  it('codes barring or disqualifying a politician from an election as a ban (CAMEO 1722), not an athlete', () => {
    expect(triggers('The opposition leader was barred from standing in the presidential election.')).toContain('barred 1722');
    expect(triggers('The electoral board disqualified three opposition candidates.')).toContain('disqualified 1722');
    expect(triggers('The sprinter was disqualified from the final for a false start.')).toEqual([]);
  });
  it('reads a verb after a one-word name opening the sentence ("Hamas fired rockets"), not after a quantifier', () => {
    expect(triggers('Hezbollah fired rockets at border villages overnight.')).toContain('fired 194');
    expect(triggers('Several detained activists were moved overnight.')).not.toContain('detained 173');
  });
  it('codes going on strike as a strike (CAMEO 143), not a trip', () => {
    expect(triggers('Dock workers in the port went on strike on Monday.')).toContain('went 143');
    expect(triggers('The governor went on to win a second term.')).toEqual([]);
  });
  it('codes a congratulatory message as praise (CAMEO 051)', () => {
    expect(events('The Japanese prime minister sent a congratulatory telegram to the new governor.')).toContain('congratulatory 051');
  });
  it('codes dispersing a crowd or using tear gas as violent repression (CAMEO 175), not a statement', () => {
    expect(triggers('Riot police dispersed the crowd outside the ministry.')).toContain('dispersed 175');
    expect(triggers('Riot police used tear gas against students in the capital.')).toContain('used 175');
    expect(triggers('The foundation dispersed grants to local schools.')).toEqual([]);
  });
  it('codes no concession (CAMEO 08) for approving a visa, a law or a subsidy', () => {
    expect(triggers('The agency approved thousands of visas for farm workers.')).toEqual([]);
    expect(triggers('The court approved the state voting law in 2010.')).toEqual([]);
  });
  it('codes no event for beating a rival at the polls, retiring, dropping out of a race or paying a bill', () => {
    expect(events('Polls show Mexican senator Ana Ruiz would beat Mexican governor Luis Vega by ten points.')).toEqual([]);
    expect(triggers('The senator dropped out of the race in March.')).toEqual([]);
    expect(triggers('Retired general Tom Hale endorsed the senator.')).not.toContain('Retired 080');
    expect(triggers('The campaign paid the consulting firm $40,000 in May.')).toEqual([]);
    // a person beaten is struck
    expect(events('A Mexican journalist was beaten and kicked by supporters of the mayor of Puebla, Mexico.')).toContain('beaten 182');
  });
  it('codes defending someone or a decision as a verbal defence (CAMEO 052), a place as military protection (074)', () => {
    expect(triggers('The governor defended his endorsement on the radio.')).toContain('defended 052');
    expect(triggers('The soldiers defended the embassy for two days.')).toContain('defended 074');
  });
  it('codes no praise for favoring a candidate in a poll, no seizure for seizing on an issue or catching fire', () => {
    expect(triggers('Forty percent of voters favored the senator in the survey.')).toEqual([]);
    expect(triggers('The challenger seized on the remark within hours.')).toEqual([]);
    expect(triggers('His campaign briefly caught fire in the autumn.')).toEqual([]);
    // arrested on charges is still an arrest
    expect(triggers('The mayor was arrested on corruption charges.')).toContain('arrested 173');
  });
  it('codes no seizure for a candidate capturing states, but troops capturing a town still seize it', () => {
    expect(events('Senator Ana Ruiz of Texas captured Ohio and Florida in the primary.')).toEqual([]);
    expect(events('Syrian troops captured the town of Saraqeb from rebels.')).toContain('captured 192');
  });
  it('codes no visit hosted for an event, a show or a debate hosted by a network; a leader hosted still is one', () => {
    expect(triggers('The governor hosted a fundraiser at her home.')).toEqual([]);
    expect(triggers('The candidates met at a debate hosted by a cable news network.')).not.toContain('hosted 043');
    expect(triggers('The prime minister hosted the visiting president at his residence.')).toContain('hosted 043');
  });

  it('codes firing on someone as firing at them (190), not a dismissal on a day or on the spot', () => {
    expect(triggers('Border guards fired on a fishing boat near the island on Friday.')).toContain('fired 190');
    expect(events('Russian troops fired on a village near the border.')).toContain('fired 190');
    expect(triggers('The manager was fired on Tuesday.')).toEqual([]);
    expect(triggers('The clerk was fired on the spot.')).toEqual([]);
  });
});
