// Names the text itself offers when no entity covers a mention: capitalised runs with their titles
// stripped ("former foreign secretary Sir Malcolm Rifkind" → "Malcolm Rifkind"), indexed by surname
// so "Mr Tillerson" finds "Rex Tillerson". A fallback for the entities stage, not a replacement.
import { K, factsOf, hasFact, isCap, type Toks, lw } from './scan-tokens.js';
import { F } from './look-up-word.js';
import { NAME_STOP, honorificOf, withoutApostropheS } from './lexicon.js';
import { candidates, chainWords, type WordChains } from './chain-words.js';

/** A name has at most this many words ("Martin Luther King Jr.", "International Atomic Energy Agency"); a longer capitalised run is a headline. */
const MAX_NAME_WORDS = 6;
/** Words that are no name on their own and no part of one: "The", "A", "He", "Tuesday", "Meanwhile". */
const NO_NAME = F.Determiner | F.Pronoun | F.TimeWord | F.SentenceAdverb;

const ORG_WORDS = new Set(`house party department ministry office council committee commission agency post times news
network service union bank court police campaign government administration group association institute
university company inc corp foundation organisation organization center centre senate congress parliament
assembly board bureau fund forces army navy force league front movement coalition alliance journal press
tribune herald guardian telegraph daily magazine channel cnn bbc fbi cia nato un eu g7 g20 kremlin pentagon`.split(/\s+/));

export type NameInfo = { name: string; gender?: 'm' | 'f'; org: boolean; single: boolean };

/** Facts of words that glue title-case headline words to a name: "While", "Is", "Over", "He". */
const GLUE = F.NpStop | F.Pronoun;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Name of the capitalised run ending at token e-1 within [s, e); null when there is none. */
export function nameOfRun(toks: Toks, s: number, e: number): NameInfo | null {
  let b = e;
  while (b > s && (isCap(toks, b - 1) || (toks.kind[b - 1] === K.Word && isDigit(toks.codes[toks.start[b - 1]]) && b - 1 > s && isCap(toks, b - 2)))) b--;
  if (b === e) return null;
  // "While Trump", "Christie Is Over Marco Rubio", "U.S. He": a capitalised function word (a headline's title
  // case) is no part of a name; the name is the run after it ("Will Hurd", "Theresa May" keep theirs)
  for (let t = b; t < e - 1; t++) if (factsOf(toks, t) & GLUE && !(factsOf(toks, t) & F.InnerPrep) && !NAME_STOP.has(lw(toks, t))) b = t + 1;
  let gender: 'm' | 'f' | undefined;
  // "The Smiths", "And Donald": an article or a sentence opener is no part of the name
  while (b < e - 1 && (lw(toks, b) === 'the' || lw(toks, b) === 'a' || hasFact(toks, b, F.SentenceAdverb))) b++;
  let from = b;
  for (let t = b; t < e; t++) {
    const w = lw(toks, t);
    const h = honorificOf(w);
    if (h !== undefined && t < e - 1) { from = t + 1; if (h) gender = h as 'm' | 'f'; }
  }
  // "Trump Wednesday", "Broaddrick Sunday": a day after a name is no part of it
  while (e - 1 > from && hasFact(toks, e - 1, F.TimeWord)) e--;
  if (e - from > MAX_NAME_WORDS || (e - from === 1 && factsOf(toks, from) & NO_NAME)) return null;
  let org = false;
  for (let t = from; t < e; t++) if (ORG_WORDS.has(lw(toks, t))) { org = true; break; }
  const name = withoutApostropheS(toks.text.slice(toks.start[from], toks.end[e - 1]));
  return { name, gender, org, single: e - from === 1 };
}

/**
 * Looks up the full name a surname stands for ("Tillerson" → "Rex Tillerson"), cached per surname; `lower`
 * tells whether the text also writes the word in lower case ("Cuts" beside "cuts": a word, no name).
 */
export type NameLookup = ((surname: string) => NameInfo | undefined) & { lower: (word: string) => boolean };

/**
 * A surname lookup over the text: the first run of two or more capitalised words (titles stripped)
 * that ends with the surname, with a gender from any honorific seen with it. Scans on demand, by
 * length and `hashSpan` before the word itself.
 */
export function nameLookup(toks: Toks): NameLookup {
  const cache = new Map<string, { info: NameInfo | undefined; lower: boolean }>();
  const { start, end, codes } = toks;
  let chains: WordChains | null = null;
  const scan = (surname: string) => {
    const key = surname.toLowerCase();
    const known = cache.get(key);
    if (known) return known;
    const h = hashSpan(key, 0, key.length);
    // an ASCII first letter that lowercases to another than the key's fails the word test below anyway:
    // such tokens are passed over before they are hashed
    const k0 = key.charCodeAt(0);
    let found: NameInfo | undefined;
    let gender: 'm' | 'f' | undefined;
    let lower = false;
    // the first search passes over all tokens; from the second on, only over those chained under the key's
    // length and first letter
    if (cache.size === 1) chains = chainWords(toks, 1);
    const only = chains ? candidates(chains, key.length, k0) : null;
    const count = only ? only.length : toks.n - 1;
    for (let i = 0; i < count; i++) {
      const t = only ? only[i] : i + 1;
      if (end[t] - start[t] !== key.length) continue;
      const c = codes[start[t]];
      if (((c >= 65 && c <= 90 ? c + 32 : c) !== k0 && c < 128) || hashSpan(toks.text, start[t], end[t]) !== h) continue;
      if (lw(toks, t) !== key) continue;
      if (!isCap(toks, t)) lower = true;
      if (!isCap(toks, t - 1)) continue;
      let s = t - 1;
      while (s > 0 && isCap(toks, s - 1) && toks.para[s - 1] === toks.para[t] && t - s < 8) s--;
      const info = nameOfRun(toks, s, t + 1);
      if (!info || info.org) continue;
      gender ??= info.gender;
      if (!info.single && !found) found = info;
      if (found && gender) break;
    }
    const out = { info: found ? { ...found, gender: found.gender ?? gender } : undefined, lower };
    cache.set(key, out);
    return out;
  };
  const lookup = (surname: string) => scan(surname).info;
  return Object.assign(lookup, { lower: (word: string) => scan(word).lower });
}

/**
 * A hash of text[s, e): its length and first four characters, A-Z lowercased. A word whose first four
 * characters hold a capital outside ASCII ("Émile") hashes apart from its lowercase and is not matched.
 */
function hashSpan(text: string, s: number, e: number): number {
  let h = e - s;
  const stop = e - s > 4 ? s + 4 : e;
  for (let i = s; i < stop; i++) { const c = text.charCodeAt(i); h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0; }
  return h;
}
