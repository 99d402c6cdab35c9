import { describe, expect, it } from 'vitest';
import { findEvents } from './find-events.js';
import { analyze } from '../analyze/analyze.js';
import { makeDoc, ACTORS as A, type EntitySpec } from './testing/make-doc.js';
import type { Event } from '../doc/types.js';

const ALL: EntitySpec[] = Object.values(A);

function events(text: string, published?: string | null) {
  const doc = makeDoc(text, ALL, published);
  const found = findEvents(doc, {}).events;
  const show = (e: Event) => ({
    type: e.plover.event,
    root: e.cameo.root,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    modality: e.modality,
    actors: e.actors.map((a) => a.name).join('+'),
    recipients: e.recipients.map((a) => a.name).join('+'),
    date: e.date,
    location: e.location?.name ?? null,
  });
  return found.map(show);
}

describe('findEvents: patterns, actors, modality', () => {
  const cases: [why: string, text: string, want: Partial<ReturnType<typeof events>[number]>][] = [
    ['multi-word verb "called on": REQUEST', 'The G7 called on Russia to end its support for the Assad regime.', { type: 'REQUEST', trigger: 'called on', actors: 'G7', recipients: 'Russia' }],
    ['"urged": REQUEST with its object', 'Rex Tillerson urged Russia to abandon Bashar Assad.', { type: 'REQUEST', trigger: 'urged', actors: 'Rex Tillerson', recipients: 'Russia' }],
    ['nominal "talks" held abroad: the host is the recipient', 'Rex Tillerson is in Moscow for talks.', { type: 'CONSULT', trigger: 'talks', actors: 'Rex Tillerson', recipients: 'Russia', location: 'Russia' }],
    ['"his" after a participle is no plural noun: "criticised his counterpart" is the verb', 'Boris Johnson criticised his Russian counterpart.', { type: 'ACCUSE', trigger: 'criticised', actors: 'Boris Johnson' }],
    ['passive voice: "was attacked by"', 'A police convoy was attacked by Taliban fighters near Kabul.', { type: 'ASSAULT', trigger: 'attacked', actors: 'Taliban', recipients: 'police' }],
    ['possessive nominal: "X\'s attack on Y"', "The Taliban's attack on police in Kabul left nine dead.", { type: 'ASSAULT', trigger: 'attack', actors: 'Taliban', recipients: 'police', location: 'Kabul' }],
    ['compound actors stay one event', 'Russia and Iran threatened the United States with retaliation.', { type: 'THREATEN', trigger: 'threatened', actors: 'Russia+Iran', recipients: 'United States' }],
    ['threat noun with "from": its source', 'The plan went ahead despite a threat of retaliation from Russia and Iran.', { type: 'THREATEN', trigger: 'threat', actors: 'Russia+Iran' }],
    ['"could mount further strikes": threatened', 'The White House said it could mount further strikes against Syria.', { type: 'THREATEN', trigger: 'mount', modality: 'threatened', actors: 'White House', recipients: 'Syria' }],
    ['"would discuss": proposed', 'Boris Johnson said ministers would discuss the crisis with Russia.', { type: 'CONSULT', trigger: 'discuss', modality: 'proposed' }],
    ['"refused to meet": the meeting is negated, not proposed', 'Vladimir Putin refused to meet Rex Tillerson in Moscow.', { type: 'CONSULT', trigger: 'meet', modality: 'negated' }],
    ['"declined to threaten": the threat is negated', 'Vladimir Putin declined to threaten Syria with sanctions.', { type: 'THREATEN', trigger: 'threaten', modality: 'negated' }],
    ['"declined to": the refusal is a rejection of its own', 'Vladimir Putin declined to threaten Syria with sanctions.', { root: '12', trigger: 'declined' }],
    ['"refused to": a rejection of its own (CAMEO 12), as "declined to"', 'Vladimir Putin refused to withdraw from Syria.', { root: '12', trigger: 'refused', actors: 'Vladimir Putin' }],
    ['"met X at a place": a meeting held (CAMEO 040), not an intent to meet (036)', 'Rex Tillerson met Vladimir Putin at the Kremlin on Wednesday.', { type: 'CONSULT', root: '04', trigger: 'met', actors: 'Rex Tillerson', recipients: 'Vladimir Putin' }],
    ['"denied meeting": negated', 'Vladimir Putin denied meeting Rex Tillerson.', { type: 'CONSULT', trigger: 'meeting', modality: 'negated', actors: 'Vladimir Putin', recipients: 'Rex Tillerson' }],
    ['"the option of sanctions": a threat', 'Boris Johnson insisted the option of sanctions against Russia remained on the table.', { type: 'THREATEN', trigger: 'sanctions', modality: 'threatened', actors: 'Boris Johnson' }],
    ['pronoun "It" → the last organisation', 'The G7 met in Lucca, Italy.\nIt called on Russia to act.', { type: 'REQUEST', actors: 'G7', recipients: 'Russia' }],
    ['"his support for": possessive pronoun', 'Pressure grew on Vladimir Putin over his support for Bashar Assad.', { type: 'SUPPORT', trigger: 'support', actors: 'Vladimir Putin', recipients: 'Bashar Assad' }],
    ['an agent noun fills an empty slot: "arrested by security forces"', 'The activist was arrested by security forces in Kabul.', { type: 'COERCE', trigger: 'arrested', actors: 'security forces', location: 'Kabul' }],
    ['idiom "took a parting shot at": criticism, not shooting', 'Rex Tillerson took a parting shot at Russia on Friday.', { type: 'ACCUSE', root: '11', trigger: 'took a parting shot at', actors: 'Rex Tillerson', recipients: 'Russia' }],
    ['a possessive in an opening phrase points ahead to the subject', 'Boris Johnson left on Monday. Before his meeting with Vladimir Putin, Rex Tillerson said Syria must change.', { type: 'CONSULT', trigger: 'meeting', actors: 'Rex Tillerson', recipients: 'Vladimir Putin' }],
    ['a legal action by an agent noun alone is an event: "arrested by detectives"', 'A local priest was arrested by detectives on charges of stalking.', { type: 'COERCE', root: '17', trigger: 'arrested', actors: 'detectives' }],
    ['a grand jury acts for the courts: "indicted by a grand jury"', 'Three men were indicted by a grand jury on Monday.', { type: 'COERCE', root: '17', trigger: 'indicted', actors: 'grand jury' }],
    ['"charged with" a crime is legal action (CAMEO 173), not an accusation', 'Two councillors were charged with fraud by prosecutors.', { type: 'COERCE', root: '17', trigger: 'charged with', actors: 'prosecutors' }],
    ['"charged Russia with": an accusation', 'Rex Tillerson charged Russia with shielding Bashar Assad.', { type: 'ACCUSE', root: '11', trigger: 'charged', actors: 'Rex Tillerson', recipients: 'Russia' }],
    ['"provide subsidies": economic aid (CAMEO 071)', 'The White House will provide subsidies to farmers in Syria.', { type: 'AID', root: '07', trigger: 'provide', actors: 'White House' }],
    ['"held without charge": detention (CAMEO 173)', 'The activist was held without charge by police in Kabul.', { type: 'COERCE', root: '17', trigger: 'held', actors: 'police' }],
    ['"held hostage": abduction (CAMEO 181)', 'Taliban fighters held Rex Tillerson hostage near Kabul.', { type: 'ASSAULT', root: '18', trigger: 'held', actors: 'Taliban', recipients: 'Rex Tillerson' }],
    ['an irregular participle after "was" is passive: "was held by"', 'Rex Tillerson was held hostage by Taliban fighters.', { root: '18', actors: 'Taliban', recipients: 'Rex Tillerson' }],
    ['"placed bombs": a bombing (CAMEO 183)', 'Taliban fighters placed two bombs outside the police station in Kabul.', { type: 'ASSAULT', root: '18', trigger: 'placed', actors: 'Taliban' }],
    ['"directed X to act": an order (CAMEO 10)', 'Vladimir Putin directed the Syrian army to stop the attacks.', { type: 'REQUEST', root: '10', trigger: 'directed', actors: 'Vladimir Putin' }],
    ['"from" opens the actor\'s phrase a few words before it: "criticism from fellow"', 'The plan drew harsh criticism from fellow Taliban fighters in Kabul.', { type: 'ACCUSE', trigger: 'criticism', actors: 'Taliban' }],
    ['"ordered X to act": an order (CAMEO 10)', 'Vladimir Putin ordered the Syrian army to stop the attacks.', { root: '10', trigger: 'ordered', actors: 'Vladimir Putin' }],
    ['"ordered a probe": an investigation (CAMEO 091)', 'Vladimir Putin ordered a probe into the attack in Syria.', { root: '09', trigger: 'ordered', actors: 'Vladimir Putin' }],
    ['nominal "riot": violent protest (CAMEO 145)', 'A riot by Taliban supporters in Kabul left nine dead.', { type: 'PROTEST', root: '14', trigger: 'riot' }],
    ['nominal "clash": fighting', 'The clash between Taliban fighters and police in Kabul left nine dead.', { trigger: 'clash', root: '18' }],
    ['"arrived in Moscow": a visit', 'Rex Tillerson arrived in Moscow on Tuesday.', { type: 'CONSULT', trigger: 'arrived', location: 'Russia' }],
    ['"released" a person: CAMEO 084', 'Taliban fighters released Rex Tillerson near Kabul.', { root: '08', trigger: 'released', actors: 'Taliban' }],
    ['"accused": ACCUSE', 'Rex Tillerson accused Russia of shielding Bashar Assad.', { type: 'ACCUSE', trigger: 'accused', actors: 'Rex Tillerson', recipients: 'Russia' }],
    ['"opposed sanctions": disapproval (CAMEO 11), not talks', 'Vladimir Putin firmly opposed the new sanctions on Syria.', { type: 'ACCUSE', root: '11', trigger: 'opposed', actors: 'Vladimir Putin' }],
  ];
  it.each(cases)('%s', (_why, text, want) => {
    expect(events(text)).toContainEqual(expect.objectContaining(want));
  });
});

