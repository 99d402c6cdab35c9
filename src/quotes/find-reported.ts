// Reported speech outside quotation marks: "X said (that) ...", "X told Y (that) ...", "X urged Y to
// ...", "according to X, ...", "..., officials said.", "..., saying ..." (the sentence's subject), and
// "He insisted ... and said ..." (the same speaker). The content is the reported clause; it stops at
// the sentence end, a semicolon, or the next coordinated cue (report-bounds.ts).
import { K, ch, hasFact, isCap, isWord, type Toks, lw, wordId } from './scan-tokens.js';
import { F, idOf, idsOf } from './look-up-word.js';
import { cueAt, type Cue } from './find-cue.js';
import { absoluteSubject, afterDateline, apposedAfter, phraseAfter, range, relativeSubject, sentenceSubject, subjectBefore, type TokRange } from './find-noun-phrase.js';
import { newFound, sentenceRange, type Found, type QuoteContext } from './found.js';
import type { Span } from '../doc/types.js';
import { clauseEnd, clauseStart, connective, dropCircumstance, isEndPunct, skipAdverbials, trimEnd } from './report-bounds.js';
import { GROUP_NOUN, PERSON_ROLE, THAT_ONLY_CUE, pastForm } from './lexicon.js';
import { CIRCUMSTANCE_START, CONTRAST, RELATIVE_BEFORE_SPEAKER, HEADLINE_LABEL, HEADLINE_LINK, MODAL_BEFORE_CUE, STOP_AFTER_COMMA, SUBORDINATOR } from './data/report-words.js';

const ASKED = idOf('asked'), ABOUT = idOf('about'), THAT = idOf('that'), ON = idOf('on'), THEN = idOf('then'), AND = idOf('and'), BUT = idOf('but'), AMONG = idOf('among');
const MODAL_IDS = idsOf(MODAL_BEFORE_CUE), CIRCUMSTANCE_IDS = idsOf(CIRCUMSTANCE_START), SUBORDINATOR_IDS = idsOf(SUBORDINATOR);
const RELATIVE_IDS = idsOf(RELATIVE_BEFORE_SPEAKER);
const CALLED = idOf('called'), CALLS = idOf('calls'), CALLING = idOf('calling');

/** Tokens a cue reads either side of it: far more than any real report. */
const WINDOW = 400;

/**
 * Reported speech in sentence `si`, appended to `out`. `from` is the index in `ctx.toks.cues` of the first
 * cue token at or after the sentence's first token: the caller walks the sentences in order and keeps it as
 * it goes, instead of a search for it in every sentence.
 */
export function findReported(ctx: QuoteContext, si: number, out: Found[], from: number): void {
  const { toks, inside, used } = ctx;
  const { first, end } = sentenceRange(ctx, si);
  const firstIndex = out.length;
  headlineColon(ctx, first, end, si, out);
  let questions = 0;
  // the tokens a cue may start at ("called", naming someone, is a cue word too), in order, from the first at or
  // after `first`: a report that takes tokens goes on from the first cue token after them
  const { cues } = toks;
  for (let c = from; c < cues.length; c++) {
    const t = cues[c];
    if (t >= end) break;
    if (inside[t] >= 0 || used[t]) continue;
    if (wordId(toks, t) === ASKED) {
      const q = question(ctx, t, first, end, si);
      // (a question is no report of the speaker's: "Asked about X, Lee frowned and said ..." is Lee's own)
      if (q) { out.push(q.found); questions++; c = cueFrom(cues, q.end) - 1; continue; }
    }
    const cue = cueAt(toks, t, first);
    if (!cue) {
      const w = wordId(toks, t);
      const f = w === CALLED || w === CALLS || w === CALLING ? naming(ctx, t, first, end, si) : null;
      if (f) { out.push(f.found); pushRelative(ctx, f.found, t, out); c = cueFrom(cues, f.end) - 1; }
      continue;
    }
    if (cue.quoteOnly) continue;
    // ("maintained a lead", "advising the campaign": no report; "maintained that ...": one)
    if (THAT_ONLY_CUE.has(cue.lemma) && wordId(toks, skipAdverbials(toks, cue.e, end).next) !== THAT) continue;
    // a cue reads at most WINDOW tokens either side, so a run-on "sentence" of thousands of cues stays linear
    const lo = Math.max(first, t - WINDOW), hi = Math.min(end, t + WINDOW);
    const f = report(ctx, cue, lo, hi, si, out.length - questions > firstIndex || cuedBefore(ctx, lo, t));
    if (!f) continue;
    c = cueFrom(cues, cue.e) - 1;
    // "Ann Lee told a news briefing that ...": a second cue word of the same words reports nothing new
    if (sameWords(out, firstIndex, f)) continue;
    out.push(f);
    pushRelative(ctx, f, cue.s, out);
    const tail = afterMiddleCue(ctx, f, cue, hi);
    if (tail) { out.push(tail.found); c = cueFrom(cues, tail.end) - 1; }
  }
}

