import { describe, expect, it } from 'vitest';
import { lemmatize } from './lemmatize.js';
import { lexicon } from './patterns/load-patterns.js';

describe('lemmatize', () => {
  const lx = lexicon();
  const cases: [word: string, lemma: string][] = [
    ['said', 'say'], // irregular list
    ['says', 'say'],
    ['saying', 'say'],
    ['struck', 'strike'], // PETRARCH's irregular forms
    ['attacked', 'attack'],
    ['urges', 'urge'],
    ['planned', 'plan'], // doubled consonant
    ['accusing', 'accuse'], // -ing drops an e
    ['denies', 'deny'],
    ['embassy', 'embassy'], // not a verb: unchanged
    ['pushes', 'push'], // -es after a sibilant
    ['releases', 'release'],
    ['aides', 'aides'], // "aide" is no verb; not "aid" + "es"
  ];
  it.each(cases)('%s → %s', (word, lemma) => expect(lemmatize(word, lx.forms, lx.verbs)).toBe(lemma));
});
