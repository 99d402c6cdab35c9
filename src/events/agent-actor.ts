// A generic actor named by an agent noun when no entity fills the slot: "was arrested by state
// police", "a suicide bomber killed five people". Its sector comes from the shipped knowledge
// (police → COP, bomber → UAF ...); it has no entity and no country.
import type { EventActor } from '../doc/types.js';
import { sectorOfRole } from '../knowledge/index.js';
import type { SentenceWords } from './sentence-words.js';
import type { WordEntry } from './word-facts.js';
import { maybeIn, wordBits } from './word-bits.js';
import { DETERMINER, PREPOSITION } from './word-cues.js';

/** sectorOfRole of one word, kept on its word-table entry: the same few hundred words come back in every article. */
export function sectorOfWord(e: WordEntry): string | null {
  if (e.sector === undefined) e.sector = sectorOfRole(e.word);
  return e.sector;
}

const STOP = new Set([',', ';', ':', '.', '(', ')', '"', '“', '”', '—', '–']);
const STOP_BITS = wordBits(STOP);

/** The first agent noun in words [from, to) (either direction), with the word before it when lower-case. */
export function agentActor(text: string, w: SentenceWords, from: number, to: number): EventActor | null {
  const step = to >= from ? 1 : -1;
  for (let k = from; step > 0 ? k < to && k < w.lower.length : k > to && k >= 0; k += step) {
    const x = w.lower[k];
    if (maybeIn(STOP_BITS, w.hash[k]) && STOP.has(x)) return null;
    // "a man attacked", "two men were arrested": "man" and "men" are the shortest agent nouns
    if (!w.isWord[k] || x.length < 3 || w.cap[k]) continue;
    const sector = sectorOfWord(w.entry[k]);
    if (!sector) continue;
    // "state police", not "urged ministers": the word before is part of the name only inside the range
    // (and no preposition or article: "number of people" names "people")
    const inRange = step > 0 ? k - 1 >= from : k - 1 > to;
    const first = inRange && w.isWord[k - 1] && !w.cap[k - 1] && !(w.cues[k - 1] & (PREPOSITION | DETERMINER)) && sectorOfRole(w.lower[k - 1] + ' ' + x) ? k - 1 : k;
    return { name: text.slice(w.start[first], w.end[k]), sector };
  }
  return null;
}
