// Names the text itself offers when no entity covers a mention: capitalised runs with their titles
// stripped ("former foreign secretary Sir Malcolm Rifkind" → "Malcolm Rifkind"), indexed by surname
// so "Mr Tillerson" finds "Rex Tillerson". A fallback for the entities stage, not a replacement.
import { K, isCap, tokText, type Toks } from './scan-tokens.js';
import { HONORIFIC } from './lexicon.js';

const ORG_WORDS = new Set(`house party department ministry office council committee commission agency post times news
network service union bank court police campaign government administration group association institute
university company inc corp foundation organisation organization center centre senate congress parliament
assembly board bureau fund forces army navy force league front movement coalition alliance journal press
tribune herald guardian telegraph daily magazine channel cnn bbc fbi cia nato un eu g7 g20 kremlin pentagon`.split(/\s+/));

export type NameInfo = { name: string; gender?: 'm' | 'f'; org: boolean; single: boolean };

/** Name of the capitalised run ending at token e-1 within [s, e); null when there is none. */
export function nameOfRun(toks: Toks, s: number, e: number): NameInfo | null {
  let b = e;
  while (b > s && (isCap(toks, b - 1) || (toks.kind[b - 1] === K.Word && /^\d/.test(toks.lower[b - 1]) && b - 1 > s && isCap(toks, b - 2)))) b--;
  if (b === e) return null;
  let gender: 'm' | 'f' | undefined;
  while (b < e - 1 && (toks.lower[b] === 'the' || toks.lower[b] === 'a')) b++;
  let from = b;
  for (let t = b; t < e; t++) {
    const h = HONORIFIC.get(toks.lower[t]) ?? HONORIFIC.get(toks.lower[t].replace(/\.$/, ''));
    if (h !== undefined && t < e - 1) { from = t + 1; if (h) gender = h as 'm' | 'f'; }
  }
  const words: string[] = [];
  let org = false;
  for (let t = from; t < e; t++) {
    const w = tokText(toks, t);
    words.push(w);
    if (ORG_WORDS.has(toks.lower[t])) org = true;
  }
  return { name: words.join(' ').replace(/['’]s$/, ''), gender, org, single: words.length === 1 };
}

/** Surname (lowercased) → full name, from every run of two or more capitalised words in the text. */
export function indexNames(toks: Toks): Map<string, NameInfo> {
  const index = new Map<string, NameInfo>();
  let t = 0;
  while (t < toks.n) {
    if (!isCap(toks, t)) { t++; continue; }
    let e = t;
    while (e < toks.n && isCap(toks, e) && toks.para[e] === toks.para[t]) e++;
    const info = e - t >= 2 ? nameOfRun(toks, t, e) : null;
    if (info && !info.single && !info.org) {
      const last = info.name.split(' ').pop()!.toLowerCase();
      const known = index.get(last);
      if (!known) index.set(last, info);
      else if (!known.gender && info.gender) index.set(last, { ...known, gender: info.gender });
    }
    t = e;
  }
  return index;
}
