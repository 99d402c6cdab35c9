// The code-unit tests on a word token must answer as the same tests on its lowercased text would.
import { describe, expect, it } from 'vitest';
import { ch, endsWithLy, isPossessive, lw, scanTokens, tokenFrom } from './scan-tokens.js';
import { withoutApostropheS } from './lexicon.js';

// the token starting at the first occurrence of `word` in `text`
const at = (text: string, word: string) => { const toks = scanTokens(text); return { toks, t: tokenFrom(toks, text.indexOf(word)) }; };

describe('word tests without slicing', () => {
  it.each([
    ["The mayor's office said so.", "mayor's"], ['The MAYOR’S office said so.', 'MAYOR’S'], ["He's said so.", "He's"],
    ['The mayor said so.', 'mayor'], ["Ex-aides' claims were odd.", 'claims'], ['A S.', 'S'],
  ])('isPossessive in %j at %j', (text, word) => {
    const { toks, t } = at(text, word);
    expect(isPossessive(toks, t)).toBe(withoutApostropheS(lw(toks, t)) !== lw(toks, t));
  });

  it.each([
    ['She repeatedly called it a hoax.', 'repeatedly'], ['He SHARPLY said no.', 'SHARPLY'], ['It is ly here.', 'ly'],
    ['A y said.', 'y'], ['Lily said so.', 'Lily'], ['The rally said.', 'rally'], ['The rallies said.', 'rallies'],
  ])('endsWithLy in %j at %j', (text, word) => {
    const { toks, t } = at(text, word);
    expect(endsWithLy(toks, t)).toBe(lw(toks, t).endsWith('ly'));
  });

  it('is false for punctuation and out of range', () => {
    const toks = scanTokens("Lee's, ly");
    expect([isPossessive(toks, 1), endsWithLy(toks, 1), isPossessive(toks, -1), endsWithLy(toks, 9)]).toEqual([false, false, false, false]);
  });
});

describe('ch', () => {
  // the mark as text reads it, a dash above 255 included; '' for words and quotation marks
  it.each([
    ['Lee said, briefly', ',', ','], ['a plan — a bad one', '—', '—'], ['Wait… what', '…', '…'], ['Lee said', 'Lee', ''], ['"No"', '"', ''],
  ])('in %j at %j', (text, mark, expected) => {
    const { toks, t } = at(text, mark);
    expect(ch(toks, t)).toBe(expected);
  });
});
