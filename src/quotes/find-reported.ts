// Reported speech outside quotation marks: "X said (that) ...", "X told Y (that) ...", "X urged Y to
// ...", "according to X, ...", "..., officials said.", "..., saying ..." (the sentence's subject), and
// "He insisted ... and said ..." (the same speaker). The content is the reported clause; it stops at
// the sentence end, a semicolon, or the next coordinated cue.
import { K, hashWord, isCap, type Toks, lw } from './scan-tokens.js';
import { cueAt, type Cue } from './find-cue.js';
import { phraseAfter, sentenceSubject, subjectBefore, type TokRange } from './find-noun-phrase.js';
import { newFound, sentenceRange, type Found, type QuoteContext } from './found.js';
import { DETERMINER, PRONOUN, TIME_WORD } from './lexicon.js';
import type { Span } from '../doc/types.js';

const H_AND = hashWord('and'), H_CALLED = hashWord('called'), H_CALLS = hashWord('calls'), H_CALLING = hashWord('calling');
const ch = (toks: Toks, t: number): string => (t >= 0 && t < toks.n && toks.kind[t] === K.Punct ? toks.text[toks.start[t]] : '');
const SUBJECT_START = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those']);
const PREPOSITION = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'from', 'with', 'to', 'for']);
// ", while about 4 in 10 want ..." — a contrast after a comma starts the writer's own clause
const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though', 'despite']);
const QUESTION_START = new Set(['whether', 'if', 'what', 'why', 'how', 'when', 'who', 'where', 'which']);
const OCCASION = new Set(['interview', 'interviews', 'rally', 'conference', 'briefing', 'speech', 'statement', 'debate', 'event', 'appearance', 'hearing', 'meeting', 'address', 'podcast', 'broadcast', 'op-ed', 'post', 'tweet', 'email', 'letter', 'forum', 'town', 'stop']);
const SUBORDINATOR = new Set(['although', 'though', 'while', 'whereas', 'when', 'if', 'as', 'because', 'after', 'since', 'once', 'before', 'until', 'unless', 'even']);
const CUE_PREPOSITION = new Set(['with', 'against', 'for', 'on', 'upon', 'about', 'of']);
const CONNECTIVE = new Set(['meanwhile', 'however', 'indeed', 'still', 'moreover', 'furthermore', 'instead', 'now', 'nonetheless', 'nevertheless', 'also', 'so', 'but', 'and', 'yet', 'besides', 'likewise', 'similarly', 'overall', 'ultimately', 'in fact', 'of course', 'in addition', 'as well', 'in short', 'in contrast']);
const NEW_SUBJECT = new Set(['he', 'she', 'they', 'we', 'i']);
const STOP_AFTER_COMMA = new Set(['saying', 'adding', 'noting', 'arguing', 'insisting', 'warning', 'explaining', 'according', 'claiming', 'telling', 'stressing', 'calling', 'urging']);

/** Reported speech in sentence `si`, appended to `out`. */
export function findReported(ctx: QuoteContext, si: number, out: Found[]): void {
  const { toks } = ctx;
  const { first, end } = sentenceRange(ctx, si);
  const firstIndex = out.length;
  headlineColon(ctx, first, end, si, out);
  for (let t = first; t < end; t++) {
    if (ctx.inside[t] >= 0 || ctx.used[t] || toks.kind[t] !== K.Word) continue;
    const cue = cueAt(toks, t, first);
    if (!cue) {
      const f = toks.hash[t] === H_CALLED || toks.hash[t] === H_CALLS || toks.hash[t] === H_CALLING ? naming(ctx, t, first, end, si) : null;
      if (f) { out.push(f.found); t = f.end - 1; }
      continue;
    }
    if (cue.quoteOnly) continue;
    const f = report(ctx, cue, first, end, si, out.length > firstIndex || cuedBefore(ctx, first, t));
    if (!f) continue;
    out.push(f);
    t = cue.e - 1;
    const tail = afterMiddleCue(ctx, f, cue, end);
    if (tail) { out.push(tail.found); t = tail.end - 1; }
  }
}

