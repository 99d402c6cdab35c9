// Eval section: quotes. (a) The seed article's 13 gold quotes and 8 reported statements: span match
// (token overlap ≥ 0.5 of the union, or exact) and speaker name. (b) PolNeAR dev (held out) and train
// (development): content, cue and source scores for all attributions and the speech-only subset.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze/analyze.js';
import { findQuotes } from '../quotes/find-quotes.js';
import type { Quote } from '../doc/types.js';
import { score, type Score } from './score.js';
import type { EvalSection } from './score.js';
import { readSplit } from './polnear/read-brat.js';
import { newTally, scoreText, tallyRows } from './polnear/score-attributions.js';
import { tokensIn, wordTokens } from './polnear/word-tokens.js';

type GoldItem = { span: [number, number]; speaker: string; kind: string };

let fallbacks = 0;
// The whole pipeline, as users run it; if another stage throws (a helper mid-change), the quote
// stage still runs on the bare text, without entities, and the count is printed.
function quotesOf(id: string, text: string): readonly Quote[] {
  try {
    return analyze({ id, text }).quotes;
  } catch {
    fallbacks++;
    const bare = { id, text, meta: { headline: null, published: null, updated: null }, paragraphs: [], sentences: [], tokens: [], entities: [], quotes: [], events: [], diagnostics: [] };
    return findQuotes(bare, {}).quotes;
  }
}

/** Names agree exactly (case, "the", honorifics aside) or leniently (one's words hold the other's). */
export function sameName(a: string | undefined, b: string): { exact: boolean; lenient: boolean } {
  const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);
  if (!a) return { exact: false, lenient: false };
  const x = norm(a), y = norm(b);
  const exact = x.join(' ') === y.join(' ');
  const within = (p: string[], q: string[]) => p.every((w) => q.some((v) => v === w || (w.length > 4 && v.startsWith(w.slice(0, -1)))));
  return { exact, lenient: exact || within(x, y) || within(y, x) };
}

function seed(shared: string): { rows: Score[]; lines: string[] } {
  const dir = join(shared, 'corpus', 'seed');
  const gold = JSON.parse(readFileSync(join(dir, 'tillerson-moscow-2017.gold.json'), 'utf8'));
  const text = readFileSync(join(dir, gold.file), 'utf8');
  const doc = { quotes: quotesOf('seed', text) };
  const words = wordTokens(text);
  const predTokens = doc.quotes.map((q) => tokensIn(text, words, [q], false));
  const rows: Score[] = [];
  const lines: string[] = [];
  for (const [label, items] of [['quotes', gold.quotes], ['reported', gold.reported]] as [string, GoldItem[]][]) {
    let matched = 0, exactName = 0, lenientName = 0;
    const used = new Set<number>();
    for (const g of items) {
      const gt = tokensIn(text, words, [{ start: g.span[0], end: g.span[1] }], false);
      let best = -1, bestJ = 0;
      doc.quotes.forEach((q: Quote, i) => {
        let n = 0; for (const x of predTokens[i]) if (gt.has(x)) n++;
        const j = n / (gt.size + predTokens[i].size - n);
        if (j > bestJ && !used.has(i)) { bestJ = j; best = i; }
      });
      const ok = best >= 0 && bestJ >= 0.5;
      const name = ok ? doc.quotes[best].speaker?.name : undefined;
      const same = sameName(name, g.speaker);
      if (ok) { matched++; used.add(best); }
      if (same.exact) exactName++;
      if (same.lenient) lenientName++;
      if (!ok || !same.exact) lines.push(`  ${label} ${ok ? 'speaker' : 'MISSED'} [${g.span}] gold "${g.speaker}" got ${ok ? JSON.stringify(name ?? null) : '-'}${ok && same.lenient ? ' (lenient match)' : ''}`);
    }
    rows.push(score(`seed ${label} span`, matched, 0, items.length - matched));
    rows.push(score(`seed ${label} speaker exact`, exactName, matched - exactName, items.length - matched));
    rows.push(score(`seed ${label} speaker lenient`, lenientName, matched - lenientName, items.length - matched));
  }
  lines.unshift(`seed: ${doc.quotes.length} records predicted (${doc.quotes.filter((q) => q.type === 'direct').length} direct, ${doc.quotes.filter((q) => q.type === 'partial').length} partial, ${doc.quotes.filter((q) => q.type === 'indirect' || q.type === 'mixed').length} reported)`);
  return { rows, lines };
}

function polnear(shared: string, split: string): { rows: Score[]; lines: string[] } {
  const texts = readSplit(join(shared, 'data', 'polnear'), split);
  const all = newTally(), speech = newTally();
  for (const t of texts) scoreText(t.text, t.attributions, quotesOf(t.name, t.text), all, speech);
  const annotators = new Set(texts.map((t) => t.annotator)).size;
  return {
    rows: [...tallyRows(`${split} all`, all), ...tallyRows(`${split} speech`, speech)],
    lines: [`polnear ${split}: ${texts.length} texts, first annotator alphabetically per text (${annotators} annotators); gold ${all.gold} attributions, ${speech.gold} speech-only; predicted ${all.pred}`],
  };
}

export const evalQuotes: EvalSection = {
  name: 'quotes',
  run: (shared) => {
    if (!shared) return { rows: [], lines: ['skipped: no shared data'] };
    const parts = [seed(shared)];
    for (const split of ['dev', 'train']) if (existsSync(join(shared, 'data', 'polnear', split))) parts.push(polnear(shared, split));
    const lines = parts.flatMap((p) => p.lines);
    if (fallbacks) lines.push(`the pipeline threw on ${fallbacks} texts: their quotes were found without entities`);
    fallbacks = 0;
    return { rows: parts.flatMap((p) => p.rows), lines };
  },
};
