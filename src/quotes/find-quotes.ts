// Who said what: direct quotes (any marks, over paragraphs, nested), partial quotes and reported
// speech, each with its cue, speaker mention and resolved speaker. Reads the text, the segmenter's
// tokens and the entities; classifies quotation marks itself (scan-tokens.ts, read-tokens.ts) because
// they drive everything here, and keeps its own quote-aware sentences.
import type { Quote, Stage } from '../doc/types.js';
import { K, ch, paragraphAt, scanTokens, tokenFrom, type Toks } from './scan-tokens.js';
import { readTokens } from './read-tokens.js';
import { pairQuoteMarks } from './pair-quote-marks.js';
import { splitSentences } from './split-sentences.js';
import { findDirect } from './find-direct.js';
import { findReported } from './find-reported.js';
import { resolveSpeakers } from './resolve-speakers.js';
import { indexEntities } from './index-entities.js';
import type { Found, QuoteContext } from './found.js';
import { scratchInt32, scratchUint8, startScratch } from './start-scratch.js';
import { sortFew } from '../doc/sort-few.js';

/** Find who said what. @example findQuotes(doc, {}).quotes[0].speaker?.name // "Rex Tillerson" */
export const findQuotes: Stage<'paragraphs' | 'sentences' | 'tokens' | 'entities', 'quotes'> = (doc) => {
  startScratch();
  // the segmenter's tokens when the pipeline has them; a text on its own is scanned here
  const toks = doc.tokens && doc.tokens.length > 0 ? readTokens(doc.text, doc.tokens) : scanTokens(doc.text);
  const { spans: marks, inside, diagnostics } = pairQuoteMarks(toks);
  const sentences = splitSentences(toks, inside);
  const ctx: QuoteContext = { toks, marks, inside, sentences, used: scratchUint8(toks.n) };
  const { found } = findDirect(ctx);
  shareCues(toks, found);
  // (the cue tokens from the sentence's first on: the cursor goes forward with the sentences)
  const cues = toks.cues;
  for (let si = 0, c = 0; si < sentences.first.length; si++) {
    while (c < cues.length && cues[c] < sentences.first[si]) c++;
    findReported(ctx, si, found, c);
  }
  quoteAfterReport(toks, found);
  attachPartials(found, sentences.first.length);
  if (found.length === 0) return { quotes: [], diagnostics };
  const speakers = resolveSpeakers(toks, sentences, found, doc.entities ?? [], indexEntities(doc.entities ?? []));
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.type === 'partial' && f.parent !== undefined && !speakers[i]) {
      const p = speakers[f.parent];
      speakers[i] = p ? (p.entity ? { name: p.name, entity: p.entity } : { name: p.name }) : null;
    }
  }
  return { quotes: toQuotes(found, speakers), diagnostics };
};

// '"It failed," she said. "Everyone knows it."' — a cueless quote in the paragraph of a cued one, or
// in the paragraph right after the last quote of that attribution ('"...," he continued.¶"Even ..."'),
// belongs to the same attribution: it shares the cue (its speaker still carries no mention span).
function shareCues(toks: Toks, found: Found[]): void {
  let last: Found | null = null;
  let lastPara = -1;
  for (const f of found) {
    if (f.parent !== undefined || (f.type !== 'direct' && f.type !== 'mixed')) continue;
    if (f.floating && last?.cue && f.paragraph - lastPara <= 1 && last.cue.start > last.end) { f.cue = last.cue; lastPara = f.paragraph; }
    else if (f.cue) { last = f; lastPara = Math.max(f.paragraph, paragraphAt(toks, f.cue.start)); }
    else last = null;
  }
}

// 'Ann Lee said the facts were plain: “The bridge is unsafe.”' — quoted words right after a colon that ends a
// report go on with its words: they take its cue and speaker (one attribution in two fragments).
function quoteAfterReport(toks: Toks, found: Found[]): void {
  let ends: Map<number, Found> | null = null;
  for (const f of found) {
    if (f.cue || (f.type !== 'direct' && f.type !== 'partial')) continue;
    const open = tokenFrom(toks, f.start) - 1;
    if (open < 2 || (toks.kind[open] !== K.DOpen && toks.kind[open] !== K.SOpen) || ch(toks, open - 1) !== ':') continue;
    // (the reports by where they end, made once, only when a quote follows a colon)
    if (!ends) { ends = new Map(); for (const g of found) if (g.cue && g.parent === undefined && (g.type === 'indirect' || g.type === 'mixed')) ends.set(g.end, g); }
    const g = ends.get(toks.end[open - 2]);
    if (!g) continue;
    f.type = 'direct'; f.cue = g.cue; f.mention = g.mention; f.sameAsPrevious = g.sameAsPrevious; f.floating = false;
    f.confidence = Math.max(f.confidence, g.confidence);
  }
}

// A partial quote belongs to the report whose content holds it, or to a cue in its sentence; with
// neither it is a term, title or nickname and is dropped.
function attachPartials(found: Found[], sentences: number): void {
  // each sentence's first 50 records that are no partial and have no parent, chained in found order
  // (scratch arrays, not a Map of lists)
  const head = scratchInt32(sentences, -1), tail = scratchInt32(sentences, -1), count = scratchInt32(sentences), next = scratchInt32(found.length, -1);
  for (let j = 0; j < found.length; j++) {
    const g = found[j];
    if (g.type === 'partial' || g.parent !== undefined || count[g.sentence] >= 50) continue;
    count[g.sentence]++;
    if (tail[g.sentence] >= 0) next[tail[g.sentence]] = j;
    else head[g.sentence] = j;
    tail[g.sentence] = j;
  }
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.type !== 'partial') continue;
    let best = -1;
    for (let j = head[f.sentence]; j >= 0; j = next[j]) {
      const g = found[j];
      if (j === i || g.sentence !== f.sentence || g.type === 'partial' || g.parent !== undefined) continue;
      if (g.start <= f.start && g.end >= f.end) { best = j; break; }
      if (best < 0 && g.cue) best = j;
    }
    if (best >= 0) { f.parent = best; if (!found[best].cue || found[best].start > f.start || found[best].end < f.end) f.confidence = 0.45; }
    else f.confidence = -1;
  }
}

function toQuotes(found: Found[], speakers: readonly (import('../doc/types.js').Speaker | null)[]): Quote[] {
  const keep: number[] = [];
  for (let i = 0; i < found.length; i++) if (found[i].confidence >= 0) keep.push(i);
  sortFew(keep, (a, b) => found[a].start - found[b].start || found[b].end - found[a].end);
  // each kept record's id by its index in `found`
  const id = new Array<string | undefined>(found.length).fill(undefined);
  for (let n = 0; n < keep.length; n++) id[keep[n]] = `q${n + 1}`;
  return keep.map((i) => {
    const f = found[i];
    const speaker = speakers[i];
    const confidence = Math.max(0.05, Math.min(1, f.confidence - (speaker ? 0 : 0.15)));
    const parent = f.parent !== undefined ? id[f.parent] : undefined;
    // built field by field, in the contract's key order (spreads cost more than the rest of this loop)
    const q: { -readonly [K in keyof Quote]?: Quote[K] } = { id: id[i]!, type: f.type, start: f.start, end: f.end };
    if (f.cue) q.cue = f.cue;
    q.speaker = speaker;
    q.confidence = Math.round(confidence * 100) / 100;
    if (parent) q.parent = parent;
    return q as Quote;
  });
}