// "Trump: We will build the wall" — a short name, a colon and the words, with no quotation marks
function headlineColon(ctx: QuoteContext, first: number, end: number, si: number, out: Found[]): void {
  const { toks } = ctx;
  for (let k = first + 1; k < end && k - first <= 5; k++) {
    if (ch(toks, k) !== ':') { if (!isCap(toks, k)) return; continue; }
    if (!isCap(toks, first) || toks.kind[k + 1] === K.DOpen || end - k < 4 || ctx.inside[k + 1] >= 0) return;
    const f = content(ctx, { cue: { start: toks.start[k], end: toks.end[k] }, mention: { s: first, e: k }, sentence: si, paragraph: toks.para[k] }, k + 1, end, 0.6);
    if (f) out.push(f);
    return;
  }
}

// '"...," he said, adding that ...' — a direct quote's cue earlier in the sentence is a previous report
function cuedBefore(ctx: QuoteContext, first: number, t: number): boolean {
  for (let k = first; k < t; k++) if (ctx.used[k]) return true;
  return false;
}

function report(ctx: QuoteContext, cue: Cue, first: number, end: number, si: number, hasPrevious: boolean): Found | null {
  const { toks } = ctx;
  const cueSpan = { start: toks.start[cue.s], end: toks.end[cue.e - 1] };
  const paragraph = toks.para[cue.s];
  const stripEnd = (e: number): number => trimEnd(toks, first, e);
  if (cue.sourceAfter) {
    let k = cue.e;
    while (k < end && k - cue.e < 30 && ch(toks, k) !== ',' && !isEndPunct(ch(toks, k))) k++;
    const mention = phraseAfter(toks, cue.e, k);
    if (!mention) return null;
    const atStart = cue.s === first || (cue.s === first + 1 && toks.kind[first] === K.Word);
    if (atStart && ch(toks, k) === ',') return content(ctx, { cue: cueSpan, sentence: si, paragraph, mention }, k + 1, stripEnd(end), 0.8);
    const e = ch(toks, cue.s - 1) === ',' ? cue.s - 1 : cue.s;
    return content(ctx, { cue: cueSpan, sentence: si, paragraph, mention }, first, e, 0.75);
  }
  if (cue.passive) return null;
  // ", officials said." / ", said Mr Smith." — the content came first
  const subject = cue.ing && toks.kind[cue.s - 1] !== K.Word ? null : subjectBefore(toks, cue.s, first);
  const left = subject ? subject.s - 1 : cue.s - 1;
  const afterCue = skipAdverbials(toks, cue.e, end);
  if (ch(toks, left) === ',' && left > first && (afterCue.rest <= 1 || ch(toks, afterCue.next) === ',')) {
    const mention = subject ?? phraseAfter(toks, cue.e, end);
    return content(ctx, { cue: cueSpan, sentence: si, paragraph, mention: mention ?? undefined }, first, left, 0.75);
  }
  if (cue.s === first && !cue.ing) return null;
  let mention: TokRange | null = null;
  let sameAsPrevious = false;
  if (cue.ing && (ch(toks, cue.s - 1) === ',' || toks.kind[cue.s - 1] === K.Word) && !subjectIsAux(toks, cue.s)) {
    if (ch(toks, cue.s - 1) === ',' && hasPrevious) sameAsPrevious = true;
    else mention = sentenceSubject(toks, first, cue.s);
  } else {
    mention = subject;
    const coordinator = lw(toks, cue.s - 1);
    if (!mention && (coordinator === 'and' || coordinator === 'but') && hasPrevious) sameAsPrevious = true;
    // "McConnell ... clinched the nomination and said this week that ..." — the sentence's subject
    else if (!mention && (coordinator === 'and' || coordinator === 'but')) mention = sentenceSubject(toks, first, cue.s);
    if (!mention && !sameAsPrevious) return null;
  }
  if (!mention && !sameAsPrevious) return null;
  const start = clauseStart(toks, cue, end);
  if (start < 0) return null;
  let e = clauseEnd(toks, start, end);
  // "Although Mr Smith said he would hold a hearing, it is unlikely ..." — the main clause is the writer's
  if (SUBORDINATOR.has(lw(toks, toks.kind[first] === K.Word ? first : first + 1))) {
    for (let k = start + 1; k < e; k++) if (ch(toks, k) === ',') { e = k; break; }
  }
  return content(ctx, { cue: cueSpan, sentence: si, paragraph, mention: mention ?? undefined, sameAsPrevious }, start, e, 0.8);
}

