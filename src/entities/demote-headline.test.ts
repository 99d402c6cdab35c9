// Title-case headlines written for these tests: names survive on evidence, capitalised verbs and nouns do not.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { knowledge } from '../knowledge/index.js';
import { demoteHeadline } from './demote-headline.js';
import { L_NAME, labelWords } from './label-words.js';
import { HEAD, scanWords } from './scan-words.js';

/** The headline's mentions as "mention → entity name", from the whole pipeline. */
function headlineMentions(text: string): string[] {
  const doc = analyze({ text });
  const head = doc.paragraphs.find((p) => p.kind === 'headline')!;
  const out: string[] = [];
  for (const e of doc.entities) for (const m of e.mentions) if (m.start < head.end) out.push(`${text.slice(m.start, m.end)} → ${e.name}`);
  return out.sort();
}

/** Headline words (the first line) still labelled as unknown names. */
function headlineNames(text: string): string[] {
  const nl = text.indexOf('\n');
  const w = scanWords(text, [], [[0, nl]], [], knowledge());
  const L = labelWords(w, knowledge());
  demoteHeadline(w, L.lab);
  const out: string[] = [];
  for (let i = 0; i < w.n; i++) if (w.flags[i] & HEAD && L.lab[i] === L_NAME) out.push(text.slice(w.start[i], w.end[i]));
  return out;
}

describe('title-case headlines keep only names with evidence', () => {
  const rows: [string, string, string[]][] = [
    // The names are in the body (and "Merkel", "Paris" in the knowledge); "Meets" and "In" are not names.
    ['two leaders and a city', 'Merkel Meets Macron In Paris\n\nGerman Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.',
      ['Macron → Emmanuel Macron', 'Merkel → Angela Merkel', 'Paris → Paris']],
    ['verb between two surnames', 'Trump Attacks Clinton\n\nDonald Trump attacked Hillary Clinton at a rally in Ohio on Monday.',
      ['Clinton → Hillary Clinton', 'Trump → Donald Trump']],
    // Before: "State Lawmakers Attended Rally That Gave Way To Riots" was one long person.
    ['no name at all', 'State Lawmakers Attended Rally That Gave Way To Riots\n\nSeveral lawmakers went to a rally that later turned into riots, police said.', []],
    // Before: the whole run was a mention of Ada Vance, read through its last word.
    ['a long run ending in a surname', 'Lawmakers Who Attended Rally Now Blame Vance\n\nSenator Ada Vance organised the rally, which several lawmakers attended.',
      ['Vance → Ada Vance']],
    ['made-up names around a verb', 'Dana Quill Answers Ben Farrow Over Budget Cuts\n\nSenator Dana Quill answered Ben Farrow on Tuesday. Farrow had criticised the budget cuts.',
      ['Ben Farrow → Ben Farrow', 'Dana Quill → Dana Quill']],
    // "At The" are capitalised in the body's quoted title too: function words never carry a name on.
    ['function words split even when the body capitalises them', 'Dana Quill Speaks At The Lakeside Forum\n\nDana Quill gave a talk called "Voices At The Lake" on Friday.',
      ['Dana Quill → Dana Quill']],
  ];
  it.each(rows)('%s', (_, text, expected) => {
    expect(headlineMentions(text)).toEqual(expected);
  });
});

describe('evidence for a headline word', () => {
  const rows: [string, string, string[]][] = [
    ['written with a capital inside a body sentence', 'Voters Back Orrin Vale Again\n\nMany voters said they would back Orrin Vale again.', ['Orrin', 'Vale']],
    // "Orrin" is in no list of first names and opens the only sentence that has it.
    ['a first word of a sentence proves nothing alone', 'Voters Back Orrin Again\n\nOrrin won again, voters said.', []],
    ['a first name before a name', 'Rex Vandermolen To Urge Allies\n\nThe allies met Mr Vandermolen on Monday.', ['Rex', 'Vandermolen']],
    ['an honorific', 'Mr Okafor Quits Post\n\nThe envoy stepped down on Friday.', ['Okafor']],
    // A heading in capitals in the body is not cased normally: it proves nothing for "Worries".
    ['not a body heading in capitals', 'Voters Share Worries Over Plan\n\nREGIONAL WORRIES\n\nVoters spoke about the plan.', []],
    ['but an all-caps headline is borne out by the body', 'VOTERS CHEER ORRIN VALE\n\nVoters cheered Orrin Vale in the square.', ['ORRIN', 'VALE']],
    // A sentence-case headline is cased like the body: its capitals are left alone (the opener to the candidate rules).
    ['not a sentence-case headline', 'Talks with Orrin Vale stall again\n\nThe talks stalled on Monday.', ['Talks', 'Orrin', 'Vale']],
  ];
  it.each(rows)('%s', (_, text, expected) => {
    expect(headlineNames(text)).toEqual(expected);
  });
});
