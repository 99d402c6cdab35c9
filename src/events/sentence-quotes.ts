// The quotes that overlap each sentence, found by one sweep over quotes sorted by start, so a speaker
// look-up reads a sentence's few quotes, not the whole document's (linear on long input). Keeps the
// document's quote order: the first quote holding a position still wins.
import type { Quote } from '../doc/types.js';

/** A function giving the quotes overlapping [start, end), for sentences asked in text order. */
export function quoteSweep(quotes: readonly Quote[]): (start: number, end: number) => readonly Quote[] {
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a].start - quotes[b].start || a - b);
  let next = 0, lastStart = -1;
  let active: number[] = [];
  return (start, end) => {
    // a sentence before the last one asked: start the sweep again
    if (start < lastStart) { next = 0; active = []; }
    lastStart = start;
    while (next < order.length && quotes[order[next]].start < end) active.push(order[next++]);
    active = active.filter((i) => quotes[i].end > start);
    return active.length ? active.slice().sort((a, b) => a - b).map((i) => quotes[i]) : [];
  };
}
