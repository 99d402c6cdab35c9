// Entity mentions sorted by start, for finding the entity that covers a speaker mention.
import type { Entity, MentionKind } from '../doc/types.js';
import { scratchFloat64, scratchInt32 } from './start-scratch.js';

export type EntityIndex = Readonly<{ start: Int32Array; end: Int32Array; entity: Int32Array; kind: (MentionKind | undefined)[] }>;

/** Index every mention of `entities` by start offset (longest first at one start; then in entity order). */
export function indexEntities(entities: readonly Entity[]): EntityIndex {
  let n = 0;
  for (let i = 0; i < entities.length; i++) n += entities[i].mentions.length;
  // each mention object is read once, into flat arrays (they sit wherever the entities stage made them)
  const ms = scratchInt32(n), me = scratchInt32(n), owner = scratchInt32(n);
  const mk = new Array<MentionKind | undefined>(n);
  let maxStart = 0, maxLength = 0;
  n = 0;
  for (let i = 0; i < entities.length; i++) {
    const mentions = entities[i].mentions;
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j];
      const s = m.start, e = m.end;
      ms[n] = s; me[n] = e; mk[n] = m.kind; owner[n] = i;
      if (s > maxStart) maxStart = s;
      if (e - s > maxLength) maxLength = e - s;
      n++;
    }
  }
  const order = sortedOrder(ms, me, n, maxStart, maxLength);
  const start = scratchInt32(n), end = scratchInt32(n), entity = scratchInt32(n);
  const kind = new Array<MentionKind | undefined>(n);
  for (let r = 0; r < n; r++) { const j = order[r]; start[r] = ms[j]; end[r] = me[j]; entity[r] = owner[j]; kind[r] = mk[j]; }
  return { start, end, entity, kind };
}

// The mentions' order by start, longer first, then by index: as one number each (start, length
// complement, index in bit fields) sorted natively when the fields fit in a double's 53 bits.
function sortedOrder(ms: Int32Array, me: Int32Array, n: number, maxStart: number, maxLength: number): ArrayLike<number> {
  const indexScale = 2 ** Math.ceil(Math.log2(n + 1));
  const lengthScale = 2 ** Math.ceil(Math.log2(maxLength + 2));
  if ((maxStart + 1) * lengthScale * indexScale > Number.MAX_SAFE_INTEGER) {
    const order = Array.from({ length: n }, (_, i) => i);
    return order.sort((a, b) => ms[a] - ms[b] || me[b] - me[a] || a - b);
  }
  const keys = scratchFloat64(n);
  for (let i = 0; i < n; i++) keys[i] = (ms[i] * lengthScale + (maxLength - (me[i] - ms[i]))) * indexScale + i;
  keys.sort();
  const order = scratchInt32(n);
  // (the index field by exact power-of-two arithmetic, not `%`, which is a call to fmod for a double)
  for (let r = 0; r < n; r++) { const k = keys[r]; order[r] = k - Math.floor(k / indexScale) * indexScale; }
  return order;
}

/** The mention overlapping [start, end) that ends last (the head of a noun phrase), or null; `end` is where that mention ends. */
export function entityAt(index: EntityIndex, start: number, end: number): { entity: number; mentionKind?: MentionKind; end: number } | null {
  let lo = 0, hi = index.start.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (index.start[m] < end) lo = m + 1; else hi = m; }
  let best = -1;
  for (let i = lo - 1; i >= 0 && lo - i <= 12; i--) {
    if (index.end[i] > start && index.start[i] < end && (best < 0 || index.end[i] > index.end[best])) best = i;
  }
  return best < 0 ? null : { entity: index.entity[best], mentionKind: index.kind[best], end: index.end[best] };
}
