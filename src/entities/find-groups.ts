// Collective actors: "the US officials", "Syrian military figures", "Western countries", "G7 foreign
// ministers" (a country, bloc or body before a plural group noun) and peoples ("the Iranians").
import type { Knowledge } from '../knowledge/index.js';
import { L_ADJ, L_BLOC, L_INSIDE, L_KNOWN, L_NAME, L_PEOPLE, type Labels } from './label-words.js';
import { CAP, HEAD, SENT, SKIP, lowerOf, pluralEnd, type Words } from './scan-words.js';
import { BLOC_NOUNS, GOVERNING, SPEECH_ING } from './word-classes.js';
import { NONE, type Lexicon, W_COLLECTIVE, W_DESC_PAST, W_DESC_PLURAL, W_GROUP_NOUN, W_NOT_NAME, W_SPEECH, W_THE } from './word-lexicon.js';

/** Whether word m is letters and hyphens only ("senior", "pro-government"), read from the text when it has no lexicon string. */
function lettersOnly(w: Words, m: number): boolean {
  if (w.id[m] !== NONE) {
    // the word's key, by its chars (no regex run per word)
    const key = w.lx.keys[w.id[m]];
    for (let x = 0; x < key.length; x++) { const c = key.charCodeAt(x); if (c !== 45 && (c < 97 || c > 122)) return false; }
    return key.length > 0;
  }
  for (let x = w.start[m]; x < w.end[m]; x++) {
    // a word with no lexicon id is plain ASCII, lowercased by lowerOf: A-Z counts as a-z
    const c = w.text.charCodeAt(x);
    if (c !== 45 && ((c | 32) < 97 || (c | 32) > 122)) return false;
  }
  return true;
}

/**
 * Whether lowercase word m reads as a verb of the sentence, not a describing word: a speech verb (also in -ing: "telling") or a
 * past form in "-ed" ("police fired", "Moscow denied targeting civilians"); "-eed" ("speed") is no past form, and
 * a few past forms describe ("GOP elected officials").
 */
function verbLike(w: Words, m: number): boolean {
  if (w.bits[m] & W_SPEECH) return true;
  // ("-ing" read from the text first: most words are not, and lowerOf may slice)
  if (endsIng(w, m) && SPEECH_ING.has(lowerOf(w, m))) return true;
  if (w.bits[m] & W_DESC_PAST) return false;
  const s = w.start[m], e = w.end[m], t = w.text;
  if (e - s < 5 || t.charCodeAt(e - 1) !== 100 || t.charCodeAt(e - 2) !== 101 || t.charCodeAt(e - 3) === 101) return false;
  for (let x = s; x < e; x++) if (t.charCodeAt(x) === 45) return false;
  return true;
}

/** Whether word m ends in "ing". */
function endsIng(w: Words, m: number): boolean {
  const e = w.end[m], t = w.text;
  return e - w.start[m] > 4 && t.charCodeAt(e - 1) === 103 && t.charCodeAt(e - 2) === 110 && t.charCodeAt(e - 3) === 105;
}

/**
 * Whether lowercase word m ends in a plural "-s" ("rules", not "press" or "status"): a noun that ends its own
 * phrase, unless it is one that describes ("ethics investigators").
 */
function pluralLike(w: Words, m: number): boolean {
  return pluralEnd(w, m) && !(w.bits[m] & W_DESC_PLURAL);
}

/** Per lexicon id of a group noun, the two-word roles of its singular (null for none), read once per lexicon. */
let pairsLexicon: Lexicon | null = null;
let pairs: (ReadonlyMap<string, string> | null | undefined)[] = [];

/** "officials" → the roles "government official", "state official", ... by their first word; no string sliced per noun. */
function rolePairsOf(w: Words, j: number, k: Knowledge): ReadonlyMap<string, string> | undefined {
  if (pairsLexicon !== w.lx) { pairsLexicon = w.lx; pairs = []; }
  const id = w.id[j];
  let found = pairs[id];
  if (found === undefined) {
    const noun = lowerOf(w, j);
    while (pairs.length <= id) pairs.push(undefined);
    pairs[id] = found = k.rolePairs.get(noun.endsWith('s') ? noun.slice(0, -1) : noun) ?? null;
  }
  return found ?? undefined;
}

export type GroupCand = { start: number; end: number; key: string; name: string; country?: string; sector?: string; demonym: boolean; first: number; modifierKnown?: number };