/**
 * "the plan, which he said was a mistake", "what Ann Lee called “a disgrace”": the relative word before the
 * speaker stands for what was said about it, a fragment of the report, under the same cue (the words after the
 * cue are the rest).
 */
function pushRelative(ctx: QuoteContext, f: Found, cueStart: number, out: Found[]): void {
  const { toks } = ctx;
  const r = f.mention ? f.mention.s - 1 : -1;
  if (r < 0 || f.mention!.e > cueStart || f.start < toks.start[cueStart] || !RELATIVE_IDS.has(wordId(toks, r)) || ctx.inside[r] >= 0) return;
  // ("an interview, in which he said ...": after a preposition it is where or when it was said)
  if (hasFact(toks, r - 1, F.Preposition)) return;
  const g = newFound('indirect', toks.start[r], toks.end[r], f.sentence, f.paragraph, f.confidence, f.cue, f.mention);
  out.push(g);
}

/** Index in `cues` (ascending token numbers) of the first at or after token `t`: a binary search. */
function cueFrom(cues: Int32Array, t: number): number {
  let lo = 0, hi = cues.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (cues[m] < t) lo = m + 1; else hi = m; }
  return lo;
}

/**
 * '..., Lee said in Paris, noting ...': a short phrase of place or occasion after the cue, then a comma and
 * "adding", "noting" (a report of its own): nothing was said after the cue, the words came before it.
 */
function placeThenAside(toks: Toks, s: number, end: number): boolean {
  // (a phrase of place or occasion: "in", "at", "during", "on"; not the one written to or the thing asked for)
  const w = lw(toks, s);
  if (w !== 'in' && w !== 'at' && w !== 'during' && w !== 'on') return false;
  for (let k = s + 1; k < end && k - s <= 8; k++) {
    if (toks.kind[k] === K.Word) { if (wordId(toks, k) === THAT) return false; continue; }
    return ch(toks, k) === ',' && STOP_AFTER_COMMA.has(lw(toks, k + 1));
  }
  return false;
}

/** Does one of the last two reports of this sentence (from `from` on) hold exactly the words of `f`? */
function sameWords(out: readonly Found[], from: number, f: Found): boolean {
  for (let i = Math.max(from, out.length - 2); i < out.length; i++) if (out[i].start === f.start && out[i].end === f.end) return true;
  return false;
}

