// Direct, partial and nested quotes from the paired marks, each with its cue and speaker mention:
// cue after ('"...," the Tory said', '"...," said Mr Smith'), before ('X told the conference: "..."',
// 'He said, "..."'), dash attributions ('"..." — Commissioner Geoffrey Starks'), floating quoted
// paragraphs (no cue: the previous speaker), partial quotes inside a sentence, nested single quotes.
import { K, ch, hasFact, isCap, tokenFrom, type Toks, lw } from './scan-tokens.js';
import { F } from './look-up-word.js';
import { BODY_NOUN, DETERMINER, IRREGULAR_PAST, headNoun } from './lexicon.js';
import { clauseStart } from './report-bounds.js';
import { cueAt, type Cue } from './find-cue.js';
import { apposedAfter, phraseAfter, sentenceSubject, subjectBefore, type TokRange } from './find-noun-phrase.js';
import { newFound, sentenceRange, type Found, type QuoteContext } from './found.js';
import type { Marked } from './pair-quote-marks.js';
import { sentenceOf } from './split-sentences.js';
import { scratchInt32 } from './start-scratch.js';
import { leadIn } from './find-lead-in.js';
import { NAMING, TITLE_LEAD, TITLE_SMALL, WORDS_BE, WORDS_NOUN, WORDS_POINTER } from './data/report-words.js';

const isDash = (c: string): boolean => c === '—' || c === '–' || c === '-';
const isEnd = (c: string): boolean => c === '.' || c === '!' || c === '?';

// A class, not an object literal: a literal's hidden class is shared with every other literal of as many
// fields whose first is `cue` (events' Complicity `{ cue: k, accused, accuser }` holds a number there). The
// first such event of a process (an unseen article) generalised that field and threw away the optimised code
// of direct, record, cueAfter, cueBefore and nestedCue together.
class Attribution {
  constructor(readonly cue: Cue | null, readonly cueSpan: { start: number; end: number } | undefined, readonly mention: TokRange | null) {}
}

/** Find the direct quotes of `ctx`, in text order; indexes of `ctx.marks` map to found indexes. */
export function findDirect(ctx: QuoteContext): { found: Found[]; byMark: Int32Array } {
  const { toks, marks } = ctx;
  const found: Found[] = [];
  const byMark = scratchInt32(marks.length, -1);
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    if (m.parent >= 0) continue;
    const f = direct(ctx, m);
    if (!f) continue;
    // 'Petraeus "was handled so lightly," said an official.' — the lead-in and the quote are one mixed
    // report under the cue; the quoted words stay a partial quote inside it
    const lead = f.cue && f.cue.start >= m.end && !f.floating ? leadIn(ctx, ctx.sentences.first[f.sentence], m.open) : -1;
    if (lead >= 0) {
      found.push(newFound('mixed', toks.start[lead], f.end, f.sentence, f.paragraph, f.confidence, f.cue, f.mention));
      f.type = 'partial'; f.cue = undefined; f.mention = undefined;
    }
    byMark[i] = found.length; found.push(f);
    const words = f.cue && f.type === 'direct' ? wordsBeforeColon(ctx, f, m.open) : null;
    if (words) found.push(words);
  }
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    if (m.parent < 0 || byMark[m.parent] < 0) continue;
    const attribution = nestedCue(ctx, m, marks[m.parent]);
    byMark[i] = found.length;
    const f = newFound('direct', m.start, m.end, sentenceOf(ctx.sentences, m.open), toks.para[m.open], attribution.mention ? 0.6 : 0.4, attribution.cueSpan, attribution.mention ?? undefined);
    f.parent = byMark[m.parent];
    found.push(f);
  }
  return { found, byMark };
}

function closeTok(ctx: QuoteContext, m: Marked): number {
  if (m.close >= 0) return m.close;
  let t = m.open + 1;
  while (t < ctx.toks.n && ctx.toks.start[t] < m.end) t++;
  return t - 1;
}

