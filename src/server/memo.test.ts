import { describe, expect, it } from 'vitest';
import { Memo } from './memo.js';

describe('Memo', () => {
  it('computes once per key while fresh, shares concurrent calls, and forgets on clear', async () => {
    const memo = new Memo(60_000);
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([memo.get('k', compute), memo.get('k', compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(await memo.get('other', compute)).toBe(2);
    expect(await memo.peek('other')).toBe(2);
    expect(memo.peek('never')).toBeUndefined();
    memo.clear();
    expect(await memo.get('k', compute)).toBe(3);
  });

  it('does not keep failures, and computes every time when off', async () => {
    const memo = new Memo(60_000);
    await expect(memo.get('k', async () => { throw new Error('db busy'); })).rejects.toThrow('db busy');
    expect(await memo.get('k', async () => 'ok')).toBe('ok');
    const off = new Memo(0);
    let calls = 0;
    await off.get('k', async () => ++calls);
    await off.get('k', async () => ++calls);
    expect(calls).toBe(2);
  });

  it('evicts the least recently used key past its size', async () => {
    const memo = new Memo(60_000, 2);
    let calls = 0;
    for (const k of ['a', 'b', 'a', 'c']) await memo.get(k, async () => ++calls); // 'b' is least recent when 'c' comes
    expect(calls).toBe(3);
    await memo.get('a', async () => ++calls);
    expect(calls).toBe(3);
    await memo.get('b', async () => ++calls);
    expect(calls).toBe(4);
  });
});