// "Trump: We will build the wall" — a short name, a colon and the words, with no quotation marks
function headlineColon(ctx: QuoteContext, first: number, end: number, si: number, out: Found[]): void {
  const { toks } = ctx;
  // the article's first line, a headline, may name the one addressed or the place: "Clinton to Planned
  // Parenthood: Trump will reverse Roe", "Former AG Mukasey at RNC: ..." (the speaker is the words before "to"/"at")
  const headline = toks.para[first] === 0;
  let who = -1;
  for (let k = first + 1; k < end && k - first <= (who >= 0 ? 8 : 5); k++) {
    if (ch(toks, k) !== ':') {
      if (headline && who < 0 && k > first && k - first <= 4 && HEADLINE_LINK.has(lw(toks, k)) && isCap(toks, k + 1)) { who = k; continue; }
      if (!isCap(toks, k)) return;
      continue;
    }
    if (!isCap(toks, first) || toks.kind[k + 1] === K.DOpen || end - k < 4 || ctx.inside[k + 1] >= 0 || quotedToEnd(ctx, k + 1, end)) return;
    // "The Latest: Trump tells ...", "Analysis: ...": a headline label speaks no words
    if (HEADLINE_LABEL.has(lw(toks, k - 1)) && k - first <= 2) return;
    // "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a list of names after a label is no one's words
    if (nameList(ctx, k + 1, end)) return;
    const f = content(ctx, said({ start: toks.start[k], end: toks.end[k] }, range(first, who >= 0 ? who : k), si, toks.para[k]), k + 1, end, 0.6);
    if (f) out.push(f);
    return;
  }
}

/** Words [s, e) that are a list of names: three commas or more, and most words capitalised. */
function nameList(ctx: QuoteContext, s: number, e: number): boolean {
  const { toks } = ctx;
  let commas = 0, words = 0, caps = 0;
  for (let k = s; k < e; k++) {
    if (toks.kind[k] === K.Word) { words++; if (isCap(toks, k)) caps++; } else if (ch(toks, k) === ',') commas++;
  }
  return commas >= 3 && caps * 4 >= words * 3;
}

