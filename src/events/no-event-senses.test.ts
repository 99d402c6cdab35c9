// Generic senses of PETRARCH verbs that code no event between actors in the news: made-up sentences, one
// rule each (verbs.parley.txt). Their object patterns, where PETRARCH has them, still code.
import { describe, expect, it } from 'vitest';
import { probeEvents as events, probeTriggers as triggers } from './probe-events.js';

/** The coded triggers only: a verb read with no code is no event. */
const coded = (text: string) => triggers(text).filter((t) => !t.endsWith(' -') && !t.endsWith(' '));

describe('no cooperation for influencing, linking, governing or expanding', () => {
  it.each([
    ['The port closure has affected hundreds of farmers in the valley.'],
    ['The mayor hopes to persuade skeptical residents.'],
    ['Files related to the case were sealed by the clerk.'],
    ['The two traders have been linked to a shell company in Cyprus.'],
    ['The junta has governed the country since the coup.'],
    ['The governor plans to expand the school meals program next year.'],
    ['Each clerk was assigned to a district office.'],
  ])('%s', (text) => expect(coded(text)).toEqual([]));
  it('keeps an object that names cooperation', () => {
    expect(triggers('The two ministers agreed to expand relations.')).toContain('expand 060');
  });
});

describe('no fight, threat or statement for generic verbs', () => {
  it.each([
    ['The senator campaigned on a promise to cut taxes.'],
    ['His account does not match the police report.'],
    ['The party would risk losing its majority.'],
    ['The striker scored his first goal of the season.'],
    ['The new fund enabled farmers to plant earlier.'],
    ['The council is dealing with a housing shortage.'],
  ])('%s', (text) => expect(coded(text)).toEqual([]));
});

describe('no praise, consultation or disapproval for a view or a celebration', () => {
  it.each([
    ['Thousands of fans celebrated in the streets of Buenos Aires.'],
    ['The mayor recognized long ago that the plan would fail.'],
    ['She was declared the winner of the runoff on Monday.'],
  ])('%s', (text) => expect(coded(text)).toEqual([]));
  it('reads weighing in as a comment, and deciding against an act as no disapproval', () => {
    expect(triggers('The governor weighed in on the dispute over the dam.')).toContain('weighed 010');
    expect(coded('The regulator decided against fining the bank.')).toEqual([]);
    // voting against a bill still disapproves (PETRARCH's own pattern)
    expect(triggers('Three senators voted against the bill.')).toContain('voted 110');
  });
  it('keeps celebrating an agreement as welcoming it', () => {
    expect(triggers('Both parties celebrated the agreement on Friday.')).toContain('celebrated 051');
  });
});

describe('no visit, concession or disapproval in reporting boilerplate and arrivals', () => {
  it.each([
    ['The survey was conducted for the newspaper by a polling firm.'],
    ['The new governor was sworn in on Tuesday.'],
    ['The city will host the national championship next year.'],
  ])('%s', (text) => expect(coded(text)).toEqual([]));
  it('reads not being authorized to speak as no concession', () => {
    expect(triggers('The official was not authorized to discuss the case.')).not.toContain('authorized 080');
  });
});

describe('an arrival visits someone only abroad', () => {
  it('codes a minister arriving in a foreign capital, not a delegate arriving in a hall or a home city', () => {
    expect(events('Sergei Lavrov arrived in Tokyo on Monday.')).toContain('arrived 040');
    expect(events('Delegates arrived at the convention hall in Cleveland on Monday.')).toEqual([]);
    expect(events('Barack Obama arrived in Chicago on Monday.')).toEqual([]);
  });
});

describe('"offensive" as an adjective', () => {
  it('codes no assault for offensive remarks, only for a military offensive', () => {
    expect(events('French President Emmanuel Macron called the remarks offensive and divisive.')).toEqual([]);
    expect(events('Senator Bob Menendez condemned an offensive tweet by the Turkish embassy.')).not.toContain('offensive 180');
    expect(events("Russia's offensive killed 12 civilians in Kharkiv.")).toContain('offensive 180');
  });
});

