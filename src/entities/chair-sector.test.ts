// A chair's sector is the body's it chairs: a party's chair is a party office, a network's a media one; a chair of a
// body the text does not say takes no sector (was "business" for every chairman). Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const named = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);

describe('the sector of a chair', () => {
  it.each([
    ['The vote was close. State party chairman Ada Moss said the count was fair.', 'PTY'],
    ['The vote was close. Republican National Committee Chairman Ada Moss said so.', 'PTY'],
    ['The vote was close. Wyoming GOP chairwoman Ada Moss said so.', 'PTY'],
    ['The vote was close. Fox News Chairman Ada Moss said so.', 'MED'],
    ['The vote was close. The chairman, Ada Moss, said so.', undefined],
  ])('%s', (text, sector) => {
    expect(named(run(text), 'Ada Moss')?.sector).toBe(sector);
  });
  it('files the national committees as parties', () => {
    expect(named(run('The vote was close. The Democratic National Committee said so.'), 'Democratic National Committee')).toMatchObject({ country: 'USA', sector: 'PTY' });
  });
});