type Report = { cue?: Span; mention?: TokRange; sameAsPrevious?: boolean; sentence: number; paragraph: number };

// "Huckabee called the program “worse than amnesty.”" — naming someone or something in quoted words
// reports speech: the content runs from the one named to the end of the quoted words.
function naming(ctx: QuoteContext, t: number, first: number, end: number, si: number): { found: Found; end: number } | null {
  const { toks } = ctx;
  const w = lw(toks, t);
  if (w !== 'called' && w !== 'calls' && w !== 'calling') return null;
  if (toks.kind[t + 1] !== K.Word || ctx.inside[t + 1] >= 0) return null;
  let close = -1;
  for (let k = t + 2; k < end && k - t <= 16; k++) {
    if (toks.kind[k] === K.DOpen) { const m = ctx.marks[ctx.inside[k + 1]]; if (m && m.close > k) close = m.close; break; }
    if (toks.kind[k] === K.Punct && isEndPunct(ch(toks, k))) return null;
  }
  if (close < 0) return null;
  const mention = w === 'calling' ? sentenceSubject(toks, first, t) : subjectBefore(toks, t, first);
  if (!mention) return null;
  const cueSpan = { start: toks.start[t], end: toks.end[t] };
  const found = content(ctx, { cue: cueSpan, sentence: si, paragraph: toks.para[t], mention }, t + 1, close + 1, 0.7);
  return found ? { found, end: close + 1 } : null;
}

// "Many of the closures, he said, have involved public courses" — a cue in the middle of the report:
// the words after it are more of the same content, under the same cue and speaker.
function afterMiddleCue(ctx: QuoteContext, f: Found, cue: Cue, end: number): { found: Found; end: number } | null {
  const { toks } = ctx;
  if (!f.mention || f.mention.s >= cue.s || f.end > toks.start[f.mention.s]) return null;
  const after = skipAdverbials(toks, cue.e, end);
  const k = after.next;
  if (ch(toks, k) !== ',' || after.rest < 2 || toks.kind[k + 1] !== K.Word) return null;
  const w = lw(toks, k + 1);
  if (STOP_AFTER_COMMA.has(w) || CONTRAST.has(w) || w === 'who' || w === 'which' || cueAt(toks, k + 1, -1)) return null;
  const e = clauseEnd(toks, k + 1, end);
  const found = content(ctx, { cue: f.cue, sentence: f.sentence, paragraph: f.paragraph, mention: f.mention, sameAsPrevious: f.sameAsPrevious }, k + 1, e, f.confidence);
  return found ? { found, end: e } : null;
}

function content(ctx: QuoteContext, f: Report, s: number, e: number, confidence: number): Found | null {
  const { toks } = ctx;
  while (s < e && (toks.kind[s] === K.Punct || lw(toks, s) === 'that')) s++;
  // "Meanwhile, her ratings ...", "In fact, neither plan ...": a leading connective is the writer's
  const c = connective(toks, s, e);
  if (c > s) s = c;
  e = trimEnd(toks, s, e);
  if (e - s < 2) return null;
  let type: Found['type'] = 'indirect';
  let seen = -1;
  for (let t = s; t < e; t++) {
    const q = ctx.inside[t];
    if (q >= 0 && q !== seen) { seen = q; if (countQuoted(ctx, t) >= 4) { type = 'mixed'; break; } }
  }
  e = dropCircumstance(toks, s, e);
  const out = newFound(type, toks.start[s], toks.end[e - 1], f.sentence, f.paragraph, f.mention ? confidence : confidence - 0.2, f.cue, f.mention);
  out.sameAsPrevious = f.sameAsPrevious ?? false;
  return out;
}

function connective(toks: Toks, s: number, e: number): number {
  const w = lw(toks, s);
  if (CONNECTIVE.has(w) && ch(toks, s + 1) === ',') return s + 2;
  if ((w === 'in' || w === 'of' || w === 'as') && e - s > 4 && ch(toks, s + 2) === ',' && CONNECTIVE.has(`${w} ${lw(toks, s + 1)}`)) return s + 3;
  return s;
}

