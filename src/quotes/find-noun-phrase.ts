// The speaker mention as a token range: the subject left of a cue verb ("the Tory said",
// "X, a doctor, said"), the noun phrase right of one ("said Mr Smith", "according to officials"),
// and a sentence's subject for participles ("Putin ..., saying"). Heuristic, no tagger: capitalised
// runs, determiners, role and group nouns, and a stop list bound the phrase.
import { K, ch, dashAt, factsOf, hasFact, isCap, type Toks, lw, wordId } from './scan-tokens.js';
import { F, idOf, idsOf } from './look-up-word.js';
import { FLOATING_QUANTIFIER, PERSON_ROLE, pastForm, SUBJECT_MODIFIER, TIME_PHRASE_OPENER, TIME_PHRASE_TAIL } from './lexicon.js';
import { wireDatelineEnd } from '../doc/wire-dateline.js';

/** `outer`: where the phrase a name is in apposition to starts ("[the White House spokesman], [Josh Earnest],"), or -1. */
export type TokRange = { s: number; e: number; outer: number };

/**
 * A token range, in one object shape (`outer` always set, never added by a spread), so that the records holding
 * speaker mentions meet one shape there (see `said` in find-reported.ts).
 */
export function range(s: number, e: number, outer = -1): TokRange {
  return { s, e, outer };
}

const MAX = 9;
const THOSE = idOf('those'), WITH = idOf('with'), ON = idOf('on'), IN = idOf('in'), WHO = idOf('who'), I = idOf('i'), WE = idOf('we'), BUT = idOf('but'), ALL = idOf('all'), AND = idOf('and');
const FLOATING = idsOf(FLOATING_QUANTIFIER);
const MODIFIER = idsOf(SUBJECT_MODIFIER);

/** Is token k a year of four digits, 1900–2099? */
function isYear(toks: Toks, k: number): boolean {
  const s = toks.start[k];
  if (toks.end[k] - s !== 4) return false;
  const c = toks.codes;
  return ((c[s] === 49 && c[s + 1] === 57) || (c[s] === 50 && c[s + 1] === 48)) && c[s + 2] >= 48 && c[s + 2] <= 57 && c[s + 3] >= 48 && c[s + 3] <= 57;
}

/**
 * "critics who say the law ...", "business leaders who say": without a comma a "who" at `who` stands for the
 * noun phrase right before it, taken after its last preposition ("criticism from [business leaders] who say").
 */
export function relativeSubject(toks: Toks, who: number, floor: number): TokRange | null {
  if (who <= floor || lw(toks, who) !== 'who' || toks.kind[who - 1] !== K.Word) return null;
  // "Those who said the economy ...", "among those who say"
  if (lw(toks, who - 1) === 'those') return range(who - 1, who);
  const r = subjectBefore(toks, who, floor);
  if (!r) return null;
  // (after a verb or participle too: "rebuked [critics] who say", "echoing [security experts] who say")
  let s = r.s;
  for (let k = r.e - 1; k >= r.s && k > floor; k--) {
    const w = lw(toks, k - 1);
    // (not a place: "a staff member in Philadelphia who said" is the member)
    if ((w === 'in' || w === 'at' || w === 'on') && isCap(toks, k)) return null;
    if (k > r.s && (hasFact(toks, k - 1, F.InnerPrep) || hasFact(toks, k - 1, F.Preposition) || ((w.endsWith('ed') || w.endsWith('ing')) && !isCap(toks, k - 1)))) { s = k; break; }
  }
  // ("Voters who say the economy matters were divided": the report ends before the main verb, see find-reported.ts)
  return range(s, r.e);
}

