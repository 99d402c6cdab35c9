import { describe, expect, it } from 'vitest';
import { repairMojibake } from './repair-mojibake.js';

describe('repairMojibake', () => {
  it.each([
    ['Enrique PeÃ±a Nieto', 'Enrique Peña Nieto', 1],
    ['Itâ€™s over, she said â€” again.', 'It’s over, she said — again.', 2],
    ['â€œNo,â€\u009d he said.', '“No,” he said.', 2],
    ['CafÃ© in ZÃ¼rich', 'Café in Zürich', 2],
    // the same mojibake decomposed afterwards (NFD): "A" and a combining tilde for "Ã"
    ['Enrique PeA\u0303\u00b1a Nieto', 'Enrique Peña Nieto', 1],
  ])('%s', (input, output, count) => {
    expect(repairMojibake(input)).toEqual({ text: output, repaired: count });
  });
  it.each(['Peña and Zürich are fine', 'TÃ is no run', 'ÃÃÃ', 'plain ASCII', 'Pen\u0303a decomposed and fine', 'x\u0303\u00b1 composes to nothing'])('leaves good or undecodable text alone: %s', (text) => {
    expect(repairMojibake(text).text).toBe(text);
  });
});

describe('decodeBytes repairs mojibake and says so', () => {
  it('a file saved with "PeÃ±a" reads "Peña" with a note', async () => {
    const { decodeBytes } = await import('./decode-bytes.js');
    const out = decodeBytes(new TextEncoder().encode('President Enrique PeÃ±a Nieto said so.'));
    expect(out.text).toBe('President Enrique Peña Nieto said so.');
    expect(out.diagnostics.map((d) => d.rule)).toEqual(['mojibake-repaired']);
  });
});
