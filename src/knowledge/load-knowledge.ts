// Loads the compiled knowledge (dist/knowledge/knowledge.json, made by scripts/compile-knowledge.mjs)
// once, lazily, into Maps. Reads the file from the project root, whether running from src/ or dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A known name: type (C country, L place, O organisation, G group, P person), display name, country, sector, dated roles. */
export type KnownEntry = readonly [type: 'C' | 'L' | 'O' | 'G' | 'P', name: string, country: string, sector: string, roles: string];

export type Knowledge = Readonly<{
  /** alpha-3 → [common name, capital, adjective, entry index]. */
  countries: ReadonlyMap<string, readonly [string, string, string, number]>;
  /** Lowercased name key ("organisation for the prohibition of chemical weapons") → entry index. */
  keys: ReadonlyMap<string, number>;
  /** Case-sensitive short capitals ("US", "WHO", "G7") → entry index. */
  acronyms: ReadonlyMap<string, number>;
  /** First word of a key → most words any key starting with it has. */
  firsts: ReadonlyMap<string, number>;
  entries: readonly KnownEntry[];
  /** Demonym adjectives ("russian", "north korean") and peoples ("russians") → alpha-3. */
  adjectives: ReadonlyMap<string, string>;
  peoples: ReadonlyMap<string, string>;
  blocs: ReadonlyMap<string, string>;
  /** Role phrase → sector; `heads` are the role nouns that can stand for a person ("the minister"). */
  roles: ReadonlyMap<string, string>;
  roleFirsts: ReadonlyMap<string, number>;
  /** Every word that occurs in a role phrase, so a role lookup stops at the first word that cannot continue it. */
  roleWords: ReadonlySet<string>;
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
}>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
let cached: Knowledge | null = null;

const map = <V>(o: Record<string, V>) => new Map(Object.entries(o));
/** ["key", 1, "other", 2] → Map: flat pairs parse and load faster than a 30,000-key object. */
function pairs(flat: readonly (string | number)[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < flat.length; i += 2) m.set(flat[i] as string, flat[i + 1] as number);
  return m;
}

/** The knowledge, loaded on first use. Throws when the compiled file is missing (run `node scripts/compile-knowledge.mjs`). */
export function knowledge(): Knowledge {
  if (cached) return cached;
  const file = resolve(ROOT, 'dist', 'knowledge', 'knowledge.json');
  if (!existsSync(file)) throw new Error(`knowledge not compiled: ${file} is missing; run node scripts/compile-knowledge.mjs`);
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const roles = map<string>(raw.roles);
  const roleFirsts = new Map<string, number>();
  const roleWords = new Set<string>();
  const pairFirsts = new Set<string>();
  for (const k of [...Object.keys(raw.adj), ...Object.keys(raw.people)]) if (k.includes(' ')) pairFirsts.add(k.split(' ')[0]);
  const heads = new Set<string>(raw.heads);
  // Only phrases that end in a role noun can label a word ("foreign minister", not "civil war").
  for (const k of roles.keys()) {
    const parts = k.split(' ');
    if (!heads.has(k) && !heads.has(parts[parts.length - 1])) continue;
    for (const p of parts) roleWords.add(p);
    if ((roleFirsts.get(parts[0]) ?? 0) < parts.length) roleFirsts.set(parts[0], parts.length);
  }
  cached = {
    countries: map(raw.countries),
    keys: pairs(raw.keys),
    acronyms: map(raw.acr),
    firsts: pairs(raw.firsts),
    entries: raw.entries,
    adjectives: map(raw.adj),
    peoples: map(raw.people),
    blocs: map(raw.blocs),
    roles,
    roleFirsts,
    roleWords,
    pairFirsts,
    heads,
    roleCountries: map(raw.roleCountries ?? {}),
    honorifics: map(raw.honorifics),
    firstNames: map(raw.firstNames),
    parties: map(raw.parties),
    groupNouns: map(raw.groupNouns),
    suffixes: map(raw.suffixes),
    notNames: new Set(raw.notNames),
  };
  return cached;
}
