// Readings of made-up news sentences through the whole pipeline (entities, quotes, events): each case
// guards one general rule of the events stage.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** The text after a headline line, as in an article (a lone line would be read as the headline). */
function events(body: string) {
  const text = `World news roundup\n\n${body}`;
  const doc = analyze({ text });
  return doc.events.map((e) => ({
    type: e.plover.event,
    code: e.cameo.code ?? e.cameo.root,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    modality: e.modality,
    actors: e.actors.map((a) => a.name).join('+'),
    recipients: e.recipients.map((a) => a.name).join('+'),
  }));
}

describe('events: arms and agents as subjects', () => {
  it.each([
    ['Turkish drones hit a convoy near the border on Monday.'],
    ['Syrian rebels hit an army checkpoint outside the city.'],
  ])('reads a bare "hit" after a plural armed agent noun as the attack: %s', (text) => {
    expect(events(text)).toContainEqual(expect.objectContaining({ trigger: 'hit', type: 'ASSAULT' }));
  });
});

describe('events: senses that are no event of their type', () => {
  it('reads a strike among labour words as a labour protest (CAMEO 14), not force', () => {
    expect(events('Teachers in Leeds are striking over pay.')).toContainEqual(expect.objectContaining({ trigger: 'striking', type: 'PROTEST', code: '143' }));
    expect(events('Nurses in Wales will strike next month over pay.')).toContainEqual(expect.objectContaining({ trigger: 'strike', type: 'THREATEN', code: '133' }));
    expect(events('Russia could strike Ukraine again.')).toContainEqual(expect.objectContaining({ trigger: 'strike', code: '138' }));
  });
  it('codes no request for a source asking not to be named', () => {
    const found = events('"It is a disgrace," said Dr Jane Moreton, a consultant at St Mary\'s Hospital. "We are full," said one consultant, who asked not to be named.');
    expect(found.filter((e) => e.type === 'REQUEST')).toEqual([]);
  });
  it('reads defending a move or one\'s sovereignty as no military protection (CAMEO 074)', () => {
    expect(events('Senator Jane Moreton defended the move on Friday.')).toContainEqual(expect.objectContaining({ trigger: 'defended', code: '052' }));
    expect(events('Beijing said China will take all necessary measures to safeguard its sovereignty.').filter((e) => e.type === 'AID')).toEqual([]);
  });
  it('reads voting, arguing that, figurative force and generic change as no event of PETRARCH\'s default code', () => {
    expect(events('Most farmers in Iowa voted for Governor Tom Bell in 2012.')).toEqual([]);
    expect(events('Senator Jane Moreton argued that the tax would hurt farmers.').filter((e) => e.type === 'ACCUSE')).toEqual([]);
    expect(events('Governor Tom Bell dominated the race for months but struggled to win the nomination.')).toEqual([]);
    expect(events('The Liberal Party introduced a carbon tax in 2008 to improve air quality.')).toEqual([]);
  });
  it('reads "blasted", "ripped into", "assailed" a person or a policy as criticism (CAMEO 111), not force', () => {
    expect(events('Senator Jane Moreton ripped into Governor Tom Bell over the budget on Monday.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', code: '111', actors: 'Jane Moreton', recipients: 'Tom Bell' }));
    expect(events('Governor Tom Bell blasted the new deportation raids on Tuesday.').filter((e) => e.type === 'ASSAULT')).toEqual([]);
    expect(events('Senator Jane Moreton has assailed the trade policies of Governor Tom Bell.').filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });
  it('reads a threat posed or faced as a danger, no threat made', () => {
    for (const text of ['Police said the gunman posed a deadly threat to officers on Sunday.', 'Farmers in Iowa face the growing threat of drought, Senator Jane Moreton said.']) {
      expect(events(text).filter((e) => e.type === 'THREATEN')).toEqual([]);
    }
    expect(events('Russia renewed its threat to cut gas supplies to Ukraine.')).toContainEqual(expect.objectContaining({ type: 'THREATEN', actors: 'Russia', recipients: 'Ukraine' }));
  });
  it('reads "launched an attack against" a politician as criticism (CAMEO 111)', () => {
    expect(events('Governor Tom Bell launched a fierce attack against Senator Jane Moreton on Monday.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', code: '111', actors: 'Tom Bell', recipients: 'Jane Moreton' }));
  });
  it('reads an -ed form joined by "and" to a finite verb as a verb, not an adjective: "has targeted and killed members"', () => {
    expect(events('Islamic State has hunted and killed villagers in northern Iraq.')).toContainEqual(expect.objectContaining({ type: 'ASSAULT', trigger: 'killed', actors: 'Islamic State' }));
  });
  it('reads protecting workers and tending to as no military protection; clashing politicians as criticism', () => {
    expect(events('Senator Jane Moreton tends to do better with older voters in Iowa.')).toEqual([]);
    expect(events('Governor Tom Bell vowed to protect farmworkers in Iowa.').filter((e) => e.type === 'AID')).toEqual([]);
    expect(events('Governor Tom Bell clashed with Senator Jane Moreton during the hearing.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', actors: 'Tom Bell', recipients: 'Jane Moreton' }));
  });
  it('reads an -ing form after "is"/"was" as the progressive verb, not a noun modifier', () => {
    expect(events('Russia was shelling Kharkiv again on Monday.')).toContainEqual(expect.objectContaining({ type: 'ASSAULT', actors: 'Russia' }));
    expect(events('Iran is threatening Israel with new missile tests.')).toContainEqual(expect.objectContaining({ type: 'THREATEN', actors: 'Iran', recipients: 'Israel' }));
  });
  it('reads coming or travelling somewhere as meeting no one, travel to a place as a visit (CAMEO 042)', () => {
    expect(events('Many Syrians came to Germany in 2015.').filter((e) => e.type === 'CONSULT')).toEqual([]);
    expect(events('Vladimir Putin came to Syria on Monday.')).toContainEqual(expect.objectContaining({ type: 'CONSULT', code: '042', actors: 'Vladimir Putin' }));
    expect(events('Governor Tom Bell traveled the globe promoting Iowa pork.')).toEqual([]);
    expect(events('Chinese President Xi Jinping will travel to Washington next week.')).toContainEqual(expect.objectContaining({ type: 'CONSULT', code: '042', actors: 'Xi Jinping' }));
  });
  it('reads offering a reward as asking for information (CAMEO 0214)', () => {
    expect(events('Police in Ohio are offering a reward of up to $10,000 for information about the gunman.')).toContainEqual(expect.objectContaining({ type: 'REQUEST', code: '0214' }));
  });
  it('reads "dealing a blow" as no statement and "blasted out a robocall" as no attack', () => {
    expect(events("Republicans blocked the bill, dealing a blow to the president's effort.").map((e) => e.trigger)).not.toContain('dealing');
    expect(events('The Trump campaign blasted out a robocall to voters in Iowa on Sunday.')).toEqual([]);
  });
});

