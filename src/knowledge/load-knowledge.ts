// Loads the compiled knowledge (dist/knowledge/knowledge.json and knowledge.bin, made by
// scripts/compile-knowledge.mjs) once, lazily: word lists into Maps, names into packed tables whose
// entries are made one by one on first use. Reads from the project root, whether running from src/ or dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NameTable, PhraseFilter } from './name-table.js';

/**
 * A known name: type (C country, L place, O organisation, G group, P person), display name, country, sector, dated roles;
 * for a person the dictionary also knows by the surname alone ("Obama"), the display name is the full name and
 * `rivals` the entry indices of the other people with that surname ("4903,6516").
 */
export type KnownEntry = readonly [type: 'C' | 'L' | 'O' | 'G' | 'P', name: string, country: string, sector: string, roles: string, rivals?: string];

export type Knowledge = Readonly<{
  /** alpha-3 → [common name, capital, adjective, entry index]. */
  countries: ReadonlyMap<string, readonly [string, string, string, number]>;
  /** Lowercased name key ("organisation for the prohibition of chemical weapons") → entry index. */
  keys: NameTable;
  /** Case-sensitive short capitals ("US", "WHO", "G7") → entry index. */
  acronyms: ReadonlyMap<string, number>;
  /** First word of a key → most words any key starting with it has. */
  firsts: NameTable;
  /** Starts of two words or more of longer keys ("united nations"); may say yes wrongly, never no. */
  keyStarts: PhraseFilter;
  /** The entry at an index (from `keys`, `acronyms` or `countries`). */
  entry: (index: number) => KnownEntry;
  /** Demonym adjectives ("russian", "north korean") and peoples ("russians") → alpha-3. */
  adjectives: ReadonlyMap<string, string>;
  peoples: ReadonlyMap<string, string>;
  blocs: ReadonlyMap<string, string>;
  /** Role phrase → sector; `heads` are the role nouns that can stand for a person ("the minister"). */
  roles: ReadonlyMap<string, string>;
  roleFirsts: ReadonlyMap<string, number>;
  /** Every word that occurs in a role phrase, so a role lookup stops at the first word that cannot continue it. */
  roleWords: ReadonlySet<string>;
  /** Starts of two words or more of longer role phrases ("foreign affairs" of "foreign affairs minister"). */
  roleStarts: ReadonlySet<string>;
  /** Two-word roles by their second word, then their first: "government official" → official → government → GOV. */
  rolePairs: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** First words of two-word demonyms ("north korean", "south africans"). */
  pairFirsts: ReadonlySet<string>;
  heads: ReadonlySet<string>;
  /** Roles that name their country ("foreign secretary" → GBR). */
  roleCountries: ReadonlyMap<string, string>;
  honorifics: ReadonlyMap<string, readonly [gender: string, sector: string, kind: string]>;
  firstNames: ReadonlyMap<string, string>;
  parties: ReadonlyMap<string, readonly [country: string, party: string]>;
  groupNouns: ReadonlyMap<string, string>;
  suffixes: ReadonlyMap<string, readonly [type: string, sector: string]>;
  notNames: ReadonlySet<string>;
  /** US state abbreviations of wire datelines, keyed like names ("calif", "ny") → the state. */
  usStates: ReadonlyMap<string, string>;
}>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
let cached: Knowledge | null = null;

/** An object's entries as a Map, with no array of pairs made on the way. */
function map<V>(o: Record<string, V>): Map<string, V> {
  const m = new Map<string, V>();
  for (const key in o) m.set(key, o[key]);
  return m;
}
/** Magic number of knowledge.bin ("PRL1" little-endian) and the bits of its prefix filter. */
const MAGIC = 0x314c5250, PREFIX_BITS = 1 << 20;