describe('no shooting for a photo, a retort, a rise or a chance', () => {
  it.each([
    ['The French photographer shot the portrait in Paris.'],
    ['Oil prices shot up after the Saudi announcement.'],
    ['China overtook Japan as the second-largest economy.'],
  ])('%s', (text) => expect(coded(text)).toEqual([]));
  it('reads "a good shot at winning" as a chance', () => {
    expect(events('Senator Marco Rubio has a good shot at winning Florida.')).toEqual([]);
  });
  it('reads shooting back at a critic as a retort, and at soldiers as return fire', () => {
    expect(triggers('The president shot back at his critics on Tuesday.')).toContain('shot back 010');
    expect(triggers('The troops shot back at the gunmen.')).toContain('shot back 190');
  });
});

describe('an occupation by protesters', () => {
  it('is their obstruction (CAMEO 144); troops occupying a town still occupy it (192)', () => {
    expect(events('Chilean students occupied the university in Santiago.')).toEqual(['occupied 144']);
    expect(events('Russian troops occupied the town of Kherson.')).toContain('occupied 192');
  });
});

describe('"state" after a name is the noun', () => {
  it('adds no statement for "in Kaduna state" beside the event', () => {
    expect(events('Nigerian gunmen kidnapped 40 students in Kaduna state.')).toEqual(['kidnapped 181']);
  });
});

describe('more generic senses', () => {
  it.each([
    ['Check out the new museum website for details.'],
    ['The reform would yield big savings for farmers.'],
    ['The court may reconsider the decision next year.'],
    ['The state has amassed a large debt.'],
    ['The senator withheld her endorsement until the convention.'],
    ['The mayor is breaking with tradition this year.'],
    ['Colleges charge more for tuition every year.'],
    ['Free trade helps farmers in Iowa.'],
  ])('%s', (text) => expect(coded(text)).toEqual([]));
  it('reads negotiating as negotiation (046), a visit made as a visit (042), an alliance with someone as cooperation', () => {
    expect(triggers('The two governments negotiated a new border treaty.')).toContain('negotiated 046');
    expect(triggers('The pope made a visit to the border.')).toContain('made 042');
    expect(triggers('The party allied with the Greens.')).toContain('allied 050');
    expect(triggers('The rebels yielded to pressure from the army.')).toContain('yielded 080');
    expect(triggers('The rebels freed two hostages on Monday.')).toContain('freed 0841');
  });
});

describe('a kind of danger named before a threat noun', () => {
  it('codes no threat for "growing spy threats" or "the terror threat"', () => {
    expect(events('Officials in Taipei warned of growing Chinese spy threats.')).not.toContain('threats 130');
    expect(events('The French government raised its alert over the terror threat.')).not.toContain('threat 130');
  });
});

describe('a reception, a phone bank', () => {
  it('codes no meeting for "was met with skepticism", and a meeting for "was met by" a minister', () => {
    expect(events('The Chinese proposal was met with skepticism in Washington.')).toEqual([]);
    expect(events('Rex Tillerson was met by Sergei Lavrov in Moscow.')).toContain('met 040');
  });
  it('reads "phone banks" as the noun', () => {
    expect(triggers('Union members will phone bank in Ohio.')).not.toContain('phone 041');
  });
});

describe('an -s form opening a sentence', () => {
  it('is its plural subject, not a verb', () => {
    expect(triggers('Volunteers staffed the polling stations in Ohio.')).not.toContain('Volunteers 030');
    expect(triggers('Stocks ended higher on Wall Street on Friday.')).toEqual([]);
  });
});

describe('a poll finding is no act', () => {
  it.each([
    ['A new survey found that 41 percent of likely voters supported Governor Hale, while 35 percent backed Senator Ruiz.'],
    ['In the poll, 62% said they opposed the trade deal with Mexico.'],
    ['Half of American voters backed Governor Hale.'],
  ])('%s', (text) => expect(events(text).filter((e) => !e.startsWith('said') && !e.startsWith('found'))).toEqual([]));
  it('keeps an act after a figure in another clause', () => {
    expect(events('Governor Hale won 55 percent of the vote and then attacked Senator Ruiz.').join()).toMatch(/attacked/);
  });
});

