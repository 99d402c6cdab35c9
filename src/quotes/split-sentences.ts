// Quote-aware sentences over the quote stage's tokens: a quoted passage, even over several
// paragraphs, stays inside the sentence that holds it, so '"No. Never," he said.' is one sentence.
import { K, ch, hasFact, isCap, type Toks, lw, wordId } from './scan-tokens.js';
import { F, idOf } from './look-up-word.js';
import { CUE_FORMS } from './lexicon.js';

/** Sentence bounds as token ranges: sentence i is tokens [first[i], first[i + 1]). */
export type Sentences = Readonly<{ first: number[] }>;

// ".", "!", "?" by character code
const isEnd = (c: number): boolean => c === 46 || c === 33 || c === 63;

/**
 * Split `toks` into sentences; `inside[t]` >= 0 marks tokens inside a quoted span. Visits the seams only
 * (`toks.seams`: the tokens that are no word and the paragraphs' first tokens): a word inside a paragraph
 * neither starts nor ends a sentence.
 */
export function splitSentences(toks: Toks, inside: Int32Array): Sentences {
  const first: number[] = [];
  const { kind, para, codes, start, seams } = toks;
  // the token after a sentence's end, where the next sentence starts (-1: none pending)
  let next = toks.n > 0 ? 0 : -1;
  for (let i = 0; i < seams.length; i++) {
    const t = seams[i];
    // a sentence that starts at a word inside a paragraph, after the end found at the seam before
    if (next >= 0 && next < t) first.push(next);
    // a new paragraph starts a sentence, unless a quote goes on over it
    if (next === t || (t > 0 && para[t] !== para[t - 1] && !(inside[t] >= 0 && (inside[t] === inside[t - 1] || kind[t - 1] === K.DOpen)))) first.push(t);
    next = -1;
    if (t + 1 >= toks.n) break;
    const k = kind[t];
    if (k === K.Word) continue;
    if (k === K.Punct) {
      if (inside[t] >= 0 || !isEnd(codes[start[t]]) || !startsSentence(toks, t + 1)) continue;
      // "(D-N.Y.)", "R-S.C.,": a full stop with a word right against it ends no sentence
      if (kind[t + 1] === K.Word && start[t + 1] === toks.end[t]) continue;
      // (an abbreviation, or one capital: "Paul H. Chipok"; asked of the word table, nothing sliced)
      const abbreviation = t > 0 && kind[t - 1] === K.Word && (hasFact(toks, t - 1, F.Abbreviation) || (toks.end[t - 1] - start[t - 1] === 1 && isCap(toks, t - 1)));
      if (!abbreviation) next = t + 1;
    } else if (k === K.DClose && t > 0 && isEnd(codes[start[t - 1]]) && startsSentence(toks, t + 1) && para[t + 1] === para[t]) {
      // '"We have seen it all." Mr Smith left.' — the quote closed its own sentence
      if (kind[t + 1] === K.DOpen || ((!isCueish(wordId(toks, t + 2)) || kind[t + 3] === K.Word) && !nameThenCue(toks, t + 1))) next = t + 1;
    }
  }
  if (next >= 0) first.push(next);
  return { first };
}

/** The sentence holding token `t`: a binary search of `first`. */
export function sentenceOf(sentences: Sentences, t: number): number {
  const { first } = sentences;
  let lo = 0, hi = first.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (first[m] <= t) lo = m + 1; else hi = m; }
  return lo - 1;
}

// A capital, an opening mark or a digit
function startsSentence(toks: Toks, t: number): boolean {
  const k = toks.kind[t];
  return isCap(toks, t) || k === K.DOpen || k === K.SOpen || (k === K.Word && toks.codes[toks.start[t]] <= 57);
}

/**
 * '"Have I started writing it?" Sen. Ann Lee replied.', '"..." Ann Lee said to a crowd': a name and a speech
 * verb with no clause of its own after it (only a stop, a comma or a preposition) attribute the quote.
 */
function nameThenCue(toks: Toks, s: number): boolean {
  let k = s;
  while (k < toks.n && k - s < 5 && isCap(toks, k)) k++;
  if (k === s) return false;
  // "Sen. Ann Lee (D-N.Y.) said"
  if (ch(toks, k) === '(') {
    const open = k;
    while (k < toks.n && k - open < 8 && !(ch(toks, k) === ')')) k++;
    k++;
  }
  if (k >= toks.n) return false;
  const form = CUE_FORMS.get(lw(toks, k));
  if (!form || form.ing) return false;
  const next = k + 1;
  // ('"Who do they think they are?" Ann Lee said of the firm': "of" says whom the words were about)
  return next >= toks.n || toks.kind[next] !== K.Word || hasFact(toks, next, F.Preposition | F.TimeWord) || wordId(toks, next) === OF;
}

const OF = idOf('of');
const SAID = idOf('said'), SAYS = idOf('says'), TOLD = idOf('told'), ADDED = idOf('added'), ASKED = idOf('asked');
// '"Go." Mr Smith said' is still one sentence when a speech verb follows the name at once (`w`: a word id).
function isCueish(w: number): boolean {
  return w === SAID || w === SAYS || w === TOLD || w === ADDED || w === ASKED;
}
