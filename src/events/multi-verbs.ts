// Multi-word verbs ("call_on", "come_to_an_end") as a tree of their words from the first, made once per
// lexicon: a trigger walks the words after it down the tree, so it builds and hashes no joined string.
import type { Lexicon, VerbEntry } from './patterns/load-patterns.js';

/** The verbs whose words so far are one path: `key` is the verb ending here, if any ("call_on"). */
export type MultiNode = {
  readonly next: Map<string, MultiNode>;
  key: string | null;
  entry: VerbEntry | undefined;
  /** the verb is in the generic-verb list / the needs-capital-object list */
  generic: boolean;
  needsCapital: boolean;
};

const trees = new WeakMap<Lexicon, ReadonlyMap<string, MultiNode>>();

const node = (): MultiNode => ({ next: new Map(), key: null, entry: undefined, generic: false, needsCapital: false });

/** The tree of the multi-word verbs starting with each first word ("call" → on → "call_on"). */
export function multiVerbs(lx: Lexicon): ReadonlyMap<string, MultiNode> {
  let t = trees.get(lx);
  if (t) return t;
  const roots = new Map<string, MultiNode>();
  for (const [key, entry] of lx.verbs) {
    const parts = key.split('_');
    if (parts.length < 2) continue;
    let n = roots.get(parts[0]) ?? roots.set(parts[0], node()).get(parts[0])!;
    for (let k = 1; k < parts.length; k++) n = n.next.get(parts[k]) ?? n.next.set(parts[k], node()).get(parts[k])!;
    n.key = key;
    n.entry = entry;
    n.generic = !!lx.cues.get('generic-verb')?.has(key);
    n.needsCapital = !!lx.cues.get('needs-capital-object')?.has(key);
  }
  trees.set(lx, (t = roots));
  return t;
}
