// Eval section: article meta. (a) Seed gold (corpus/seed/*.gold.json, `article`): headline, published,
// updated, exact match. (b) PolNeAR: the headline found in each text against metadata.tsv's title
// (whitespace and final punctuation aside; the texts have no dateline, so no dates are scored).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../read/read-article.js';
import { score, type EvalSection, type Score } from './score.js';

type Tally = { tp: number; fp: number; fn: number };
const FIELDS = ['headline', 'published', 'updated'] as const;

function count(t: Tally, gold: string | null, pred: string | null): boolean {
  if (gold !== null && pred === gold) { t.tp++; return true; }
  if (pred !== null) t.fp++;
  if (gold !== null) t.fn++;
  return false;
}

function seed(shared: string, lines: string[]): Score[] {
  const dir = join(shared, 'corpus', 'seed');
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof FIELDS)[number], Tally>;
  let files = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (!gold.article) continue;
    files++;
    const text = readFileSync(join(dir, gold.file ?? name.replace(/\.gold\.json$/, '.txt')), 'utf8');
    const { meta } = readArticle({ text });
    for (const f of FIELDS) {
      if (!count(tallies[f], gold.article[f] ?? null, meta[f])) lines.push(`${name} ${f}: gold ${JSON.stringify(gold.article[f])}, got ${JSON.stringify(meta[f])}`);
    }
  }
  lines.unshift(`seed articles: ${files}`);
  return FIELDS.map((f) => score(`seed ${f}`, tallies[f].tp, tallies[f].fp, tallies[f].fn));
}

const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/\.(['"\u2019\u201d])$/, '$1').replace(/[\s.;:,]+$/, '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').trim();

function polnear(shared: string, lines: string[]): Score[] {
  const root = join(shared, 'data', 'polnear');
  const tsv = join(root, 'metadata.tsv');
  if (!existsSync(tsv)) return [];
  const [head, ...rows] = readFileSync(tsv, 'utf8').split('\n').filter(Boolean);
  const cols = head.split('\t');
  const [fi, ti] = [cols.indexOf('filename'), cols.indexOf('title')];
  const titles = new Map(rows.map((r) => r.split('\t')).map((r) => [r[fi], r[ti]]));
  const t: Tally = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(root, split, 'text');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const title = titles.get(file.replace(/\.txt$/, ''));
      if (!title) continue;
      const { meta } = readArticle({ text: readFileSync(join(dir, file), 'utf8') });
      if (!count(t, norm(title), meta.headline === null ? null : norm(meta.headline))) misses.push(`${file}: gold ${JSON.stringify(title)}, got ${JSON.stringify(meta.headline)}`);
    }
  }
  lines.push(`PolNeAR headline misses: ${misses.length}`, ...misses.slice(0, 5));
  return [score('polnear headline', t.tp, t.fp, t.fn, 'vs metadata.tsv title')];
}

export const evalMeta: EvalSection = {
  name: 'meta',
  run: (shared) => {
    if (!shared) return { rows: [], lines: ['skipped: ../shared not found'] };
    const lines: string[] = [];
    const rows = [...seed(shared, lines), ...polnear(shared, lines)];
    return { rows, lines };
  },
};