function direct(ctx: QuoteContext, m: Marked): Found | null {
  const { toks } = ctx;
  const si = sentenceOf(ctx.sentences, m.open);
  const { first, end } = sentenceRange(ctx, si);
  const close = closeTok(ctx, m);
  const atStart = m.open === first || (m.open === first + 1 && toks.kind[first] === K.Punct);
  const before = ch(toks, m.open - 1);
  const words = countWords(toks, m.open + 1, close);
  const base = { start: m.start, end: m.end, sentence: si, paragraph: toks.para[m.open] };
  const lastInside = ch(toks, close - 1);
  // 'appearance on "Morning Joe," co-host Mika Brzezinski asked', 'on Fox News channel’s “Sunday Morning
  // Futures,” Rep. Darrell Issa said': a programme's or a book's title, not the words of the cue's speaker
  // (not in a headline, where every word is capitalised: 'Issa: Hillary Clinton’s ‘Honesty Is In Question’')
  if (titleAfterLead(toks, m.open, close) && !(titleCase(toks, first, m.open, 1, 1e9) && titleCase(toks, close + 1, end, 0, 1e9))) return null;
  // the cue after the quote
  const after = cueAfter(ctx, close + 1, end);
  let a = after;
  if (a && (atStart || before === ':' || before === ',' || lastInside === ',' || words >= 8)) return record(ctx, base, a, 'direct', 0.9);
  // the cue before: 'X told the conference: "...', 'He said, "...'
  if (before === ':' || (before === ',' && m.open > first) || (m.open > first && toks.kind[m.open - 1] === K.Word)) {
    a = cueBefore(ctx, m.open, first, before === ':');
    // 'said voters shouldn’t “continue to elect ...”', 'said “it gets me mad” every time he ...' — words
    // of the writer's between cue and quote, or after the quote in its sentence, make it one mixed
    // report, found with the reported speech
    const runsOn = !after && close + 1 < end && toks.kind[close + 1] === K.Word;
    const mixed = a?.cue && before !== ":" && before !== "," && (runsOn || gapWords(toks, a.cue.e, m.open) > 0);
    if (a && !mixed && (before === ':' || before === ',' || words >= 4 || isUpper(toks, m.open + 1))) return record(ctx, base, a, 'direct', before === ':' ? 0.9 : 0.8);
  }
  if (atStart && toks.para[m.open] > 0 && before === '') {
    const prevColon = ch(toks, m.open - 1) === ':' ? m.open - 1 : -1;
    if (prevColon >= 0) { a = cueBefore(ctx, m.open, ctx.sentences.first[sentenceOf(ctx.sentences, prevColon)], true); if (a) return record(ctx, base, a, 'direct', 0.85); }
  }
  const closesSentence = close + 1 >= end || isEnd(ch(toks, close + 1)) || (close > 0 && isEnd(ch(toks, close - 1)) && close + 1 >= end);
  // 'The message was clear: "We will not pay."': whole words after a colon that names no speaker are still someone's
  // words, unattributed (a floating quote's speaker before would be a guess: the colon did introduce them)
  if (before === ':' && closesSentence && words >= 3 && !after) return newFound('direct', base.start, base.end, base.sentence, base.paragraph, 0.6);
  // an exhibit "called 'Intersecting Lines'", a subhead “DIVISIVE AND WRONG”, a label "Related:": a name or a
  // heading in quotation marks, no one's words
  if (!after && (titleAfterNaming(toks, m.open, close) || (atStart && closesSentence && headingLike(toks, m.open + 1, close)))) return null;
  if (atStart && closesSentence) {
    const named = namedAfter(toks, close + 1);
    if (named) return newFound('direct', base.start, base.end, base.sentence, base.paragraph, 0.8, named.cue, named.mention);
    const f = newFound('direct', base.start, base.end, base.sentence, base.paragraph, 0.7); f.floating = true; return f;
  }
  // a few quoted words inside a sentence: partial, or a scare quote (dropped later when no one speaks)
  return newFound('partial', base.start, base.end, base.sentence, base.paragraph, 0.5);
}

type Base = { start: number; end: number; sentence: number; paragraph: number };

/**
 * 'Ann Lee said the answer was simple: “We build the bridge.”': the clause between the cue and the colon is
 * more of the same words, a fragment under the same cue (not the one told: 'told reporters: “...”').
 */
function wordsBeforeColon(ctx: QuoteContext, f: Found, open: number): Found | null {
  const { toks } = ctx;
  const colon = open - 1;
  if (ch(toks, colon) !== ':' || f.cue!.end > toks.start[colon]) return null;
  const first = ctx.sentences.first[f.sentence];
  const c = tokenFrom(toks, f.cue!.start);
  const cue = cueAt(toks, c, first);
  if (!cue || cue.sourceAfter || cue.e >= colon) return null;
  let s = clauseStart(toks, cue, colon);
  if (s < 0) return null;
  if (ch(toks, s) === ',') s++;
  if (colon - s < 3) return null;
  // (a clause of words only, with a verb of its own: not "said pointedly, with a smile:", "put it this way:")
  let verb = false;
  for (let k = s; k < colon; k++) {
    if (toks.kind[k] !== K.Word) return null;
    if (!verb && !isCap(toks, k) && (hasFact(toks, k, F.Aux) || IRREGULAR_PAST.has(lw(toks, k)))) verb = true;
  }
  return verb ? newFound('indirect', toks.start[s], toks.end[colon - 1], f.sentence, f.paragraph, f.confidence, f.cue, f.mention) : null;
}

