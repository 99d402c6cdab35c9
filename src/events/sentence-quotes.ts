// The quotes that overlap each sentence, found by one sweep over quotes sorted by start, so a speaker
// look-up reads a sentence's few quotes, not the whole document's (linear on long input). Keeps the
// document's quote order: the first quote holding a position still wins.
import type { Quote } from '../doc/types.js';
import { sortFew } from '../doc/sort-few.js';

const ascending = (a: number, b: number) => a - b;

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
    // in place: the quotes that end past this sentence's start stay active
    let kept = 0;
    for (let k = 0; k < active.length; k++) if (quotes[active[k]].end > start) active[kept++] = active[k];
    active.length = kept;
    if (kept === 0) return [];
    if (kept === 1) return [quotes[active[0]]];
    // the few active quotes in document order, sorted as a copy
    const sorted = sortFew(active.slice(), ascending);
    return sorted.map((i) => quotes[i]);
  };
}
