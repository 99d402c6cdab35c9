// Where a reported clause starts after its cue and where it ends: past the one told, time words and
// "that"; up to a semicolon, a dash, another cue, the writer's next clause or a trailing occasion.
import { K, ch, dashAt, hasFact, isCap, type Toks, lw, wordId } from './scan-tokens.js';
import { F, idOf, idsOf } from './look-up-word.js';
import { cueAt, type Cue } from './find-cue.js';
import { DETERMINER, INFINITIVE_CUE, PRONOUN, pastForm } from './lexicon.js';
import type { QuoteContext } from './found.js';
import { APPROXIMATED, BUT_GOES_ON, NOT_ONLY, RELATIVE_OPENERS, CONNECTIVE, CONTRAST, CUE_PREPOSITION, FINITE_AFTER_BUT, NEW_SUBJECT, PLACE_OR_TIME, QUESTION_START, STOP_AFTER_COMMA, SUBJECT_START, POSSESSIVE_START } from './data/report-words.js';

const AND = idOf('and'), BUT = idOf('but'), THAT = idOf('that'), ON = idOf('on'), IN = idOf('in'), AT = idOf('at'), DURING = idOf('during'), TO = idOf('to'), NOT = idOf('not');
const CUE_PREPOSITION_IDS = idsOf(CUE_PREPOSITION), PLACE_OR_TIME_IDS = idsOf(PLACE_OR_TIME);

/** Where the reported clause starts after the cue: past the recipient, time words and "that". */
export function clauseStart(toks: Toks, cue: Cue, end: number): number {
  let t = cue.e;
  // "urged Russia to end ...", "called on Russia to promote ...": the object is part of the content
  if (cue.objectTo) {
    for (let k = t; k < end && k - t <= 6; k++) {
      const w = lw(toks, k);
      // "warned of deep cuts to schools": a preposition after the cue takes no object and infinitive
      if (w === 'that' || toks.kind[k] !== K.Word || (k === t && CUE_PREPOSITION.has(w))) break;
      if (w === 'to' && k > t && toks.kind[k + 1] === K.Word && !isCap(toks, k + 1)) return t;
    }
  }
  // "vowed to veto the bill", "pledged not to raise taxes": the infinitive is what was promised, "to" no preposition
  if (INFINITIVE_CUE.has(cue.lemma)) {
    const k = wordId(toks, t) === NOT ? t + 1 : t;
    if (wordId(toks, k) === TO && toks.kind[k + 1] === K.Word && !isCap(toks, k + 1) && !hasFact(toks, k + 1, F.Determiner)) return t;
  }
  const a = skipAdverbials(toks, t, end);
  t = a.next;
  if (wordId(toks, t) === THAT) return t + 1;
  // "cautioned against a betrayal", "agreed with the analysis": the preposition goes with the cue
  // (not "predicted about one-third of the vote will ...": "about" before a number is an approximation)
  if (t === cue.e && CUE_PREPOSITION_IDS.has(wordId(toks, t)) && toks.kind[t + 1] === K.Word && !approximation(toks, t)) return t + 1;
  // "which he described as “a disaster”": what it was described as, the "as" no circumstance
  if (t === cue.e && cue.lemma === 'describe' && lw(toks, t) === 'as' && (toks.kind[t + 1] === K.DOpen || toks.kind[t + 1] === K.SOpen)) return t + 1;
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
      if (k > t && hasFact(toks, k, F.Preposition)) { const j = thatAfter(toks, k, end, 16, true); if (j >= 0) return j + 1; }
      if (possessiveMark(toks, k)) continue;
      if (toks.kind[k] !== K.Word) return k > t ? k : -1;
      if (k > t && (SUBJECT_START.has(w) || (DETERMINER.has(w) && (!isCap(toks, k - 1) || POSSESSIVE_START.has(w))))) return k;
      if (k > t && PRONOUN.has(w)) return k;
    }
    // "told The Post and Courier newspaper of Charleston on Saturday that ...": a long name of the one told
    const j = thatAfter(toks, t, end, 16, false);
    return j >= 0 ? j + 1 : -1;
  }
  return t;
}