/** Token range of the subject ending right before `cue` (not before `floor`), or null. */
export function subjectBefore(toks: Toks, cue: number, floor: number): TokRange | null {
  let j = cue - 1;
  // "X and Y have both argued": a floating quantifier stands with the auxiliaries
  while (j >= floor && (hasFact(toks, j, F.Aux) || FLOATING.has(wordId(toks, j)))) j--;
  // "Ann Lee on Tuesday said", "The White House on Monday also urged": the day stands with them too
  // ... and so does a year: "Ann Lee in 2015 pledged"
  if (j - 1 > floor && ((hasFact(toks, j, F.TimeWord) && wordId(toks, j - 1) === ON) || (wordId(toks, j - 1) === IN && isYear(toks, j)))) {
    j -= 2;
    while (j >= floor && hasFact(toks, j, F.Aux)) j--;
  }
  // "Beck, who has in the past described", "officials at the time said": so does a time phrase of up to four words
  const opener = timePhraseOpener(toks, j, floor);
  if (opener >= 0) {
    j = opener - 1;
    while (j >= floor && hasFact(toks, j, F.Aux)) j--;
  }
  if (j < floor) return null;
  // "Mitch McConnell, now the majority leader, who in 2010 said": a relative "who" stands for the phrase before it
  // ("Ann Lee, who said ..."), past an apposition when there is one ("X, now the majority leader, who said")
  if (j > floor && toks.kind[j] === K.Word && wordId(toks, j) === WHO && ch(toks, j - 1) === ',') return subjectBefore(toks, j, floor) ?? subjectBefore(toks, j - 1, floor);
  let apposed: TokRange | null = null;
  let aside = false;
  if (ch(toks, j) === ')') {
    // "Rep. Hank Johnson (D-Ga.) said"
    let k = j - 1;
    while (k >= floor && j - k <= 8 && !(ch(toks, k) === '(')) k--;
    if (k <= floor || j - k > 8) return null;
    j = k - 1;
  }
  // "Jason Sims — a teacher from Mount Pleasant — says", "Democrats -- and some Republicans -- say": an aside between
  // dashes, as between commas
  if (dashAt(toks, j)) {
    let k = j - 1;
    while (k > floor && j - k <= 25 && (toks.kind[k] === K.Word || (toks.kind[k] === K.Punct && !dashAt(toks, k) && ch(toks, k) !== '.'))) k--;
    if (k <= floor || !dashAt(toks, k) || ch(toks, k) !== ch(toks, j) || k === j - 1) return null;
    if (apposedName(toks, k, j)) apposed = range(k + 1, j);
    else aside = true;
    j = k - 1;
  }
  if (ch(toks, j) === ',') {
    // "X, a doctor, said" / "The White House, meanwhile, made clear" / "Joe Bateman, who traveled ..., says"
    let k = j - 1;
    while (k >= floor && j - k <= 25 && !(ch(toks, k) === ',') && toks.kind[k] !== K.DClose && toks.kind[k] !== K.DOpen) k--;
    if (k < floor || j - k > 25 || toks.kind[k] !== K.Punct || k - 1 < floor) return null;
    // "Britain's defence secretary, Gavin Williamson, said": a name set off after a role noun is the speaker
    if (apposedName(toks, k, j)) apposed = range(k + 1, j);
    else aside = true;
    j = k - 1;
    if (ch(toks, j) === ')') {
      let b = j - 1;
      while (b >= floor && j - b <= 8 && !(ch(toks, b) === '(')) b--;
      if (b <= floor || j - b > 8) return null;
      j = b - 1;
    }
  }
  if (toks.kind[j] !== K.Word) return null;
  if (hasFact(toks, j, F.Pronoun) || wordId(toks, j) === I || wordId(toks, j) === WE) return range(j, j + 1);
  let s = j + 1;
  for (let k = j; k >= floor && j - k < MAX; k--) {
    if (toks.kind[k] !== K.Word) break;
    const f = factsOf(toks, k);
    // "people familiar with the talks", "a source close to him": the adjective's preposition stays inside
    if (f & F.NpStop && !(f & F.InnerPrep && k < j) && !(k < j && k - 1 >= floor && MODIFIER.has(wordId(toks, k - 1)))) break;
    if (f & F.SentenceAdverb && isCap(toks, k)) break;
    s = k;
  }
  // "... of the bill said" — a phrase may not open with a preposition
  while (s <= j && hasFact(toks, s, F.InnerPrep)) s++;
  // "those surveyed said", "those polled say": a past participle after "those" is the people it stands for
  if (s === j && s - 1 >= floor && wordId(toks, s - 1) === THOSE && !isCap(toks, j) && verbLike(toks, j)) s--;
  // "Two in three said", "all but two said": a number's share is the subject, not the last number alone
  if (s === j && s - 2 >= floor && isNumberWord(toks, j) && (wordId(toks, s - 1) === IN || wordId(toks, s - 1) === BUT) && toks.kind[s - 2] === K.Word && (isNumberWord(toks, s - 2) || wordId(toks, s - 2) === ALL)) s -= 2;
  if (apposed) return range(apposed.s, apposed.e, s <= j ? s : apposed.s);
  // "Ann Ross, 21, a student from Leeds, said": past the last aside is another aside, not the subject
  if (aside && s > floor) {
    const lead = leadingName(toks, floor, Math.min(s, j + 1), cue);
    if (lead) return lead;
  }
  if (s <= j && s - 2 >= floor && wordId(toks, s - 1) === AND) return range(coordinatedName(toks, floor, s - 1, j) ?? s, j + 1);
  return s <= j ? range(s, j + 1) : null;
}

