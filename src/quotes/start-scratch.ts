// Scratch memory for the quote stage's typed arrays, reused from one article to the next. A new
// ArrayBuffer costs 3-4 µs (more than most passes that fill it) and the stage needs about ten per
// article. An array taken here lives until the next `startScratch`, which `findQuotes` calls once per
// article: nothing taken here may outlive the stage's run on one document.

const KEEP = 1 << 24; // a larger buffer (a huge article's) is used once and not kept
let buffer = new ArrayBuffer(1 << 16);
let top = 0;

/** A new article: the arrays taken so far may be handed out again. */
export function startScratch(): void {
  top = 0;
}

// Offset of `bytes` free bytes in `buffer`, 8-aligned; a bigger buffer when they do not fit.
function take(bytes: number): number {
  top = (top + 7) & ~7;
  if (top + bytes > buffer.byteLength) {
    const size = Math.max(bytes, buffer.byteLength * 2);
    if (size > KEEP) return -1;
    buffer = new ArrayBuffer(size);
    top = 0;
  }
  const at = top;
  top += bytes;
  return at;
}

/** An Int32Array of `n` filled with `value`. @example scratchInt32(toks.n, -1) */
export function scratchInt32(n: number, value = 0): Int32Array {
  const at = take(n * 4);
  return (at < 0 ? new Int32Array(n) : new Int32Array(buffer, at, n)).fill(value);
}

/** A zero-filled Uint8Array of `n`. */
export function scratchUint8(n: number): Uint8Array {
  const at = take(n);
  return (at < 0 ? new Uint8Array(n) : new Uint8Array(buffer, at, n)).fill(0);
}

/** A zero-filled Float64Array of `n`. */
export function scratchFloat64(n: number): Float64Array {
  const at = take(n * 8);
  return (at < 0 ? new Float64Array(n) : new Float64Array(buffer, at, n)).fill(0);
}