/** "about half", "about 40 percent", "about a third": "about" at `k` before a number or a share. */
function approximation(toks: Toks, k: number): boolean {
  if (lw(toks, k) !== 'about') return false;
  const c = toks.codes[toks.start[k + 1]];
  if (c >= 48 && c <= 57) return true;
  const w = lw(toks, k + 1);
  return APPROXIMATED.has(w) || (w === 'a' && APPROXIMATED.has(lw(toks, k + 2)));
}

/** Time words that only open a time phrase ("this week"): alone after a preposition they are no time. */
const OPEN_TIME = new Set(['this', 'last', 'next']);

export function skipAdverbials(toks: Toks, t: number, end: number): { next: number; rest: number } {
  let k = t;
  while (k < end) {
    if (hasFact(toks, k, F.TimeWord)) { k++; continue; }
    if (!hasFact(toks, k, F.Preposition)) break;
    if (thatSoon(toks, k, end)) { while (k < end && wordId(toks, k) !== THAT && (toks.kind[k] === K.Word || possessiveMark(toks, k))) k++; break; }
    // "said on Monday the plan would fail": a preposition before time words is part of the time phrase
    // (not before "this" alone: "agreed with this view")
    let j = k + 1;
    while (j < end && hasFact(toks, j, F.TimeWord)) j++;
    if (j === k + 1 || OPEN_TIME.has(lw(toks, j - 1))) break;
    k = j;
  }
  if (ch(toks, k) === ',' && wordId(toks, k + 1) === THAT) k++;
  let rest = 0;
  for (let j = k; j < end && rest < 2; j++) if (toks.kind[j] === K.Word) rest++;
  return { next: k, rest };
}

// "said in a statement that ..." — a preposition after the cue is an adverbial when "that" follows soon
function thatSoon(toks: Toks, k: number, end: number): boolean {
  return thatAfter(toks, k, end, 8, false) >= 0 || k + 6 >= end;
}

// "told a town hall in Salem, New Hampshire on Monday that ..." — the "that" closing a phrase of place
// or time after the cue (words, and commas when `commas`), within `reach` tokens, or -1
function thatAfter(toks: Toks, k: number, end: number, reach: number, commas: boolean): number {
  for (let j = k + 1; j < end && j - k <= reach; j++) {
    if (wordId(toks, j) === THAT) return j;
    if (toks.kind[j] !== K.Word && !(commas && ch(toks, j) === ',') && !possessiveMark(toks, j)) return -1;
  }
  return -1;
}

/** "Sanders’ Senate office": a lone apostrophe right against the word before it, a possessive (no closing quote). */
function possessiveMark(toks: Toks, j: number): boolean {
  return toks.kind[j] === K.SClose && j > 0 && toks.start[j] === toks.end[j - 1] && toks.kind[j - 1] === K.Word && toks.kind[j + 1] === K.Word;
}

/**
 * The clause ends at the sentence end, a semicolon, ", saying", or " and said"; with `clausal` (a cue that
 * reports a clause, "said", not one whose object is what was said, "mentioned") also at an apposition on its last noun.
 * Never inside quoted words that open in the clause: 'said the choice is “hard, and we will see”' goes to the close.
 */
