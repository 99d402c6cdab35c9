// Last words of places (beach, park, plaza, mall, circle) and of companies ("Co."), church and imperial titles the
// knowledge had only as non-head roles, and pronouns that open a sentence. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2024-03-14T10:00:00+00:00' });
const types = (doc: Doc) => doc.entities.map((e) => `${e.type} ${e.name}${e.title ? ` | ${e.title}` : ''}`);

describe('place and title words', () => {
  it.each([
    ['The rally was loud. Crowds filled Harlow Beach and Moss Park on Sunday.', ['location Harlow Beach', 'location Moss Park']],
    ['The rally was loud. Shoppers left Tarn Plaza and Lake Mall early.', ['location Tarn Plaza', 'location Lake Mall']],
    ['The rally was loud. Tarn Credit Co. said it would pay.', ['organization Tarn Credit Co.']],
    ['The rally was loud. Archbishop Aran Moss led the prayers.', ['person Aran Moss | Archbishop']],
    ['The rally was loud. Pastor Aran Moss led the prayers.', ['person Aran Moss | Pastor']],
    ['The rally was loud. Nobody said a word.', []],
  ])('%s', (text, want) => {
    expect(types(run(text))).toEqual(want);
  });
});