/**
 * "both men issued a statement – Ryan saying he was encouraged and Trump calling it a great meeting": a name right
 * before an -ing cue `t`, after a dash, a comma, "with" or "and", is that cue's own subject (an absolute clause), not
 * the sentence's. Its range, or null.
 */
export function absoluteSubject(toks: Toks, first: number, t: number): TokRange | null {
  let k = t - 1;
  if (k <= first || toks.kind[k] !== K.Word || !isCap(toks, k) || hasFact(toks, k, F.Pronoun)) return null;
  while (k - 1 > first && t - k < 4 && toks.kind[k - 1] === K.Word && isCap(toks, k - 1)) k--;
  const p = k - 1, c = ch(toks, p);
  return c === '–' || c === '—' || c === ',' || c === ';' || wordId(toks, p) === WITH || wordId(toks, p) === AND ? range(k, t) : null;
}

/** Where a time phrase ending at token j opens ("in the past", "in recent weeks", "at the time"), or -1. */
function timePhraseOpener(toks: Toks, j: number, floor: number): number {
  if (j <= floor || toks.kind[j] !== K.Word || !TIME_PHRASE_TAIL.has(lw(toks, j))) return -1;
  for (let k = j - 1; k > floor && k >= j - 3; k--) {
    if (toks.kind[k] !== K.Word) return -1;
    if (TIME_PHRASE_OPENER.has(lw(toks, k))) return k;
  }
  return -1;
}

/**
 * "Jeb Bush and Chris Christie say": a name opening the sentence and joined by `and` (at token `and`) to the
 * name that ends at `j` is one subject with it; where the joint subject starts, or null.
 */
function coordinatedName(toks: Toks, floor: number, and: number, j: number): number | null {
  for (let k = and + 1; k <= j; k++) if (!isCap(toks, k)) return null;
  let t = floor;
  while (t < and && hasFact(toks, t, F.SentenceAdverb)) t++;
  if (t < and && ch(toks, t) === ',') t++;
  if (and - t < 1 || and - t > 4) return null;
  for (let k = t; k < and; k++) if (toks.kind[k] !== K.Word || !isCap(toks, k) || factsOf(toks, k) & NOT_NAME) return null;
  return t;
}

/**
 * A name opening the clause at `floor` (after "But", "However") and set off by a comma before `before`,
 * with only words and commas between it and the cue: the subject of a chain of asides
 * ("Ann Ross, 21, a student from Leeds, said"; "Sen. Ed Hale, who flew to Columbus, Ohio, on Friday, said").
 */
