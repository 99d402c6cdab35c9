// Trigger senses that coded the wrong event (or one where there is none): made-up sentences, one class each.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { docWords } from './doc-words.js';
import { findTriggers } from './find-triggers.js';
import { notAnEvent } from './not-an-event.js';
import { lexicon } from './patterns/load-patterns.js';
import { segment } from '../segment/segment.js';

/** Triggers of a text read as one sentence that notAnEvent keeps, as "word CODE". */
function kept(text: string): string[] {
  const lx = lexicon();
  const w = docWords(text, segment({ id: 't', text, meta: { headline: null, published: null, updated: null } }, {}).tokens);
  return findTriggers(lx, w, 0, w.lower.length).filter((t) => !notAnEvent(lx, w, t)).map((t) => `${text.slice(w.start[t.first], w.end[t.last])} ${t.code}`);
}

/** Events of a body sentence (after a headline line), as "trigger CODE". */
function events(body: string): string[] {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.cameo.code ?? e.cameo.root}`);
}

describe('trigger senses: codes after the CAMEO codebook', () => {
  it('reads arresting protesters as an arrest (173), not violent repression (175)', () => {
    expect(events('Police in Lyon arrested two protesters on Monday.')).toContain('arrested 173');
  });
  it('reads a person surrounded by aides as no siege', () => {
    expect(events('President Obama was surrounded by aides as he left the hall.').join()).not.toMatch(/surrounded/);
  });
  it('reads examining a budget as no investigation', () => {
    expect(events('Examining the budget, Senator Smith found waste in the Pentagon.').join()).not.toMatch(/Examining/);
  });
  it('reads fighting against racism as a cause, no armed fight', () => {
    expect(events('Senator Warren has spent her life fighting against racism.').join()).not.toMatch(/fighting/);
  });
  it('reads striving to act as no intent to cooperate', () => {
    expect(events('Mayor de Blasio is striving to cut crime in New York.').join()).not.toMatch(/striving/);
  });
  it('reads finding common ground as agreeing (030), no investigation', () => {
    expect(events('Democrats and Republicans found common ground on trade.')).toContain('found 030');
  });
  it('reads sending a message as a statement (010), no consultation', () => {
    expect(events('Obama sent a strong message to China.')).toContain('sent 010');
  });
  it('reads undermining an alliance as no cut in relations (160)', () => {
    expect(events('Senator Smith said Trump is undermining NATO.').join()).not.toMatch(/undermining/);
  });
  it('reads curbing emissions as restricting no one (170)', () => {
    expect(events('Germany is curbing emissions from coal plants.').join()).not.toMatch(/curbing/);
  });
  it('reads tearing a party apart and dying by the pen as no violence', () => {
    expect(events('Trump said the dispute could tear apart the Republican Party.').join()).not.toMatch(/tear/);
    expect(events('Senator Smith said journalists in France live and die by the pen.').join()).not.toMatch(/die/);
  });
  it('reads "did best among voters" as an adverb, no defeat', () => {
    expect(events('Clinton did best among young voters in Iowa.').join()).not.toMatch(/best/);
  });
  it('reads a figure approaching a number as meeting no one (040)', () => {
    expect(events('Unemployment approached 10 percent under Obama.').join()).not.toMatch(/approached/);
    expect(events('Obama approached Putin about Syria.')).toContain('approached 040');
  });
  it('reads "God forbid" as a wish, no ban (172)', () => {
    expect(events('God forbid Russia invades Ukraine, Biden said.').join()).not.toMatch(/forbid/);
    expect(events('Iran forbade its athletes to compete in Israel.')).toContain('forbade 172');
  });
  it('reads surrounding as a siege (191) only of a place', () => {
    expect(events('Troops surrounded the compound on Friday.')).toContain('surrounded 191');
    expect(kept('The drama that surrounded the senator grew.').join()).not.toMatch(/surrounded/);
  });
  it('reads "worth noting" as an aside, no statement', () => {
    expect(kept('It is worth noting that the senator stayed home.').join()).not.toMatch(/noting/);
    expect(kept('The senator noted that the bill failed.').join()).toMatch(/noted/);
  });
  it('reads a threat from someone, of terrorism, or being a threat as a danger, no threat made', () => {
    expect(events('Obama warned of the threat from the Islamic State.').join()).not.toMatch(/threat /);
    expect(events('Obama dismissed the threat of terrorism.').join()).not.toMatch(/threat /);
    expect(kept('Clinton said Trump is a serious threat to the country.').join()).not.toMatch(/threat /);
    expect(events('Obama did not follow through on threats of airstrikes against Syria.')).toContain('threats 130');
    expect(kept('The bill passed over veto threats from the White House.').join()).toMatch(/threats 130/);
  });
  it('reads breaking ranks and preparing to act as no event', () => {
    expect(events('Senator Rubio broke ranks with his party on Tuesday.').join()).not.toMatch(/broke/);
    expect(events('Obama is preparing to leave the White House.').join()).not.toMatch(/preparing/);
  });
  it('reads fighting for a cause or a people as no fight and no criticism; fighting for control of a town is a battle', () => {
    expect(events('Senator Dunmore has fought for our liberties for twenty years.').join()).not.toMatch(/fought/);
    expect(events('Senator Dunmore fought hard for the Keystone pipeline.').join()).not.toMatch(/fought/);
    expect(events('"I will fight for every vote in Ohio," Governor Pell said.').join()).not.toMatch(/fight/);
    expect(events('Rebels are fighting for control of the northern town of Kafr Sousa.')).toContain('fighting for 190');
  });
  it('reads raising money and raising the stakes as no appeal for aid and no statement', () => {
    expect(events('Governor Pell raised money for Senate Democrats in Chicago on Monday.').join()).not.toMatch(/raised/);
    expect(events('The Kremlin raised the stakes before the summit in Geneva.').join()).not.toMatch(/raised/);
  });
  it('reads addressing a problem as no statement; addressing a convention is a speech (010)', () => {
    expect(events('Senator Ruiz will unveil a plan to address the housing crisis in Ohio.').join()).not.toMatch(/address/);
    expect(events('Governor Pell addressed the concerns of farmers in Iowa.').join()).not.toMatch(/addressed/);
    expect(events('Governor Pell addressed the Republican convention in Cleveland on Thursday.')).toContain('addressed 010');
  });
  it('reads catching as a figure, no seizure, unless a suspect is caught', () => {
    expect(events("Governor Pell's surge caught the Democratic leadership off guard.").join()).not.toMatch(/caught/);
    expect(events('Senator Ruiz was caught in a fundraising scandal in Ohio.').join()).not.toMatch(/caught/);
    expect(events('Police in Lagos caught two suspects after the robbery.').join()).toMatch(/caught 171/);
  });
  it('reads a time approaching or a way of approaching a thing as meeting no one, and "as opposed to" as no opposition', () => {
    expect(events('As the NATO summit in Riga approaches, Germany is under pressure.').join()).not.toMatch(/approaches/);
    expect(events('Senator Ruiz has approached the trade question with caution.').join()).not.toMatch(/approached/);
    expect(events('Senator Ruiz approached Governor Pell about the budget.')).toContain('approached 040');
    expect(events('Governor Pell wants to talk about jobs, as opposed to defending her record on taxes.').join()).not.toMatch(/opposed/);
  });
  it('reads talking with the press as no consultation', () => {
    expect(events('Senator Ruiz spoke with reporters in Columbus on Monday.').join()).not.toMatch(/spoke/);
    expect(events('Two senior aides who talked with CNN said the campaign was broke.').join()).not.toMatch(/talked/);
    expect(events('Senator Ruiz spoke with Governor Pell about the budget on Monday.').join()).toMatch(/spoke/);
  });
  it('reads contributing to an outcome as a cause, no aid; giving to a campaign still codes', () => {
    expect(events("Governor Pell's remarks contributed to the Senate's rejection of the pipeline.").join()).not.toMatch(/contributed/);
    expect(events('Senator Ruiz contributed heavily to the gridlock in Congress.').join()).not.toMatch(/contributed/);
    expect(events('Mr. Dunmore contributed $5,000 to the Ruiz campaign in Ohio.').join()).toMatch(/contributed 070/);
  });
  it('reads speaking on condition of anonymity as how a source was quoted, no statement', () => {
    expect(events('Two Ohio officials spoke on condition of anonymity about the pipeline deal.').join()).not.toMatch(/spoke/);
    expect(events('Senator Ruiz spoke at a rally in Columbus on Monday.').join()).toMatch(/spoke/);
  });
  it('reads one person discussing a topic as no consultation; discussing with someone or debating someone consults', () => {
    expect(events('Governor Pell will discuss her new book on the Ohio River in Columbus.').join()).not.toMatch(/discuss/);
    expect(events('Governor Pell discussed the pipeline with Senator Ruiz in Columbus.').join()).toMatch(/discussed/);
    expect(events('Governor Pell will debate Senator Ruiz in Columbus on Friday.').join()).toMatch(/debate/);
  });
  it('reads going for someone as backing them, and a visit that names no one visited at home as no visit', () => {
    expect(events('In 2008 the state of Ohio narrowly went for Governor Pell over Senator Ruiz.').join()).not.toMatch(/went/);
    expect(events('President Obama visited a downtown train station in St. Paul, Minnesota.').join()).not.toMatch(/visited/);
    expect(events('Senator Ruiz visited Mexico on Friday.').join()).toMatch(/visited 042/);
  });
  it('reads offering a stance or a defence as no intent to cooperate; offering help still codes', () => {
    expect(events('Senator Ruiz offered an emotional defense of Governor Pell at the rally.').join()).not.toMatch(/offered/);
    expect(events('Senator Ruiz offered a restrained embrace of the Ohio pipeline plan.').join()).not.toMatch(/offered/);
    expect(events('Egypt offered help to Sudan after the floods.').join()).toMatch(/offered 030/);
  });
});
