// Eval section: sentence splitting on the hard cases in data/sentence-cases.ts, scored as boundaries
// (a boundary is where one sentence ends and the next begins): precision, recall, F1, and whole cases.
import type { Meta } from '../doc/types.js';
import { segment } from '../segment/segment.js';
import { SENTENCE_CASES, type SentenceCase } from './data/sentence-cases.js';
import { score, type EvalSection } from './score.js';

const META: Meta = { headline: null, published: null, updated: null };

/** Split points of gold sentences: the start of every sentence but the first. */
function goldBoundaries(k: SentenceCase): Set<number> {
  const out = new Set<number>();
  let at = 0;
  k.sentences.forEach((s, i) => {
    const start = k.text.indexOf(s, at);
    if (start < 0) throw new Error(`sentence case "${k.why}": ${JSON.stringify(s)} is not in its text`);
    if (i > 0) out.add(start);
    at = start + s.length;
  });
  return out;
}

export const evalSentences: EvalSection = {
  name: 'sentences',
  run: () => {
    let tp = 0, fp = 0, fn = 0, whole = 0;
    const misses: string[] = [];
    for (const k of SENTENCE_CASES) {
      const gold = goldBoundaries(k);
      const doc = segment({ id: 'case', text: k.text, meta: META }, {});
      const pred = new Set(doc.sentences.slice(1).map((s) => s.start));
      let ok = true;
      for (const b of pred) if (gold.has(b)) tp++; else { fp++; ok = false; }
      for (const b of gold) if (!pred.has(b)) { fn++; ok = false; }
      const texts = doc.sentences.map((s) => k.text.slice(s.start, s.end));
      if (ok && texts.join('\u0000') === k.sentences.join('\u0000')) whole++;
      else misses.push(`miss (${k.why}): ${texts.map((t) => JSON.stringify(t)).join(' | ')}`);
    }
    return {
      rows: [score('sentence boundaries', tp, fp, fn, `${SENTENCE_CASES.length} hard cases`)],
      lines: [`cases split exactly right: ${whole}/${SENTENCE_CASES.length}`, ...misses],
    };
  },
};
