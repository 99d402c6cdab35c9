// Splits a text into segments at every span boundary, each segment carrying the keys of the spans
// that cover it. Nested and crossing spans both come out right: "[a [b] a] c" → a | a,b | a | c.
// Pure and linear in (text boundaries × open spans); the article view renders one element per segment.

/** A span to lay over the text, with a key naming it (e.g. "q:q3", "e:e1", "v:v2"). */
export type KeyedSpan = Readonly<{ key: string; start: number; end: number }>;

/** A run of text that the same set of spans covers. `keys` is in the order the spans were given. */
export type Segment = Readonly<{ start: number; end: number; keys: readonly string[] }>;

/**
 * Cut `[0, length)` at every span boundary.
 * @example segmentText(10, [{ key: 'a', start: 2, end: 6 }, { key: 'b', start: 4, end: 8 }])
 * // → [0,2){} [2,4){a} [4,6){a,b} [6,8){b} [8,10){}
 */
export function segmentText(length: number, spans: readonly KeyedSpan[]): Segment[] {
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  const cuts = new Set<number>([0, length]);
  spans.forEach((s, i) => {
    const start = clamp(s.start, length);
    const end = clamp(s.end, length);
    if (!(end > start)) return; // empty or inverted spans cover nothing
    push(opens, start, i);
    push(closes, end, i);
    cuts.add(start);
    cuts.add(end);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const open = new Set<number>();
  const out: Segment[] = [];
  for (let p = 0; p < points.length - 1; p++) {
    const at = points[p];
    for (const i of closes.get(at) ?? []) open.delete(i);
    for (const i of opens.get(at) ?? []) open.add(i);
    const keys = [...open].sort((a, b) => a - b).map((i) => spans[i].key);
    out.push({ start: at, end: points[p + 1], keys });
  }
  return out;
}

function clamp(n: number, length: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.max(0, Math.min(length, Math.trunc(n)));
}

function push(map: Map<number, number[]>, at: number, i: number): void {
  const list = map.get(at);
  if (list) list.push(i);
  else map.set(at, [i]);
}
