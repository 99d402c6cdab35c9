// A word in capitals is an acronym only when it is short and the text does not also write it as a name: "TRUMP
// SAYS" beside "Trump" is Donald Trump, "FACEBOOK" no body; "super PAC" names none. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });

describe('words in capitals', () => {
  it('ties a shouted surname to the person and takes no long word for an acronym', () => {
    const doc = run('The vote was close.\nMOSS WINS, VOTERS CHEERING\nAda Moss won the seat, and FACEBOOK lit up.');
    expect(doc.entities.map((e) => `${e.type} ${e.name} (${e.mentions.length})`)).toEqual(['person Ada Moss (2)']);
  });
  it('keeps a short acronym the text writes only in capitals', () => {
    expect(run('The vote was close, the OSCE said.').entities.map((e) => e.type)).toEqual(['organization']);
  });
  it('takes "super PAC" for no body', () => {
    expect(run('The vote was close, and a super PAC spent millions.').entities).toEqual([]);
  });
});