function leadingName(toks: Toks, floor: number, before: number, cue: number): TokRange | null {
  if (cue - floor > 60) return null;
  let t = floor;
  while (t < before && hasFact(toks, t, F.SentenceAdverb)) t++;
  // "Similarly, Ann Ross, a teacher, said"
  if (lw(toks, t).endsWith('ly') && ch(toks, t + 1) === ',') t += 2;
  let e = t;
  while (e < before && isCap(toks, e) && !(factsOf(toks, e) & NOT_NAME)) e++;
  if (e === t || e - t > 6) return null;
  let c = e;
  // "Rep. Hank Johnson (D-Ga.), a member of ..."
  if (ch(toks, c) === '(') { while (c < before && c - e <= 8 && ch(toks, c) !== ')') c++; c++; }
  if (c >= before || ch(toks, c) !== ',') return null;
  // "Tom Reed, 33, of Baldwin, Miss., said": the full stop of an abbreviation may sit in an aside
  for (let k = c + 1; k < cue; k++) if (toks.kind[k] !== K.Word && ch(toks, k) !== ',' && ch(toks, k) !== '(' && ch(toks, k) !== ')' && ch(toks, k) !== '.') return null;
  return range(t, e);
}

/**
 * "Speaking to reporters, Mr Smith said", "Asked about it, she said", "Hastily ..., he said": a capitalised
 * -ing, -ed or -ly word before a lower-case one opens a clause fronted before the subject.
 */
export function frontedVerb(toks: Toks, t: number): boolean {
  if (!isCap(toks, t) || toks.kind[t + 1] !== K.Word || isCap(toks, t + 1) || toks.end[t] - toks.start[t] < 5) return false;
  const { text } = toks, end = toks.end[t];
  return text.startsWith('ing', end - 3) || text.startsWith('ed', end - 2) || text.startsWith('ly', end - 2);
}

/** Words that are no part of a name opening a sentence: "In", "The", "He", "Monday", "However". */
const NOT_NAME = F.NpStop | F.InnerPrep | F.Preposition | F.Determiner | F.Pronoun | F.TimeWord | F.SentenceAdverb;

/**
 * Between the commas at `open` and `close`, one to four capitalised words after a phrase with a lower-case
 * role noun: a name in apposition to a role ("the foreign policy chief, Federica Mogherini,", "The UN envoy
 * for the Middle East, Tor Wennesland,"), not a description of a name ("X, a doctor,"), a title after a
 * name ("Mr Smith, Foreign Secretary,") nor an aside ("The White House, meanwhile,").
 */
function apposedName(toks: Toks, open: number, close: number): boolean {
  const n = close - open - 1;
  if (n < 1 || n > 4 || toks.kind[open - 1] !== K.Word) return false;
  for (let k = open + 1; k < close; k++) if (toks.kind[k] === K.Word ? !isCap(toks, k) : !(ch(toks, k) === '.' && initial(toks, k - 1))) return false;
  if (!isCap(toks, open - 1)) return true;
  // "The Chancellor, Rachel Reeves,", "the Prime Minister, Boris Johnson,": British news capitalises the office
  if (PERSON_ROLE.has(lw(toks, open - 1))) {
    let k = open - 2;
    while (k >= 0 && open - k <= 4 && toks.kind[k] === K.Word && isCap(toks, k) && !hasFact(toks, k, F.Determiner)) k--;
    if (k >= 0 && toks.kind[k] === K.Word && hasFact(toks, k, F.Determiner)) return true;
  }
  for (let k = open - 2; k >= 0 && open - k <= 10 && toks.kind[k] === K.Word; k--) if (!isCap(toks, k) && PERSON_ROLE.has(lw(toks, k))) return true;
  return false;
}

/** Noun phrase starting at token `t` ("said Mr Smith, the former minister"), up to `limit`. */
export function phraseAfter(toks: Toks, t: number, limit: number): TokRange | null {
  let e = t;
  for (let k = t; k < limit && k - t < MAX; k++) {
    if (toks.kind[k] !== K.Word) break;
    const f = factsOf(toks, k);
    if (k > t && f & F.NpStop && !(f & F.InnerPrep)) break;
    if (k === t && f & F.NpStop && !(f & F.Pronoun)) return null;
    e = k + 1;
    if (f & F.Pronoun && k === t) break;
  }
  while (e > t && hasFact(toks, e - 1, F.InnerPrep)) e--;
  return e > t ? range(t, e) : null;
}

/**
 * The subject opening a sentence: skips sentence adverbs and a fronted clause up to its comma
 * ("Before his meeting with Mr Lavrov, Mr Tillerson said"), then takes a capitalised run or a
 * determiner and its nouns.
 */