export function clauseEnd(ctx: QuoteContext, s: number, end: number, clausal = false, ingCue = false): number {
  const { toks } = ctx;
  for (let t = s + 1; t < end; t++) {
    if (t - s > 150) return t;
    if (toks.kind[t] === K.DOpen) { t = quoteClose(ctx, t, end) - 1; continue; }
    if (toks.kind[t] === K.Word) {
      // " and said ...", " but argued that ..." ("and", "but": three letters, looked up only then)
      if (toks.end[t] - toks.start[t] !== 3 || t + 1 >= end) continue;
      const w = wordId(toks, t);
      if (w !== AND && w !== BUT) continue;
      if (cueAt(toks, t + 1, -1) && !cueAt(toks, t + 1, -1)!.ing) return t;
      // "said the plan works but declined to say why": the speaker's next verb is the writer's telling
      if (w === BUT && verbAfterBut(toks, t + 1) && !notBefore(toks, s, t)) return t;
      // "calling him a liar and tweeting a photo": after an -ing cue, an -ing form after "and" is the speaker's next act
      if (ingCue && w === AND && ingForm(toks, t + 1)) return t;
      // "praised the plan and challenged him to a debate": after a cue whose object is what was said (not "said
      // that ..."), "and" with a past verb and its object is the speaker's next act
      // (not inside a relative clause of the object: "Ann Lee, who was born and raised in Leeds")
      if (!clausal && w === AND && wordId(toks, s - 1) !== THAT && pastVerb(toks, t + 1) && !relativeIn(toks, s, t)) return t;
      // " and she accused ...", " but he told ...": a pronoun and a cue of its own start another report
      if (t + 2 < end && hasFact(toks, t + 1, F.Pronoun) && !isCap(toks, t + 1) && cueAt(toks, t + 2, -1)?.passive === false) return t;
      continue;
    }
    const c = ch(toks, t);
    if (c === ';') return t;
    // "... a racist comment,” Mr. Ryan said." — a closed quote and its own attribution end the report
    if (toks.kind[t] === K.DClose && attributionAfter(toks, t + 1, end)) return t + 1;
    // "... in Burma's elections — a landslide win that ...": what follows a dash is the writer's aside
    // ... unless a second dash closes it and the clause goes on ("said closed primaries — those open only to
    // members — deny many the vote")
    if (dashAt(toks, t)) {
      const close = asideClose(toks, t, end);
      if (close < 0) return t;
      t = close;
      continue;
    }
    // "... lost its identity: “France is no longer France,” he claimed" — a quote of its own follows
    if (c === ':' && toks.kind[t + 1] === K.DOpen) return t;
    // (", but that ...", ", but not ..." and "not just a failure, but a catastrophe" go on with what was said)
    if (c === ',' && (STOP_AFTER_COMMA.has(lw(toks, t + 1)) || (CONTRAST.has(lw(toks, t + 1)) && !butGoesOn(toks, s, t + 1)) || commaCue(toks, t + 1))) return t;
    // "criticized his opponents for their animosity, which he argued ..." — an aside on the last noun
    if (c === ',' && lw(toks, t + 1) === 'which') return t;
    // "... plans to vote for Ann Lee, who similarly blasts free trade": so is an aside on a person, unless the
    // clause goes on after it ("said the mayor, who was elected in May, would resign")
    if (c === ',' && lw(toks, t + 1) === 'who' && !resumesAfterAside(toks, t + 2, end)) return t;
    // "said he would repeal the tax, a levy that hits bakers": an apposition on the last noun of a clause is the
    // writer's too (not a list, "cut taxes, the deficit and spending", nor an aside the clause goes on after)
    if (clausal && c === ',' && (lw(toks, t + 1) === 'a' || lw(toks, t + 1) === 'an' || lw(toks, t + 1) === 'the') && toks.kind[t - 1] === K.Word && !hasFact(toks, t - 1, F.NpStop) && !listOrResumes(toks, t + 2, end)) return t;
    // "... a favorable view of Lee, compared with 40 percent who ...": the writer's comparison
    if (c === ',' && lw(toks, t + 1) === 'compared' && (lw(toks, t + 2) === 'with' || lw(toks, t + 2) === 'to')) return t;
    // "..., and they rejected any implication that ..." — the writer's own next clause
    if (c === ',' && lw(toks, t + 1) === 'and' && NEW_SUBJECT.has(lw(toks, t + 2))) return t;
  }
  return end;
}

/**
 * The dash that closes an aside opened by the dash at `t`, when the clause goes on after it with a lower-case word
 * (not a quotation, a name or the end: "— a landslide win that ...—" is the writer's); else -1.
 */
