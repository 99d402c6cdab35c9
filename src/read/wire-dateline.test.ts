import { describe, expect, it } from 'vitest';
import { readText } from './read-text.js';

describe('wire datelines', () => {
  it('a full date in a wire dateline opening the body is the published date', () => {
    const text = 'Senate blocks the bill\n\nBy Ann Lee\n\nWASHINGTON, June 22, 2021 — Senate Republicans on Tuesday blocked the bill.\n';
    expect(readText(text, {}).meta.published).toBe('2021-06-22');
    expect(readText('Floods\n\nKABUL, Afghanistan, Jan. 5, 2020 (AP) - Floods hit the city.\n', {}).meta.published).toBe('2020-01-05');
  });
  it('a dateline without a year or a sentence that only starts in capitals gives none', () => {
    expect(readText('Floods\n\nLONDON, March 3 (Reuters) - Floods hit the city.\n', {}).meta.published).toBeNull();
    expect(readText('Floods\n\nNATO, the alliance, said on June 22, 2021 - nothing.\n', {}).meta.published).toBeNull();
  });
});