/**
 * '“We will not raise taxes.” That was the message from Governor Ann Lee.': right after the quote's sentence,
 * "That/This was the <words noun> from/of <speaker>" is its cue (the words up to "from"/"of") and speaker.
 */
function namedAfter(toks: Toks, k: number): { cue: { start: number; end: number }; mention: TokRange } | null {
  while (k < toks.n && toks.kind[k] === K.Punct) k++;
  if (k + 3 >= toks.n || !WORDS_POINTER.has(lw(toks, k)) || !WORDS_BE.has(lw(toks, k + 1))) return null;
  let j = k + 2;
  if (DETERMINER.has(lw(toks, j))) j++;
  if (!WORDS_NOUN.has(lw(toks, j)) || (lw(toks, j + 1) !== 'from' && lw(toks, j + 1) !== 'of')) return null;
  const mention = phraseAfter(toks, j + 2, Math.min(toks.n, j + 14));
  return mention ? { cue: { start: toks.start[k], end: toks.end[j + 1] }, mention } : null;
}


/** Quoted words [open + 1, close) in title case, two or more, right after a naming verb. */
function titleAfterNaming(toks: Toks, open: number, close: number): boolean {
  if (open < 1 || toks.kind[open - 1] !== K.Word || !NAMING.has(lw(toks, open - 1))) return false;
  let words = 0;
  for (let t = open + 1; t < close; t++) {
    if (toks.kind[t] !== K.Word) continue;
    words++;
    if (!isUpper(toks, t) && !(words > 1 && TITLE_SMALL.has(lw(toks, t)))) return false;
  }
  return words >= 2;
}

