import { describe, expect, it } from 'vitest';
import { compilePatterns } from './compile-patterns.js';
import { lexicon } from './load-patterns.js';

const SOURCES = {
  verbFiles: ['@attack 190\nattack =\nstrike 195 strikes,struck\n- embassy 1831', '@attack_override -\nattack 180'],
  nouns: 'talks\t046\tplural\nattack\t190\nattack+ chemical|gas\t2041',
  cameo: '190\tASSAULT\tmilitary\t-10.0\tUse conventional military force',
  cues: 'negation: not never',
  irregular: 'say: says said',
};

describe('compilePatterns', () => {
  const c = compilePatterns(SOURCES);
  it('keeps a later file\'s verb over an earlier one', () => expect(c.verbs.attack).toEqual([1, '180']));
  it('reads irregular forms from the verb lines and the irregular list', () => {
    expect(c.forms.struck).toBe('strike');
    expect(c.forms.said).toBe('say');
  });
  it('reads object patterns and noun modifiers', () => {
    expect(c.blocks[0].patterns).toEqual([[[['embassy']], '1831']]);
    expect(c.nouns.attack.mods).toEqual([[['chemical', 'gas'], '2041']]);
    expect(c.nouns.talks.flags).toEqual(['plural']);
  });
  it('reads the CAMEO → PLOVER table with Goldstein scores', () => expect(c.cameo['190']).toEqual(['ASSAULT', 'military', -10, 'Use conventional military force']));
  it('adds a later file\'s "@+name" patterns and verbs to the named block', () => {
    const x = compilePatterns({ ...SOURCES, verbFiles: [...SOURCES.verbFiles, '@+attack\nraid =\n- convoy 180\n- embassy -'] });
    expect(x.blocks[0].patterns).toEqual([[[['convoy']], '180'], [[['embassy']], '']]);
    expect(compilePatterns({ ...SOURCES, verbFiles: [...SOURCES.verbFiles, '@+attack\n- embassy ='] }).blocks[0].patterns).toEqual([]);
    expect(x.verbs.raid).toEqual([0, null]);
    expect(x.verbs.strike).toEqual([0, '195']);
    expect(() => compilePatterns({ ...SOURCES, verbFiles: ['@+nothing\n- convoy 180'] })).toThrow(/no block to extend/);
  });
  it('rejects a verb outside a block', () => expect(() => compilePatterns({ ...SOURCES, verbFiles: ['attack 190'] })).toThrow(/outside a block/));
});

describe('the shipped lexicon', () => {
  const lx = lexicon();
  it('maps every CAMEO root to a PLOVER event', () => {
    for (let r = 1; r <= 20; r++) expect(lx.cameo.get(String(r).padStart(2, '0'))?.[0]).toBeTruthy();
  });
  it('has the request verbs of the PLOVER manual', () => {
    for (const v of ['urge', 'call_on', 'demand']) expect(lx.verbs.has(v)).toBe(true);
  });
});