// "Ann Lee: 'I never thought I'd run again'" — a single-quoted rest of the line is a direct quote, found as
// one; "Ann Lee: 'No Idea' If I Would Run" is not
function quotedToEnd(ctx: QuoteContext, open: number, end: number): boolean {
  if (ctx.toks.kind[open] !== K.SOpen || open + 1 >= end) return false;
  const m = ctx.marks[ctx.inside[open + 1]];
  return m !== undefined && m.open === open && m.close >= end - 2;
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
    const phrase = phraseAfter(toks, cue.e, k);
    if (!phrase) return null;
    const mention = sourceBehind(toks, phrase, k);
    const atStart = cue.s === first || (cue.s === first + 1 && toks.kind[first] === K.Word);
    if (atStart && ch(toks, k) === ',') return content(ctx, said(cueSpan, mention, si, paragraph), k + 1, stripEnd(end), 0.8);
    // "In addition, according to X, ...", "While most were kept, according to X, two were ...": after only a
    // connective or a contrasting clause the words are those after the source
    const lead = afterDateline(toks, first, cue.s);
    if (ch(toks, k) === ',' && ch(toks, cue.s - 1) === ',' && (connective(toks, lead, end) === cue.s || (CONTRAST.has(lw(toks, lead)) && !commaIn(toks, lead, cue.s - 1)))) {
      return content(ctx, said(cueSpan, mention, si, paragraph), k + 1, stripEnd(end), 0.8);
    }
    const e = ch(toks, cue.s - 1) === ',' ? cue.s - 1 : cue.s;
    return content(ctx, said(cueSpan, mention, si, paragraph), first, e, 0.75);
  }
  // "we are now being told that ...", "Voters were told that ...": what was told with no teller named is still
  // reported speech, from no one known
  if (cue.passive && cue.lemma === 'tell' && wordId(toks, cue.e) === THAT) {
    return content(ctx, said(cueSpan, undefined, si, paragraph), cue.e + 1, clauseEnd(ctx, cue.e + 1, end), 0.6);
  }
  if (cue.passive) return null;
  if (cue.s > first && !cue.objectTo && MODAL_IDS.has(wordId(toks, cue.s - 1)) && wordId(toks, cue.e) !== THAT && ch(toks, cue.e) !== ':') return null;
  // ", officials said." / ", said Mr Smith." — the content came first
  // ("voters who say the economy ...": a relative "who" right before "say" without a comma stands for the noun
  // before it; not a poll's "64 percent who say the same")
  // "Even if the agency closed, its work would go on, said Ann Lee, who ...": a comma right before an inverting cue
  // and a speaker after it: the words before the comma were said, however the clause before them reads
  if (!cue.ing && INVERTING.has(cue.lemma) && ch(toks, cue.s - 1) === ',' && cue.s - 1 > first) {
    const after = skipAdverbials(toks, cue.e, end);
    const mention = isCap(toks, after.next) ? speakerAfter(toks, after.next, end) : null;
    if (mention) return content(ctx, said(cueSpan, mention, si, paragraph), afterDateline(toks, first, cue.s - 1), cue.s - 1, 0.75);
  }
  const before = cue.ing && !isWord(toks, cue.s - 1) ? null : subjectBefore(toks, cue.s, first);
  const relative = before || cue.ing || cue.lemma !== 'say' ? null : relativeSubject(toks, cue.s - 1, first);
  const subject = before ?? relative;
  // ("..., his top aide, Tad Devine, said": the role the name is set off after is the speaker's too)
  // (only when a comma sets the role off too: not "..., a study by [a sociologist], Ann Lee, found")
  const left = subject ? (subject.outer >= 0 && ch(toks, subject.outer - 1) === ',' ? subject.outer : subject.s) - 1 : cue.s - 1;
  const afterCue = skipAdverbials(toks, cue.e, end);
  if (ch(toks, left) === ',' && left > first && (afterCue.rest <= 1 || ch(toks, afterCue.next) === ',' || placeThenAside(toks, afterCue.next, end) || (cue.lemma === 'tell' && !cue.ing && wordsIn(toks, first, left) >= 2 && onlyTold(toks, afterCue.next, end)))) {
    const mention = subject ?? phraseAfter(toks, cue.e, end);
    const r = said(cueSpan, mention ?? undefined, si, paragraph);
    const f = content(ctx, r, afterDateline(toks, first, left), left, 0.75);
    // "Still, he said, officials must decide ...": only an adverb before the cue, so the words are after it;
    // "Survival, Ms Lee says, depends on ...", "That, she explained, is by design": one word of the clause before
    // it, a fragment of its own; the words after it follow (afterMiddleCue)
    const s = afterCue.next + 1;
    if (f || ch(toks, afterCue.next) !== ',' || toks.kind[s] !== K.Word) return f;
    const w = lw(toks, s);
    if (STOP_AFTER_COMMA.has(w) || CONTRAST.has(w) || w === 'who' || w === 'which' || cueAt(toks, s, -1)) return null;
    let front = afterDateline(toks, first, left);
    while (front < left && toks.kind[front] !== K.Word) front++;
    const adverb = front + 1 === left && frontAdverb(toks, front);
    if (front + 1 === left && !adverb && mention) return newFound('indirect', toks.start[front], toks.end[front], si, paragraph, 0.75, cueSpan, mention);
    return content(ctx, r, front < left && !adverb ? front : s, clauseEnd(ctx, s, end), 0.75);
  }
  // "Tariffs will not bring the jobs back, said Ann Lee, an economist at MIT." — the speaker after the cue,
  // then an apposition, a place or the sentence end: the content came first
  if (!subject && !cue.ing && INVERTING.has(cue.lemma) && ch(toks, left) === ',' && left > first) {
    const mention = speakerAfter(toks, afterCue.next, end);
    if (mention) return content(ctx, said(cueSpan, mention, si, paragraph), afterDateline(toks, first, left), left, 0.75);
  }
  if (cue.s === first && !cue.ing) return null;
  let mention: TokRange | null = null;
  let sameAsPrevious = false;
  if (cue.ing && (ch(toks, cue.s - 1) === ',' || isWord(toks, cue.s - 1)) && !subjectIsAux(toks, cue.s)) {
    if (ch(toks, cue.s - 1) === ',' && hasPrevious) sameAsPrevious = true;
    else mention = absoluteSubject(toks, first, cue.s) ?? sentenceSubject(toks, first, cue.s);
  } else {
    mention = subject;
    // "... but on Tuesday wrote that": the coordinator before the day
    const c = hasFact(toks, cue.s - 1, F.TimeWord) && wordId(toks, cue.s - 2) === ON ? cue.s - 3 : cue.s - 1;
    // (", then says ...": "then" coordinates as "and" does)
    const coordinator = wordId(toks, c) === THEN && (ch(toks, c - 1) === ',' || wordId(toks, c - 1) === AND) ? AND : wordId(toks, c);
    const coordinated = coordinator === AND || coordinator === BUT;
    if (!mention && coordinated && hasPrevious) sameAsPrevious = true;
    // "McConnell ... clinched the nomination and said this week that ..." — the sentence's subject
    else if (!mention && coordinated) mention = sentenceSubject(toks, first, cue.s);
    if (!mention && !sameAsPrevious) return null;
  }
  if (!mention && !sameAsPrevious) return null;
  const start = clauseStart(toks, cue, end);
  if (start < 0) return null;
  let e = clauseEnd(ctx, start, end, INVERTING.has(cue.lemma), cue.ing);
  // "what lawmakers called “fraud” led ...": what something is called is the quotation after "call", no more
  // ... and so is what it is described as ("which he described as “a disaster” in May")
  if ((cue.lemma === 'call' || cue.lemma === 'describe') && start <= cue.e + 1 && (toks.kind[start] === K.DOpen || toks.kind[start] === K.SOpen)) {
    const m = ctx.marks[ctx.inside[start + 1]];
    if (m !== undefined && m.open === start && m.close < e) e = m.close + 1;
  }
  // "62 percent of voters who said the economy was their top issue backed Lee": a relative clause in the
  // sentence's subject ends before the main verb, the first verb after the report's own
  // ... and one in a phrase fronted before the subject ends at its comma ("Among those who said ..., most backed Lee")
  if (relative && !verbIn(toks, afterDateline(toks, first, relative.s), relative.s)) {
    e = beforeSecondVerb(toks, start, e);
    if (hasFact(toks, first, F.Preposition) || wordId(toks, first) === AMONG) for (let k = start + 1; k < e; k++) if (ch(toks, k) === ',') { e = k; break; }
  }
  // '..., Mr Reid said in a statement.' — where or when it was said, with nothing said after it
  if (CIRCUMSTANCE_IDS.has(wordId(toks, start)) && wordsIn(toks, start, e) <= 12) return null;
  // "Although Mr Smith said he would hold a hearing, it is unlikely ..." — the main clause is the writer's
  if (SUBORDINATOR_IDS.has(wordId(toks, toks.kind[first] === K.Word ? first : first + 1))) {
    for (let k = start + 1; k < e; k++) if (ch(toks, k) === ',') { e = k; break; }
  }
  return content(ctx, said(cueSpan, mention ?? undefined, si, paragraph, sameAsPrevious), start, e, 0.8);
}

