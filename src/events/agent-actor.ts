// A generic actor named by an agent noun when no entity fills the slot: "was arrested by state
// police", "a suicide bomber killed five people". Its sector comes from the shipped knowledge
// (police → COP, bomber → UAF ...); it has no entity and no country.
import type { EventActor } from '../doc/types.js';
import { knowledge, sectorOfRole } from '../knowledge/index.js';
import type { SentenceWords } from './sentence-words.js';
import type { WordEntry } from './word-facts.js';
import { maybeIn, wordBits } from './word-bits.js';

/** sectorOfRole of one word, kept on its word-table entry: the same few hundred words come back in every article. */
export function sectorOfWord(e: WordEntry): string | null {
  if (e.sector === undefined) e.sector = sectorOfRole(e.word);
  return e.sector;
}

/** Whether an empty sector sits under a key of two words or more in the role or group-noun tables (none does in the shipped knowledge). */
let spacedEmpty: boolean | undefined;

/**
 * Is sectorOfRole(prev + ' ' + x) a sector, for a role word x? Its last look-up is x alone, and the ones
 * before it use keys of two words, whose sectors are never empty: so a plain x (a-z, digits, ' and -) with a
 * sector of its own in the role table answers yes without the two-word string being made and hashed.
 * Any other word, or a prev that does not open with a letter or digit, is asked as before.
 */
function twoWordRole(prev: string, x: string): boolean {
  const c = prev.charCodeAt(0);
  if (((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) && plain(x)) {
    const k = knowledge();
    spacedEmpty ??= [...k.roles, ...k.groupNouns].some(([key, sector]) => !sector && key.includes(' '));
    if (!spacedEmpty && k.roles.get(x)) return true;
  }
  return !!sectorOfRole(prev + ' ' + x);
}

/** Only a-z, digits, ' and -: keyOf (knowledge/index.ts) leaves the word as it is. */
function plain(x: string): boolean {
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45)) return false;
  }
  return x.length > 0;
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
    const inRange = step > 0 ? k - 1 >= from : k - 1 > to;
    const first = inRange && w.isWord[k - 1] && !w.cap[k - 1] && twoWordRole(w.lower[k - 1], x) ? k - 1 : k;
    return { name: text.slice(w.start[first], w.end[k]), sector };
  }
  return null;
}
