import { describe, expect, it } from 'vitest';
import { knowledge } from './index.js';
import { hashOf, NameTable } from './name-table.js';

/** A table laid out the way scripts/compile-knowledge.mjs writes one. */
function tableOf(entries: [string, number][]): NameTable {
  const slots = new Int32Array(16), starts = new Int32Array(entries.length + 1);
  entries.forEach(([k], i) => {
    starts[i + 1] = starts[i] + k.length;
    let p = hashOf(k) & 15;
    while (slots[p]) p = (p + 1) & 15;
    slots[p] = i + 1;
  });
  const chars = Uint16Array.from(entries.map(([k]) => k).join(''), (c) => c.charCodeAt(0));
  return new NameTable(slots, starts, Int32Array.from(entries.map(([, v]) => v)), chars);
}

describe('NameTable', () => {
  it('finds each key and nothing else', () => {
    const t = tableOf([['white house', 3], ['kremlin', 7], ['afġānistān', 2], ['us', 0]]);
    expect([t.get('white house'), t.get('kremlin'), t.get('afġānistān'), t.get('us')]).toEqual([3, 7, 2, 0]);
    // a prefix, a longer word and another case are other keys
    expect([t.get('white'), t.get('kremlins'), t.get('Kremlin'), t.get('')]).toEqual([undefined, undefined, undefined, undefined]);
    expect(t.has('us')).toBe(true);
  });
  it('reads the compiled knowledge names', () => {
    const k = knowledge();
    expect(k.keys.size).toBeGreaterThan(10_000);
    const house = k.keys.get('white house');
    expect(house).toBeDefined();
    expect(k.entry(house!)).toEqual(['O', 'White House', 'USA', 'GOV', '']);
    expect(k.entry(k.keys.get('afghanistan')!)).toEqual(['C', 'Afghanistan', 'AFG', '', '']);
    expect(k.firsts.get('white')).toBeGreaterThanOrEqual(2);
    expect(k.keys.get('no such name here')).toBeUndefined();
  });
  it('knows which words start a longer name or role', () => {
    const k = knowledge();
    expect(k.keys.has('organisation for the prohibition of chemical weapons')).toBe(true);
    // every start of two words or more is in the filter (a few other phrases may be too)
    for (const start of ['organisation for', 'organisation for the prohibition of chemical']) expect(k.keyStarts.has(start)).toBe(true);
    expect(k.roleStarts.has('foreign affairs')).toBe(k.roles.has('foreign affairs minister') || [...k.roles.keys()].some((r) => r.startsWith('foreign affairs ')));
  });
  it('files every two-word role by its second word, then its first, with its sector', () => {
    const k = knowledge();
    const pairs = [...k.roles].filter(([r]) => r.split(' ').length === 2);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [r, sector] of pairs) expect(k.rolePairs.get(r.split(' ')[1])?.get(r.split(' ')[0])).toBe(sector);
    expect([...k.rolePairs.values()].reduce((n, m) => n + m.size, 0)).toBe(pairs.length);
  });
});