export function sentenceSubject(toks: Toks, first: number, limit: number): TokRange | null {
  // "WASHINGTON (AP) — Donald Trump ..., saying": the dateline is no subject
  let t = afterDateline(toks, first, limit);
  while (t < limit && hasFact(toks, t, F.SentenceAdverb)) t++;
  // "However, Ann Lee attacked the plan, saying ...": the comma after an opening adverb
  if (t > first && t < limit && ch(toks, t) === ',' && hasFact(toks, t - 1, F.SentenceAdverb)) t++;
  // with no subject found past it, the fronted word stands: resolving it gives no name (see frontedVerb)
  if (t < limit && frontedVerb(toks, t)) return afterFronted(toks, t, limit) ?? subjectAt(toks, t, limit);
  if (t < limit && hasFact(toks, t, F.NpStop) && !hasFact(toks, t, F.Pronoun)) {
    let k = t;
    while (k < limit && k - t < 40 && !(ch(toks, k) === ',')) k++;
    if (k >= limit || k - t >= 40) return null;
    t = placeAfter(toks, k + 1, limit);
  }
  const np = subjectAt(toks, t, limit);
  // "Hours later, Ann Lee returned ...", "Two weeks after the vote, Ann Lee ...": a fronted time phrase is
  // no subject; the subject follows its comma, or there is none (unknown beats "Hours")
  return np && timePhrase(toks, np) ? afterFronted(toks, t, limit) : apposedAfter(toks, np, limit);
}

/**
 * Past the state or country after a fronted phrase's place ("At a rally in Ames, Iowa, on Sunday, Mrs.
 * Lee ..."): a short capitalised run after a capitalised word and its comma, itself set off by a comma,
 * then any "on Sunday," after it, before a capitalised word. The first token of the subject.
 */
function placeAfter(toks: Toks, t: number, limit: number): number {
  if (!isCap(toks, t) || !isCap(toks, t - 2)) return t;
  let e = t;
  while (e < limit && e - t < 3 && (isCap(toks, e) || ch(toks, e) === '.')) e++;
  if (ch(toks, e) !== ',') return t;
  e++;
  if (isCap(toks, e)) return e;
  // "In London, Owen Jones, a columnist, ...": a name set off by an aside is the subject, no place
  if (!hasFact(toks, e, F.Preposition)) return t;
  // "Iowa, on Sunday, Mrs. Lee"
  let k = e;
  while (k < limit && k - e < 6 && ch(toks, k) !== ',') k++;
  return ch(toks, k) === ',' ? k + 1 : t;
}

/** A phrase opening with a time word ("Last September") or built on a unit of time ("A few days"). */
function timePhrase(toks: Toks, np: TokRange): boolean {
  if (hasFact(toks, np.s, F.TimeWord)) return true;
  // "Kristen Day": a capitalised unit inside a phrase is a name
  for (let k = np.s; k < np.e; k++) if ((k === np.s || !isCap(toks, k)) && hasFact(toks, k, F.TimeUnit)) return true;
  // "Eighteen months ago the striker ...": a number the phrase stopped at, before its unit of time
  return np.e - np.s === 1 && !isCap(toks, np.e) && hasFact(toks, np.e, F.TimeUnit);
}

/**
 * "The Chancellor, Rachel Reeves, has defended ..., insisting": a name set off after the subject is the one meant.
 * With `closing`, the name may also end the sentence: '..., said the company's chief executive, Ann Lee.'
 */
export function apposedAfter(toks: Toks, np: TokRange | null, limit: number, closing = false): TokRange | null {
  if (!np || ch(toks, np.e) !== ',') return np;
  let close = np.e + 1;
  // (an initial's full stop is part of the name: "Ann B. Lee")
  while (close < limit && close - np.e <= 6 && ch(toks, close) !== ',' && !(closing && ch(toks, close) === '.' && !initial(toks, close - 1))) close++;
  const c = close < limit ? ch(toks, close) : '';
  if (!(c === ',' || (closing && (close >= limit || c === '.')))) return np;
  return apposedName(toks, np.e, close) ? range(np.e + 1, close, np.s) : np;
}

