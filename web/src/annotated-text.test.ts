// Speaker colours: the most quoted speakers get the palette's distinct colours; past it, one shared "other".
import { describe, expect, it } from 'vitest';
import type { ContractDoc } from '../../src/server/api-types.js';
import { PALETTE_SIZE, speakerClass, speakerColours } from './annotated-text.js';

const docOf = (names: string[]): ContractDoc => ({ quotes: names.map((name, i) => ({ id: `q${i}`, start: i * 10, end: i * 10 + 5, speaker: { name } })) } as unknown as ContractDoc);

describe('speakerColours', () => {
  it('gives the most quoted speaker the first colour, ties in order of first quote', () => {
    const colours = speakerColours(docOf(['Ann', 'Bob', 'Bob', 'Cy', 'Bob', 'Cy']));
    expect([...colours]).toEqual([['Bob', 0], ['Cy', 1], ['Ann', 2]]);
  });
  it('never repeats a colour: speakers past the palette share "other"', () => {
    const names = Array.from({ length: PALETTE_SIZE + 3 }, (_, i) => `Speaker ${i}`);
    const colours = speakerColours(docOf(names));
    const classes = names.map((n) => speakerClass(colours, n));
    expect(new Set(classes.slice(0, PALETTE_SIZE)).size).toBe(PALETTE_SIZE);
    expect(classes.slice(PALETTE_SIZE)).toEqual(['spk-other', 'spk-other', 'spk-other']);
    expect(speakerClass(colours, null)).toBe('spk-none');
  });
});
