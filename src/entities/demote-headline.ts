// In a title-case headline every word is capitalised, so a capital says nothing: "Trump Just Responded To
// Rubio" must not become one person. There an unknown capitalised word stays a name only on evidence
// (written with a capital inside a body sentence, an honorific before it); known names are labelled already.
import { L_HON, L_NAME, L_NONE } from './label-words.js';
import { ALLCAPS, CAP, DIGIT, HEAD, INITIAL, S_LINE, SENT, SKIP, type Words } from './scan-words.js';
import { NONE, W_GIVEN, W_NOT_NAME } from './word-lexicon.js';

/** Share of the headline's longer words that must be capitalised for it to be title case. */
const TITLE_CASE = 0.8;
/** Words of this many characters or more count ("In", "To", "Of" are capitalised in some styles only). */
const LONG = 4;
/** Label of a headline word waiting for its evidence (no other label has it). */
const ASKED = 255;

/**
 * Per lexicon id, for the g-th call: 4g when a title-case headline has the word as a name, 4g + 1 when the
 * body writes it in capitals only ("REGIONAL WORRIES", a heading), 4g + 2 when a body sentence writes it
 * with a capital. A stamp per call, so nothing is cleared between documents.
 */
let stamp = new Int32Array(1 << 14);
let call = 0;

/**
 * Relabel (in place) the capitalised words of title-case headlines that have no evidence of being a name.
 * Example: "Merkel Meets Macron In Paris" over a body that writes "met Emmanuel Macron in Paris" keeps
 * "Macron" (and the known "Merkel", "Paris") and drops "Meets" and "In".
 */
export function demoteHeadline(w: Words, lab: Uint8Array): void {
  if (stamp.length < w.lx.keys.length) stamp = new Int32Array(w.lx.keys.length * 2);
  // Past 2^29 calls the stamps start again from nothing.
  if (++call >= 1 << 29) { call = 1; stamp.fill(0); }
  const want = 4 * call;
  let asked = false;
  for (let a = 0; a < w.headEnd; ) {
    if (!(w.flags[a] & HEAD)) { a++; continue; }
    // One headline line at a time: "Campaign cash tied to donors;\nSen. Kelly Ayotte returns funds".
    let b = a + 1;
    while (b < w.n && w.flags[b] & HEAD && !(w.sep[b] & S_LINE)) b++;
    if (titleCase(w, a, b)) {
      for (let i = a; i < b; i++) if (lab[i] === L_NAME && w.id[i] !== NONE) { stamp[w.id[i]] = want; asked = true; lab[i] = ASKED; }
    }
    a = b;
  }
  if (asked) { readBody(w, lab, want); decide(w, lab, want); }
}

/** Stamps the headline's words that a body sentence writes with a capital. */
function readBody(w: Words, lab: Uint8Array, want: number): void {
  // a capitalised word is a live word: the others are passed
  const live = w.live;
  for (let p = 0; p < live.length; p++) {
    const j = live[p];
    const f = w.flags[j];
    if (!(f & CAP) || f & (HEAD | SKIP) || w.id[j] === NONE || stamp[w.id[j]] < want) continue;
    // A sentence's first word has its capital whatever it is: it counts only before the rest of a name
    // ("Morton Blackwell said"), not before a first name ("Former Bill Clinton pollster").
    if (f & SENT && !(lab[j] === L_NAME && j + 1 < w.n && !w.sep[j + 1] && lab[j + 1] === L_NAME && !(w.bits[j + 1] & W_GIVEN))) continue;
    if (!(f & ALLCAPS)) stamp[w.id[j]] = want + 2;
    else if (stamp[w.id[j]] === want) stamp[w.id[j]] = want + 1;
  }
}

/** Right to left, so a first name or an initial sees whether the word after it stayed a name. */
function decide(w: Words, lab: Uint8Array, want: number): void {
  for (let i = w.n - 1; i >= 0; i--) {
    if (lab[i] !== ASKED) continue;
    const s = stamp[w.id[i]];
    // "TRUMP" in a headline of capitals is borne out by "Trump" or "TRUMP" in the body; "Worries" only by "worries" with a capital.
    const seen = s === want + 2 || (s === want + 1 && (w.flags[i] & ALLCAPS) !== 0);
    const before = i > 0 && !w.sep[i] && w.flags[i - 1] & HEAD ? i - 1 : -1;
    const honoured = before >= 0 && lab[before] === L_HON;
    if (w.bits[i] & W_NOT_NAME) {
      // "At The", "To", "May": a function word or a month is a name only after a first name or an honorific ("Theresa May").
      lab[i] = seen && (honoured || (before >= 0 && w.bits[before] & W_GIVEN)) ? L_NAME : L_NONE;
      continue;
    }
    const next = i + 1 < w.n && !w.sep[i + 1] && lab[i + 1] === L_NAME && w.flags[i + 1] & HEAD;
    const lead = (w.bits[i] & W_GIVEN || w.flags[i] & INITIAL) && next;
    lab[i] = seen || lead || honoured ? L_NAME : L_NONE;
  }
}

/** Whether words [a, b) are a title-case line: most of its longer words start with a capital. */
function titleCase(w: Words, a: number, b: number): boolean {
  let long = 0, caps = 0;
  for (let i = a; i < b; i++) {
    if (w.end[i] - w.start[i] < LONG || w.flags[i] & DIGIT) continue;
    long++;
    if (w.flags[i] & CAP) caps++;
  }
  return long >= 2 && caps >= TITLE_CASE * long;
}