/** A one-letter capital right before a full stop: an initial ("B." in "Ann B. Lee"). */
function initial(toks: Toks, k: number): boolean {
  return toks.kind[k] === K.Word && toks.end[k] - toks.start[k] === 1 && isCap(toks, k) && toks.start[k + 1] === toks.end[k];
}

/**
 * The subject after a fronted clause, past its asides: "Speaking in Salem, New Hampshire, which votes on
 * Tuesday, Mr Smith said" — the first phrase after a comma that opens with a capital or a pronoun and
 * is not itself set off by a comma.
 */
function afterFronted(toks: Toks, t: number, limit: number): TokRange | null {
  for (let k = t + 1; k < limit && k - t < 40; k++) {
    if (ch(toks, k) !== ',' || !(isCap(toks, k + 1) || hasFact(toks, k + 1, F.Pronoun))) continue;
    const np = subjectAt(toks, k + 1, limit);
    // "at a rally in Beaumont, Tex., Mr. Smith said": an abbreviated state is set off too
    if (np && ch(toks, np.e) !== ',' && !(ch(toks, np.e) === '.' && ch(toks, np.e + 1) === ',')) return np;
  }
  return null;
}

/** The noun phrase opening at token t: a pronoun, a capitalised run or a determiner and its nouns. */
function subjectAt(toks: Toks, t: number, limit: number): TokRange | null {
  if (t >= limit || toks.kind[t] !== K.Word) return null;
  if (hasFact(toks, t, F.Pronoun)) return range(t, t + 1);
  let e = t;
  let lastCap = -1;
  for (let k = t; k < limit && k - t < MAX; k++) {
    if (toks.kind[k] !== K.Word) break;
    const f = factsOf(toks, k);
    if (f & F.NpStop && !(f & F.InnerPrep)) break;
    // "The billionaire businessman began ...": the capital of a sentence-opening "The" starts no name, and
    // a phrase ends before a lower-case verb ("Ann Lee attacked Tom Hale, saying": Tom Hale is the object)
    if (isCap(toks, k) && !(k === t && f & F.Determiner)) lastCap = k;
    else if (k > t && (f & (F.CueFirst | F.Aux) || verbLike(toks, k) || adverbBeforeVerb(toks, k))) break;
    else if (!(f & F.Determiner || k === t || isCap(toks, k + 1) || (k + 1 < limit && isCap(toks, k + 2) && toks.kind[k + 1] === K.Word)) && lastCap >= 0) break;
    else if (lastCap < 0 && k - t >= 3) break;
    e = k + 1;
  }
  while (e > t && hasFact(toks, e - 1, F.InnerPrep)) e--;
  return e > t ? range(t, e) : null;
}

/** "Ann Lee sternly rebuked Tom Hale": a lower-case -ly word before a verb is an adverb, no part of a name. */
function adverbBeforeVerb(toks: Toks, k: number): boolean {
  const w = lw(toks, k);
  return w.length > 4 && w.endsWith('ly') && toks.kind[k + 1] === K.Word && !isCap(toks, k + 1) && (hasFact(toks, k + 1, F.CueFirst) || verbLike(toks, k + 1));
}

/** A past form: "-ed" or a common irregular one ("began", "spoke"), which no noun phrase runs through. */
function verbLike(toks: Toks, k: number): boolean {
  const w = lw(toks, k);
  return pastForm(w);
}

/**
 * The first token after a wire dateline opening the sentence at `first` ("GAZA CITY (Reuters) -", "KABUL,
 * Afghanistan —"; see doc/wire-dateline.ts). `first` when there is none.
 */
export function afterDateline(toks: Toks, first: number, limit: number): number {
  if (first >= limit) return first;
  const end = wireDatelineEnd(toks.text, toks.start[first], toks.end[limit - 1]);
  if (end < 0) return first;
  let k = first + 1;
  while (k < limit && toks.start[k] < end) k++;
  return k < limit ? k : first;
}

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten'.split(' '));
/** "three", "10": a number in words or digits. */
function isNumberWord(toks: Toks, k: number): boolean {
  const c = toks.codes[toks.start[k]];
  return (c >= 48 && c <= 57) || NUMBER_WORDS.has(lw(toks, k));
}
