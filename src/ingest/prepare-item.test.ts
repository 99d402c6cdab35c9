import { describe, expect, it } from 'vitest';
import { generateArticle } from './generate-articles.js';
import { prepareItem, prepareItems } from './prepare-item.js';
import type { RawInput } from './raw-input.js';

// signatures as arrays, so that two items compare by value
const plain = (v: unknown) => JSON.stringify(v, (_, x) => (x instanceof Uint32Array ? [...x] : x));

describe('prepareItems', () => {
  it('makes the items prepareItem makes one at a time, in input order', () => {
    const raws = [0, 1, 2].map((i) => generateArticle(i, 7).raw);
    expect(prepareItems(raws, { searchKeys: false }).map(plain)).toEqual(raws.map((r) => plain(prepareItem(r, { searchKeys: false }))));
  });

  it('gives an input the reader refuses its error record and carries on with the rest', () => {
    const raws: RawInput[] = [generateArticle(3, 7).raw, { id: 'nothing' }, { id: 'dhaka', text: 'Police in Dhaka fired tear gas at protesters, officials said.' }];
    const out = prepareItems(raws, { searchKeys: false, hashes: ['h0', 'h1', 'h2'] });
    expect(out[1]).toEqual({ id: 'nothing', error: { code: 'no-text', message: 'input has neither text, html nor bytes' } });
    expect('item' in out[2] && out[2].item.textHash).toBe('h2');
    expect(plain(out[0])).toBe(plain(prepareItem(raws[0], { searchKeys: false, textHash: 'h0' })));
  });
});
