import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { resolvePronoun } from './resolve-pronoun.js';

/** The entity name a pronoun (the n-th occurrence of `word`) resolves to. */
function resolve(text: string, word: string, n = 0): string | null {
  const doc = analyze({ text });
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(` ${word} `, at + 1);
  const id = resolvePronoun(doc, { start: at + 1, end: at + 1 + word.length });
  return doc.entities.find((e) => e.id === id)?.name ?? null;
}

describe('resolvePronoun', () => {
  it.each([
    // gender from the honorific picks the woman over the more recent man
    ['Mrs Ada Lorne met Mr Tom Reid in Rome. Later she said the talks were useful.', 'she', 'Ada Lorne'],
    // the subject of the previous sentence wins over a later object
    ['Senator Paul Grant criticised Mr Ivan Petrov on Tuesday. Then he left the chamber.', 'he', 'Paul Grant'],
    // "they" goes to a group, not to a person
    ['Syrian officials met Mr Dan Hale. Afterwards they issued a statement.', 'they', 'Syrian officials'],
  ])('%s', (text, word, name) => {
    expect(resolve(text, word)).toBe(name);
  });
  it('returns null when nothing fits', () => {
    expect(resolve('The weather was poor. Then she arrived.', 'she')).toBeNull();
  });
});
