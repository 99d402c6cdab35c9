// Parley's shipped knowledge, for any stage. Loaded lazily once from dist/knowledge/ (knowledge.json, knowledge.bin).
//   countryOf("Russian") → "RUS"   (country names, short names, adjectives, peoples, capitals; case-insensitive)
//   sectorOfRole("foreign minister") → "GOV"   (role nouns, singular or plural; "former ..." → "ELI")
//   findIgo("OPCW") → { name, sector: "IGO" }   (intergovernmental bodies; acronyms are case-sensitive)
//   lookupName("White House") → { type, name, country, sector }   (any known name)
//   roleAt(entry, "2017-04-12") → { country, sector }   (dated office holders from the Phoenix dictionaries)
//   fullNameOn(entry, "2016-05-01") → "Barack Obama"   (the full name of a person the text calls "Obama", when no other fits)
import { dayOf, rolesOf, type RolePart } from './dated-roles.js';
import { knowledge, type KnownEntry } from './load-knowledge.js';

export { knowledge } from './load-knowledge.js';
export type { Knowledge, KnownEntry } from './load-knowledge.js';

/**
 * A pure function of a string, remembered: the events stage asks about the same names and role words in
 * every article. Bounded: past 50,000 answers it starts again. `fn` must not return undefined.
 */
function remember<T>(fn: (s: string) => T): (s: string) => T {
  const answers = new Map<string, T>();
  return (s) => {
    let answer = answers.get(s);
    if (answer === undefined) {
      if (answers.size >= 50_000) answers.clear();
      answers.set(copyOf(s), (answer = fn(s)));
    }
    return answer;
  };
}

/** A string of its own: a slice of 13 chars or more would keep its whole article alive in the memo. */
function copyOf(s: string): string {
  if (s.length < 13) return s;
  let copy = '';
  for (let i = 0; i < s.length; i++) copy += s[i];
  return copy;
}

/** Normalises a name the way the compiled keys are made: "U.S. Secretary" → "u s secretary". */
export const keyOf = remember((name: string): string =>
  name.replace(/[’‘]/g, "'").replace(/\./g, '').replace(/,/g, ' ').trim().split(/\s+/).join(' ').toLowerCase());

/** The entry a name stands for, case-sensitive for short capitals. */
export function lookupName(name: string): { type: KnownEntry[0]; name: string; country?: string; sector?: string; index: number } | null {
  const k = knowledge();
  const bare = name.replace(/\./g, '');
  const idx = k.acronyms.get(bare) ?? (bare.length > 3 || name.includes(' ') ? k.keys.get(keyOf(name)) : undefined);
  if (idx === undefined) return null;
  const [type, display, country, sector] = k.entry(idx);
  return { type, name: display || name, index: idx, ...(country ? { country } : {}), ...(sector ? { sector } : {}) };
}

/** ISO alpha-3 for a country name, adjective, people or capital: "Russian", "the UK", "Syrians", "Moscow". */
export const countryOf = remember((name: string): string | null => {
  const k = knowledge();
  const key = keyOf(name.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  const hit = k.adjectives.get(key) ?? k.peoples.get(key);
  if (hit) return hit;
  const entry = lookupName(name.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  return entry?.country ?? null;
});

/** Sector of a role noun or phrase: "minister" → GOV, "generals" → MIL, "former foreign secretary" → ELI. */
export const sectorOfRole = remember((role: string): string | null => {
  const k = knowledge();
  let key = keyOf(role);
  const former = /^(former|ex-?)\s*/.test(key);
  key = key.replace(/^(former|ex-?)\s*/, '');
  const found = k.roles.get(key) ?? k.roles.get(key.replace(/s$/, '')) ?? k.roles.get(key.replace(/ies$/, 'y')) ?? k.groupNouns.get(key) ?? k.roles.get(key.split(' ').at(-1) ?? '');
  if (!found) return null;
  return former && ['GOV', 'LEG', 'MIL', 'JUD'].includes(found) ? 'ELI' : found;
});

/** An intergovernmental body by name or acronym: "OPCW", "United Nations", "the G7". */
export function findIgo(name: string): { name: string; sector: 'IGO' } | null {
  const igo = igoName(name);
  return igo === null ? null : { name: igo, sector: 'IGO' };
}
const igoName = remember((name: string): string | null => {
  const hit = lookupName(name.replace(/^the\s+/i, ''));
  return hit && hit.sector === 'IGO' ? hit.name : null;
});

/**
 * The role a known office holder had on a date ("YYYY-MM-DD"), from the dictionary's dated codes (not to be changed by the caller).
 * A date no role covers takes the undated role; no date takes the undated role, else the open one (held today).
 */
export function roleAt(entry: KnownEntry, date: string | null): Readonly<{ country?: string; sector?: string }> {
  const day = dayOf(date);
  const { parts, own } = rolesOf(entry);
  let best: RolePart | null = null, open: RolePart | null = null;
  for (const p of parts) {
    const dated = Boolean(p.from || p.to);
    if (day && dated && covers(p.from, p.to, day)) return p.role;
    if (!dated) best = p;
    else if (!day && p.from && !p.to) open = p;
  }
  return best ? best.role : open ? open.role : own;
}

/** Does the span of dates [from, to] (either may be missing: open) hold the day? All are YYYYMMDD strings. */
function covers(from: string | undefined | null, to: string | undefined | null, day: string): boolean {
  return (!from || from <= day) && (!to || day <= to);
}

/**
 * Did a known person hold a role of the dictionary on the date: one whose dates cover it, or one with no dates?
 * With no date, an open role (no end, or no dates) answers: "USAGOV:20090120-" yes, "COGGOV:20030101-20040831" no.
 */
export function heldOn(entry: KnownEntry, date: string | null): boolean {
  const day = dayOf(date);
  for (const { heldFrom: from, heldTo: to } of rolesOf(entry).parts) {
    if (!from && !to) return true;
    if (day ? covers(from, to, day) : !to) return true;
  }
  return false;
}

/**
 * Did a known person hold a dated role on the date (an undated one does not count): "USAGOV:19890120-19930120" on
 * "1991-05-01" yes; with no date, no.
 */
export function inOfficeOn(entry: KnownEntry, date: string | null): boolean {
  const day = dayOf(date);
  if (!day) return false;
  for (const { from, to } of rolesOf(entry).parts) if ((from || to) && covers(from, to, day)) return true;
  return false;
}

/**
 * The full name of a person the dictionary also knows by the surname alone ("Obama" → "Barack Obama"), when the
 * person held a role on the date and no other person with that surname did; null otherwise.
 * @example fullNameOn(k.entry(k.keys.get('obama')!), '2016-05-01') // "Barack Obama"
 */
export function fullNameOn(entry: KnownEntry, date: string | null): string | null {
  if (entry[0] !== 'P' || !entry[1] || entry[5] === undefined || !heldOn(entry, date)) return null;
  const k = knowledge();
  for (const r of rolesOf(entry).rivals) if (heldOn(k.entry(r), date)) return null;
  return entry[1];
}
