import { describe, expect, it } from 'vitest';
import { wireDatelineEnd } from './wire-dateline.js';

const rest = (text: string) => { const e = wireDatelineEnd(text, 0, text.length); return e < 0 ? null : text.slice(e); };

describe('wireDatelineEnd', () => {
  it('reads the place, its country or date, an agency and the dash', () => {
    expect(rest('MINGORA, Pakistan (Reuters) - A suicide bomber struck.')).toBe('A suicide bomber struck.');
    expect(rest('GAZA CITY (AP) — Warplanes struck.')).toBe('Warplanes struck.');
    expect(rest('WASHINGTON, June 22, 2021 — Senate Republicans blocked the bill.')).toBe('Senate Republicans blocked the bill.');
    expect(rest('KABUL, Afghanistan -- Gunmen attacked.')).toBe('Gunmen attacked.');
    expect(rest('LONDON: Shares fell.')).toBe('Shares fell.');
    expect(rest('New York (AFP) – Vice President Joe Biden spoke.')).toBe('Vice President Joe Biden spoke.');
    expect(rest('FAREWELL—The club closes.')).toBe('The club closes.');
  });
  it('is none for a sentence, a name with a colon or a hyphenated word', () => {
    expect(rest('A suicide bomber struck - police said.')).toBeNull();
    expect(rest('Donald Trump - the candidate - spoke.')).toBeNull();
    expect(rest('Trump: We will build the wall.')).toBeNull();
    expect(rest('US-backed forces advanced.')).toBeNull();
  });
});