/**
 * "..., Ann Lee told The Post and Courier on Monday.": after "told" only the one told, a time or place and the
 * sentence end or a clause of when: the words came before the cue (not "In May, Ann Lee told the story of X, which ...").
 */
function onlyTold(toks: Toks, k: number, end: number): boolean {
  let p = phraseAfter(toks, k, end);
  for (let n = 0; p && n < 3 && (lw(toks, p.e) === 'and' || lw(toks, p.e) === 'of') && p.e + 1 < end; n++) p = phraseAfter(toks, p.e + 1, end);
  if (!p) return false;
  const after = skipAdverbials(toks, p.e, end);
  // (or a clause on when it was said: "told his advisers as he wrote")
  return after.next >= end || isEndPunct(ch(toks, after.next)) || SUBORDINATOR.has(lw(toks, after.next));
}

const FRONT_ADVERBS = new Set(['perhaps', 'otherwise', 'overall', 'again', 'ultimately', 'sure', 'instead', 'still', 'now', 'yes', 'no', 'but', 'and', 'so', 'first', 'finally', 'today', 'sometimes', 'often']);
/** "Still", "Now", "Perhaps", "Recently": a sentence adverb standing alone before ", he said,". */
function frontAdverb(toks: Toks, k: number): boolean {
  const w = lw(toks, k);
  return FRONT_ADVERBS.has(w) || hasFact(toks, k, F.SentenceAdverb) || hasFact(toks, k, F.TimeWord) || (w.length > 4 && w.endsWith('ly'));
}

