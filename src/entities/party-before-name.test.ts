// A party word before a name is the person's party, not a first name: "Democrat Lucy Flores". Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const people = (doc: Doc) => doc.entities.filter((e) => e.type === 'person').map((e) => `${e.name} ${e.country ?? ''}`);

describe('a party word before a name', () => {
  it.each([
    ['The vote was close. Democrat Ada Moss lost the seat.', ['Ada Moss USA']],
    ['The vote was close. Republican Aran Tarnby won it.', ['Aran Tarnby USA']],
    // a given name that is a party word too stays a given name
    ['The vote was close. Tory Mossman won it.', ['Tory Mossman ']],
  ])('%s', (text, want) => {
    expect(people(run(text))).toEqual(want);
  });
  it('leaves a body named after a party ("the Republican Tarn Coalition")', () => {
    expect(run('The vote was close, the Republican Tarn Coalition said.').entities.map((e) => e.name)).toEqual(['Republican Tarn Coalition']);
  });
});