describe('findEvents: no event where the text reports none', () => {
  const cases: [why: string, text: string, root: string][] = [
    ['sanctions put off', 'The G7 put off decisions on any further sanctions against Russia.', '16'],
    ['hypothetical "whether"', 'Boris Johnson doubted whether sanctions against Russia would work.', '16'],
    ['a hedged report ("have likely been stolen")', 'Police records in Kabul have likely been stolen by Taliban fighters.', '17'],
    ['an object pattern stops at an infinitive ("wants pilots to be on")', 'The White House wants pilots to be on the lookout for debris.', '18'],
    ['a present tense after "before" is still to come', 'Boris Johnson left Moscow before Vladimir Putin meets Rex Tillerson in January.', '04'],
    ['a plain statement down the article is no event', 'Rain fell in Kabul. Rex Tillerson said the weather in Moscow was cold.', '01'],
    ['an agent noun alone places no event other than a legal action', 'The mayor was criticized by detectives on Monday.', '11'],
    ['capitals inside a name are no trigger', 'US Secretary of State Rex Tillerson arrived.', '01'],
    ['a verb of travel in the passive is no visit ("was flown to")', 'The wounded activist was flown to Kabul on Monday.', '03'],
    ['nor across an adverb ("was quickly flown to")', 'Rex Tillerson was quickly flown to Moscow on Monday.', '03'],
    ['giving up one\'s own undertaking concedes nothing ("gave up its bid")', 'Russia gave up its bid to host the games in Syria.', '08'],
    ['"led to" a result is no agreement', 'Vladimir Putin said the talks led to the collapse of the truce with Syria.', '03'],
    ['"managed to" is no agreement', 'Rex Tillerson managed to remain popular in Russia.', '03'],
    ['"according to" reports no grant', 'According to Rex Tillerson, the G7 met in Lucca, Italy.', '06'],
    ['"added" is a speech verb, no grant', 'Rex Tillerson added that the G7 had met in Lucca, Italy.', '06'],
    ['"arrives at a hearing" is no visit: a place is a name', 'Rex Tillerson arrives at a closed-door hearing on Syria.', '04'],
    ['hearing of something consults no one', 'Vladimir Putin learned of the plan from Rex Tillerson in Moscow.', '04'],
    ['weighing something consults no one: "whom he considers a friend"', 'Vladimir Putin considers Rex Tillerson a friend of Russia.', '04'],
    ['releasing documents releases no one ("released 30 years of tax returns")', 'Vladimir Putin released 30 years of tax returns in Moscow.', '08'],
    ['nor does "a poll released Sunday"', 'A Russia poll released Sunday showed Vladimir Putin ahead.', '08'],
    ['an election campaign demands nothing: "campaigned in"', 'Boris Johnson campaigned in Lucca, Italy on Monday.', '10'],
    ['failing rejects nothing ("failed to win", "the missile failed")', 'The missile that Russia fired failed over Syria, and Vladimir Putin failed to win the vote.', '12'],
    ['an act not achieved is no event ("failed to arrest")', 'Rain fell in Kabul. The police in Kabul failed to arrest Taliban fighters.', '17'],
    ['a base form after "and" shares the infinitive\'s "to": "to extract bribes and attack" is not done', 'Taliban fighters often threatened traders in Kabul to extract bribes and attack police.', '19'],
    ['refusing to comment rejects nothing', 'Vladimir Putin refused to comment on Syria.', '12'],
    ['resisting an urge refuses nothing', 'Vladimir Putin resisted the urge to criticise Syria.', '12'],
    ['an -ing form after a plural noun modifies it', 'Russia will fund clinics for veterans attending talks in Syria.', '04'],
    ['"interfering in" aids no one: the request to stop is the event', 'Vladimir Putin urged the United States to stop interfering in Syria.', '07'],
  ];
  it.each(cases)('%s', (_why, text, root) => {
    expect(events(text).filter((e) => e.root === root && e.modality === 'asserted')).toEqual([]);
  });
  it('reads "demonstrate" with an object as showing, not protest', () => {
    expect(events('Taliban fighters were demonstrating what they called new rockets in Kabul.').filter((e) => e.root === '14')).toEqual([]);
    expect(events('Taliban fighters demonstrated against the government in Kabul.')).toContainEqual(expect.objectContaining({ type: 'PROTEST', actors: 'Taliban' }));
  });
  it('reads "striking a tone", "struck a chord" and "the most striking" as no force', () => {
    expect(events('Rex Tillerson was striking a conciliatory tone in Moscow.').filter((e) => e.type === 'ASSAULT')).toEqual([]);
    expect(events('Boris Johnson struck a chord with voters in Syria.').filter((e) => e.type === 'ASSAULT')).toEqual([]);
    expect(events('The most striking speech by Vladimir Putin came in Moscow.').filter((e) => e.type === 'ASSAULT')).toEqual([]);
    expect(events('Taliban fighters struck police in Kabul.')).toContainEqual(expect.objectContaining({ type: 'ASSAULT', trigger: 'struck' }));
  });
  it('reads "under threat" as a condition, not a threat made', () => {
    expect(events('Kabul is under threat from Taliban fighters, Rex Tillerson said.').filter((e) => e.root === '13')).toEqual([]);
    expect(events('Taliban fighters made a threat against Kabul.').filter((e) => e.root === '13')).toHaveLength(1);
  });
  it('reads "coming to an end" as no arrival', () => {
    expect(events('Rex Tillerson said the reign of Bashar Assad is coming to an end.').filter((e) => e.root === '04')).toEqual([]);
  });
  it('codes no event for a negated prescription ("must not push"), but keeps a negated report', () => {
    expect(events('Boris Johnson said the G7 must not attack Russia.').filter((e) => e.root !== '01')).toEqual([]);
    expect(events('Vladimir Putin did not attack Syria.')).toContainEqual(expect.objectContaining({ modality: 'negated', actors: 'Vladimir Putin' }));
  });
  it('drops a later mention of the same event, with the "said" that only framed it', () => {
    const got = events('Taliban fighters attacked police in Kabul. The attack on police was condemned, Rex Tillerson said.');
    expect(got.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    expect(got.filter((e) => e.root === '01')).toEqual([]);
  });
  it('reads "the G7 meeting" as a noun whose modifier is the actor, and a second meeting at the same place as the same', () => {
    const got = events("The G7 foreign ministers' meeting in Lucca, Italy ended. Rex Tillerson left Lucca, Italy after the G7 meeting.");
    expect(got.filter((e) => e.type === 'CONSULT')).toHaveLength(1);
    expect(events('Boris Johnson spoke after the G7 meeting.')).toContainEqual(expect.objectContaining({ type: 'CONSULT', actors: 'G7' }));
  });
  it('codes no investigation that is only asked for: "called for an inquiry"', () => {
    const found = events('Boris Johnson called for an inquiry into the chemical attack in Syria.');
    expect(found).toContainEqual(expect.objectContaining({ type: 'REQUEST', trigger: 'called for', actors: 'Boris Johnson' }));
    expect(found.map((e) => e.trigger)).not.toContain('inquiry');
  });
  it('codes no investigation that is the object of the act asked for: "urged X to hold an inquiry"', () => {
    const found = events('Rex Tillerson urged Russia to hold an inquiry into the chemical attack in Syria.');
    expect(found).toContainEqual(expect.objectContaining({ type: 'REQUEST', trigger: 'urged', actors: 'Rex Tillerson', recipients: 'Russia' }));
    expect(found.map((e) => e.trigger)).not.toContain('inquiry');
  });
  it('codes no cooperation (CAMEO 05, 06) that is neither done nor with a named partner', () => {
    expect(events('Rex Tillerson said the G7 would support the plan.').filter((e) => e.root === '05')).toEqual([]);
    expect(events('Rex Tillerson said Russia would support Bashar Assad.')).toContainEqual(expect.objectContaining({ root: '05', recipients: 'Bashar Assad' }));
    // material cooperation (CAMEO 06) too: "tries to control a resurgence", "would expand its economy"
    expect(events('Boris Johnson is trying to control a surge in prices in Syria.').filter((e) => e.root === '06')).toEqual([]);
  });
  it('keeps one statement per sentence', () => {
    const got = events('Taliban fighters attacked police near Kabul, as they said they would, Rex Tillerson told reporters.');
    expect(got.filter((e) => e.root === '01')).toHaveLength(1);
  });
  it('codes a lead that reports a statement, but not a pronoun\'s "he said" nor a later "said"', () => {
    expect(events('Rex Tillerson said on Wednesday that the weather in Moscow was cold.').map((e) => e.root)).toEqual(['01']);
    expect(events('"Talks were useful," he said on Wednesday.').filter((e) => e.root === '01')).toEqual([]);
    expect(events('"The weather was cold," Rex Tillerson said on Wednesday in Moscow.').map((e) => e.root)).toEqual(['01']);
    expect(events('Rain fell in Kabul. Rex Tillerson said on Wednesday that the weather was cold.').filter((e) => e.root === '01')).toEqual([]);
  });
  it('reads "says" after a common noun as the verb of a lead statement ("province says")', () => {
    expect(events('A White House spokesman says the weather in Moscow was cold.').map((e) => e.root)).toEqual(['01']);
  });
  it('reads "X, an appositive, speaks" as a speech given', () => {
    expect(events('Rex Tillerson, the secretary of state, speaks during a news conference in Moscow.').map((e) => e.root)).toEqual(['01']);
  });
  it('reads "state" after a determiner or preposition, or without a subject, as a noun, not a statement', () => {
    expect(events('Taliban fighters attacked the state police in Kabul.').filter((e) => e.root === '01')).toEqual([]);
    expect(events('Taliban fighters attacked police in two states of Syria.').filter((e) => e.root === '01')).toEqual([]);
    expect(events('Taliban fighters attacked police in Kabul, Vladimir Putin states.').filter((e) => e.root === '01')).toHaveLength(1);
  });
  it('takes no actor across a relative clause after "by": "by those who saw him"', () => {
    expect(events('Rex Tillerson has not been exempt from criticism, especially by those who saw him in Moscow.').filter((e) => e.actors === 'Rex Tillerson')).toEqual([]);
  });
  it('reads "state" before a noun as a modifier, not a speech verb that walls off the subject: "a state visit and urged"', () => {
    expect(events('Rex Tillerson arrived in Moscow for a two-day state visit and urged Russia to abandon Bashar Assad.')).toContainEqual(expect.objectContaining({ type: 'REQUEST', trigger: 'urged', actors: 'Rex Tillerson', recipients: 'Russia' }));
  });
  it('gives a participle after a comma the subject of its clause, not the nearest name: ", accusing ..."', () => {
    expect(events('Rex Tillerson criticised Vladimir Putin on Tuesday, accusing Syria of lying.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', trigger: 'accusing', actors: 'Rex Tillerson', recipients: 'Syria' }));
  });
  it('finds the earlier verb past -ing and -s forms that are no finite verb: "over hospital waiting lists on Tuesday, accusing"', () => {
    expect(events('Rex Tillerson criticised Vladimir Putin over hospital waiting lists on Tuesday, accusing Syria of lying.')).toContainEqual(expect.objectContaining({ trigger: 'accusing', actors: 'Rex Tillerson' }));
  });
  it('finds the earlier verb past a noun that only looks like one: "for his support of Assad, accusing"', () => {
    expect(events('Rex Tillerson criticised Vladimir Putin for his support of Bashar Assad, accusing Syria of lying.')).toContainEqual(expect.objectContaining({ trigger: 'accusing', actors: 'Rex Tillerson' }));
  });
  it('codes a statement beside an event of the same sentence', () => {
    const got = events('Taliban fighters attacked police near Kabul, Rex Tillerson said.');
    expect(got.map((e) => e.root).sort()).toEqual(['01', '19']);
  });
});

