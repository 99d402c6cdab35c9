// Each row is a news passage and the quotes it must yield: the quoted or reported text, its type and
// the speaker's name. Rows run without entities, so the stage's own fallbacks are what is tested.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';

const run = (text: string) => {
  const out = findQuotes({ id: 't', text, meta: { headline: null, published: null, updated: null }, paragraphs: [], sentences: [], tokens: [], entities: [] }, {});
  return { quotes: out.quotes.map((q) => ({ text: text.slice(q.start, q.end), type: q.type, speaker: q.speaker?.name ?? null, mention: q.speaker?.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : undefined, parent: q.parent })), diagnostics: out.diagnostics ?? [] };
};

type Row = [reason: string, text: string, expected: { text: string; type?: string; speaker: string | null }[]];

const ROWS: Row[] = [
  ['cue after, curly marks', 'Mr Smith arrived late. “We will not give in,” he said.',
    [{ text: 'We will not give in,', type: 'direct', speaker: 'Smith' }]],
  ['cue after with inverted order', '"The talks were constructive," said Foreign Minister Anna Berg.',
    [{ text: 'The talks were constructive,', type: 'direct', speaker: 'Anna Berg' }]],
  ['colon-introduced', 'Prime Minister Jan Novak told the conference: "We must act now."',
    [{ text: 'We must act now.', type: 'direct', speaker: 'Jan Novak' }]],
  ['cue in the middle', 'Ms Carter was blunt. "It failed," she said, "and everyone knows it."',
    [{ text: 'It failed,', type: 'direct', speaker: 'Carter' }, { text: 'and everyone knows it.', type: 'direct', speaker: 'Carter' }]],
  ['dash attribution', '"Broadband is a necessity, not a luxury." — Commissioner Geoffrey Starks',
    [{ text: 'Broadband is a necessity, not a luxury.', type: 'direct', speaker: 'Geoffrey Starks' }]],
  ['apposition between name and verb', 'Dr Helen Ross, a doctor at the clinic, said: "Nobody was turned away."',
    [{ text: 'Nobody was turned away.', type: 'direct', speaker: 'Helen Ross' }]],
  ['apposition with a former minister', '"The plan is dead," Lord David Hale, the former minister, said.',
    [{ text: 'The plan is dead,', type: 'direct', speaker: 'David Hale' }]],
  ['a name set off after its title is the speaker', '"The army is ready," the defence secretary, Gavin Wells, said on Friday.',
    [{ text: 'The army is ready,', type: 'direct', speaker: 'Gavin Wells' }]],
  ['a second quote after "said X, who ..." is X\'s, not the speaker before', 'Neighbours said they heard shots. "It sounded like fireworks," said Maria Lopez, who lives across the street. "Then everybody started running."',
    [{ text: 'they heard shots', type: 'indirect', speaker: 'Neighbours' }, { text: 'It sounded like fireworks,', type: 'direct', speaker: 'Maria Lopez' }, { text: 'Then everybody started running.', type: 'direct', speaker: 'Maria Lopez' }]],
  ['a cue after "would" tells of speech to come, no report ("would respond")', 'Mr Kanaani said Tehran would respond "in due course".',
    [{ text: 'Tehran would respond "in due course"', type: 'indirect', speaker: 'Kanaani' }, { text: 'in due course', type: 'partial', speaker: 'Kanaani' }]],
  ['a name set off after a capitalised office ("The Chancellor, Rachel Reeves,")', 'The Chancellor, Rachel Reeves, said that "every pound must be earned".',
    [{ text: 'every pound must be earned', type: 'direct', speaker: 'Rachel Reeves' }]],
  ['the same name is the subject of a participle cue', 'The Prime Minister, Jan Novak, has defended the cuts, insisting that "every pound must be earned".',
    [{ text: 'every pound must be earned', type: 'direct', speaker: 'Jan Novak' }]],
  ['a time line of the page is no one ("Updated 18:22 GMT")', 'Updated 18:22 GMT\n\nThe minister has defended the cuts, insisting that "every pound must be earned".',
    [{ text: 'every pound must be earned', type: 'direct', speaker: null }]],
  ['a name set off after a possessive title, reported', "The union's foreign policy chief, Marta Rossi, urged Ankara to release the pair.",
    [{ text: 'Ankara to release the pair', type: 'indirect', speaker: 'Marta Rossi' }]],
  ['a day after a name is no part of it', 'Gov. Sam Reed Wednesday said the bridge would reopen.',
    [{ text: 'the bridge would reopen', type: 'indirect', speaker: 'Sam Reed' }]],
  ['an adverb is no speaker: unknown beats a wrong name', 'He has constantly said the deal was bad.',
    [{ text: 'the deal was bad', type: 'indirect', speaker: null }]],
  ['a name set off after a role with a capitalised post-modifier', 'The UN envoy for the Middle East, Tor Wenn, said he was deeply alarmed.',
    [{ text: 'he was deeply alarmed', type: 'indirect', speaker: 'Tor Wenn' }]],
  ['a wire dateline is no part of the report', 'KABUL (Reuters) - Gunmen attacked a checkpoint overnight, police said.',
    [{ text: 'Gunmen attacked a checkpoint overnight', type: 'indirect', speaker: 'police' }]],
  ['a sentence-opening "The" starts no name: the role after it speaks', 'Mr Hale arrived late.\n\nThe senator spoke for an hour, claiming that the vote was rigged.',
    [{ text: 'the vote was rigged', type: 'indirect', speaker: 'Hale' }]],
  ['a wire dateline is no subject', 'WASHINGTON (AP) — Ann Lee on Tuesday attacked the plan, saying it would fail.',
    [{ text: 'it would fail', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a headline label before a colon speaks no words', 'The Latest: Ann Lee tells voters she will win',
    [{ text: 'she will win', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a relative "who say" without a comma: the noun before it speaks, after its preposition', 'The bill drew fire from farm groups who say the rules will ruin small growers.',
    [{ text: 'the rules will ruin small growers', type: 'indirect', speaker: 'farm groups' }]],
  ['"what X called “...”": the quotation after a relative object of "call" is what X called it', 'The inquiry into what the regulators called “reckless lending” led to two arrests.',
    [{ text: 'what', type: 'indirect', speaker: 'regulators' }, { text: '“reckless lending”', type: 'indirect', speaker: 'regulators' }, { text: 'reckless lending', type: 'partial', speaker: 'regulators' }]],
  ['"which X described as “...”": what it was described as is the report, the "as" no circumstance', 'Mr Hale toured the new plant, which he described as “a model for the region” in a speech.',
    [{ text: 'which', type: 'indirect', speaker: 'Hale' }, { text: '“a model for the region”', type: 'mixed', speaker: 'Hale' }, { text: 'a model for the region', type: 'partial', speaker: 'Hale' }]],
  ['a passive "were told that" with no teller is still a report, from no one known', 'Parents were told that the school would stay open through June.',
    [{ text: 'the school would stay open through June', type: 'indirect', speaker: null }]],
  ['a floating quantifier is no speaker', 'Ann Lee and Tom Hale have both argued that the deal hurts workers.',
    [{ text: 'the deal hurts workers', type: 'indirect', speaker: 'Ann Lee and Tom Hale' }]],
  ['a role before its post-modifier is someone else, unnamed', 'A spokesman for President Ana Diaz said the two men were suspected.',
    [{ text: 'the two men were suspected', type: 'indirect', speaker: 'spokesman for President Ana Diaz' }]],
  ['nominal speaker: the Tory', 'Conservative MP Sir Peter Lane spoke after the vote.\n\n"It is a shambles," the Tory said.',
    [{ text: 'It is a shambles,', type: 'direct', speaker: 'Peter Lane' }]],
  ['group speaker', 'The bridge will close for a month, officials said.',
    [{ text: 'The bridge will close for a month', type: 'indirect', speaker: 'officials' }]],
  ['quote split over paragraphs is one quote', 'Mayor Lisa Grant said: "We have cut waste.\n\n"We have kept every library open."',
    [{ text: 'We have cut waste.\n\n"We have kept every library open.', type: 'direct', speaker: 'Lisa Grant' }]],
  ['"he said" two paragraphs after the name, floating quote after', 'Senator Mark Ellis voted against the bill.\n\nHe said the vote was rushed.\n\n"We were given two hours to read it," he said.\n\n"That is not democracy."',
    [{ text: 'the vote was rushed', type: 'indirect', speaker: 'Mark Ellis' }, { text: 'We were given two hours to read it,', type: 'direct', speaker: 'Mark Ellis' }, { text: 'That is not democracy.', type: 'direct', speaker: 'Mark Ellis' }]],
  ['a name before a chain of asides is the speaker, not the last aside', 'Tom Hardy, 34, a teacher from Leeds, said he would vote for the mayor.',
    [{ text: 'he would vote for the mayor', type: 'indirect', speaker: 'Tom Hardy' }]],
  ['a name after "But" before an aside holding a clause', 'But Ana Ortiz, acting director of Clean Air Now, which organised the march, said the city had failed.',
    [{ text: 'the city had failed', type: 'indirect', speaker: 'Ana Ortiz' }]],
  ['a name before an aside holding a place and a day', 'Gov. Ed Hale, who was to fly to Columbus, Ohio, on Friday to sign the bill, said it would save money.',
    [{ text: 'it would save money', type: 'indirect', speaker: 'Ed Hale' }]],
  ['an adverb opening the sentence is no name before the asides', 'Similarly, Tom Hardy, 34, a teacher from Leeds, said he would vote for the mayor.',
    [{ text: 'he would vote for the mayor', type: 'indirect', speaker: 'Tom Hardy' }]],
  ['a sentence opener before a first name is no part of the name looked up', 'The family met at noon. And Tom spoke first.\n\n"We lost," Tom said.',
    [{ text: 'We lost,', type: 'direct', speaker: 'Tom' }]],
  ['"long", "ever", "first" between a subject and its cue are adverbs, not the subject', 'Senator Ann Cole has long argued the tax was unfair.',
    [{ text: 'the tax was unfair', type: 'indirect', speaker: 'Ann Cole' }]],
  ['"first" before the cue', 'The Daily Ledger first reported the mayor would resign.',
    [{ text: 'the mayor would resign', type: 'indirect', speaker: 'Daily Ledger' }]],
  ['a fronted participle clause is no subject: the subject follows its asides', 'Speaking at a rally in Salem, New Hampshire, Mr Smith attacked the plan, calling it “a disaster.”',
    [{ text: 'it “a disaster.”', type: 'indirect', speaker: 'Smith' }, { text: 'a disaster.', type: 'partial', speaker: 'Smith' }]],
  ['"she" after a sentence opened by a fronted participle is its subject', 'Facing growing criticism, Senator Ann Cole released a statement on Saturday. She said the vote was fair.',
    [{ text: 'the vote was fair', type: 'indirect', speaker: 'Ann Cole' }]],
  ['a fronted participle with no subject after it names no one', 'Speaking in a town hall, which was packed, calling the plan “a disaster.”',
    [{ text: 'the plan “a disaster.”', type: 'indirect', speaker: null }, { text: 'a disaster.', type: 'partial', speaker: null }]],
  ['"on Monday" after the cue is when it was said, not the start of the report', 'Mr Smith said on Monday the plan would fail.',
    [{ text: 'the plan would fail', type: 'indirect', speaker: 'Smith' }]],
  ['reported with that and recipient', 'Mr Green told reporters on Monday that the strike would go ahead.',
    [{ text: 'the strike would go ahead', type: 'indirect', speaker: 'Green' }]],
  ['told someone a clause', 'Former envoy Sir Tom Hart told Radio Four\'s Today programme he had no regrets.',
    [{ text: 'he had no regrets', type: 'indirect', speaker: 'Tom Hart' }]],
  ['according to', 'According to police, the driver fled the scene.',
    [{ text: 'the driver fled the scene', type: 'indirect', speaker: 'police' }]],
  ['urged ... to', 'The United Nations urged both sides to return to talks.',
    [{ text: 'both sides to return to talks', type: 'indirect', speaker: 'United Nations' }]],
  ['vowed to: the infinitive is what was promised', 'Governor Ruth Okafor vowed to veto any bill that cut school funding.',
    [{ text: 'to veto any bill that cut school funding', type: 'indirect', speaker: 'Ruth Okafor' }]],
  ['warned of: the preposition goes with the cue, also with a "to" further on', 'The regulator, Ines Baptiste, warned of deep cuts to rural bus routes.',
    [{ text: 'deep cuts to rural bus routes', type: 'indirect', speaker: 'Ines Baptiste' }]],
  ['a list of names after a label is nobody\'s words', 'Iowa: Tim Albers, Brad Ansel, Rob Barra, Jeff Boyle, Bonnie Camp.', []],
  ['a line label is no speaker', "Editor's Note: The following is part 3 of a series on the election campaign.", []],
  ['a year between subject and cue', 'Ann Lee in 2015 pledged that the plant would stay open.',
    [{ text: 'the plant would stay open', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a relative "who" after an apposition speaks for the name', 'It was Tom Hale, now the party leader, who in 2010 said the goal was to win back the city.',
    [{ text: 'the goal was to win back the city', type: 'indirect', speaker: 'Tom Hale' }]],
  ['a title after a naming verb is no quote', 'The curators opened an exhibit called "Intersecting Lines" on Monday.', []],
  ['a subhead in capitals is no quote', 'The talks ended.\n\n“DIVISIVE, STUPID AND WRONG”\n\nThe vote is next week.', []],
  ['called X a Y: what someone is called is what was said', 'Mayor Ann Lee called the council a disgrace on Monday.',
    [{ text: 'the council a disgrace on Monday', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a thing called by its name is no report', 'Rob Lee has set up a website called Cape Voters. She called a press conference.', []],
  ['pledged not to', 'The minister, Omar Haddad, pledged not to raise taxes this year.',
    [{ text: 'not to raise taxes this year', type: 'indirect', speaker: 'Omar Haddad' }]],
  ['coordinated cues keep the speaker', 'Ms Patel insisted the deal was fair and said talks would resume.',
    [{ text: 'the deal was fair', type: 'indirect', speaker: 'Patel' }, { text: 'talks would resume', type: 'indirect', speaker: 'Patel' }]],
  ['participle takes the sentence subject', 'President Omar Diallo rejected the report, saying it was full of errors.',
    [{ text: 'it was full of errors', type: 'indirect', speaker: 'Omar Diallo' }]],
  ['partial quote of the reported speaker', 'Mr Reyes said the offer was "frankly insulting" to workers.',
    [{ text: 'the offer was "frankly insulting" to workers', type: 'indirect', speaker: 'Reyes' }, { text: 'frankly insulting', type: 'partial', speaker: 'Reyes' }]],
  ['scare quote with no speaker is no quote', 'The so-called "Iron Lady" era shaped the party.', []],
  ['nested single quotes with a passive cue', 'Mr Cole said: "We were told by the unions \'no deal is better than this deal\' last week."',
    [{ text: 'We were told by the unions \'no deal is better than this deal\' last week.', type: 'direct', speaker: 'Cole' }, { text: 'no deal is better than this deal', type: 'direct', speaker: 'unions' }]],
  ['pronoun with no antecedent is unknown', '"We are ready," she said.',
    [{ text: 'We are ready,', type: 'direct', speaker: null }]],
  ['pronoun gender skips the man', 'Mr Ward met Mrs Jane Holt on Friday. Mrs Holt said the meeting went well.\n\n"I was encouraged," she said.',
    [{ text: 'the meeting went well', type: 'indirect', speaker: 'Jane Holt' }, { text: 'I was encouraged,', type: 'direct', speaker: 'Jane Holt' }]],
  ['doubled apostrophes are quotation marks, "Mr." keeps its full stop', "''We are not leaving,'' said Mr. Burman of the union.",
    [{ text: 'We are not leaving,', type: 'direct', speaker: 'Burman' }]],
  ['a contrast clause ends the report', 'Most voters say they want an outsider, while a third want experience.',
    [{ text: 'they want an outsider', type: 'indirect', speaker: 'Most voters' }]],
  ['asked someone a question', 'Senator Ruth Obi asked the minister whether the plan was legal.',
    [{ text: 'whether the plan was legal', type: 'indirect', speaker: 'Ruth Obi' }]],
  ['headline title case is no cue', 'Minister To Urge Banks To Cut Fees', []],
  ['a cue in the middle keeps the words after it', 'Dr Ana Ruiz runs the network. The closures, she said, have hit rural clinics.',
    [{ text: 'The closures', type: 'indirect', speaker: 'Ana Ruiz' }, { text: 'have hit rural clinics', type: 'indirect', speaker: 'Ana Ruiz' }]],
  ['a leading subordinate clause ends at its comma', 'Although Mayor Lena Park said the bridge would reopen, repairs are still under way.',
    [{ text: 'the bridge would reopen', type: 'indirect', speaker: 'Lena Park' }]],
  ["the writer's words between cue and quote make one mixed report", 'Governor Tom Reyes said the state is “not ready for another storm” this year.',
    [{ text: 'the state is “not ready for another storm” this year', type: 'mixed', speaker: 'Tom Reyes' },
      { text: 'not ready for another storm', type: 'partial', speaker: 'Tom Reyes' }]],
  ['a preposition after the cue goes with it', 'Senator Amy Cole cautioned against a rush to judgment.',
    [{ text: 'a rush to judgment', type: 'indirect', speaker: 'Amy Cole' }]],
  ["a closed quote's own attribution ends the report", 'Officials said the plan was “a waste of money,” Mr. Diaz said.',
    [{ text: 'the plan was “a waste of money,”', type: 'mixed', speaker: 'Officials' }, { text: 'a waste of money,', type: 'direct', speaker: 'Diaz' }]],
  ['naming in quoted words reports speech', 'Former governor Mike Dale called the program “worse than amnesty.”',
    [{ text: 'the program “worse than amnesty.”', type: 'indirect', speaker: 'Mike Dale' }, { text: 'worse than amnesty.', type: 'partial', speaker: 'Mike Dale' }]],
  ['a name given without quotation marks is no report', 'A man called Jim Ross runs the shop.', []],
  ['a dash ends the report', 'Ms Ito predicted a narrow win — a result that would end months of doubt.',
    [{ text: 'a narrow win', type: 'indirect', speaker: 'Ito' }]],
  ['a comma, an inverting cue and a name after it: the clause before the comma was said, a subordinate clause and all', 'Even if the agency were closed, most of its work would go on, said Ann Lee, who chairs the committee.',
    [{ text: 'Even if the agency were closed, most of its work would go on', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a comma, an inverting cue and a titled name: two clauses before it are one report', 'The fund is small, but it has drawn loyal donors, said Ms. Okafor, with dinners every spring.',
    [{ text: 'The fund is small, but it has drawn loyal donors', type: 'indirect', speaker: 'Okafor' }]],
  ['an apposition before the cue keeps its subject', 'Ann Lee, a doctor at the clinic, said the ward would close.',
    [{ text: 'the ward would close', type: 'indirect', speaker: 'Ann Lee' }]],
  ['an aside between dashes before the cue: the subject is before it', 'Jason Reed — a teacher from Dover, Delaware — says he made up his mind last week.',
    [{ text: 'he made up his mind last week', type: 'indirect', speaker: 'Jason Reed' }]],
  ['an aside between double hyphens before the cue', 'Democrats -- and some independents -- say the bill goes too far.',
    [{ text: 'the bill goes too far', type: 'indirect', speaker: 'Democrats' }]],
  ['a question closed by its mark, then a name, a cue and "of": one sentence, the cue after the quote', 'The firm said nothing. “Who do they think they are?” Lee said of the bank in May.',
    [{ text: 'Who do they think they are?', type: 'direct', speaker: 'Lee' }]],
  ['a possessive apostrophe in the one written to does not hide the "that" after it', 'The league wrote to Sanders’ Senate office that it had not approved the logo.',
    [{ text: 'it had not approved the logo', type: 'indirect', speaker: 'league' }]],
  ['a possessive apostrophe in the one told is part of the one told', "Officials told CBS News' Ann Rose that the plan had failed.",
    [{ text: 'the plan had failed', type: 'indirect', speaker: 'Officials' }]],
  ['"maintained" with an object reports nothing', 'The governor maintained a narrow lead in the polls.', []],
  ['"maintained that" reports', 'Governor Ann Lee maintained that the polls were wrong.',
    [{ text: 'the polls were wrong', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"advising" a client reports nothing', 'Ann Lee is advising the company on its merger.', []],
  ['"states" after a capitalised adjective is the noun', 'The vote moves to Rust Belt states that have lost factory jobs.', []],
  ['a nounish -s form after a name is still the verb', 'Ann Lee claims that the count was wrong.',
    [{ text: 'the count was wrong', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a credit line is nobody\'s words', 'The council meets again in May.\nContributing: Tom Hale and Ann Lee.', []],
  ['a dashed aside the clause goes on after stays in the report', 'Ms Ito said closed primaries — those open only to party members — shut out many young voters.',
    [{ text: 'closed primaries — those open only to party members — shut out many young voters', type: 'indirect', speaker: 'Ito' }]],
  ['a second dash before a name ends nothing new: the report stops at the first', 'Ms Ito predicted a narrow win — a result that would end months of doubt — Reuters reported.',
    [{ text: 'a narrow win', type: 'indirect', speaker: 'Ito' }]],
  ["the subject before a quote attributed after it is part of the report", 'Mayor Dan Roe was upbeat. The buses “have never run better,” he said.',
    [{ text: 'The buses “have never run better,', type: 'mixed', speaker: 'Dan Roe' }, { text: 'have never run better,', type: 'partial', speaker: 'Dan Roe' }]],
  ['a quote opening its sentence keeps no lead-in', 'Mayor Dan Roe was upbeat. “We have never run better,” he said.',
    [{ text: 'We have never run better,', type: 'direct', speaker: 'Dan Roe' }]],
  ["the writer's words after a quote in its sentence make one mixed report", 'Mayor Dan Roe said “the buses run late” every winter because of the snow.',
    [{ text: '“the buses run late” every winter because of the snow', type: 'mixed', speaker: 'Dan Roe' }, { text: 'the buses run late', type: 'partial', speaker: 'Dan Roe' }]],
  ['a quote that ends its sentence after the cue stays direct', 'Mayor Dan Roe said “the buses run late.”',
    [{ text: 'the buses run late.', type: 'direct', speaker: 'Dan Roe' }]],
  ['where it was said is not what was said', 'Mayor Ann Lee said in a statement.', []],
  ['a long clause after a preposition is still a report', 'Mayor Ann Lee said after the storm the city would rebuild every bridge and every school it had lost, whatever the cost.',
    [{ text: 'after the storm the city would rebuild every bridge and every school it had lost, whatever the cost', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a long apposition between the quote and its cue', '“We will appeal,” Mayor Ann Lee, who has led the city since the floods, said.',
    [{ text: 'We will appeal,', type: 'direct', speaker: 'Ann Lee' }]],
  ['the place where someone was told ends at "that"', 'Senator Ruth Obi told a rally in Dover, Delaware on Monday that the plan was legal.',
    [{ text: 'the plan was legal', type: 'indirect', speaker: 'Ruth Obi' }]],
  ['a name after a lower-case verb is its object, not part of the subject', 'Ann Lee attacked Tom Hale, saying he had lied.',
    [{ text: 'he had lied', type: 'indirect', speaker: 'Ann Lee' }]],
  ['an -ly adverb before that verb is no part of the subject either', 'Ann Lee sternly rebuked Tom Hale, saying he had lied.',
    [{ text: 'he had lied', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a fronted time phrase is no subject: the subject follows its comma', 'Hours later, Ann Lee returned the compliment, telling reporters she liked him.',
    [{ text: 'she liked him', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a time phrase and an aside with an abbreviated state before the subject', 'The day before, at a rally in Salem, Ore., Mr. Smith was just as blunt, claiming that the plan was dead.',
    [{ text: 'the plan was dead', type: 'indirect', speaker: 'Smith' }]],
  ['the comma after an opening adverb is no end of the subject search', 'However, Ann Lee attacked the plan, saying it would fail.',
    [{ text: 'it would fail', type: 'indirect', speaker: 'Ann Lee' }]],
  ['an abbreviated state in the asides after a name', 'Tom Reed, 33, of Baldwin, Miss., dismisses the idea that voting makes a difference.',
    [{ text: 'the idea that voting makes a difference', type: 'indirect', speaker: 'Tom Reed' }]],
  ['the state after a fronted place and a day after it are no subject', 'At a campaign event in Ames, Iowa, on Sunday, Mrs. Lee tried to explain, saying that the plan was dead.',
    [{ text: 'the plan was dead', type: 'indirect', speaker: 'Lee' }]],
  ['a name before a capitalised post-modifier speaks, with no entities', 'Senator Tom Reed of Vermont endorsed Mrs. Lee, saying that she would make a fine mayor.',
    [{ text: 'she would make a fine mayor', type: 'indirect', speaker: 'Tom Reed' }]],
  ['a quantifier before "of" heads the group, no determiner to strip', 'Some of the nurses said they were afraid.',
    [{ text: 'they were afraid', type: 'indirect', speaker: 'Some of the nurses' }]],
  ['a question mark closing a quote ends no sentence before a name and its cue', 'Mr Hale spoke first. “Have I started writing my speech?” Sen. Ann Sanders replied.',
    [{ text: 'Have I started writing my speech?', type: 'direct', speaker: 'Ann Sanders' }]],
  ['the full stops of a party and state in brackets end no sentence after the quote', '“They have nothing to worry about,” Sen. Tom Reed (D-N.Y.) said.',
    [{ text: 'They have nothing to worry about,', type: 'direct', speaker: 'Tom Reed' }]],
  ['a negated auxiliary stands between the subject and its cue', 'Sen. Tom Reed of Ohio, the likely leader next year, wouldn’t say Tuesday how the party would act.',
    [{ text: 'how the party would act', type: 'indirect', speaker: 'Tom Reed' }]],
  ['"press ahead" is no speech cue', 'Sir Tom Hale told MPs that the government would press ahead with its bill despite a revolt.',
    [{ text: 'the government would press ahead with its bill despite a revolt', type: 'indirect', speaker: 'Tom Hale' }]],
  ["a single-quoted headline after a name and colon is one direct quote, no report around it", "Ann Lee: 'I never thought I would run again'",
    [{ text: 'I never thought I would run again', type: 'direct', speaker: 'Ann Lee' }]],
  ["a single-quoted phrase opening the rest of a headline keeps the report", "Ann Lee: 'No Idea' If I Would Run Again",
    [{ text: "'No Idea' If I Would Run Again", type: 'indirect', speaker: 'Ann Lee' }, { text: 'No Idea', type: 'direct', speaker: 'Ann Lee' }]],
  ['a number before a unit of time opening a sentence is no subject', 'Tom Hale sits in the kitchen.\n\nEighteen months ago the striker was told to stop.\n\n“I just knew,” he says.',
    [{ text: 'I just knew,', type: 'direct', speaker: 'Tom Hale' }]],
  ['"according to a statement" names no one; the source is after "by"', 'The plant will close, according to a statement released by the city council.',
    [{ text: 'The plant will close', type: 'indirect', speaker: 'city council' }]],
  ['a newspaper named "Post" is a source, no occasion', 'The mayor will resign, according to The Daily Post.',
    [{ text: 'The mayor will resign', type: 'indirect', speaker: 'Daily Post' }]],
  ["an interviewer's question between two quotes: the answer is the same speaker's", 'Tom Hale sits in the kitchen.\n\n"It was hard," he says.\n\nWhat kept him going?\n\n"My daughter."\n\nAsked about the injury, he paused.\n\n"Every single day."',
    [{ text: 'It was hard,', type: 'direct', speaker: 'Tom Hale' }, { text: 'My daughter.', type: 'direct', speaker: 'Tom Hale' }, { text: 'the injury', type: 'indirect', speaker: null }, { text: 'Every single day.', type: 'direct', speaker: 'Tom Hale' }]],
  ['a narrative paragraph between two quotes breaks the chain', 'Tom Hale sits in the kitchen.\n\n"It was hard," he says.\n\nThe club was relegated in May.\n\n"My daughter."',
    [{ text: 'It was hard,', type: 'direct', speaker: 'Tom Hale' }, { text: 'My daughter.', type: 'direct', speaker: null }]],
  ['two cue words of one report give one report', 'Spokeswoman Ann Lee told a news briefing that the border would stay shut.',
    [{ text: 'the border would stay shut', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a past form between a preposition and its noun is no cue', 'The plant will run beyond agreed limits until March, the regulator said.',
    [{ text: 'The plant will run beyond agreed limits until March', type: 'indirect', speaker: 'regulator' }]],
  ['after a possessive a base or -s form is a noun, no cue ("Mr Hale\'s comments", "Mr Hale\'s calls for")', "Ann Lee arrived late. Mr Hale's comments drew criticism from both parties, she said later. Mr Hale's calls for a ban were rejected.",
    [{ text: "Mr Hale's comments drew criticism from both parties", type: 'indirect', speaker: 'Ann Lee' }]],
  ['a day between the subject and the verb ("on Tuesday said"), also after "but"', 'Gov. Ann Lee on Tuesday said the bridge would reopen. Tom Hale was critical of her but on Monday wrote that he agreed.',
    [{ text: 'the bridge would reopen', type: 'indirect', speaker: 'Ann Lee' }, { text: 'he agreed', type: 'indirect', speaker: 'Tom Hale' }]],
  ['between a past verb and a bare noun a cue form describes the noun ("ignored repeated orders", "fired warning shots", "opposed adding provisions")', 'Tom Hale said the crew had ignored repeated orders to leave. Two boats fired warning shots at the trawler. Ann Lee opposed adding clauses to the bill.',
    [{ text: 'the crew had ignored repeated orders to leave', type: 'indirect', speaker: 'Tom Hale' }]],
  ['an irregular past form before a past-form cue makes it describe the noun ("has given added weight"); a gerund after one still reports ("made decrying ... central")',
    'The ruling has given added weight to the appeal, Ann Lee said. Tom Hale has made decrying closed courts central to his campaign.',
    [{ text: 'The ruling has given added weight to the appeal', type: 'indirect', speaker: 'Ann Lee' }, { text: 'closed courts central to his campaign', type: 'indirect', speaker: 'Tom Hale' }]],
  ['a base form right after a past form completes that verb ("helped write the bill", "a personally signed tweet")', 'Ann Lee, who helped write the bill, said she backed it. A personally signed tweet drew praise.',
    [{ text: 'she backed it', type: 'indirect', speaker: 'Ann Lee' }]],
  ['after "told" and a name, a possessive opens what was told ("told the BBC her members felt ..."); "told Meet the Press the ..." stays unread', 'Ruth Oduya told the BBC her members felt betrayed. Tom Hale told CNN his campaign was over.',
    [{ text: 'her members felt betrayed', type: 'indirect', speaker: 'Ruth Oduya' }, { text: 'his campaign was over', type: 'indirect', speaker: 'Tom Hale' }]],
  ['"v." of a court case ends no sentence ("Brown v. Board of Education")', 'The ruling in Brown v. Board of Education was cited often, Ann Lee said.',
    [{ text: 'The ruling in Brown v. Board of Education was cited often', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"according to a statement" with nothing after it is unknown', 'The plant will close, according to a statement.',
    [{ text: 'The plant will close', type: 'indirect', speaker: null }]],
  ['after a determiner and an adjective a base or -s form is a noun ("a blunt tweet", "his repeated calls for"), unless a clause follows', 'Voters mocked a blunt tweet about the levy. The board ignored his repeated calls for a recount. The clinic says the wing will close.',
    [{ text: 'the wing will close', type: 'indirect', speaker: 'clinic' }]],
  ['a speaker after the cue, before an apposition ("..., said Ann Lee, an economist"); a row of verbs ("toured ..., praised Ann Lee") is no inversion', 'Road tolls will not cut traffic much, said Ann Lee, an economist at the institute. Tom Hale toured the plant, praised Ann Lee of the union.',
    [{ text: 'Road tolls will not cut traffic much', type: 'indirect', speaker: 'Ann Lee' }]],
  ['only an adverb before a middle cue: the words are after it ("Still, she said, ..."); one word of the clause ("That", "Funding"): a fragment of its own, and the words after', 'Ann Lee runs the clinic. Still, she said, the wing must close. Funding, she added, ran out in May. That, she explained, is by design.',
    [{ text: 'the wing must close', type: 'indirect', speaker: 'Ann Lee' }, { text: 'Funding', type: 'indirect', speaker: 'Ann Lee' }, { text: 'ran out in May', type: 'indirect', speaker: 'Ann Lee' }, { text: 'That', type: 'indirect', speaker: 'Ann Lee' }, { text: 'is by design', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a number or quantifier before "said" is its subject ("Two in three said", "Several said"), "the said" stays no cue', 'Two in three said the levy was unfair. Several said they would move. The said levy was repealed.',
    [{ text: 'the levy was unfair', type: 'indirect', speaker: 'Two in three' }, { text: 'they would move', type: 'indirect', speaker: 'Several' }]],
  ['a question put to the speaker ("Asked whether ...", "when asked by X about ...": the preposition goes with the cue) is reported speech, its asker the one after "by" or no one; an object after "asked" is the active verb', 'Asked whether he would run again, Tom Hale said he had not decided. When asked by a reporter about the bridge, Ann Lee said it would reopen. Ann Lee, the mayor, asked Hale if he would stay.',
    [{ text: 'whether he would run again', type: 'indirect', speaker: null }, { text: 'he had not decided', type: 'indirect', speaker: 'Tom Hale' }, { text: 'the bridge', type: 'indirect', speaker: 'reporter' }, { text: 'it would reopen', type: 'indirect', speaker: 'Ann Lee' }, { text: 'if he would stay', type: 'indirect', speaker: 'Ann Lee' }]],
  ['in a title-case headline "Says" between capitalised words is the cue; "Things Voters Said In May" is not', 'River County Says Lee Should Win Seat\n\nTen Things Voters Said In May\n\nThe count ended on Friday.',
    [{ text: 'Lee Should Win Seat', type: 'indirect', speaker: 'River County' }]],
  ['after an inverted cue, a name set off after the role is the speaker, an initial and all', 'Bakers pay the most, said the union\'s chief negotiator, Ann B. Lee. "We will not close," said the company\'s chief executive, Tom Hale.',
    [{ text: 'Bakers pay the most', type: 'indirect', speaker: 'Ann B. Lee' }, { text: 'We will not close,', type: 'direct', speaker: 'Tom Hale' }]],
  ['speakers joined by "and" after an inverted cue: the first speaks; an auxiliary after them goes on with the report', 'The contrast with the mayor, said Doyle and others, would be clear. The levy hurts, said Ann Lee and Tom Kerr.',
    [{ text: 'The contrast with the mayor', type: 'indirect', speaker: 'Doyle' }, { text: 'would be clear', type: 'indirect', speaker: 'Doyle' }, { text: 'The levy hurts', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"and" with a pronoun and a cue of its own ends the report before it', 'Ann Lee said hackers broke into the party computers and she accused Tom Hale of helping them.',
    [{ text: 'hackers broke into the party computers', type: 'indirect', speaker: 'Ann Lee' }, { text: 'Tom Hale of helping them', type: 'indirect', speaker: 'Ann Lee' }]],
  ['an aside on the last noun (", who ...", ", a levy ...") and ", compared with" end the report; an aside the clause goes on after, or a list, does not', 'Ann Lee says she will vote for Tom Hale, who opposes the levy. Ann Lee said the mayor, who was elected in May, would resign. Most voters say they like Lee, compared with 40 percent last year. Tom Hale said he would repeal the tax, a levy that hits bakers. Tom Hale said he would cut taxes, the deficit and spending. Tom Hale accused Ann Lee, who was born in Leeds, of lying.',
    [{ text: 'she will vote for Tom Hale', speaker: 'Ann Lee' }, { text: 'the mayor, who was elected in May, would resign', speaker: 'Ann Lee' }, { text: 'they like Lee', speaker: 'Most voters' }, { text: 'he would repeal the tax', speaker: 'Tom Hale' }, { text: 'he would cut taxes, the deficit and spending', speaker: 'Tom Hale' }, { text: 'Ann Lee, who was born in Leeds, of lying', speaker: 'Tom Hale' }]],
  ['"but" and a cue of its own ends the report before it; ", then says" has the sentence subject', 'Ann Lee says she respects the plan but argues that it cannot work. Tom Hale offered the man a job, then says he will welcome advice.',
    [{ text: 'she respects the plan', type: 'indirect', speaker: 'Ann Lee' }, { text: 'it cannot work', type: 'indirect', speaker: 'Ann Lee' }, { text: 'he will welcome advice', type: 'indirect', speaker: 'Tom Hale' }]],
  ['"according to X," after only a connective or a short contrasting clause: the words are after the source', 'In addition, according to the ministry, nine million more workers will be covered. While most files were kept, according to an official, two were sealed. The plant, according to officials, will close.',
    [{ text: 'nine million more workers will be covered', type: 'indirect', speaker: 'ministry' }, { text: 'two were sealed', type: 'indirect', speaker: 'official' }, { text: 'The plant', type: 'indirect', speaker: 'officials' }, { text: 'will close', type: 'indirect', speaker: 'officials' }]],
  ['"..., Ann Lee told The Daily Post." reports the words before, also after a role set off before the name; a long name of the one told before "that"', 'The mill will stay open, his top aide, Tad Devine, said. The mill will stay open, Tad Devine told The Post and Courier on Monday. This is not about me, President Tom Hale told his advisers as he wrote. Ann Lee told The Post and Courier newspaper of Leeds on Saturday that she voted. Bakers now say they like him, a study by an eminent sociologist, Tom Kerr, concluded.',
    [{ text: 'The mill will stay open', type: 'indirect', speaker: 'Tad Devine' }, { text: 'The mill will stay open', type: 'indirect', speaker: 'Tad Devine' }, { text: 'This is not about me', type: 'indirect', speaker: 'Tom Hale' }, { text: 'she voted', type: 'indirect', speaker: 'Ann Lee' }, { text: 'Bakers now say they like him, a study by an eminent sociologist', type: 'indirect', speaker: 'Tom Kerr' }, { text: 'they like him, a study by an eminent sociologist, Tom Kerr', type: 'indirect', speaker: 'Bakers' }]],
  ['a poll\'s "who said" in the sentence subject ends before the main verb, in a fronted phrase at its comma; "those" names no one; "who say the same" is a report', 'In the poll, 62 percent of voters who said the economy was their top issue backed the mayor. Among those who said they cared most about jobs, most backed Hale. Most voters say they like Lee, compared with 40 percent who say the same of Hale.',
    [{ text: 'the economy was their top issue', type: 'indirect', speaker: 'voters' }, { text: 'they cared most about jobs', type: 'indirect', speaker: null }, { text: 'they like Lee', type: 'indirect', speaker: 'Most voters' }, { text: 'the same of Hale', type: 'indirect', speaker: '40 percent' }]],
  ['after only "And," a middle "tells the crowd" reports the words after it', 'And, Ann Lee tells the crowd, she has been known to be tough.',
    [{ text: 'she has been known to be tough', type: 'indirect', speaker: 'Ann Lee' }]],
  ['a programme\'s title after "on" or a possessive is no quote', 'On Sunday on Channel Nine’s “Breakfast With Dana,” Mayor Tom Reed said the bridge would reopen.',
    [{ text: 'the bridge would reopen', type: 'indirect', speaker: 'Tom Reed' }]],
  ['a headline\'s speaker may name the one addressed ("X to Y:"); a poll before a colon reports its finding', 'Reed to Harbour Workers: The Docks Will Stay Open.\n\nPoll: Most residents back the new ferry.\n\nThe mayor spoke on Friday.',
    [{ text: 'The Docks Will Stay Open', type: 'indirect', speaker: 'Reed' }, { text: 'Most residents back the new ferry', type: 'indirect', speaker: 'Poll' }]],
  ['a sentence adverb between the speaker and the cue ("Reed however said")', 'The ferry stopped. Harbour chief Tom Reed however said the service would resume in May.',
    [{ text: 'the service would resume in May', type: 'indirect', speaker: 'Tom Reed' }]],
  ['an adjective\'s preposition stays inside the subject ("a source close to him said", "people familiar with the talks said")', 'Harbour plan\n\nThe ferry will stop in May, a source close to him said. The port is weighing a sale, people familiar with the talks said.',
    [{ text: 'The ferry will stop in May', type: 'indirect', speaker: 'source close to him' }, { text: 'The port is weighing a sale', type: 'indirect', speaker: 'people familiar with the talks' }]],
  ['a full stop before a comma in the speaker\'s aside ends an abbreviation, not the sentence ("in Dover, Del., said")', 'Harbour plan\n\n"The ferry matters to us," Jo Marsh, 58, a fisherman in Dover, Del., said on Friday.',
    [{ text: 'The ferry matters to us,', type: 'direct', speaker: 'Jo Marsh' }]],
  ['"X said at a rally in Y, adding ...": the words before the cue are X\'s, and so are those after "adding"', 'Harbour plan\n\nThe ferry will stop in May, Jo Marsh said at a meeting in Dover, adding that fares would rise.',
    [{ text: 'The ferry will stop in May', type: 'indirect', speaker: 'Jo Marsh' }, { text: 'fares would rise', type: 'indirect', speaker: 'Jo Marsh' }]],
  ['a stop inside quoted words that open in the report does not end it: the report runs to the closing mark', 'Mayor Ann Lee said the budget was “tight, and we will have to cut services.”',
    [{ text: 'the budget was “tight, and we will have to cut services.”', type: 'mixed', speaker: 'Ann Lee' }, { text: 'tight, and we will have to cut services.', type: 'partial', speaker: 'Ann Lee' }]],
  ['", but that ..." goes on with what was said', 'Mayor Ann Lee said the budget was tight, but that no services would be cut.',
    [{ text: 'the budget was tight, but that no services would be cut', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"not only X, but also Y" is one report', 'Ann Lee said the levy was not only unfair, but also unworkable.',
    [{ text: 'the levy was not only unfair, but also unworkable', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"but declined to ...": the speaker\'s next verb is the writer\'s telling, not the report', 'Ann Lee, a spokeswoman for the firm, said the plant would close but declined to say how many jobs would go.',
    [{ text: 'the plant would close', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"which she said was ...": the relative word before the speaker is a fragment of the report', 'Mayor Ann Lee defended the new levy, which she said was fair to every household.',
    [{ text: 'which', type: 'indirect', speaker: 'Ann Lee' }, { text: 'was fair to every household', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"what she called “...”": so is "what"', 'Ann Lee attacked what she called “a reckless budget.”',
    [{ text: 'what', type: 'indirect', speaker: 'Ann Lee' }, { text: '“a reckless budget.”', type: 'indirect', speaker: 'Ann Lee' }, { text: 'a reckless budget.', type: 'partial', speaker: 'Ann Lee' }]],
  ['"in which she said ...": after a preposition the relative is where it was said', 'Ann Lee gave an interview, in which she said the levy was fair.',
    [{ text: 'the levy was fair', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"those surveyed said": the past participle after "those" is the people, with "those"', 'Most of those surveyed said the economy was getting worse.',
    [{ text: 'the economy was getting worse', type: 'indirect', speaker: 'those surveyed' }]],
  ['"said about half of ...": "about" before a number is an approximation in the report, not a preposition of the cue', 'The agency said about half of the new jobs were part-time.',
    [{ text: 'about half of the new jobs were part-time', type: 'indirect', speaker: 'agency' }]],
  ['"calling it a disaster and vowing to ...": after an -ing cue, "and" with another -ing verb is the speaker\'s next act', 'Mayor Ann Lee attacked the plan, calling it a disaster and vowing to block it in the council.',
    [{ text: 'it a disaster', type: 'indirect', speaker: 'Ann Lee' }, { text: 'to block it in the council', type: 'indirect', speaker: 'Ann Lee' }]],
  ['... but not an -ing adjective ("rising wages")', 'Ann Lee welcomed the report, saying it showed growing support and rising wages.',
    [{ text: 'it showed growing support and rising wages', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"praised the budget and challenged her rival": a past verb after "and" with its object is the speaker\'s next act', 'Senator Ann Lee praised the budget and challenged her rival to a debate.',
    [{ text: 'the budget', type: 'indirect', speaker: 'Ann Lee' }]],
  ['"That was the message from X" after a quote names its speaker and is its cue', 'The governor spoke on Tuesday.\n\n“We will not raise taxes.” That was the message from Governor Ann Lee on Tuesday.',
    [{ text: 'We will not raise taxes.', type: 'direct', speaker: 'Ann Lee' }]],
  ['... and so does "Those were the words of X" in the next paragraph', '“We will not raise taxes.”\n\nThose were the words of Ann Lee, the governor.',
    [{ text: 'We will not raise taxes.', type: 'direct', speaker: 'Ann Lee' }]],
  ['"said the answer was simple: “...”": the clause before the colon is a fragment under the same cue', 'Ann Lee said the answer was simple: “We build the bridge and we pay for it.”',
    [{ text: 'the answer was simple', type: 'indirect', speaker: 'Ann Lee' }, { text: 'We build the bridge and we pay for it.', type: 'direct', speaker: 'Ann Lee' }]],
  ['... not an adverb or the one told ("told reporters on Monday:")', 'Ann Lee told reporters on Monday: “We build the bridge.”',
    [{ text: 'We build the bridge.', type: 'direct', speaker: 'Ann Lee' }]],
];

describe('findQuotes', () => {
  it.each(ROWS)('%s', (_reason, text, expected) => {
    const got = run(text).quotes;
    expect(got.map(({ text, type, speaker }) => ({ text, type, speaker }))).toEqual(expected.map((e) => ({ type: expect.any(String), ...e })));
  });

  it('"told" after a fronted phrase, with a comma after the one told, reports no words before it', () => {
    expect(run('In the final Mass of his trip, Tom Hale told the story of the city, which was destroyed.').quotes.map((q) => q.text)).not.toContain('In the final Mass of his trip');
  });

  it('an odd number of quote marks recovers at the paragraph end and says so', () => {
    const { quotes, diagnostics } = run('"This never closes, said a witness.\n\nPolice said the road was shut.');
    expect(diagnostics.map((d) => d.rule)).toContain('quote-unclosed');
    expect(quotes.map((q) => q.text)).toContain('the road was shut');
  });

  it('a cueless quote after a cued one in the same paragraph shares its cue', () => {
    const text = 'Ms Carter spoke. "It failed," she said. "Everyone knows it."';
    const out = findQuotes({ id: 't', text, meta: { headline: null, published: null, updated: null }, paragraphs: [], sentences: [], tokens: [], entities: [] }, {}).quotes;
    expect(out.map((q) => text.slice(q.cue!.start, q.cue!.end))).toEqual(['said', 'said']);
    expect(out[1].speaker).toEqual({ name: 'Carter' });
  });

  it('a cueless quoted paragraph right after a cued quote shares its cue; after a narrative paragraph it does not', () => {
    const text = 'Ms Carter spoke.\n\n“The budget is gone,” she continued.\n\n“Nobody told the schools.”\n\nThe council met on Friday.\n\n“It was a long night.”';
    const out = findQuotes({ id: 't', text, meta: { headline: null, published: null, updated: null }, paragraphs: [], sentences: [], tokens: [], entities: [] }, {}).quotes;
    expect(out.map((q) => [text.slice(q.start, q.end), q.cue ? text.slice(q.cue.start, q.cue.end) : null])).toEqual([
      ['The budget is gone,', 'continued'], ['Nobody told the schools.', 'continued'], ['It was a long night.', null]]);
  });

  it('a quote right after a colon that ends a report takes its cue: one attribution in two fragments', () => {
    const text = 'The mayor spoke to reporters.\n\nAnn Lee said the facts about the old bridge were plain:\n\n“The bridge is unsafe and it will close.”';
    const out = findQuotes({ id: 't', text, meta: { headline: null, published: null, updated: null }, paragraphs: [], sentences: [], tokens: [], entities: [] }, {});
    expect(out.quotes.map((q) => [text.slice(q.start, q.end), q.cue ? text.slice(q.cue.start, q.cue.end) : null])).toEqual([
      ['the facts about the old bridge were plain', 'said'], ['The bridge is unsafe and it will close.', 'said']]);
  });
  it('locates the mention that cues the quote', () => {
    const [q] = run('Mr Smith arrived. "No," the former minister said.').quotes;
    expect(q.mention).toBe('the former minister');
    expect(q.speaker).toBe('Smith');
  });

  // how its time grows with size is measured by `npm run bench` (hostile inputs), not here
  it('reads hostile input to the end', () => {
    const text = '"a '.repeat(20000) + '\r\n“😀 ‘x’ ” said he.'.repeat(500);
    const { quotes } = run(text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(text.includes(q.text)).toBe(true);
  });
});

describe('speakers through the entities', () => {
  /** The quotes of a text run through the whole pipeline, as [quoted words, speaker name]. */
  const spoken = async (text: string) => {
    const { analyze } = await import('../analyze/analyze.js');
    return analyze({ text }).quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name]);
  };
  it('a bare role word opening a headline is the one person the article gives that title', async () => {
    const text = 'Chancellor says cuts will hit schools\n\nThe Chancellor, Rita Oduya, told MPs that cuts would come. Shadow chancellor Tom Hale said no.';
    expect((await spoken(text))[0]).toEqual(['cuts will hit schools', 'Rita Oduya']);
    // two people with the role: no guess
    expect((await spoken('Minister says talks will go on\n\nForeign Minister Ann Vole said talks would go on. Defence Minister Ed Lane agreed.'))[0][1]).not.toMatch(/Vole|Lane/);
  });
  it('an adverb between a pronoun and its cue is no part of the speaker ("aides say she now acknowledges")', async () => {
    const text = 'Ann Lee has said little about the plan, and aides say she now acknowledges that the plan failed. Officials still insist the road will open.';
    const quotes = await spoken(text);
    expect(quotes).toContainEqual(['the plan failed', 'Ann Lee']);
    expect(quotes).toContainEqual(['the road will open', 'Officials']);
  });
  it('a time phrase between a subject and its cue stands with it ("who has in the past described", "at the time said")', async () => {
    const quotes = await spoken('Tom Hale, who has in the past described the levy as unfair, spoke on Monday. Officials at the time said the bridge was safe.');
    expect(quotes.map((q) => q[1])).toEqual(['Tom Hale', 'Officials']);
  });
  it('after a determiner a degree word makes the next word an adjective, no cue ("the most telling promise", "a more elaborate plan")', async () => {
    expect(await spoken('The most telling promise the mayor has made is that taxes will not rise. The council unveiled a more elaborate plan.')).toEqual([]);
  });
  it('a name before an -ing cue after a dash, comma, "with" or "and" is its own subject ("– Tom Hale saying", "and Ann Vole calling")', async () => {
    const quotes = await spoken('Both leaders issued a statement on Monday – Tom Hale saying he was encouraged and Ann Vole calling it a good start.');
    expect(quotes.map((q) => q[1])).toEqual(['Tom Hale', 'Ann Vole']);
  });
  it('after a colon with no verb of speech, only a phrase that can speak is the speaker ("The message was clear:" names none)', async () => {
    expect(await spoken('Ann Lee spoke for an hour. The message was clear: “We will not pay the fine.”')).toEqual([['We will not pay the fine.', undefined]]);
    expect(await spoken('Mr Hale had a warning for the council: “We will not pay the fine.”')).toEqual([['We will not pay the fine.', 'Hale']]);
  });
  it('a US party-state tag ends no sentence and speaks for nobody', async () => {
    expect(await spoken('In a statement on Friday, Rep. Ann Hale (D-N.M.) reacted to the ruling, saying: "It is a scandal."')).toEqual([['It is a scandal.', 'Ann Hale']]);
  });
  it('an opening "Well," is no subject, also when the entities take it for a name', async () => {
    expect(await spoken('Tom Hale spoke on Friday. Well, if you listen closely, Hale was not so much saying that the vote was rigged. He said the count was wrong.'))
      .toEqual([['the vote was rigged', 'Tom Hale'], ['the count was wrong', 'Tom Hale']]);
  });
  it('names joined by "and" opening a sentence speak together, and "they" after them is both', async () => {
    expect(await spoken('Ann Lee and Tom Hale say the bridge is unsafe. They said it should close. Critics said Lee and Hale were wrong.'))
      .toEqual([['the bridge is unsafe', 'Ann Lee and Tom Hale'], ['it should close', 'Ann Lee and Tom Hale'], ['Lee and Hale were wrong', 'Critics']]);
  });
  it('a transcript\'s surname in capitals ("LEE:") is the person the text names in full', async () => {
    expect(await spoken('Ann Lee and Tom Hale met for a debate on Friday.\n\nLEE: We will fix the roads.\n\nHALE: The roads are fine.'))
      .toEqual([['We will fix the roads', 'Ann Lee'], ['The roads are fine', 'Tom Hale']]);
  });
  it('a name before its post-modifier speaks, not the place after it', async () => {
    expect(await spoken('Budget talks stall\n\nSen. Tom Carver of Delaware said the bill was dead.')).toEqual([['the bill was dead', 'Tom Carver']]);
  });
  it('a place that only modifies a capitalised head is not the speaker', async () => {
    expect(await spoken('Voters weigh in\n\nVermont held its primary on Tuesday. "He is the only one who listens," a Vermont Republican said.'))
      .toEqual([['He is the only one who listens,', 'Vermont Republican']]);
  });
  it('a surname tied to a longer name it only starts is the person the text names, not that name', async () => {
    expect(await spoken('Tower opens\n\nMayor Ana Ruiz opened the Ruiz Tower on Monday. "It is the tallest in the city," Ms. Ruiz said.'))
      .toEqual([['It is the tallest in the city,', 'Ana Ruiz']]);
  });
  it('"the group said" is the organisation named before, not a group named after it', async () => {
    const quotes = await spoken('Rights report\n\nAmnesty International accused the Ruritanian police of torture. The group said 40 people were held.');
    expect(quotes.find(([words]) => words!.startsWith('40 people'))?.[1]).toBe('Amnesty International');
  });
  it('"some Democrats" tied to the Democratic Party are its members speaking, not the party', async () => {
    const quotes = await spoken('Budget fight\n\nThe Democratic Party met on Monday. Some Democrats said the plan was dead.');
    expect(quotes).toEqual([['the plan was dead', 'Democrats']]);
  });
  it('a subject "Analysts at <firm>" is the analysts, not the firm after "at"', async () => {
    const quotes = await spoken('Jobs cut\n\nAcme Robotics will cut 1,200 jobs. Analysts at Morgan Lane said the move was overdue. The company expects more cuts, it said.');
    expect(quotes.find(([words]) => words!.startsWith('The company'))?.[1]).not.toBe('Morgan Lane');
  });
  it('an entity before a lower-case role or body noun only modifies it', async () => {
    const quotes = await spoken('Rebels circle\n\nOne senior Labour figure said the number could reach 40. Pentagon spokesmen said the ban would stay.');
    expect(quotes.map(([, name]) => name)).toEqual(['senior Labour figure', 'Pentagon spokesmen']);
  });
  it('"it" after a singular body ("the foreign ministry") is that body, not the country before it', async () => {
    const quotes = await spoken('Crisis talks\n\nIran accused Israel of war crimes. Turkey\'s foreign ministry said it would ask the council to meet.');
    expect(quotes.find(([words]) => words!.startsWith('the council'))?.[1]).toBe("Turkey's foreign ministry");
  });
});
