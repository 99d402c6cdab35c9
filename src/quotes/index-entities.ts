// Entity mentions sorted by start, for finding the entity that covers a speaker mention.
import type { Entity, MentionKind } from '../doc/types.js';
import { scratchFloat64, scratchInt32 } from './start-scratch.js';

export type EntityIndex = Readonly<{ start: Int32Array; end: Int32Array; entity: Int32Array; kind: (MentionKind | undefined)[] }>;

/** Index every mention of `entities` by start offset (longest first at one start; then in entity order). */
export function indexEntities(entities: readonly Entity[]): EntityIndex {
  let n = 0, maxStart = 0, maxLength = 0;
  for (const en of entities) {
    n += en.mentions.length;
    for (const m of en.mentions) { maxStart = Math.max(maxStart, m.start); maxLength = Math.max(maxLength, m.end - m.start); }
  }
  const ms = new Array<Readonly<{ start: number; end: number; kind?: MentionKind }>>(n);
  const owner = scratchInt32(n);
  n = 0;
  for (let i = 0; i < entities.length; i++) for (const m of entities[i].mentions) { ms[n] = m; owner[n] = i; n++; }
  const order = sortedOrder(ms, maxStart, maxLength);
  const start = scratchInt32(n), end = scratchInt32(n), entity = scratchInt32(n);
  const kind = new Array<MentionKind | undefined>(n);
  for (let r = 0; r < n; r++) { const j = order[r]; start[r] = ms[j].start; end[r] = ms[j].end; entity[r] = owner[j]; kind[r] = ms[j].kind; }
  return { start, end, entity, kind };
}

// The mentions' order by start, longer first, then by index: as one number each (start, length
// complement, index in bit fields) sorted natively when the fields fit in a double's 53 bits.
function sortedOrder(ms: readonly Readonly<{ start: number; end: number }>[], maxStart: number, maxLength: number): ArrayLike<number> {
  const n = ms.length;
  const indexScale = 2 ** Math.ceil(Math.log2(n + 1));
  const lengthScale = 2 ** Math.ceil(Math.log2(maxLength + 2));
  if ((maxStart + 1) * lengthScale * indexScale > Number.MAX_SAFE_INTEGER) {
    const order = Array.from({ length: n }, (_, i) => i);
    return order.sort((a, b) => ms[a].start - ms[b].start || ms[b].end - ms[a].end || a - b);
  }
  const keys = scratchFloat64(n);
  for (let i = 0; i < n; i++) keys[i] = (ms[i].start * lengthScale + (maxLength - (ms[i].end - ms[i].start))) * indexScale + i;
  keys.sort();
  const order = scratchInt32(n);
  for (let r = 0; r < n; r++) order[r] = keys[r] % indexScale;
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