/** Before a question's "asked": the sentence start, "when ...", ", asked", "was asked". */
const BEFORE_ASKED = new Set(['when', 'after', 'once', 'if', 'was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);
const QUESTION_WORDS = new Set(['if', 'whether', 'what', 'why', 'how', 'who', 'whom', 'which', 'where', 'about']);

/**
 * "Asked whether he would run, Ms Lee said ...", "he said when asked by a reporter about the plan", "Lee was
 * asked what went wrong": the question is reported speech, from the question word (after "about") to the comma or
 * the sentence end; its asker is the one after "by", or no one.
 */
function question(ctx: QuoteContext, t: number, first: number, end: number, si: number): { found: Found; end: number } | null {
  const { toks } = ctx;
  const prev = t > first ? (toks.kind[t - 1] === K.Word ? lw(toks, t - 1) : ch(toks, t - 1)) : '';
  if (t > first && isCap(toks, t)) return null;
  if (!(t === first || prev === ',' || BEFORE_ASKED.has(prev))) return null;
  let k = t + 1;
  let asker: TokRange | undefined;
  if (lw(toks, k) === 'by') {
    const p = phraseAfter(toks, k + 1, end);
    if (!p) return null;
    asker = p;
    k = p.e;
  }
  // "asked Tuesday about", "asked at a briefing in Washington about", "asked during a debate why"
  // (", asked Mook if ...": an object after the cue is the active "asked", no question put to the subject)
  if (k < end && !QUESTION_WORDS.has(lw(toks, k)) && lw(toks, k) !== 'to' && !hasFact(toks, k, F.Preposition) && !hasFact(toks, k, F.TimeWord) && lw(toks, k) !== 'again') return null;
  let s = k;
  while (s < end && s - k < 10 && toks.kind[s] === K.Word && !QUESTION_WORDS.has(lw(toks, s))) s++;
  if (s >= end || toks.kind[s] !== K.Word || !QUESTION_WORDS.has(lw(toks, s))) {
    // "When asked to confirm ...": a request put to the one asked, right after the cue
    if (lw(toks, k) !== 'to' || ctx.inside[k] >= 0) return null;
    s = k;
  }
  let e = s + 1;
  while (e < end && ch(toks, e) !== ',' && !isEndPunct(ch(toks, e)) && toks.kind[e] !== K.DOpen) e++;
  if (e - s < 2) return null;
  // "asked about the plan": the preposition goes with the cue, as after "warned of"; the question is "the plan"
  if (wordId(toks, s) === ABOUT) s++;
  const f = newFound('indirect', toks.start[s], toks.end[e - 1], si, toks.para[t], asker ? 0.7 : 0.5, { start: toks.start[t], end: toks.end[t] }, asker);
  f.question = true;
  return { found: f, end: e };
}

/** Words that may follow a speaker named after the cue: "said Ann Lee of MIT", "said the mayor, who ...". */
const AFTER_SPEAKER = new Set(['of', 'at', 'from', 'in', 'on', 'who']);
/**
 * Cues that put their speaker after them ("..., said Ann Lee", "..., writes the author"); not a verb in a
 * row of headline verbs ("Lee slams Trump, praises Clinton as ...") or an ordinary one ("..., cited his ad").
 */
const INVERTING = new Set(`say add write explain note argue insist recall warn predict observe reply respond continue
concede acknowledge admit agree complain declare report ask suggest contend maintain conclude stress
confirm tweet caution`.split(/\s+/));

/**
 * "said Ann Lee.", "said the city's police chief, ...", "added several officials": a name, a determiner or a
 * people noun, then the end, a comma or a place (not "said the plan would fail", "said goodbye").
 */
function speakerAfter(toks: Toks, k: number, end: number, joined = false): TokRange | null {
  const phrase = phraseAfter(toks, k, end);
  if (!phrase) return null;
  const w = lw(toks, k);
  if (!isCap(toks, k) && !hasFact(toks, k, F.Determiner) && !hasFact(toks, k, F.Pronoun) && !GROUP_NOUN.has(w) && !PERSON_ROLE.has(w) && !(joined && w === 'others')) return null;
  const n = phrase.e;
  // "said the company's chief executive, Ann Lee.": the name set off after the role is the speaker
  if (n >= end) return phrase;
  if (toks.kind[n] !== K.Word) return ch(toks, n) === ',' || isEndPunct(ch(toks, n)) || ch(toks, n) === '(' ? apposedAfter(toks, phrase, end, true) : null;
  // "said Ann Lee and others", "said Ann Lee and Tom Hale": the first of those joined speaks for them
  if (!joined && lw(toks, n) === 'and') return speakerAfter(toks, n + 1, end, true) ? phrase : null;
  return AFTER_SPEAKER.has(lw(toks, n)) ? phrase : null;
}

// "according to a statement released by the company": a statement or an interview is where the words
// were given, not who gave them; the source is the one after "by" or "from", or unknown
function sourceBehind(toks: Toks, phrase: TokRange, limit: number): TokRange | undefined {
  // (the phrase's head, in lower case: "a company statement", not "a poll from X broadcast", "The Washington Post")
  let k = phrase.s;
  while (k < phrase.e && k - phrase.s < 3 && !(hasFact(toks, k, F.Occasion) && !isCap(toks, k))) k++;
  if (k === phrase.e || k - phrase.s >= 3) return phrase;
  // the head ends the phrase or comes before "by", "from" or a participle ("the event organizer X" is X's)
  const w = lw(toks, k + 1);
  if (k + 1 < phrase.e && w !== 'by' && w !== 'from' && !w.endsWith('ed')) return phrase;
  for (let b = k + 1; b < limit && b - k <= 3; b++) {
    const x = lw(toks, b);
    if (x === 'by' || x === 'from') return phraseAfter(toks, b + 1, limit) ?? undefined;
    if (toks.kind[b] !== K.Word) break;
  }
  return undefined;
}

/** A lower-case auxiliary or past form ("was", "backed", "won"): a finite verb, as far as words tell. */
function isVerb(toks: Toks, k: number): boolean {
  if (toks.kind[k] !== K.Word || isCap(toks, k)) return false;
  const w = lw(toks, k);
  return hasFact(toks, k, F.Aux) || w === 'be' || w === 'been' || w === 'being' || pastForm(w);
}

function verbIn(toks: Toks, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isVerb(toks, k) && !(k > s && hasFact(toks, k - 1, F.Determiner))) return true;
  return false;
}

/**
 * Where the second verb group of [s, e) starts, after a word that is no verb nor "and", "or", "to", "that"; else
 * `e`, also when a subordinate clause ("if the candidate won") opens before it.
 */
function beforeSecondVerb(toks: Toks, s: number, e: number): number {
  let groups = 0;
  for (let k = s; k < e; k++) {
    if (SUBORDINATOR.has(lw(toks, k)) || lw(toks, k) === 'that') return e;
    if (!isVerb(toks, k) || (k > s && isVerb(toks, k - 1))) continue;
    const w = k > s ? lw(toks, k - 1) : '';
    if (w === 'and' || w === 'or' || w === 'to' || w === 'that' || w === 'who' || w === 'which' || (k > s && hasFact(toks, k - 1, F.Determiner))) continue;
    if (++groups === 2) return k;
  }
  return e;
}

function commaIn(toks: Toks, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (ch(toks, k) === ',') return true;
  return false;
}

type Report = { cue: Span | undefined; mention: TokRange | undefined; sameAsPrevious: boolean; sentence: number; paragraph: number };

/**
 * What `content` needs of a report, in one object shape. Written as literals with the fields each had, the records
 * took four shapes, and on an unseen article one changed under compiled code: report, naming, headlineColon and
 * content were all thrown away at once ("code dependencies") and compiled again.
 */
function said(cue: Span | undefined, mention: TokRange | undefined, sentence: number, paragraph: number, sameAsPrevious = false): Report {
  return { cue, mention, sameAsPrevious, sentence, paragraph };
}

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
  const found = content(ctx, said(cueSpan, mention, si, toks.para[t]), t + 1, close + 1, 0.7);
  return found ? { found, end: close + 1 } : null;
}

