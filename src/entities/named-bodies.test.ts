// Bodies the knowledge does not know, named by the noun of their kind before or after the name, and the same
// words said alone elsewhere in the article. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const types = (doc: Doc) => doc.entities.map((e) => `${e.type} ${e.name} (${e.mentions.length})`);

describe('a body named by its kind', () => {
  it.each([
    // the name alone first, its kind later: one body, not a person and a body
    ['Hearth Aid said calls had doubled. The charity Hearth Aid said the figures were worrying.', ['organization Hearth Aid (2)']],
    ['The charity Hearth Aid said calls had doubled. Hearth Aid said the figures were worrying.', ['organization Hearth Aid (2)']],
    // the kind noun after the name, "the" before it
    ['Parents formed the Save Our Meadows group in May. Save Our Meadows said the council had ignored them.', ['organization Save Our Meadows (2)']],
  ])('%s', (text, want) => {
    expect(types(run(text))).toEqual(want);
  });
  it.each([
    ['The vote was close. Ada Moss said the Facebook group grew to 4,000 members.', undefined],
    ['Supporters of the Moss campaign gathered outside.', undefined],
  ])('leaves a known name or one word before a kind noun: %s', (text, org) => {
    expect(run(text).entities.filter((e) => e.type === 'organization').map((e) => e.name)[0]).toBe(org);
  });
});
