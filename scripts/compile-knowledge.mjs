// Compiles the knowledge data (src/knowledge/data/*.tsv and npm world-countries) into dist/knowledge/:
// knowledge.json (word lists and small tables) and knowledge.bin (the 34,000 name keys and 30,000 entries
// as typed arrays, so that loading them parses nothing), read by src/knowledge/load-knowledge.ts. Plain Node ESM.
// Keys are lowercased word sequences (full stops dropped, curly apostrophes straightened); names written
// in capitals of up to five letters ("US", "WHO") go to a case-sensitive table instead.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(root, 'src', 'knowledge', 'data');
const rows = (file) => readFileSync(resolve(dataDir, file), 'utf8').split(/\r?\n/)
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
const words = (file) => readFileSync(resolve(dataDir, file), 'utf8').split(/\r?\n/)
  .filter((l) => !l.startsWith('#')).join(' ').split(/\s+/).filter(Boolean);

/** "U.S. Secretary-General" → "us secretary-general"; the key every lookup uses. */
export function keyOf(name) {
  return name.replace(/[’‘]/g, "'").replace(/\./g, '').replace(/,/g, ' ').trim().split(/\s+/).join(' ').toLowerCase();
}
const isAcronym = (n) => /^[A-Z][A-Z0-9.&-]{1,5}$/.test(n.replace(/\./g, '')) && n.replace(/\./g, '').length <= 5;

const entries = [];           // [type, name, country, sector, roles]
const keys = Object.create(null);
const acr = Object.create(null);
const add = (entry, names, { overwrite = false, acronyms = true } = {}) => {
  const idx = entries.push(entry) - 1;
  for (const n of names) {
    if (!n) continue;
    if (acronyms && isAcronym(n)) { if (overwrite || !(n.replace(/\./g, '') in acr)) acr[n.replace(/\./g, '')] = idx; continue; }
    const k = keyOf(n);
    // "US" / "Us": lowercase keys of up to three letters would match common words ("us", "who").
    if (k.length < 4 && !k.includes(' ')) continue;
    if (overwrite || !(k in keys)) keys[k] = idx;
  }
  return idx;
};

// Countries: world-countries (ODbL) plus Parley's extra names and demonyms.
const require = createRequire(import.meta.url);
const world = require(resolve(root, 'node_modules', 'world-countries', 'countries.json'));
const countries = Object.create(null);
const adj = Object.create(null);
const people = Object.create(null);
const extra = new Map(rows('countries-extra.tsv').map((r) => [r[0], r]));
// "Island" (Iceland), "Mann" (the Isle of Man): alternative spellings that are English words or surnames name no country.
const notCountryNames = new Set(words('not-country-names.txt'));
const independent = new Set(world.filter((c) => c.independent !== false).map((c) => c.cca3));
const area = new Map(world.map((c) => [c.cca3, c.area ?? 0]));
for (const c of world) {
  const x = extra.get(c.cca3);
  const demonym = c.demonyms?.eng?.m ?? '';
  const names = [c.name.common, c.name.official, ...(x ? x[1].split('|') : []), ...c.altSpellings.filter((s) => s !== c.cca2 && (s.length > 3 || isAcronym(s)) && !notCountryNames.has(s))];
  const idx = add(['C', x ? c.name.common : c.name.common, c.cca3, '', ''], names, { overwrite: true });
  const capital = c.capital?.[0];
  if (capital) add(['L', capital, c.cca3, '', ''], [capital]);
  countries[c.cca3] = [c.name.common, capital ?? '', (x?.[2].split('|')[0]) || demonym, idx];
  // "Indian", "Norwegian", "American": a territory that shares a country's demonym (British Indian Ocean Territory,
  // Svalbard, the Northern Marianas) never takes it from the country, whichever the list names first; of two
  // countries, the larger keeps it ("Dominican": the Dominican Republic, not Dominica; "Congolese": DR Congo).
  const rank = (c3) => (independent.has(c3) ? 1e9 : 0) + (area.get(c3) ?? 0);
  const mayTake = (table, key) => !(key in table) || rank(c.cca3) > rank(table[key]);
  for (const a of [demonym, ...(x ? x[2].split('|') : [])]) if (a && !isAcronym(a) && mayTake(adj, keyOf(a))) adj[keyOf(a)] = c.cca3;
  for (const p of x ? x[3].split('|') : demonym ? [demonym + 's'] : []) if (p && mayTake(people, keyOf(p))) people[keyOf(p)] = c.cca3;
}
// Hand-written organisations and places win over the converted dictionaries.
for (const [names, type, country = '', sector = ''] of rows('orgs.tsv')) {
  const list = names.split('|');
  add([type === 'organization' ? 'O' : 'G', list[0], country, sector, ''], list, { overwrite: true });
}
for (const [names, country = ''] of rows('places.tsv')) {
  const list = names.split('|');
  add(['L', list[0], country, '', ''], list, { overwrite: true });
}
// Every US state is a place in the USA ("Wisconsin" was in no list); a country's name stays the country's ("Georgia").
for (const state of new Set(rows('us-states.tsv').map((r) => r[1]))) if (!(keyOf(state) in keys)) add(['L', state, 'USA', '', ''], [state]);
// Phoenix actors (MIT): places inside countries, organisations, dated office holders.
const honor = new Map(rows('honorifics.tsv').map((r) => [r[0], r]));
const roleRows = rows('roles.tsv');
const titleWords = new Set([...honor.keys(), ...roleRows.map((r) => r[0].split(' ')[0]), 'former', 'ex', 'the', 'a']);
const cap = (s) => s.toLowerCase().replace(/(^|[\s-])([a-z])/g, (m, a, b) => a + b.toUpperCase()).replace(/\b(Al|El|Bin|Ibn|Of|The|And|For|De|Van|Von)\b/g, (w) => (/^(Of|The|And|For)$/.test(w) ? w.toLowerCase() : w));
/**
 * A person's name to show, from the dictionaries' capitals: "MITCH MCCONNELL" → "Mitch McConnell", "MARTIN O'MALLEY" →
 * "Martin O'Malley", "BASHAR AL ASSAD" → "Bashar al-Assad", "JD VANCE" → "JD Vance".
 */
