import { describe, expect, it } from 'vitest';
import { lexicon } from './patterns/load-patterns.js';
import { codeRoot, cueLists } from './cue-lists.js';

describe('codeRoot', () => {
  it.each([
    ['190', 19], // an assault
    ['02', 2], // an appeal: the root keeps its leading zero's value
    ['1712', 17],
    ['', NaN], // no code (a made-up trigger for an object test)
    ['1', NaN],
  ])('%s → %s', (code, root) => expect(codeRoot(code)).toBe(root));
});

describe('cueLists', () => {
  it('reads the same lists as the lexicon, made once', () => {
    const lx = lexicon();
    expect(cueLists(lx).denial).toBe(lx.cues.get('denial'));
    expect(cueLists(lx)).toBe(cueLists(lx));
  });
});
