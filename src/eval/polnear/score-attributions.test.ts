import { describe, expect, it } from 'vitest';
import { goldName } from './score-attributions.js';

describe('goldName', () => {
  const at = (text: string, part: string) => [{ start: text.indexOf(part), end: text.indexOf(part) + part.length }];
  it('is the last word of a source that ends in a name', () => {
    const t = "The party's campaign chairman, Ann Ray's deputy Paul Voss, said so.";
    expect(goldName(t, at(t, "The party's campaign chairman, Ann Ray's deputy Paul Voss"))).toBe('Voss');
    expect(goldName(t, at(t, "Ann Ray's"))).toBe('Ray');
  });
  it('is null for a pronoun or a description', () => {
    const t = 'He said the F.B.I. director agreed.';
    expect(goldName(t, at(t, 'He'))).toBeNull();
    expect(goldName(t, at(t, 'the F.B.I. director'))).toBeNull();
  });
});