/** Group candidates in text order. `orgWords` marks words of organisation and place names ("Catholic Church officials"). */
export function findGroups(w: Words, L: Labels, k: Knowledge, text: string, used: Uint8Array): GroupCand[] {
  const out: GroupCand[] = [];
  // A people, a bloc or a group noun is a live word (capitalised, or a group noun): the others are passed.
  const live = w.live;
  for (let p = 0; p < live.length; p++) {
    const j = live[p];
    if (w.flags[j] & (SKIP | HEAD)) continue;
    if (L.lab[j] === L_PEOPLE) {
      const country = L.code[j]!;
      const last = j + L.len[j] - 1;
      out.push({ start: w.start[j], end: w.end[last], key: `people:${country}`, name: text.slice(w.start[j], w.end[last]), country, sector: 'CVL', demonym: true, first: j, modifierKnown: undefined });
      continue;
    }
    // "The West has imposed sanctions": the capitalised bloc noun after "the", not opening a longer name
    if (w.flags[j] & CAP && !used[j] && j > 0 && !w.sep[j] && w.bits[j - 1] & W_THE && !(j + 1 < w.n && !w.sep[j + 1] && w.flags[j + 1] & CAP)) {
      const bloc = BLOC_NOUNS.get(lowerOf(w, j));
      if (bloc) { out.push({ start: w.start[j], end: w.end[j], key: `bloc:${bloc}`, name: bloc, sector: 'GOV', demonym: false, first: j, modifierKnown: undefined }); continue; }
    }
    if (!(w.bits[j] & W_GROUP_NOUN)) continue;
    const noun = lowerOf(w, j);
    if (w.flags[j] & CAP) {
      // "Neighbors said they heard shots": a group noun that opens the sentence alone is the group itself.
      if (w.flags[j] & SENT && L.lab[j] === L_NAME && !used[j] && !(j + 1 < w.n && !w.sep[j + 1] && w.flags[j + 1] & CAP)) {
        const name = text.slice(w.start[j], w.end[j]);
        const g: GroupCand = { start: w.start[j], end: w.end[j], key: noun, name, country: undefined, sector: undefined, demonym: false, first: j, modifierKnown: undefined };
        const sector = k.groupNouns.get(noun);
        if (sector) g.sector = sector;
        out.push(g);
      }
      continue;
    }
    // "the Syrian military operation": a collective noun used as a modifier is not the actor.
    // ("the Nigerian army killed": a verb after it is the noun's own)
    if (w.bits[j] & W_COLLECTIVE && j + 1 < w.n && !w.sep[j + 1] && !(w.flags[j + 1] & CAP) && !(w.bits[j + 1] & W_NOT_NAME) && !verbLike(w, j + 1)) continue;
    // Walk back over at most two lowercase describing words to the country, bloc or body.
    let m = j - 1, between = 0, sector = k.groupNouns.get(noun) || '', verb = false;
    // "government officials": the roles "government official", found by the singular then the word before, no string joined.
    const roles = rolePairsOf(w, j, k);
    let clause = false;
    while (m >= 0 && between < 2 && !w.sep[m + 1] && !(w.flags[m] & CAP) && L.lab[m] !== L_INSIDE && lettersOnly(w, m) && !(w.bits[m] & W_NOT_NAME)) {
      const s = (w.bits[m] & W_GROUP_NOUN ? k.groupNouns.get(lowerOf(w, m)) : undefined) ?? roles?.get(lowerOf(w, m));
      if (s) sector = s;
      const v = verbLike(w, m);
      // "Nigerian army killed militants", "Chinese police arrested protesters": a group noun before the verb is
      // the subject of a clause, and the noun after it that clause's object, no part of one group
      if (v && m > 0 && !w.sep[m] && w.bits[m - 1] & W_GROUP_NOUN && !(w.flags[m - 1] & CAP)) { clause = true; break; }
      if (!verb && (v || (!s && pluralLike(w, m)))) verb = true;
      m--; between++;
    }
    if (clause || m < 0 || w.sep[m + 1]) continue;
    let h = m;
    while (h > 0 && L.lab[h] === L_INSIDE) h--;
    const l = L.lab[h];
    let country: string | undefined, modifierKnown: number | undefined;
    // "Moscow denied targeting civilians", "GOP rules require delegates": a verb or another plural noun between a name
    // and the noun makes them no group ("Syrian armed forces" is one).
    if (verb && l !== L_ADJ && l !== L_BLOC) continue;
    if (l === L_ADJ) country = L.code[h];
    else if (l === L_BLOC) country = undefined;
    else if (l === L_KNOWN) { const e = k.entry(L.ref[h]); country = e[2] || undefined; modifierKnown = L.ref[h]; if (e[3] === 'IGO' && sector === 'CVL') sector = 'IGO'; else if (!sector && e[3]) sector = e[3]; }
    // "Oakland police", "the Obama administration": any name before a group noun says whose group it is.
    else if (l !== L_NAME || w.flags[h] & SENT && !used[h] && !GOVERNING.has(noun)) continue;
    const name = text.slice(w.start[h], w.end[j]);
    const g: GroupCand = { start: w.start[h], end: w.end[j], key: name.toLowerCase(), name, country: undefined, sector: undefined, demonym: l === L_ADJ, first: h, modifierKnown: undefined };
    if (country) g.country = country;
    if (sector) g.sector = sector;
    if (modifierKnown !== undefined) g.modifierKnown = modifierKnown;
    out.push(g);
  }
  return out;
}
