import { describe, expect, it } from 'vitest';
import { beBefore, subjectBefore } from './verb-position.js';
import { endingBits, SUBJECT_PRONOUN } from './word-cues.js';

/** Words of a sentence you write: lower case, capitals marked, "she"/"they" as subject pronouns, endings as cue bits. */
function words(s: string) {
  const raw = s.split(' ');
  return { lower: raw.map((x) => x.toLowerCase()), cap: Uint8Array.from(raw, (x) => (/^[A-Z]/.test(x) ? 1 : 0)), cues: Int32Array.from(raw, (x) => (x === 'she' || x === 'they' ? SUBJECT_PRONOUN : 0) | endingBits(x.toLowerCase())) };
}
const BE = new Set(['was', 'were', 'is', 'been']), NOT = new Set(['not', 'never']);

describe('subjectBefore', () => {
  it('takes a name, a pronoun, an -ly adverb or a bracket before the verb', () => {
    for (const s of ['Zebari states', 'she states', 'quickly states', '( AP ) states']) expect(subjectBefore(words(s), s.split(' ').length - 1)).toBe(true);
  });
  it('not a number or a common noun ("two states", "the group states")', () => {
    expect(subjectBefore(words('two states'), 1)).toBe(false);
    expect(subjectBefore(words('the group states'), 2)).toBe(false);
  });
});

describe('beBefore', () => {
  it('finds "be" right before, or across up to two negations or -ly adverbs', () => {
    expect(beBefore(words('he was flown'), 2, BE, NOT)).toBe(true);
    expect(beBefore(words('he was not quickly flown'), 4, BE, NOT)).toBe(true);
    expect(beBefore(words('he was not very quickly flown'), 5, BE, NOT)).toBe(false);
    expect(beBefore(words('he flew'), 1, BE, NOT)).toBe(false);
  });
});
