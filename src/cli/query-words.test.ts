import { expect, it } from 'vitest';
import { queryOfWords } from './query-words.js';

it.each([
  // parley quotes speaker:"Hillary Clinton": the shell passes one word without the quotes
  [['speaker:Hillary Clinton'], 'speaker:"Hillary Clinton"'],
  [['actor:United Kingdom', 'tariff*'], 'actor:"United Kingdom" tariff*'],
  [["speaker:Beto O'Rourke"], `speaker:"Beto O'Rourke"`],
  // already quoted inside single quotes: left alone
  [['speaker:"Boris Johnson" sanction*'], 'speaker:"Boris Johnson" sanction*'],
  // a whole query in one word is a query, not a field value
  [['speaker:Trump wall'], 'speaker:Trump wall'],
  [['event:THREATEN actor:RUS'], 'event:THREATEN actor:RUS'],
  [['actor:RUS OR actor:CHN'], 'actor:RUS OR actor:CHN'],
  [['Russia AND sanctions'], 'Russia AND sanctions'],
  [['event:THREATEN', 'actor:RUS'], 'event:THREATEN actor:RUS'],
])('%j → %s', (words, q) => expect(queryOfWords(words).q).toBe(q));
