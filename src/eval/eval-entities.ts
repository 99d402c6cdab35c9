// Eval section: people (found, title, country, sector), organisations and places on the seed gold, and
// actor coverage on events-dev: the coders' named Source/Target spans that an entity mention covers.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../analyze/analyze.js';
import type { Doc, Entity } from '../doc/types.js';
import { countryOf, knowledge } from '../knowledge/index.js';
import { score, type EvalResult, type EvalSection, type Score } from './score.js';

type GoldPerson = { name: string; mentions: string[]; title?: string; country?: string; sector?: string };
type Gold = { article: { published?: string }; people: GoldPerson[]; organisations: { name: string }[]; places: string[] };

const norm = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter((x) => x && !['of', 'the', 'to'].includes(x));
/** Title words with countries folded to codes: "Syria's President" and "President of Syria" agree. */
const titleSet = (s: string) => new Set(norm(s).map((x) => countryOf(x) ?? x));
function titleAgrees(gold: string, got: string | undefined): boolean {
  if (!got) return false;
  const g = titleSet(gold), p = titleSet(got);
  const roleWords = [...g].filter((x) => !/^[A-Z]{3}$/.test(x));
  return roleWords.length > 0 && roleWords.every((x) => p.has(x));
}

function seed(shared: string): { rows: Score[]; lines: string[] } {
  const dir = resolve(shared, 'corpus', 'seed');
  const gold: Gold = JSON.parse(readFileSync(resolve(dir, 'tillerson-moscow-2017.gold.json'), 'utf8'));
  const text = readFileSync(resolve(dir, 'tillerson-moscow-2017.txt'), 'utf8');
  const doc = analyze({ text, published: gold.article.published });
  const people = doc.entities.filter((e) => e.type === 'person');
  const lines: string[] = [];
  let found = 0, title = 0, country = 0, sector = 0;
  const matched = new Set<Entity>();
  for (const g of gold.people) {
    const last = g.name.split(' ').at(-1)!.toLowerCase();
    const e = people.find((p) => p.name.toLowerCase().split(' ').at(-1) === last);
    if (!e) { lines.push(`missed person: ${g.name}`); continue; }
    matched.add(e); found++;
    if (g.title && titleAgrees(g.title, e.title)) title++; else lines.push(`title ${g.name}: gold "${g.title}", got "${e.title ?? ''}"`);
    if (g.country === e.country) country++; else lines.push(`country ${g.name}: gold ${g.country}, got ${e.country ?? '-'}`);
    if (g.sector === e.sector) sector++; else lines.push(`sector ${g.name}: gold ${g.sector}, got ${e.sector ?? '-'}`);
  }
  const extra = people.filter((p) => !matched.has(p));
  for (const p of extra) lines.push(`extra person: ${p.name}`);
  const headline = doc.meta.headlineSpan;
  const n = gold.people.length;
  const named = (list: readonly string[], types: readonly string[]) => {
    let tp = 0;
    for (const name of list) {
      const key = norm(name).join(' ');
      const ok = doc.entities.some((e) => types.includes(e.type) && (norm(e.name).join(' ').includes(key) || e.mentions.some((m) => norm(doc.text.slice(m.start, m.end)).join(' ') === key)));
      if (ok) tp++; else lines.push(`missed ${types[0]}: ${name}`);
    }
    return tp;
  };
  const orgTp = named(gold.organisations.map((o) => o.name), ['organization', 'group']);
  const placeTp = named(gold.places, ['location']);
  const orgs = doc.entities.filter((e) => e.type === 'organization').length;
  const places = doc.entities.filter((e) => e.type === 'location').length;
  if (headline) lines.push(`headline span from reader: ${headline.start}-${headline.end}`);
  return {
    rows: [
      score('seed people found', found, extra.length, n - found),
      score('seed people title', title, found - title, n - title),
      score('seed people country', country, found - country, n - country),
      score('seed people sector', sector, found - sector, n - sector),
      score('seed organisations', orgTp, Math.max(0, orgs - orgTp), gold.organisations.length - orgTp),
      score('seed places', placeTp, Math.max(0, places - placeTp), gold.places.length - placeTp),
    ],
    lines,
  };
}

type Record = { id: string; text: string; annotations: { entities: { label: string; text: string; start: number }[] }[] };

/** A coder span is named when it holds a capitalised word past the sentence start, a known name or a demonym. */
function isNamed(text: string, start: number, end: number): boolean {
  const k = knowledge();
  const re = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
  const span = text.slice(start, end);
  for (let m = re.exec(span); m; m = re.exec(span)) {
    const word = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    const at = start + m.index;
    const low = word.toLowerCase();
    if (k.adjectives.has(low) || k.peoples.has(low)) return true;
    if (!/^\p{Lu}/u.test(word)) continue;
    const before = text.slice(Math.max(0, at - 3), at);
    const sentenceStart = at === 0 || /[.!?"“]\s*$/.test(before) || /\n\s*$/.test(before);
    if (!sentenceStart || k.keys.has(low) || k.acronyms.has(word) || /\p{Lu}/u.test(word.slice(1))) return true;
  }
  return false;
}

function coverage(shared: string): { rows: Score[]; lines: string[] } {
  const file = resolve(shared, 'data', 'events-dev', 'multicoder-rounds-1-7.jsonl');
  if (!existsSync(file)) return { rows: [], lines: ['events-dev not found: coverage skipped'] };
  let spans = 0, covered = 0, coveredActor = 0;
  const misses = new Map<string, number>();
  let t = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r: Record = JSON.parse(line);
    const t0 = performance.now();
    const doc: Doc = analyze({ id: r.id, text: r.text });
    t += performance.now() - t0;
    const seen = new Set<string>();
    for (const a of r.annotations) for (const s of a.entities) {
      if (!/^(Source|Target)/.test(s.label)) continue;
      const end = s.start + s.text.length;
      if (r.text.slice(s.start, end) !== s.text || seen.has(`${s.start}:${end}`)) continue;
      seen.add(`${s.start}:${end}`);
      if (!isNamed(r.text, s.start, end)) continue;
      spans++;
      const hits = doc.entities.filter((e) => e.mentions.some((m) => m.start < end && s.start < m.end));
      if (hits.length) covered++; else misses.set(s.text, (misses.get(s.text) ?? 0) + 1);
      if (hits.some((e) => e.type !== 'location' || e.country)) coveredActor++;
    }
  }
  const lines = [`events-dev named Source/Target spans: ${spans}, covered by an actor entity (person, organisation, group, or a place with its country): ${coveredActor} (${((coveredActor / spans) * 100).toFixed(1)}%); by any entity: ${covered}`,
    `analyze() on these records: ${(t / 700).toFixed(3)} ms per record on average (whole pipeline, first call loads the knowledge)`,
    `most frequent misses: ${[...misses].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([x, n]) => `${x} (${n})`).join('; ')}`];
  return { rows: [score('events-dev named actor coverage', coveredActor, 0, spans - coveredActor, 'recall of coder spans')], lines };
}

export const evalEntities: EvalSection = {
  name: 'entities',
  run: (shared): EvalResult => {
    if (!shared) return { rows: [], lines: ['../shared not found: skipped'] };
    const a = seed(shared), b = coverage(shared);
    return { rows: [...a.rows, ...b.rows], lines: [...a.lines, ...b.lines] };
  },
};