describe('events: framing that is no event of its own', () => {
  it('reads a fronted participle of speech as no statement of its own: "Speaking in Manila, ..."', () => {
    const found = events('Speaking in Manila, President Ferdinand Marcos said the talks with China would continue.');
    expect(found.map((e) => e.trigger)).not.toContain('Speaking');
  });
  it('codes no act asked about: "Asked whether X would meet Y"', () => {
    const found = events('Asked whether the health secretary would meet the unions, Downing Street said it had nothing to add.');
    expect(found.filter((e) => e.type === 'CONSULT')).toEqual([]);
  });
  it('reads denying accusations as a denial by the denier (CAMEO 016), not a negated accusation', () => {
    const found = events('Iran denied the accusations on Monday.');
    expect(found.filter((e) => e.type === 'ACCUSE')).toEqual([]);
    expect(found).toContainEqual(expect.objectContaining({ trigger: 'denied', code: '016', actors: 'Iran' }));
  });
});

describe('events: whose act, and which act', () => {
  it('gives a speech act joined after a reported clause the speaker, not the clause subject', () => {
    const found = events('U.S. Secretary of State Antony Blinken said in a statement that Washington was "deeply concerned" and called on Georgian authorities to respect the rights of protesters.');
    expect(found).toContainEqual(expect.objectContaining({ type: 'REQUEST', actors: 'Antony Blinken' }));
  });
  it('gives a speech verb after a quote the quote\'s speaker, not a name inside the quote', () => {
    const found = events('Mayor Ana Ruiz criticized the budget. "Governor Tom Bell broke every promise he made to this city," said Carla Mendes, a councilwoman who backed Ruiz.');
    expect(found).toContainEqual(expect.objectContaining({ type: 'STATEMENT', trigger: 'said', actors: 'Carla Mendes' }));
  });
  it('reads a feeling as no disapproval: "said he was disappointed"', () => {
    expect(events('Senator James Lankford said he was disappointed by the vote.').filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
  it('gives a request whom it is made to, not the object of the act asked for: "called on voters to reject him"', () => {
    const found = events('Donald Trump spoke in Ohio on Monday. He said Hillary Clinton had called on voters to reject him.');
    expect(found).toContainEqual(expect.objectContaining({ type: 'REQUEST', actors: 'Hillary Clinton', recipients: 'voters' }));
  });
  it('gives a passive feeling about someone its subject as actor: "was disappointed in X"', () => {
    expect(events('Senator Jane Moreton was deeply disappointed in Governor Tom Bell.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', actors: 'Jane Moreton', recipients: 'Tom Bell' }));
  });
  it('reads a warning of a danger as no threat, a warning of the warner\'s own act as one', () => {
    expect(events('Health leaders in England have warned that hospitals face the toughest winter on record unless the government provides emergency funding.').filter((e) => e.type === 'THREATEN')).toEqual([]);
    expect(events('Russia warned that it would retaliate against any attack.')).toContainEqual(expect.objectContaining({ type: 'THREATEN', actors: 'Russia' }));
  });
});

describe('events: meetings', () => {
  it('reads a compound subject with titles as one meeting between both, the place as where', () => {
    const found = events('Egyptian President Abdel Fattah el-Sisi and Saudi Crown Prince Mohammed bin Salman met in Riyadh on Sunday.');
    expect(found).toContainEqual(expect.objectContaining({ type: 'CONSULT', actors: 'Abdel Fattah el-Sisi+Mohammed bin Salman', recipients: '' }));
  });
  it('reads "met X to discuss the war in Gaza" as one meeting with X, the topic\'s place no one met', () => {
    const found = events("Egyptian President Abdel Fattah el-Sisi met Jordan's King Abdullah in Cairo on Tuesday to discuss the war in Gaza.");
    expect(found.filter((e) => e.type === 'CONSULT')).toEqual([expect.objectContaining({ actors: 'Abdel Fattah el-Sisi', recipients: 'Abdullah' })]);
  });
});

describe('events: consequences are no threats', () => {
  it('reads "which would restore United Nations sanctions", "the tariff would hurt farmers" as consequences, not threats', () => {
    const found = events('Britain, France and Germany triggered a process which would restore United Nations sanctions on Iran.');
    expect(found.filter((e) => e.type === 'THREATEN')).toEqual([]);
    expect(events('Farm groups warned on Monday. The new tariff would hurt farmers in Iowa, they said.').filter((e) => e.type === 'THREATEN')).toEqual([]);
    expect(events('The United States could impose new sanctions on Russia.')).toContainEqual(expect.objectContaining({ type: 'THREATEN', actors: 'United States' }));
  });
});

describe('events: weak verbs that report no political act', () => {
  it('reads an offer as an intent to cooperate only for help, aid or an act offered ("offered to mediate")', () => {
    expect(events('Governor Tom Bell offered no changes to his budget plan on Tuesday.').filter((e) => e.type === 'AGREE')).toEqual([]);
    expect(events('Senator Jane Moreton offered a glimpse of her thinking on trade.').filter((e) => e.type === 'AGREE')).toEqual([]);
    expect(events('Egypt offered to mediate between Israel and Hamas.')).toContainEqual(expect.objectContaining({ type: 'AGREE', actors: 'Egypt' }));
    expect(events('Japan offered military aid to the Philippines.')).toContainEqual(expect.objectContaining({ type: 'AGREE', code: '0332' }));
    expect(events('Governor Tom Bell offered his congratulations to Mayor Ann Ruiz.')).toContainEqual(expect.objectContaining({ type: 'SUPPORT', code: '051' }));
  });
});

describe('events: relying, organizing and hurrying are no acts between actors', () => {
  it('codes no request for "counting on", no cooperation for organizing, no visit for "rushing to" a task', () => {
    expect(events('Senator Jane Moreton is counting on young voters to turn out in November.')).toEqual([]);
    expect(events('The Moreton campaign organized a rally in Des Moines on Friday.')).toEqual([]);
    expect(events('Party leaders are rushing to build a new campaign office in Ohio.')).toEqual([]);
    expect(events('Japan rushed aid to the Philippines.')).toContainEqual(expect.objectContaining({ type: 'AID', actors: 'Japan' }));
  });
});

describe('events: charges laid', () => {
  it('reads criminal charges against someone as an accusation of a crime (CAMEO 1121)', () => {
    expect(events('Federal prosecutors brought criminal charges against Senator Tom Bell on Monday.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', code: '1121', trigger: 'charges', recipients: 'Tom Bell' }));
    expect(events('Senator Tom Bell of Ohio faces 12 fraud charges.').filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
});

describe('events: trips at home', () => {
  it('reads a trip to a place of the traveller\'s own country as no visit, one abroad as a visit', () => {
    expect(events('President Barack Obama traveled to Chicago on Monday for two fundraisers.').filter((e) => e.type === 'CONSULT')).toEqual([]);
    expect(events('President Barack Obama traveled to Tokyo on Monday.')).toContainEqual(expect.objectContaining({ type: 'CONSULT', code: '042', actors: 'Barack Obama' }));
  });
});

describe('events: contests of politics', () => {
  it('reads a battle or harm with no violence named as a rivalry or cost, a challenge to a candidate as a candidacy', () => {
    expect(events('Senator Ted Cruz was battling with Senator Marco Rubio for second place in South Carolina.')).toEqual([]);
    expect(events('Governor Maggie Hassan is challenging Senator Kelly Ayotte for her Senate seat.')).toEqual([]);
    expect(events('Senator Ted Cruz said the new tax is hurting the economy of Texas.').filter((e) => e.type === 'ASSAULT')).toEqual([]);
    expect(events('Kurdish forces are battling the Islamic State in Iraq.')).toContainEqual(expect.objectContaining({ type: 'ASSAULT', recipients: 'Islamic State' }));
    expect(events('Senator Jane Moreton challenged the ruling of the Supreme Court.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', code: '110' }));
  });
});

describe('events: adjectives that are verb forms too', () => {
  it.each([
    ['Voters saw Governor Tom Bell as someone measured and moderate.'],
    ['Tom Bell courted independent and moderate Republican women in Ohio.'],
    ['Senator Jane Moreton was seen as relatively moderate on trade.'],
    ['Senator Jane Moreton seemed most concerned with the economy.'],
    ['Governor Tom Bell was far more subdued than in 2012.'],
  ])('reads "moderate", "measured" before a noun, a preposition or joined to an adjective, and an -ed form after a degree word, as no verb: %s', (text) => {
    expect(events(text)).toEqual([]);
  });
});

describe('events: acts undergone ("faces charges", "faced criticism")', () => {
  it('reads the subject of "face" as the recipient of the act its object names, the doer after "by"/"from" or unknown', () => {
    expect(events('Russia has faced criticism from the European Union over the strikes.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', code: '111', actors: 'European Union', recipients: 'Russia' }));
    expect(events('Russia faced criticism for the strikes.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', code: '111', actors: '', recipients: 'Russia' }));
    expect(events('Senator Jane Moreton faces criminal charges brought by Russia.')).toContainEqual(expect.objectContaining({ type: 'ACCUSE', code: '1121', actors: 'Russia', recipients: 'Jane Moreton' }));
  });
  it('codes no accusation for charges faced with no accuser named (a standing, as coders read it)', () => {
    expect(events('Russia faces criminal charges.')).toEqual([]);
  });
});

describe('events: a verb joined after an object', () => {
  it('gives a verb joined by "and" the agent noun subject of the first verb, not its object: "killed five people and wounded 40"', () => {
    const found = events('A suicide bomber killed five people and wounded 40 in Kabul.');
    expect(found).toContainEqual(expect.objectContaining({ trigger: 'wounded', type: 'ASSAULT', actors: 'suicide bomber' }));
    expect(found.filter((e) => e.actors === 'five people')).toEqual([]);
  });
});