function countQuoted(ctx: QuoteContext, t: number): number {
  const m = ctx.marks[ctx.inside[t]];
  let n = 0;
  for (let k = m.open + 1; k < ctx.toks.n && ctx.toks.start[k] < m.end && n < 4; k++) if (ctx.toks.kind[k] === K.Word) n++;
  return n;
}

// "... a special prosecutor at a campaign rally in Ohio on Monday night": where and when the words
// were said is not what was said: a last "in/at/during ... <occasion>" (and time words after it) goes.
function dropCircumstance(toks: Toks, s: number, e: number): number {
  let k = e;
  while (k - 1 > s && toks.kind[k - 1] === K.Word && (TIME_WORD.has(lw(toks, k - 1)) || lw(toks, k - 1) === 'on')) k--;
  // "at a press conference in Hanahan, South Carolina on Monday": names, places and times may follow
  for (let j = k - 1; j > s + 2 && k - j <= 14; j--) {
    if (OCCASION.has(lw(toks, j))) {
      for (let p = j - 1; p > s + 1 && j - p <= 4; p--) {
        const w = lw(toks, p);
        if (w === 'in' || w === 'at' || w === 'during') return p;
        if (toks.kind[p] !== K.Word) break;
      }
      break;
    }
    if (!placeOrTime(toks, j)) break;
  }
  return e;
}

// A word of a trailing place or time: a name, a number, a time word, a comma, "in", "of", "the".
function placeOrTime(toks: Toks, t: number): boolean {
  if (toks.kind[t] !== K.Word) return ch(toks, t) === ',';
  if (isCap(toks, t)) return true;
  const c = toks.text.charCodeAt(toks.start[t]);
  if (c >= 48 && c <= 57) return true;
  const w = lw(toks, t);
  return TIME_WORD.has(w) || w === 'on' || w === 'in' || w === 'of' || w === 'the' || w === 'a' || w === 'an' || OCCASION.has(w) || w === 'press' || w === 'news' || w === 'campaign';
}

/** Where the reported clause starts after the cue: past the recipient, time words and "that". */
function clauseStart(toks: Toks, cue: Cue, end: number): number {
  let t = cue.e;
  // "urged Russia to end ...", "called on Russia to promote ...": the object is part of the content
  if (cue.objectTo) {
    for (let k = t; k < end && k - t <= 6; k++) {
      const w = lw(toks, k);
      if (w === 'that' || toks.kind[k] !== K.Word) break;
      if (w === 'to' && k > t && toks.kind[k + 1] === K.Word && !isCap(toks, k + 1)) return t;
    }
  }
  const a = skipAdverbials(toks, t, end);
  t = a.next;
  if (lw(toks, t) === 'that') return t + 1;
  // "cautioned against a betrayal", "agreed with the analysis": the preposition goes with the cue
  if (t === cue.e && CUE_PREPOSITION.has(lw(toks, t)) && toks.kind[t + 1] === K.Word) return t + 1;
  if (cue.lemma === 'ask' || cue.lemma === 'question' || cue.lemma === 'wonder') {
    // "asked former Attorney General Eric Holder whether he had thoughts on ..."
    for (let k = t; k < end && k - t <= 8; k++) {
      if (QUESTION_START.has(lw(toks, k))) return k;
      if (toks.kind[k] !== K.Word) break;
    }
  }
  if (cue.lemma === 'tell' || cue.lemma === 'inform' || cue.lemma === 'remind' || cue.lemma === 'assure' || cue.lemma === 'warn') {
    // "told BBC Two's Newsnight he had misgivings": skip the one told
    for (let k = t; k < end && k - t <= 6; k++) {
      const w = lw(toks, k);
      if (w === 'that') return k + 1;
      if (toks.kind[k] !== K.Word) return k > t ? k : -1;
      if (k > t && (SUBJECT_START.has(w) || (DETERMINER.has(w) && !isCap(toks, k - 1)))) return k;
      if (k > t && PRONOUN.has(w)) return k;
    }
    return -1;
  }
  return t;
}