/** Quoted words [open + 1, close) in title case, two to six, right after "on"/"in" or a possessive ("CNN’s"). */
function titleAfterLead(toks: Toks, open: number, close: number): boolean {
  if (open < 1 || toks.kind[open - 1] !== K.Word) return false;
  const w = lw(toks, open - 1);
  if (!TITLE_LEAD.has(w) && !/['’]s$/.test(w)) return false;
  return titleCase(toks, open + 1, close, 2, 6);
}

/** Are the words of [s, e) in title case (small words aside after the first), between `min` and `max` of them? */
function titleCase(toks: Toks, s: number, e: number, min: number, max: number): boolean {
  let words = 0;
  for (let t = s; t < e; t++) {
    if (toks.kind[t] !== K.Word) continue;
    words++;
    if (words > max || (!isUpper(toks, t) && !(words > 1 && TITLE_SMALL.has(lw(toks, t))))) return false;
  }
  return words >= min;
}

/** Quoted words [s, e) that head a section: all in capitals (two words or more), or one word and a colon ("Related:"). */
function headingLike(toks: Toks, s: number, e: number): boolean {
  let words = 0, lower = false;
  for (let t = s; t < e; t++) {
    if (toks.kind[t] !== K.Word) continue;
    words++;
    for (let x = toks.start[t]; x < toks.end[t]; x++) { const c = toks.codes[x]; if (c >= 97 && c <= 122) { lower = true; break; } }
  }
  return (words >= 2 && !lower) || (words === 1 && ch(toks, e - 1) === ':');
}

function record(ctx: QuoteContext, base: Base, a: Attribution, type: 'direct', confidence: number): Found {
  if (a.cue) for (let t = a.cue.s; t < a.cue.e; t++) ctx.used[t] = 1;
  return newFound(type, base.start, base.end, base.sentence, base.paragraph, a.mention ? confidence : confidence - 0.3, a.cueSpan, a.mention ?? undefined);
}

/** '"...," he said' / '"...," said Mr Smith' / '"..." — Commissioner Geoffrey Starks'. */
function cueAfter(ctx: QuoteContext, from: number, end: number): Attribution | null {
  const { toks } = ctx;
  let t = from;
  if (ch(toks, t) === ',') t++;
  if (isDash(ch(toks, t)) && t + 1 < end) {
    const np = phraseAfter(toks, t + 1, end);
    if (np) return new Attribution(null, span(toks, t, t + 1), np);
  }
  // '"...," Mayor Ann Lee, who has led the city since the floods, said.' — the subject may be long
  for (let k = t; k < end && k - t <= 24; k++) {
    // '"...," Sen. Ann Lee (D-N.Y.) said': the full stops of a party and state are no sentence end
    if (ch(toks, k) === '(') { while (k + 1 < end && k - t < 24 && ch(toks, k) !== ')') k++; continue; }
    // ('..., a retired nurse in Allentown, Pa., said': a full stop before a comma ends an abbreviation, no sentence)
    if (toks.kind[k] !== K.Word) { if ((isEnd(ch(toks, k)) && ch(toks, k + 1) !== ',') || toks.kind[k] === K.DOpen || ch(toks, k) === ';') break; continue; }
    const cue = cueAt(toks, k, -1);
    if (!cue || cue.passive) continue;
    if (cue.sourceAfter || k === t) {
      // ('"...," said the company's chief executive, Ann Lee.': the name set off after the role)
      const np = apposedAfter(toks, phraseAfter(toks, cue.e, end), end, true);
      return new Attribution(cue, span(toks, cue.s, cue.e), np);
    }
    const np = subjectBefore(toks, k, t);
    if (np && (np.outer >= 0 ? np.outer : np.s) === t) return new Attribution(cue, span(toks, cue.s, cue.e), np);
    return null;
  }
  return null;
}

/** 'X told the conference: "' — the last cue in the sentence before the quote. */
function cueBefore(ctx: QuoteContext, open: number, first: number, colon: boolean): Attribution | null {
  const { toks } = ctx;
  for (let k = open - 1; k >= first && open - k <= 14; k--) {
    if (ctx.inside[k] >= 0 || toks.kind[k] === K.DClose) break;
    const cue = cueAt(toks, k, first);
    if (!cue || cue.passive) continue;
    if (cue.sourceAfter) return new Attribution(cue, span(toks, cue.s, cue.e), phraseAfter(toks, cue.e, open));
    const inverted = ch(toks, k - 1) === ',' || k === first;
    const mention = cue.ing ? sentenceSubject(toks, first, k) : subjectBefore(toks, k, first) ?? (inverted ? phraseAfter(toks, cue.e, open) : null);
    return new Attribution(cue, span(toks, cue.s, cue.e), mention);
  }
  if (colon) {
    // 'Mr Smith had a warning for Moscow: "..."' — no verb of speech, the colon is the cue; its subject speaks when
    // it can ('The message was clear: "..."', 'Then, the laugh line: "..."' name no speaker)
    const mention = sentenceSubject(toks, first, open);
    if (mention && canSpeak(toks, mention)) return new Attribution(null, span(toks, open - 1, open), mention);
  }
  return null;
}

/** A phrase that can name a speaker: it ends in a capitalised word, a pronoun, a person's role, a group or a body noun. */
function canSpeak(toks: Toks, np: TokRange): boolean {
  const last = np.e - 1;
  if (toks.kind[last] !== K.Word) return false;
  if (isCap(toks, last) || hasFact(toks, last, F.Pronoun)) return true;
  const w = lw(toks, last);
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  return headNoun(w) || headNoun(one) || BODY_NOUN.has(w) || BODY_NOUN.has(one);
}

/** A nested quote's own speaker: "will be told by the Russians ... 'well, ...'". */
function nestedCue(ctx: QuoteContext, m: Marked, parent: Marked): Attribution {
  const { toks } = ctx;
  const first = Math.max(parent.open + 1, ctx.sentences.first[sentenceOf(ctx.sentences, m.open)]);
  for (let k = m.open - 1; k >= first && m.open - k <= 25; k--) {
    if (isEnd(ch(toks, k))) break;
    const cue = cueAt(toks, k, first);
    if (!cue) continue;
    if (cue.passive) {
      const by = cue.e < m.open && lw(toks, cue.e) === 'by' ? cue.e : -1;
      return new Attribution(cue, span(toks, cue.s, cue.e), by >= 0 ? phraseAfter(toks, by + 1, m.open) : null);
    }
    return new Attribution(cue, span(toks, cue.s, cue.e), subjectBefore(toks, k, first));
  }
  return new Attribution(null, undefined, null);
}

function span(toks: Toks, s: number, e: number): { start: number; end: number } {
  return { start: toks.start[s], end: toks.end[e - 1] };
}

// Words between a cue and its quote, other than "that"
function gapWords(toks: Toks, s: number, e: number): number {
  let n = 0;
  for (let t = s; t < e; t++) if (toks.kind[t] === K.Word && lw(toks, t) !== 'that') n++;
  return n;
}

function countWords(toks: Toks, s: number, e: number): number {
  let n = 0;
  for (let t = s; t < e; t++) if (toks.kind[t] === K.Word) n++;
  return n;
}

function isUpper(toks: Toks, t: number): boolean {
  const c = toks.codes[toks.start[t]];
  return c >= 65 && c <= 90;
}