describe('a feeling or a state is no act', () => {
  it.each([
    ['"We were deeply distressed when we heard the news," Governor Pell told reporters in Ohio.'],
    ['Senator Ruiz sounded subdued at the rally in Columbus.'],
    ['The Republican Party stands united with the victims in Ohio.'],
    ['The United Nations has been grappling with abuse allegations against its peacekeepers.'],
  ])('%s', (text) => expect(events(text).filter((e) => !/^(told|said) /.test(e))).toEqual([]));
  it('keeps a feeling caused by someone named', () => {
    expect(events('Governor Pell was dismayed by Senator Ruiz and her vote on the pipeline.').join()).toMatch(/dismayed/);
  });
});

describe('an act that a means, a chance or a reason is for is no intent of anyone', () => {
  it.each([
    ['Governor Pell and Senator Ruiz will discuss ways to counter Iran in the Gulf.'],
    ['"It is time to unite behind Governor Pell," Senator Ruiz told the convention.'],
    ['Mr. Dunmore paid $8 million to buy the Ohio Courier from a bankrupt firm.'],
  ])('%s', (text) => expect(events(text).filter((e) => /^(counter|unite|buy) /.test(e))).toEqual([]));
  it('keeps an act done after "went out of his way to"', () => {
    expect(events('Governor Pell went out of his way to criticize Senator Ruiz.').join()).toMatch(/criticize/);
  });
});

describe('a condition or its consequence foreseen is no act', () => {
  it.each([
    ['If Governor Pell loses the primary, Senator Ruiz would endorse Mayor Dunmore.'],
    ['If Senator Ruiz wins, she will meet Chancellor Merkel in Berlin.'],
  ])('%s', (text) => expect(events(text)).toEqual([]));
  it('keeps a threat and a promise reported', () => {
    expect(events('If Iran attacks the ships, the United States will strike Iranian bases.').join()).toMatch(/strike 138/);
    expect(events('If elected, Governor Pell said she would meet the Chinese president.').join()).toMatch(/meet/);
  });
});


describe('no threat for a warning of a danger or a fact', () => {
  it.each([
    ['Ted Cruz warned against the fevered dreams of a brokered convention.'],
    ['Angela Merkel warned about the forces of hate in Germany.'],
    ['Puerto Rico has been warning that it is running out of cash.'],
  ])('%s', (text) => expect(events(text).filter((e) => e.endsWith(' 130'))).toEqual([]));
  it('keeps a warning of the warner\'s own act', () => {
    expect(events('Iran warned that it would retaliate against any strike.')).toContain('warned 130');
  });
});

describe('no intent to cooperate for words or a view offered', () => {
  it.each([
    ['Marco Rubio offered a defense of the immigration bill.'],
    ['Hillary Clinton offered a somewhat more reserved response about Joe Biden.'],
    ['Senator Maria Lopez praised the positive vision that Democrats are offering for Americans.'],
  ])('%s', (text) => expect(events(text).filter((e) => e.startsWith('offered'))).toEqual([]));
  it('keeps help, money or an act offered', () => {
    expect(events('Angela Merkel offered Greece a loan.').some((e) => e.startsWith('offered'))).toBe(true);
    expect(events('Bernie Sanders offered to debate Hillary Clinton in Brooklyn.').some((e) => e.startsWith('offered'))).toBe(true);
  });
});

describe('no strike for force words between rivals or a setback', () => {
  it.each([
    ['Bernie Sanders whipped Hillary Clinton across all groups of voters.'],
    ['Donald Trump is tearing the Republican Party apart.'],
    ['Hillary Clinton dealt a severe blow to Bernie Sanders in New York.'],
  ])('%s', (text) => expect(events(text).filter((e) => /\s1[89]\d*$/.test(e))).toEqual([]));
  it('keeps a strike when violence is named', () => {
    expect(events('Police said the gunmen pounded the village with mortars, killing nine people.').some((e) => /^pounded 1[89]/.test(e))).toBe(true);
  });
});