/** The names of knowledge.bin as views of the file's bytes (layout in scripts/compile-knowledge.mjs). */
function names(file: string): Pick<Knowledge, 'keys' | 'firsts' | 'keyStarts' | 'entry'> {
  const read = readFileSync(file);
  // Typed views need 4-byte alignment: a large read has a buffer of its own, but copy when it has not.
  const buf = read.byteOffset % 4 === 0 ? read : Buffer.from(read);
  const head = new Int32Array(buf.buffer, buf.byteOffset, 8);
  if (head[0] !== MAGIC) throw new Error(`${file} is not a compiled knowledge file; run node scripts/compile-knowledge.mjs`);
  let at = buf.byteOffset + 32;
  const ints = (n: number) => { const a = new Int32Array(buf.buffer, at, n); at += n * 4; return a; };
  const table = (n: number, cells: number, units: number) => {
    const slots = ints(cells), starts = ints(n + 1), values = ints(n);
    const chars = new Uint16Array(buf.buffer, at, units);
    at += units * 2;
    return new NameTable(slots, starts, values, chars);
  };
  const keys = table(head[1], head[2], head[3]), firsts = table(head[4], head[5], head[6]);
  const keyStarts = new PhraseFilter(ints(PREFIX_BITS >> 5));
  const count = head[7], starts = ints(count + 1), text = at - buf.byteOffset;
  // An entry is made from its bytes the first time it is asked for.
  const made: KnownEntry[] = new Array(count);
  const entry = (i: number): KnownEntry => {
    if (!(i >= 0 && i < count)) throw new Error(`no knowledge entry ${i}`);
    return (made[i] ??= buf.toString('utf8', text + starts[i], text + starts[i + 1]).split('|') as unknown as KnownEntry);
  };
  return { keys, firsts, keyStarts, entry };
}

/** The knowledge, loaded on first use. Throws when the compiled files are missing (run `node scripts/compile-knowledge.mjs`). */
export function knowledge(): Knowledge {
  if (cached) return cached;
  const file = resolve(ROOT, 'dist', 'knowledge', 'knowledge.json'), bin = resolve(ROOT, 'dist', 'knowledge', 'knowledge.bin');
  for (const f of [file, bin]) if (!existsSync(f)) throw new Error(`knowledge not compiled: ${f} is missing; run node scripts/compile-knowledge.mjs`);
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const roles = map<string>(raw.roles);
  const roleFirsts = new Map<string, number>();
  const roleWords = new Set<string>();
  const roleStarts = new Set<string>();
  const pairFirsts = new Set<string>();
  for (const k of [...Object.keys(raw.adj), ...Object.keys(raw.people)]) if (k.includes(' ')) pairFirsts.add(k.split(' ')[0]);
  const heads = new Set<string>(raw.heads);
  // Only phrases that end in a role noun can label a word ("foreign minister", not "civil war").
  const rolePairs = new Map<string, Map<string, string>>();
  for (const [k, sector] of roles) {
    const parts = k.split(' ');
    if (parts.length === 2) { let m = rolePairs.get(parts[1]); if (!m) rolePairs.set(parts[1], (m = new Map())); m.set(parts[0], sector); }
    for (let n = 2, start = parts[0] + ' ' + parts[1]; n < parts.length; start += ' ' + parts[n++]) roleStarts.add(start);
    if (!heads.has(k) && !heads.has(parts[parts.length - 1])) continue;
    for (const p of parts) roleWords.add(p);
    if ((roleFirsts.get(parts[0]) ?? 0) < parts.length) roleFirsts.set(parts[0], parts.length);
  }
  cached = {
    ...names(bin),
    countries: map(raw.countries),
    acronyms: map(raw.acr),
    adjectives: map(raw.adj),
    peoples: map(raw.people),
    blocs: map(raw.blocs),
    roles,
    roleFirsts,
    roleWords,
    roleStarts,
    rolePairs,
    pairFirsts,
    heads,
    roleCountries: map(raw.roleCountries ?? {}),
    honorifics: map(raw.honorifics),
    firstNames: map(raw.firstNames),
    parties: map(raw.parties),
    groupNouns: map(raw.groupNouns),
    suffixes: map(raw.suffixes),
    notNames: new Set(raw.notNames),
    usStates: map(raw.usStates ?? {}),
  };
  return cached;
}
