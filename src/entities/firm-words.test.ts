// Firms, outlets and campaigns named by their last word ("Bain Capital", "Turner Broadcasting", "the Remembrance
// Project") are organisations, not people; a poll is a survey, no actor; the word alone names nothing. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2016-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('a kind word ends an organisation', () => {
  it.each([
    ['The fund grew. Ada Moss sold her stake in Harlow Capital last year.', 'Harlow Capital', 'BUS'],
    ['The deal closed. Ada Moss said Ridgeway Broadcasting would carry the debate.', 'Ridgeway Broadcasting', 'MED'],
    ['The case goes on. A lawyer at Brandt Keller LLP filed the motion on Monday.', 'Brandt Keller LLP', 'BUS'],
    ['Prices rose. Oil settled higher on the Chicago Mercantile Exchange on Friday.', 'Chicago Mercantile Exchange', 'BUS'],
    ['The ruling stands. Immigrant Advocates said it would appeal.', 'Immigrant Advocates', 'NGO'],
    ['Money flowed. The Harbor Global Initiative raised millions from donors.', 'Harbor Global Initiative', undefined],
    ['Crime fell. The Ashgrove Justice Project published its figures on Monday.', 'Ashgrove Justice Project', undefined],
    ['The race tightened, Bloomberg Politics reported on Monday.', 'Bloomberg Politics', 'MED'],
  ])('%s', (text, name, sector) => {
    const e = named(run(text), name);
    expect(e?.type).toBe('organization');
    expect(e?.sector).toBe(sector);
  });

  it('reads a poll as a survey, not a person', () => {
    const doc = run('The race tightened. The Redfield University Poll found Ada Moss ahead.');
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ada Moss']);
  });

  it.each([
    ['Politics aside, the vote was close.', 'Politics'],
    ['The plan failed. Project managers were blamed on Monday.', 'Project'],
  ])('names nothing by the kind word alone: %s', (text, word) => {
    expect(run(text).entities.find((e) => e.name === word)).toBeUndefined();
  });

  it.each([
    ['The vote was close. The union\'s Executive Committee met on Monday.', 'Executive Committee'],
    ['The vote was close. The Vice President\'s Office said so on Monday.', "Vice President's Office"],
    ['The vote was close. Romania\'s Justice Ministry said so on Monday.', 'Justice Ministry'],
  ])('reads a capitalised role before a kind word as part of the body: %s', (text, name) => {
    const doc = run(text);
    expect(named(doc, name)?.type).toBe('organization');
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('knows the papers by their initials', () => {
    expect(named(run('The race tightened, the NYT reported.'), 'New York Times')).toMatchObject({ type: 'organization', sector: 'MED' });
  });
});