function asideClose(toks: Toks, t: number, end: number): number {
  const open = ch(toks, t);
  for (let k = t + 1; k < end && k - t <= 30; k++) {
    if (toks.kind[k] === K.Word) continue;
    const c = ch(toks, k);
    if (c === open && toks.end[k] - toks.start[k] === toks.end[t] - toks.start[t]) {
      return k > t + 1 && toks.kind[k + 1] === K.Word && !isCap(toks, k + 1) && !cueAt(toks, k + 1, -1) ? k : -1;
    }
    if (isEndPunct(c) || c === ':' || toks.kind[k] === K.DOpen || toks.kind[k] === K.DClose) return -1;
  }
  return -1;
}

/** ", but" at `k` that goes on with the report: before "that", "not", "rather", "because", or after a "not" in the clause. */
function butGoesOn(toks: Toks, s: number, k: number): boolean {
  return wordId(toks, k) === BUT && (BUT_GOES_ON.has(lw(toks, k + 1)) || notBefore(toks, s, k));
}

/**
 * "not only X, but Y", "not one, but two": a "not" in the clause [s, k) that the "but" at `k` answers, right before
 * it (6 tokens) or with "only", "just" (within 40); not "she is not running for a third term, but she has ...".
 */
function notBefore(toks: Toks, s: number, k: number): boolean {
  for (let j = k - 1; j >= s && k - j <= 40; j--) if (wordId(toks, j) === NOT && (k - j <= 6 || NOT_ONLY.has(lw(toks, j + 1)))) return true;
  return false;
}

/**
 * A lower-case -ing verb at `k`: a cue ("tweeting", "vowing") or one before a determiner, pronoun, "that", "to" or
 * a preposition ("putting his reputation at risk"); not an adjective ("growing inequality", "misleading articles").
 */
function ingForm(toks: Toks, k: number): boolean {
  if (toks.kind[k] !== K.Word || isCap(toks, k) || toks.end[k] - toks.start[k] < 6) return false;
  const w = lw(toks, k);
  if (!w.endsWith('ing') || w.endsWith('thing') || hasFact(toks, k, F.Preposition)) return false;
  if (cueAt(toks, k, -1)?.ing) return true;
  const n = k + 1;
  return toks.kind[n] === K.Word && !isCap(toks, n) && (hasFact(toks, n, F.Determiner) || hasFact(toks, n, F.Pronoun) || hasFact(toks, n, F.Preposition) || POSSESSIVE_START.has(lw(toks, n)) || wordId(toks, n) === THAT || wordId(toks, n) === TO);
}

/** A relative word ("who", "which", "whom", "whose") or a subordinate "when" in [s, t). */
function relativeIn(toks: Toks, s: number, t: number): boolean {
  for (let k = s; k < t; k++) if (RELATIVE_OPENERS.has(lw(toks, k))) return true;
  return false;
}

/** A lower-case past form ("challenged", "won") before its object: a determiner, pronoun, preposition, "to" or a name. */
function pastVerb(toks: Toks, k: number): boolean {
  if (toks.kind[k] !== K.Word || isCap(toks, k)) return false;
  const w = lw(toks, k);
  if (!pastForm(w)) return false;
  const n = k + 1;
  return toks.kind[n] === K.Word && (isCap(toks, n) || hasFact(toks, n, F.Determiner) || hasFact(toks, n, F.Pronoun) || hasFact(toks, n, F.Preposition) || POSSESSIVE_START.has(lw(toks, n)) || wordId(toks, n) === TO);
}

/** A verb with no subject of its own right after "but": "declined", "did", "took", a cue "warning" (not "inspiring"). */
function verbAfterBut(toks: Toks, k: number): boolean {
  if (toks.kind[k] !== K.Word || isCap(toks, k)) return false;
  const w = lw(toks, k);
  return FINITE_AFTER_BUT.has(w) || pastForm(w) || cueAt(toks, k, -1)?.ing === true;
}

/** The closing mark of the quoted words opened at `open`, when it is before `end`; else `open` + 1. */
function quoteClose(ctx: QuoteContext, open: number, end: number): number {
  const m = ctx.marks[ctx.inside[open + 1]];
  return m !== undefined && m.open === open && m.close > open && m.close < end ? m.close : open + 1;
}

