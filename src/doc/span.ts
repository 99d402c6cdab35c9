// Half-open [start, end) spans into one document's text, in UTF-16 code units.
// The bottom of the import graph: imports nothing.

/** A half-open span: `text.slice(start, end)`. */
export type Span = Readonly<{ start: number; end: number }>;

/** Make a span, checking the invariant. Example: `span(0, 5)`. */
export function span(start: number, end: number): Span {
  if (!(start >= 0 && end >= start)) throw new RangeError(`bad span [${start}, ${end})`);
  return { start, end };
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sort order for spans: by start, then longer first. */
export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
