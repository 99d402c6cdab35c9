import { describe, expect, it } from 'vitest';
import { lexicon } from './patterns/load-patterns.js';
import { multiVerbs } from './multi-verbs.js';

describe('multiVerbs', () => {
  const lx = lexicon();
  const tree = multiVerbs(lx);

  it('reaches every multi-word verb by its words, with its entry and lists', () => {
    let n = 0;
    for (const [key, entry] of lx.verbs) {
      const [first, ...rest] = key.split('_');
      if (!rest.length) continue;
      let node = tree.get(first);
      for (const part of rest) node = node?.next.get(part);
      expect(node?.key).toBe(key);
      expect(node?.entry).toBe(entry);
      expect(node?.generic).toBe(!!lx.cues.get('generic-verb')?.has(key));
      expect(node?.needsCapital).toBe(!!lx.cues.get('needs-capital-object')?.has(key));
      n++;
    }
    expect(n).toBeGreaterThan(0);
  });

  it('has a tree for exactly the first words the lexicon lists as multi-word', () => {
    expect(new Set(tree.keys())).toEqual(new Set(lx.multi.keys()));
  });
});