/**
 * After ", the" at `s`, before the sentence ends: an "and" or "or" (a list), another comma (an aside the clause
 * goes on after), or a closing quotation mark (the words are quoted).
 */
function listOrResumes(toks: Toks, s: number, end: number): boolean {
  for (let k = s; k < end; k++) {
    if (k - s >= 30 || toks.kind[k] === K.DClose || toks.kind[k] === K.SClose) return true;
    if (toks.kind[k] === K.Word) { const w = lw(toks, k); if (w === 'and' || w === 'or') return true; continue; }
    const c = ch(toks, k);
    if (c === ',' || c === '(') return true;
    if (c === ';' || c === '.' || c === '—') return toks.kind[k + 1] === K.DClose || toks.kind[k + 1] === K.SClose;
  }
  return false;
}

/**
 * After an aside opened at `s`, a comma and a lower-case word within the clause, no "and", "but" or cue: the main
 * clause resumes ("accused Ann Lee, who was born in Leeds, of lying", "said the mayor, who ..., would resign").
 */
function resumesAfterAside(toks: Toks, s: number, end: number): boolean {
  for (let k = s; k < end && k - s < 40; k++) {
    if (toks.kind[k] === K.Word) continue;
    const c = ch(toks, k);
    if (c === ',') return toks.kind[k + 1] === K.Word && !isCap(toks, k + 1) && lw(toks, k + 1) !== 'and' && !CONTRAST.has(lw(toks, k + 1)) && !STOP_AFTER_COMMA.has(lw(toks, k + 1)) && !cueAt(toks, k + 1, -1);
    if (c === ';' || c === '.' || c === '—') return false;
  }
  return false;
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

export function trimEnd(toks: Toks, s: number, e: number): number {
  while (e > s && (toks.kind[e - 1] === K.Punct || toks.kind[e - 1] === K.DClose || toks.kind[e - 1] === K.SClose) && !(toks.kind[e - 1] === K.DClose && hasOpenBefore(toks, s, e - 1))) e--;
  while (e > s && toks.kind[e - 1] === K.Punct) e--;
  return e;
}

function hasOpenBefore(toks: Toks, s: number, e: number): boolean {
  for (let t = e - 1; t >= s && e - t < 400; t--) if (toks.kind[t] === K.DOpen) return true;
  return false;
}

// "... a special prosecutor at a campaign rally in Ohio on Monday night": where and when the words
// were said is not what was said: a last "in/at/during ... <occasion>" (and time words after it) goes.
export function dropCircumstance(toks: Toks, s: number, e: number): number {
  let k = e;
  while (k - 1 > s && toks.kind[k - 1] === K.Word && (hasFact(toks, k - 1, F.TimeWord) || wordId(toks, k - 1) === ON)) k--;
  // "at a press conference in Hanahan, South Carolina on Monday": names, places and times may follow
  for (let j = k - 1; j > s + 2 && k - j <= 14; j--) {
    if (hasFact(toks, j, F.Occasion)) {
      for (let p = j - 1; p > s + 1 && j - p <= 4; p--) {
        const w = wordId(toks, p);
        if (w === IN || w === AT || w === DURING) return p;
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
  const c = toks.codes[toks.start[t]];
  if (c >= 48 && c <= 57) return true;
  return hasFact(toks, t, F.TimeWord | F.Occasion) || PLACE_OR_TIME_IDS.has(wordId(toks, t));
}

export function connective(toks: Toks, s: number, e: number): number {
  const w = lw(toks, s);
  if (CONNECTIVE.has(w) && ch(toks, s + 1) === ',') return s + 2;
  if ((w === 'in' || w === 'of' || w === 'as') && e - s > 4 && ch(toks, s + 2) === ',' && CONNECTIVE.has(`${w} ${lw(toks, s + 1)}`)) return s + 3;
  return s;
}

export function isEndPunct(c: string): boolean { return c === '.' || c === '!' || c === '?' || c === ';'; }
