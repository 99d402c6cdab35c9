// A generic actor named by an agent noun when no entity fills the slot: "was arrested by state
// police", "a suicide bomber killed five people". Its sector comes from the shipped knowledge
// (police → COP, bomber → UAF ...); it has no entity and no country.
import type { EventActor } from '../doc/types.js';
import { actor } from './to-event-actor.js';
import { sectorOfRole } from '../knowledge/index.js';
import type { SentenceWords } from './sentence-words.js';
import type { WordEntry } from './word-facts.js';
import { maybeIn, wordBits } from './word-bits.js';
import { AUXILIARY, DETERMINER, ENDS_ED, ENDS_ING, ENDS_S, IRREGULAR_FORM, PREPOSITION, SPEECH } from './word-cues.js';

/** sectorOfRole of one word, kept on its word-table entry: the same few hundred words come back in every article. */
export function sectorOfWord(e: WordEntry): string | null {
  if (e.sector === undefined) e.sector = sectorOfRole(e.word);
  return e.sector;
}

const STOP = new Set([',', ';', ':', '.', '(', ')', '"', '“', '”', '—', '–']);
const STOP_BITS = wordBits(STOP);
/** The forms of a speech verb that are no noun: "said", "added", "says", "saying". */
const SAID_FORM = IRREGULAR_FORM | ENDS_ED | ENDS_S | ENDS_ING;

/** The first agent noun in words [from, to) (either direction), with the word before it when lower-case. */
export function agentActor(text: string, w: SentenceWords, from: number, to: number): EventActor | null {
  const step = to >= from ? 1 : -1;
  for (let k = from; step > 0 ? k < to && k < w.lower.length : k > to && k >= 0; k += step) {
    const x = w.lower[k];
    if (maybeIn(STOP_BITS, w.hash[k]) && STOP.has(x)) return null;
    // "a man attacked", "two men were arrested": "man" and "men" are the shortest agent nouns
    if (!w.isWord[k] || x.length < 3 || w.cap[k]) continue;
    const sector = sectorOfWord(w.entry[k]);
    // "state police", not "urged ministers": the word before is part of the name only inside the range
    // (no preposition, article or auxiliary: "number of people" names "people"; nor a speech verb's form:
    // "said police", where "state police" is a name; capitalised only at the sentence's start, for a
    // plural that is no agent alone: "Patrol boats", not "Two men")
    const inRange = step > 0 ? k - 1 >= from : k - 1 > to;
    const before = inRange && w.isWord[k - 1] && (!w.cap[k - 1] || (k === 1 && !sector)) && !(w.cues[k - 1] & (PREPOSITION | DETERMINER | AUXILIARY)) && !(w.cues[k - 1] & SPEECH && w.cues[k - 1] & SAID_FORM);
    // "patrol boats rammed a fishing vessel": a plural that names an agent only with the word before it
    const pair = before && (sector || w.cues[k] & ENDS_S) ? sectorOfRole(w.lower[k - 1] + ' ' + x) : null;
    if (!sector && !pair) continue;
    return actor(text.slice(w.start[pair ? k - 1 : k], w.end[k]), undefined, undefined, sector ?? pair!);
  }
  return null;
}