describe('findEvents: dates against the article date (Wednesday 12 April 2017)', () => {
  const cases: [text: string, date: string | null][] = [
    ['Taliban fighters attacked police in Kabul on Wednesday.', '2017-04-12'],
    ['Taliban fighters attacked police in Kabul on Monday.', '2017-04-10'],
    // a past act on a weekday is the last one, a coming act the next
    ['Taliban fighters attacked police in Kabul on Friday.', '2017-04-07'],
    ['Taliban fighters will attack police in Kabul on Friday.', '2017-04-14'],
    ['Taliban fighters attacked police in Kabul on Thursday.', '2017-04-06'],
    ['Taliban fighters attacked police in Kabul last Friday.', '2017-04-07'],
    ['Taliban fighters attacked police in Kabul last night.', '2017-04-11'],
    ['Taliban fighters attacked police in Kabul yesterday.', '2017-04-11'],
    ["Last week's attack by Taliban fighters on police killed nine.", '2017-04-05'],
    ['Taliban fighters attacked police in Kabul in 2003.', '2003'],
    ['Taliban fighters attacked police in Kabul on April 3, 2016.', '2016-04-03'],
    ['Taliban fighters attacked police in Kabul.', null],
    // present tense is the article's day
    ['Rex Tillerson is in Moscow for talks.', '2017-04-12'],
    // the possessive date belongs to "attack", not to the threat
    ["Rex Tillerson threatened Syria over last week's attack by Taliban fighters.", null],
  ];
  it.each(cases)('%s → %s', (text, date) => {
    expect(events(text)[0]?.date).toBe(date);
  });
  it("reads a possessive weekday as the day of the noun after it, whatever the verb's tense", () => {
    expect(events("Rex Tillerson praised Friday's talks with Sergei Lavrov.").find((e) => e.root === '04')?.date).toBe('2017-04-14');
  });
  it('gives no relative date without an article date', () => {
    expect(events('Taliban fighters attacked police in Kabul yesterday.', null)[0]?.date).toBeNull();
  });
});

