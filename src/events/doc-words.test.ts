import { describe, expect, it } from 'vitest';
import { docWords } from './doc-words.js';
import { wordHash } from './word-table.js';
import { segment } from '../segment/segment.js';
import { filterOf, mayTrigger } from './trigger-filter.js';
import { lexicon } from './patterns/load-patterns.js';
import { lemmatize } from './lemmatize.js';

const wordsOf = (text: string) => docWords(text, segment({ id: 't', text, meta: { headline: null, published: null, updated: null } }, {}).tokens);

describe('docWords', () => {
  it.each([
    // capitals and curly apostrophes are folded; plain words are kept as they are
    ['Russia’s Foreign Minister met Tillerson.', ['russia', "'s", 'foreign', 'minister', 'met', 'tillerson', '.']],
    ['“No,” said the É-lysée — twice.', ['“', 'no', ',', '”', 'said', 'the', 'é-lysée', '—', 'twice', '.']],
  ])('%s', (text, lower) => {
    const w = wordsOf(text);
    expect(w.lower).toEqual(lower);
    // the stored hash is the hash of the lower-case word, whichever path made it
    for (let i = 0; i < lower.length; i++) expect(w.hash[i]).toBe(wordHash(lower[i]));
  });

  it('marks capitals and words', () => {
    const w = wordsOf('Mr Lavrov said: no.');
    expect(Array.from(w.cap)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(Array.from(w.isWord)).toEqual([1, 1, 1, 0, 1, 0]);
  });
});

describe('trigger filter', () => {
  const lx = lexicon();
  // no false negatives: every word the exact check accepts passes the filter
  it.each(['attacked', 'attacking', 'sanctions', 'called', 'meeting', 'urged', 'urges', 'says', 'said', 'planned', 'talks', 'visited', 'accuses', 'denied', 'threatening', 'strikes'])('%s', (word) => {
    const exact = lx.nouns.has(word) || lx.nouns.has(word.replace(/s$/, '')) || lx.verbs.has(lemmatize(word, lx.forms, lx.verbs));
    if (exact) expect(mayTrigger(filterOf(lx), wordHash(word))).toBe(true);
  });

  it('rules out most ordinary words', () => {
    const plain = ['the', 'of', 'minister', 'weather', 'blue', 'table', 'yesterday', 'and', 'however', 'seven', 'london', 'coffee'];
    expect(plain.filter((x) => mayTrigger(filterOf(lx), wordHash(x))).length).toBeLessThan(4);
  });
});
