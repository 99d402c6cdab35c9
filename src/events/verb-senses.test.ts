// Senses of PETRARCH verbs and event nouns that code another event, or none: made-up sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { docWords } from './doc-words.js';
import { findTriggers } from './find-triggers.js';
import { lexicon } from './patterns/load-patterns.js';
import { segment } from '../segment/segment.js';
import { analyze } from '../analyze/analyze.js';

/** The triggers of the whole text read as one sentence, as "word CODE". */
function triggers(text: string): string[] {
  const lx = lexicon();
  const w = docWords(text, segment({ id: 't', text, meta: { headline: null, published: null, updated: null } }, {}).tokens);
  return findTriggers(lx, w, 0, w.lower.length).map((t) => `${text.slice(w.start[t.first], w.end[t.last])} ${t.code}`);
}

/** Events of a body sentence (after a headline line) or, with `lead`, of a text whose first sentence is the lead, as "trigger CODE". */
function events(body: string, lead = false): string[] {
  const text = lead ? body : `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.cameo.code ?? e.cameo.root}`);
}

describe('verb senses: object patterns', () => {
  it('reads attending a protest as taking part in it (CAMEO 141), not a visit', () => {
    expect(triggers('Thousands of farmers attended a protest in Paris on Monday.')).toContain('attended 141');
    // a campaign rally demonstrates against no one: no protest
    expect(triggers('Supporters attended a campaign rally in Ohio.')).not.toContain('attended 141');
  });
  it('reads an order past a bracketed acronym ("order a Crime Branch (CB) probe")', () => {
    expect(triggers('The rights panel directed the police to order a Crime Branch (CB) probe into the death.')).toContain('order 091');
  });
  it('codes no intent to cooperate for intending, preparing or training', () => {
    expect(triggers('The senator never intended to meet the ambassador.')).not.toContain('intended 030');
    expect(triggers('She prepared a meal for the family.')).not.toContain('prepared 030');
    expect(triggers('The admiral trained as a naval pilot.')).not.toContain('trained 030');
    // prepared to act is still an intent
    expect(triggers('The ministry was prepared to boost the number of refugees.')).toContain('prepared 030');
  });
  it('codes no rejection for preventing a harm', () => {
    expect(triggers('The chancellor has sought to prevent a trade war.')).not.toContain('prevent 120');
  });
  it('codes expressing a feeling as a statement, not disapproval', () => {
    expect(triggers('The president expressed amusement at the question.')).toContain('expressed 010');
    expect(triggers('The president expressed concern over the vote.')).toContain('expressed 012');
  });
  it('codes no seizure for winning support or being caught on video', () => {
    expect(triggers('The senator captured the support of young voters.')).not.toContain('captured 171');
    expect(triggers('The minister was caught on video insulting a diplomat.')).not.toContain('caught 171');
    expect(triggers('Police caught the suspect near the border.')).toContain('caught 171');
  });
  it('codes no intent to cooperate for benefits or thoughts offered to a class of people', () => {
    expect(triggers('The company offers employees six weeks of parental leave.')).not.toContain('offers 030');
    expect(triggers('The senator offered his thoughts on military readiness.')).not.toContain('offered 030');
    expect(triggers('Republicans offered their thoughts and prayers to the victims.')).toContain('offered 017');
  });
  it('codes no investigation for mining, no force for surrounding oneself, no confinement for containing', () => {
    expect(triggers('Coal mining has declined in the region.')).not.toContain('mining 090');
    expect(triggers('The president has surrounded himself with loyal advisers.')).not.toContain('surrounded 190');
    expect(triggers('He rejoiced in the history contained in the new museum.')).not.toContain('contained 170');
    expect(triggers('The journalist was being watched by the police.')).not.toContain('watched 010');
  });
  it('codes no consultation for uniting one\'s own party', () => {
    expect(triggers('He said he would unite the party after the primary.')).not.toContain('unite 040');
  });
  it('reads "only" after a determiner as an adjective: "North Korea\'s only ally" is a noun', () => {
    expect(triggers("China is North Korea's only ally in the region.")).toEqual([]);
  });
  it('codes no visit for attending an occasion; a summit or a ceremony attended still codes', () => {
    expect(triggers("The senator attended the governor's wedding in 2005.")).toEqual([]);
    expect(triggers('Putin will attend the summit in Beijing.')).toContain('attend 044');
  });
  it('reads a request in "asked for", not a consultation', () => {
    expect(triggers('He lashed out at the generals when he was asked for details.')).toContain('asked for 020');
  });
  it('reads an object past a quantifier and "of" ("imposed some of the harshest sanctions")', () => {
    expect(triggers('The council imposed some of the harshest economic sanctions ever against the regime.')).toContain('imposed 163');
  });
  it('fits a pattern word to its plural or a stem ending, not to another word that opens the same', () => {
    // "want" codes through its object "support" (022), not "supporters"
    expect(triggers('Clinton wants more supporters in Ohio.')).toEqual([]);
    expect(triggers('Clinton wants more support in Ohio.')).toContain('wants 022');
  });
  it('codes no cooperation for founding, connecting, combining, associating, benefiting or issuing', () => {
    expect(triggers('Blackwell founded the institute in 1979.')).toEqual([]);
    expect(triggers('She met individuals connected to the donations.')).not.toContain('connected 060');
    expect(triggers('Rivals have combined to spend millions on data.')).toEqual([]);
    expect(triggers('He avoided the chaos associated with a contested convention.')).toEqual([]);
    expect(triggers('A stronger economy would benefit the ruling party.')).toEqual([]);
    expect(triggers('The inspector general issued subpoenas to the foundation.')).toEqual([]);
  });
  it('codes no force for engaging in a campaign or rallying voters, and a lawsuit for suing', () => {
    expect(triggers('The old guard stays engaged in the campaign.')).toEqual([]);
    expect(triggers('Security forces were engaged in heavy clashes with the militants.')).toContain('engaged 190');
    expect(triggers('The ministry applied for membership of the alliance.')).toContain('applied 020');
    expect(triggers('He is using the attacks for his campaign.')).not.toContain('using 020');
    expect(triggers('The candidate has rallied thousands by promising tariffs.')).toEqual([]);
    expect(triggers('His campaign sued the party in federal court on Friday.')).toContain('sued 115');
    expect(triggers('The rules did not apply to her.')).toEqual([]);
  });
  it('codes no praise for encouraging or inspiring, an appeal for encouraging someone to act', () => {
    expect(triggers('He hoped it would encourage a dialogue among Americans.')).toEqual([]);
    expect(triggers('How could she inspire young people?')).toEqual([]);
    expect(triggers('Trump encouraged Americans to vote early.')).toContain('encouraged 020');
  });
  it('codes no cooperation for boosting numbers or controlling a chamber, no meeting for meeting a target', () => {
    expect(triggers('The debate should boost his poll numbers.')).toEqual([]);
    expect(triggers('Republicans will control Congress next year.')).toEqual([]);
    expect(triggers('The plan is the main tool to meet the emissions target.')).toEqual([]);
    expect(triggers('Putin will meet Xi in Beijing.')).toContain('meet 040');
  });
  it('codes no cooperation for agreeing with a view; agreeing to act still codes', () => {
    expect(triggers('Former President Bill Clinton agreed with the analysis.')).toEqual([]);
    expect(triggers('The analyst agreed that the shift was a matter of geography.')).toEqual([]);
    expect(triggers('Republicans had agreed to hold votes on the measures.')).toContain('agreed 030');
  });
  it('codes no praise for valuing a thing or for "New York values"', () => {
    expect(triggers('It is a message that values material wealth above all.')).toEqual([]);
    expect(triggers('Cruz questioned Trump\'s "New York values" on Thursday.')).toEqual([]);
  });
  it('reads tariffs slapped on a country as sanctions, taking over as chairman as no seizure', () => {
    expect(triggers('Mexico slapped retaliatory tariffs on American exports.')).toContain('slapped 163');
    expect(triggers('Gruenberg took over as acting chairman in 2011.')).toEqual([]);
    expect(triggers('The average of polls taken over the past two weeks shows Clinton leading.')).toEqual([]);
    expect(triggers('Rebels took over the town on Monday.')).toContain('took over 171');
  });
  it('reads a ceremony as a symbolic act (CAMEO 017)', () => {
    expect(triggers('Dedication ceremonies for the new memorial will be held on Friday.')).toContain('ceremonies 017');
    expect(events('A wreath-laying ceremony for the victims was held in Kyiv on Friday.')).toContain('ceremony 017');
  });
});

describe('verb senses: no event', () => {
  it('codes no coercion for a passive "forced to" without a coercer', () => {
    expect(events('French farmers were forced to sell their land to the Chinese company.')).not.toContain('forced 170');
  });
  it('codes no promise for "assured of winning"', () => {
    expect(events('Hillary Clinton is assured of winning at least 120 delegates in Ohio.')).not.toContain('assured 030');
  });
});

describe('lead statements', () => {
  it('codes the statement of a lead that reports the news in the speaker\'s words', () => {
    expect(events('The rocket failed two minutes after launch, Japanese officials said on Friday.', true)).toContain('said 010');
  });
  it('codes none for a quotation closed by a short "said"', () => {
    expect(events('"The rocket failed," Japanese officials said on Friday.', true)).toEqual([]);
  });
});