describe('findEvents: places', () => {
  it('"in Lucca, Italy" is one place with its country', () => {
    const doc = makeDoc("The G7 foreign ministers' meeting in Lucca, Italy ended.", ALL);
    const e = findEvents(doc, {}).events[0];
    expect(e.location).toEqual({ name: 'Lucca, Italy', country: 'ITA' });
  });
});

describe('findEvents: headlines and hostile input', () => {
  it('drops a headline event the body repeats', () => {
    const text = 'Tillerson Urges Russia To Act\nRex Tillerson urged Russia to act on Syria.';
    const base = makeDoc(text, ALL);
    const doc = { ...base, paragraphs: [{ start: 0, end: 29, kind: 'headline' as const }, { start: 30, end: text.length, kind: 'body' as const }], sentences: base.sentences.map((s, i) => ({ ...s, paragraph: i })) };
    expect(findEvents(doc, {}).events.filter((e) => e.plover.event === 'REQUEST')).toHaveLength(1);
  });
  it('never throws on emoji, CRLF, unbalanced quotes and a huge sentence', () => {
    const text = `"Russia 🚀 attacked\r\nSyria ${'and again '.repeat(2000)}`;
    const out = findEvents(makeDoc(text, ALL), {});
    for (const e of out.events) expect(e.trigger.end).toBeLessThanOrEqual(text.length);
    expect(out.diagnostics?.some((d) => d.rule === 'events-sentence-too-long')).toBe(true);
  });
  it('works on bare text: one line, no dateline or headline, through the whole pipeline', () => {
    const out = analyze({ text: 'Russia attacked Syria.' });
    expect(out.events.map((e) => e.plover.event)).toContain('ASSAULT');
    expect(out.diagnostics.filter((d) => d.stage === 'events')).toEqual([]);
  });
});
