// Entity mentions sorted by start, for finding the entity that covers a speaker mention.
import type { Entity, MentionKind } from '../doc/types.js';

export type EntityIndex = Readonly<{ start: Int32Array; end: Int32Array; entity: Int32Array; kind: (MentionKind | undefined)[] }>;

/** Index every mention of `entities` by start offset. */
export function indexEntities(entities: readonly Entity[]): EntityIndex {
  const rows: [number, number, number, MentionKind | undefined][] = [];
  entities.forEach((en, i) => { for (const m of en.mentions) rows.push([m.start, m.end, i, m.kind]); });
  rows.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return {
    start: Int32Array.from(rows, (r) => r[0]),
    end: Int32Array.from(rows, (r) => r[1]),
    entity: Int32Array.from(rows, (r) => r[2]),
    kind: rows.map((r) => r[3]),
  };
}

/** The mention overlapping [start, end) that ends last (the head of a noun phrase), or null. */
export function entityAt(index: EntityIndex, start: number, end: number): { entity: number; mentionKind?: MentionKind } | null {
  let lo = 0, hi = index.start.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (index.start[m] < end) lo = m + 1; else hi = m; }
  let best = -1;
  for (let i = lo - 1; i >= 0 && lo - i <= 12; i--) {
    if (index.end[i] > start && index.start[i] < end && (best < 0 || index.end[i] > index.end[best])) best = i;
  }
  return best < 0 ? null : { entity: index.entity[best], mentionKind: index.kind[best] };
}