const SMALL = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den']);
const personName = (n) => n.replace(/\b(AL|EL) /g, '$1-').toLowerCase().split(' ').map((w, i) => {
  if (/^(ii|iii|iv)$/.test(w) || /^[b-df-hj-np-tv-z]{2}$/.test(w)) return w.toUpperCase();
  if (i > 0 && SMALL.has(w.split('-')[0]) && w.includes('-')) return w.replace(/-(\p{L})/u, (m, c) => '-' + c.toUpperCase());
  if (i > 0 && SMALL.has(w)) return w;
  return w.replace(/(^|[-'’])(\p{L})/gu, (m, a, c) => a + c.toUpperCase()).replace(/^Mc(\p{L})/u, (m, c) => 'Mc' + c.toUpperCase());
}).join(' ');
/** People by the last word of each of their names; people shown by their surname alone, with that surname. */
const surnames = Object.create(null), known = [];
const headPhrases = roleRows.filter((r) => (r[2] ?? '').includes('h')).map((r) => ` ${r[0]} `);
for (const [type, country, sector, roles, names] of rows('actors.tsv')) {
  const list = names.split('|').filter((n) => {
    const first = n.toLowerCase().split(/[\s-]/)[0].replace(/\./g, '');
    const padded = ` ${keyOf(n)} `;
    // "US SECRETARY OF STATE", "ASSAD REGIME": a role or a regime is not a name of its own here.
    if (type !== 'location' && (headPhrases.some((h) => padded.includes(h)) || / (regime|government|forces) $/.test(padded))) return false;
    return !titleWords.has(first) && !(keyOf(n) in adj) && !(keyOf(n) in people);
  });
  if (!list.length) continue;
  // A country's block lists its cities and regions: each becomes a place of its own in that country.
  if (type === 'location') { for (const n of list.slice(1)) add(['L', cap(n), country, '', ''], [n], { acronyms: false }); continue; }
  // Office holders whose every dated role ended before 1990 rarely appear in today's news: left out to keep start-up fast.
  if (type === 'person' && roles) {
    const ends = roles.split(',').map((r) => r.split(':')[1] ?? '').filter((r) => /\d/.test(r));
    if (ends.length && ends.every((r) => { const to = r.split('-')[1]; return to && to < '19900101'; })) continue;
  }
  const t = type === 'person' ? 'P' : 'O';
  const variants = [];
  for (const n of list) {
    variants.push(n);
    // "BASHAR AL ASSAD" is written "Bashar Assad" in most English news.
    // … and "Bashar al-Assad" in the rest.
    if (t === 'P' && /\b(AL|EL)[\s-]/.test(n)) variants.push(n.replace(/\b(AL|EL)[\s-]/g, ''), n.replace(/\b(AL|EL) /g, '$1-'));
  }
  const kept = t === 'P' ? variants.filter((n) => n.includes(' ') || n.length >= 5) : variants;
  // "OBAMA" is a name of "BARACK OBAMA": a person known by the surname alone keeps the full name to show.
  const full = t === 'P' ? list.find((n) => n.includes(' ')) : undefined;
  const bare = full && kept.find((n) => !n.includes(' ') && n === full.split(' ').at(-1));
  // The dictionaries write every name in capitals, so a short one matches only when the text writes it in capitals too.
  // Every person has a name to show, so "Vladimir Vladimirovich Putin" is shown as "Vladimir Putin" in every article.
  const idx = add([t, t === 'P' ? (full ? personName(full) : '') : cap(list[0]), country, sector, roles], kept, { acronyms: t === 'O' });
  if (t === 'P') for (const n of kept) { const last = keyOf(n).split(' ').at(-1); (surnames[last] ??= new Set()).add(idx); }
  if (bare) known.push([idx, keyOf(bare)]);
}
// Parley's own list of people prominent since about 2010 (people-extra.tsv): a person the Phoenix actors know by
// one of its names keeps that entry, with the list's country, sector and dated roles and its other names; the
// rest are new entries. Its names are all full names, so they point at the person whatever held them before.
// Such an entry has no sector of its own, which would win over the dated roles. An article with no date takes the
// undated role, else the open one (today's); a row with neither gets its sector column as an undated role.
for (const [, country, sector, roles, names] of rows('people-extra.tsv')) {
  const list = names.split('|');
  const old = list.map((n) => keys[keyOf(n)]).find((i) => i !== undefined && entries[i][0] === 'P');
  const dated = roles.split(',').some((r) => /:(\d*)-?$/.test(r)) ? roles : `${roles},${country}${sector}:-`;
  const idx = old ?? entries.push(['P', personName(list[0]), country, '', dated]) - 1;
  if (old !== undefined) entries[old].splice(1, 4, personName(list[0]), country, '', dated);
  for (const n of list) keys[keyOf(n)] = idx;
  if (old === undefined) { const last = keyOf(list[0]).split(' ').at(-1); (surnames[last] ??= new Set()).add(idx); }
}
// The other people a surname may mean ("Alphonse Obama" for "Obama"), by entry index: the last field of an entry shown by its surname.
for (const [idx, last] of known) entries[idx].push([...surnames[last]].filter((x) => x !== idx).join(','));

// The longest key (in words) starting with each first word, so a lookup knows when to stop.
const firsts = Object.create(null);
for (const k of Object.keys(keys)) {
  const parts = k.split(' ');
  if ((firsts[parts[0]] ?? 0) < parts.length) firsts[parts[0]] = parts.length;
}
/** FNV-1a over UTF-16 code units: the hash src/knowledge/name-table.ts looks keys up by. */
function hashOf(key) {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}
/** A NameTable's arrays for an object of string → int: slots (at most half full), starts, values, chars. */
function table(obj) {
  const keys = Object.keys(obj);
  let cells = 16;
  while (cells < keys.length * 2) cells <<= 1;
  const slots = new Int32Array(cells), starts = new Int32Array(keys.length + 1);
  keys.forEach((k, i) => {
    starts[i + 1] = starts[i] + k.length;
    let p = hashOf(k) & (cells - 1);
    while (slots[p] !== 0) p = (p + 1) & (cells - 1);
    slots[p] = i + 1;
  });
  // Code units padded to an even count, so every array after them starts 4-byte aligned.
  const chars = new Uint16Array(starts[keys.length] + (starts[keys.length] & 1));
  keys.forEach((k, i) => { for (let x = 0; x < k.length; x++) chars[starts[i] + x] = k.charCodeAt(x); });
  return { head: [keys.length, cells, chars.length], arrays: [slots, starts, Int32Array.from(Object.values(obj)), chars] };
}
/** Bits of the prefix filter: 2^20, about 3% of them set. */
const PREFIX_BITS = 1 << 20;
/**
 * A bit per hash of each start of two words or more that a longer key has ("united nations" of "united
 * nations security council"), so a name lookup stops where no key goes on. A phrase whose bit is set may
 * still be no such start: the lookup then walks on, as it would without the filter.
 */
function prefixFilter() {
  const bits = new Int32Array(PREFIX_BITS >> 5);
  for (const k of Object.keys(keys)) {
    const parts = k.split(' ');
    for (let n = 2, start = parts[0] + ' ' + parts[1]; n < parts.length; start += ' ' + parts[n++]) {
      const x = hashOf(start) & (PREFIX_BITS - 1);
      bits[x >> 5] |= 1 << (x & 31);
    }
  }
  return bits;
}
/**
 * knowledge.bin, little-endian: eight int32 (magic, then for keys and first words: count, slots, code
 * units; then the entry count), the two tables' arrays (slots, starts, values, code units), the prefix
 * filter (2^20 bits), the entries' UTF-8 byte starts and their UTF-8 text. An entry is its fields joined by "|" (no field holds one).
 */
function packNames() {
  const keyTable = table(keys), firstTable = table(firsts);
  const texts = entries.map((e) => Buffer.from(e.join('|'), 'utf8'));
  const entryStarts = new Int32Array(entries.length + 1);
  texts.forEach((t, i) => { entryStarts[i + 1] = entryStarts[i] + t.length; });
  const head = Int32Array.from([0x314c5250, ...keyTable.head, ...firstTable.head, entries.length]);
  const parts = [head, ...keyTable.arrays, ...firstTable.arrays, prefixFilter(), entryStarts].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  return Buffer.concat([...parts, ...texts]);
}
const out = {
  version: 2,
  countries, adj, people, acr,
  blocs: Object.fromEntries(rows('blocs.tsv').map((r) => [keyOf(r[0]), r[1] ?? ''])),
  roles: Object.fromEntries([...rows('agents.tsv').filter((r) => !r[0].includes(' ') || r[0].split(' ').length <= 3), ...roleRows].map((r) => [keyOf(r[0]), r[1]])),
  roleCountries: Object.fromEntries(roleRows.filter((r) => r[3]).map((r) => [keyOf(r[0]), r[3]])),
  heads: roleRows.filter((r) => (r[2] ?? '').includes('h')).map((r) => keyOf(r[0])),
  honorifics: Object.fromEntries([...honor].map(([w, r]) => [w, [r[1] ?? '', r[2] ?? '', r[3] ?? 'hon']])),
  firstNames: Object.fromEntries(rows('first-names.tsv').map((r) => [r[0].toLowerCase(), r[1]])),
  parties: Object.fromEntries(rows('parties.tsv').map((r) => [keyOf(r[0]), [r[1], r[2]]])),
  groupNouns: Object.fromEntries(rows('group-nouns.tsv').map((r) => [r[0], r[1] ?? ''])),
  suffixes: Object.fromEntries(rows('suffixes.tsv').map((r) => [r[0], [r[1], r[2] ?? '']])),
  notNames: words('not-names.txt'),
  // By the key without full stops ("nh", "ga"), and the forms with a stop inside also as written, lowercased ("n.h."), so
  // "L.A." or "V.A." (Los Angeles, Veterans Affairs) is not taken for a state ("La.", "Va.").
  usStates: Object.fromEntries(rows('us-states.tsv').flatMap((r) => [[keyOf(r[0]), r[1]], ...(/\.\w/.test(r[0]) ? [[r[0].toLowerCase(), r[1]]] : [])])),
};
if (entries.some((e) => e.some((f) => f.includes('|')))) throw new Error('an entry field holds "|", the packed field separator');
mkdirSync(resolve(root, 'dist', 'knowledge'), { recursive: true });
const json = JSON.stringify(out), bin = packNames();
writeFileSync(resolve(root, 'dist', 'knowledge', 'knowledge.json'), json);
writeFileSync(resolve(root, 'dist', 'knowledge', 'knowledge.bin'), bin);
console.log(`knowledge: ${entries.length} entries, ${Object.keys(keys).length} keys, ${Object.keys(acr).length} acronyms, ${((json.length + bin.length) / 1e6).toFixed(2)} MB`);
