import { describe, expect, it } from 'vitest';
import { goldName, namesAgree } from './score-attributions.js';

describe('goldName', () => {
  const at = (text: string, part: string) => [{ start: text.indexOf(part), end: text.indexOf(part) + part.length }];
  it('is the last word of the head of a source that names someone', () => {
    const t = "The party's campaign chairman, Ann Ray's deputy Paul Voss, said so.";
    expect(goldName(t, at(t, "The party's campaign chairman, Ann Ray's deputy Paul Voss"))).toBeNull();
    expect(goldName(t, at(t, "Ann Ray's deputy Paul Voss"))).toBe('Voss');
    expect(goldName(t, at(t, "Ann Ray's"))).toBe('Ray');
    const u = 'Sen. Jo Marsh of Ohio, who chairs the panel, said so.';
    expect(goldName(u, at(u, 'Sen. Jo Marsh of Ohio, who chairs the panel'))).toBe('Marsh');
  });
  it('skips title words and numbers', () => {
    const t = 'Former Secretary of State Jo Marsh and the Minister of Finance said so. Seven in 10 voters agree.';
    expect(goldName(t, at(t, 'Former Secretary of State Jo Marsh'))).toBe('Marsh');
    expect(goldName(t, at(t, 'the Minister of Finance'))).toBeNull();
    expect(goldName(t, at(t, 'Seven in 10 voters'))).toBeNull();
    const u = 'Rep. Peter Kingsley of Ohio and Ann King said so.';
    expect(goldName(u, at(u, 'Ann King'))).toBe('King');
    const v = 'Mr. King said so.';
    expect(goldName(v, at(v, 'Mr. King'))).toBe('King');
  });
  it('is null for a pronoun or a description', () => {
    const t = 'He said the F.B.I. director agreed.';
    expect(goldName(t, at(t, 'He'))).toBeNull();
    expect(goldName(t, at(t, 'the F.B.I. director'))).toBeNull();
  });
});

describe('namesAgree', () => {
  it('takes the last word, a family name first, initials or a plural', () => {
    expect(namesAgree('Paul Manafort', 'Manafort')).toBe(true);
    expect(namesAgree('Lou Jiwei', 'Lou')).toBe(true);
    expect(namesAgree('Associated Press', 'AP')).toBe(true);
    expect(namesAgree('Federal Bureau of Investigation', 'F.B.I.')).toBe(true);
    expect(namesAgree('Republican Party', 'Republicans')).toBe(true);
  });
  it('reads the surname before a generational suffix', () => {
    expect(namesAgree('John G. Roberts Jr.', 'Roberts')).toBe(true);
    expect(namesAgree('L. Brent Bozell III', 'Bozell')).toBe(true);
    expect(namesAgree('John G. Roberts Jr.', 'Jr')).toBe(false);
    const t = 'Chief Justice John G. Roberts Jr. said so.';
    expect(goldName(t, [{ start: 0, end: t.indexOf(' said') }])).toBe('Roberts');
  });
  it('reads a curly and a straight apostrophe as one', () => {
    expect(namesAgree("Martin O'Malley", 'O’Malley')).toBe(true);
    expect(namesAgree('Martin O’Malley', "O'Malley")).toBe(true);
  });
  it('refuses another name', () => {
    expect(namesAgree('Donald Trump', 'Pence')).toBe(false);
    expect(namesAgree('Washington', 'Sanders')).toBe(false);
  });
});