function skipAdverbials(toks: Toks, t: number, end: number): { next: number; rest: number } {
  let k = t;
  while (k < end && toks.kind[k] === K.Word && (TIME_WORD.has(lw(toks, k)) || (PREPOSITION.has(lw(toks, k)) && thatSoon(toks, k, end)))) {
    if (PREPOSITION.has(lw(toks, k))) { while (k < end && lw(toks, k) !== 'that' && toks.kind[k] === K.Word) k++; break; }
    k++;
  }
  if (ch(toks, k) === ',' && lw(toks, k + 1) === 'that') k++;
  let rest = 0;
  for (let j = k; j < end && rest < 2; j++) if (toks.kind[j] === K.Word) rest++;
  return { next: k, rest };
}

// "said in a statement that ..." — a preposition after the cue is an adverbial when "that" follows soon
function thatSoon(toks: Toks, k: number, end: number): boolean {
  for (let j = k + 1; j < end && j - k <= 8; j++) {
    if (lw(toks, j) === 'that') return true;
    if (toks.kind[j] !== K.Word) return false;
  }
  return k + 6 >= end;
}

/** The clause ends at the sentence end, a semicolon, ", saying", or " and said". */
function clauseEnd(toks: Toks, s: number, end: number): number {
  for (let t = s + 1; t < end; t++) {
    if (t - s > 150) return t;
    const c = ch(toks, t);
    if (c === ';') return t;
    // "... a racist comment,” Mr. Ryan said." — a closed quote and its own attribution end the report
    if (toks.kind[t] === K.DClose && attributionAfter(toks, t + 1, end)) return t + 1;
    // "... in Burma's elections — a landslide win that ...": what follows a dash is the writer's aside
    if (c === '—' || c === '–' || (c === '-' && toks.end[t] - toks.start[t] === 2)) return t;
    // "... lost its identity: “France is no longer France,” he claimed" — a quote of its own follows
    if (c === ':' && toks.kind[t + 1] === K.DOpen) return t;
    if (c === ',' && (STOP_AFTER_COMMA.has(lw(toks, t + 1)) || CONTRAST.has(lw(toks, t + 1)) || commaCue(toks, t + 1))) return t;
    // "criticized his opponents for their animosity, which he argued ..." — an aside on the last noun
    if (c === ',' && lw(toks, t + 1) === 'which') return t;
    // "..., and they rejected any implication that ..." — the writer's own next clause
    if (c === ',' && lw(toks, t + 1) === 'and' && NEW_SUBJECT.has(lw(toks, t + 2))) return t;
    if (toks.hash[t] === H_AND && lw(toks, t) === 'and' && t + 1 < end && cueAt(toks, t + 1, -1) && !cueAt(toks, t + 1, -1)!.ing) return t;
  }
  return end;
}

// '” Mr. Ryan said' / '” he added' — a short subject and a cue right after a closing mark
function attributionAfter(toks: Toks, t: number, end: number): boolean {
  for (let k = t; k < end && k - t <= 4; k++) {
    if (toks.kind[k] !== K.Word) return false;
    const cue = cueAt(toks, k, -1);
    if (cue) return k > t && !cue.passive && (isCap(toks, t) || PRONOUN.has(lw(toks, t)));
  }
  return false;
}

// ", saying ...", ", called her “third-rate” and ..." — a cue after a comma starts another report
function commaCue(toks: Toks, t: number): boolean {
  const cue = cueAt(toks, t, -1);
  return cue !== null && (cue.ing || (!cue.passive && lw(toks, cue.e) !== 'by'));
}

function trimEnd(toks: Toks, s: number, e: number): number {
  while (e > s && (toks.kind[e - 1] === K.Punct || toks.kind[e - 1] === K.DClose || toks.kind[e - 1] === K.SClose) && !(toks.kind[e - 1] === K.DClose && hasOpenBefore(toks, s, e - 1))) e--;
  while (e > s && toks.kind[e - 1] === K.Punct) e--;
  return e;
}

function hasOpenBefore(toks: Toks, s: number, e: number): boolean {
  for (let t = e - 1; t >= s && e - t < 400; t--) if (toks.kind[t] === K.DOpen) return true;
  return false;
}

function subjectIsAux(toks: Toks, t: number): boolean {
  const w = lw(toks, t - 1);
  return w === 'is' || w === 'was' || w === 'were' || w === 'are' || w === 'been' || w === 'be';
}

function isEndPunct(c: string): boolean { return c === '.' || c === '!' || c === '?' || c === ';'; }