// "Many of the closures, he said, have involved public courses" — a cue in the middle of the report:
// the words after it are more of the same content, under the same cue and speaker.
function afterMiddleCue(ctx: QuoteContext, f: Found, cue: Cue, end: number): { found: Found; end: number } | null {
  const { toks } = ctx;
  if (f.mention && f.mention.s >= cue.e && f.end <= toks.start[cue.s]) return afterInvertedSpeaker(ctx, f, end);
  if (!f.mention || f.mention.s >= cue.s || f.end > toks.start[f.mention.s]) return null;
  const after = skipAdverbials(toks, cue.e, end);
  const k = after.next;
  if (ch(toks, k) !== ',' || after.rest < 2 || toks.kind[k + 1] !== K.Word) return null;
  const w = lw(toks, k + 1);
  if (STOP_AFTER_COMMA.has(w) || CONTRAST.has(w) || w === 'who' || w === 'which' || cueAt(toks, k + 1, -1)) return null;
  const e = clauseEnd(ctx, k + 1, end);
  const found = content(ctx, said(f.cue, f.mention, f.sentence, f.paragraph, f.sameAsPrevious), k + 1, e, f.confidence);
  return found ? { found, end: e } : null;
}

// "The contrast, said Ann Lee and others, would be clear": a speaker named after a cue in the middle of the
// report, then a comma and an auxiliary, which goes on with the clause before the cue
function afterInvertedSpeaker(ctx: QuoteContext, f: Found, end: number): { found: Found; end: number } | null {
  const { toks } = ctx;
  let k = f.mention!.e;
  if (lw(toks, k) === 'and') k = phraseAfter(toks, k + 1, end)?.e ?? k;
  if (ch(toks, k) !== ',' || toks.kind[k + 1] !== K.Word || isCap(toks, k + 1) || !hasFact(toks, k + 1, F.Aux)) return null;
  const e = clauseEnd(ctx, k + 1, end);
  const found = content(ctx, said(f.cue, f.mention, f.sentence, f.paragraph), k + 1, e, f.confidence);
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
  out.sameAsPrevious = f.sameAsPrevious;
  return out;
}

function countQuoted(ctx: QuoteContext, t: number): number {
  const m = ctx.marks[ctx.inside[t]];
  let n = 0;
  for (let k = m.open + 1; k < ctx.toks.n && ctx.toks.start[k] < m.end && n < 4; k++) if (ctx.toks.kind[k] === K.Word) n++;
  return n;
}

function wordsIn(toks: Toks, s: number, e: number): number {
  let n = 0;
  for (let t = s; t < e; t++) if (toks.kind[t] === K.Word) n++;
  return n;
}

function subjectIsAux(toks: Toks, t: number): boolean {
  const w = lw(toks, t - 1);
  return w === 'is' || w === 'was' || w === 'were' || w === 'are' || w === 'been' || w === 'be';
}

