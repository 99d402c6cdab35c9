// Labels each word from the knowledge: known names (longest match), role phrases, honorifics, demonyms,
// blocs, unknown capitalised words. Lookups start only where a match can start, so the pass stays linear.
import type { Knowledge } from '../knowledge/index.js';
import { ALLCAPS, CAP, classOf, DIGIT, INITIAL, rawOf, SENT, SKIP, lowerOf, type Words } from './scan-words.js';
import { C_GENERATION, chainRef, P_HEAD, P_KEY, P_KEY_ON, P_ROLE, P_ROLE_ON, PHRASE, phraseOf, W_ACRONYM, W_ADJ, W_BLOC, W_CONNECTOR, W_FIRST, W_GIVEN, W_HAS_DIGIT, W_HEAD, W_HONORIFIC, W_HYPHEN, W_KEY, W_NAME_TAIL, W_NOT_NAME, W_PAIR_FIRST, W_PARTICLE, W_PEOPLE, W_ROLE, W_ROLE_FIRST, W_ROLE_WORD, W_THE } from './word-lexicon.js';

export const L_NONE = 0, L_KNOWN = 1, L_ROLE = 2, L_HON = 3, L_ADJ = 4, L_PEOPLE = 5, L_BLOC = 6, L_NAME = 7, L_PARTICLE = 8, L_INSIDE = 9;

export type Labels = Readonly<{
  lab: Uint8Array;
  /** Words a match covers, from its first word (L_KNOWN, L_ROLE, L_ADJ, L_PEOPLE). */
  len: Uint8Array;
  /** Entry index for L_KNOWN. */
  ref: Int32Array;
  /** Country code for L_ADJ / L_PEOPLE, bloc for L_BLOC (other slots hold what an earlier document left). */
  code: readonly (string | undefined)[];
}>;

let bestRef = -1;
/**
 * Words in the longest phrase (a known name, or a role phrase when `role`) starting at word i, its entry
 * index (for a name) left in `bestRef`, with no punctuation inside. Called only where the lexicon says a phrase can start;
 * it walks the lexicon's phrase chains, so no string is joined per word.
 */
function longest(w: Words, i: number, max: number, role: boolean): number {
  const lx = w.lx;
  let chain = w.id[i], best = 0, bestChain = -1;
  if ((w.bits[i] & (role ? W_ROLE : W_KEY)) !== 0 && (role ? (w.bits[i] & W_HEAD) !== 0 : (w.flags[i] & (CAP | DIGIT)) !== 0)) { best = 1; bestChain = chain; }
  for (let j = i + 1; j < w.n && j - i < max; j++) {
    if (w.sep[j]) break;
    // Names go on through capitals and a few small words ("Organisation for the Prohibition of ..."); roles through role words.
    if (role ? (w.bits[j] & W_ROLE_WORD) === 0 : (w.flags[j] & (CAP | DIGIT)) === 0 && (w.bits[j] & W_CONNECTOR) === 0) break;
    chain = phraseOf(lx, chain, w.id[j]);
    const pb = lx.phraseBits[chain - PHRASE];
    // A name ends on a capital or digit; a role phrase on a role noun.
    const ok = role ? (pb & P_ROLE) !== 0 && ((w.bits[j] & W_HEAD) !== 0 || (pb & P_HEAD) !== 0) : (pb & P_KEY) !== 0 && (w.flags[j] & (CAP | DIGIT)) !== 0;
    if (ok) { best = j - i + 1; bestChain = chain; }
    // "Syrian President Bashar": no longer name or role starts with these words, so none goes on past them.
    if ((pb & (role ? P_ROLE_ON : P_KEY_ON)) === 0) break;
  }
  bestRef = best ? chainRef(lx, bestChain) : -1;
  return best;
}

/** What no surname is: a known name of one word (Texas), a role's first word, an honorific, a demonym, a common capitalised word. */
const NOT_SURNAME = W_KEY | W_ROLE_FIRST | W_HONORIFIC | W_ADJ | W_PEOPLE | W_BLOC | W_NOT_NAME;

/** Is the word after i, with nothing between, a plain capitalised word or an initial ("Smith", "H.")? */
function surnameNext(w: Words, i: number): boolean {
  const j = i + 1;
  if (j >= w.n || w.sep[j] || w.flags[j] & (SKIP | DIGIT | ALLCAPS | SENT)) return false;
  if (w.flags[j] & INITIAL) return true;
  return (w.flags[j] & CAP) !== 0 && (w.bits[j] & (NOT_SURNAME | W_NAME_TAIL)) === 0;
}

/**
 * Is word i where a surname goes: after a capitalised name and a middle initial ("Viktor F. Yanukovych"), or after a
 * capitalised name and before a generation ("Martin Luther King Jr.")?
 */
function surnameSlot(w: Words, lab: Uint8Array, i: number): boolean {
  if (i < 2 || w.sep[i]) return false;
  if (w.flags[i - 1] & INITIAL && !w.sep[i - 1] && lab[i - 2] === L_NAME && w.flags[i - 2] & CAP && !(w.flags[i - 2] & INITIAL)) return true;
  return lab[i - 1] === L_NAME && (w.flags[i - 1] & CAP) !== 0 && !(w.flags[i - 1] & INITIAL) && i + 1 < w.n && !w.sep[i + 1] && (classOf(w, i + 1) & C_GENERATION) !== 0;
}

/** Does a role or an honorific end right before word i ("spokesman", "Foreign Minister", "Mr")? */
function afterTitle(lab: Uint8Array, i: number): boolean {
  let j = i - 1;
  while (j > 0 && lab[j] === L_INSIDE) j--;
  return lab[j] === L_ROLE || lab[j] === L_HON;
}

let scratch = { lab: new Uint8Array(4096), len: new Uint8Array(4096), ref: new Int32Array(4096) };
/** Codes by word, shared like `scratch`: only the slots labelled in this document are read. */
const codes: (string | undefined)[] = [];

/** Label the words of one document. */
export function labelWords(w: Words, k: Knowledge): Labels {
  // Views of buffers shared between calls, like the Words (a typed array of its own per article costs more than the labels).
  if (scratch.lab.length < w.n) scratch = { lab: new Uint8Array(w.n * 2), len: new Uint8Array(w.n * 2), ref: new Int32Array(w.n * 2) };
  const lab = scratch.lab.subarray(0, w.n).fill(0), len = scratch.len.subarray(0, w.n).fill(0), ref = scratch.ref.subarray(0, w.n).fill(-1);
  // Grown by pushes, so it stays a plain array (a write far past its end would make it a dictionary).
  while (codes.length < w.n) codes.push(undefined);
  const code = codes;
  // Locals, not closure variables: the loop reads them at every word.
  const lx = w.lx, flags = w.flags, bits = w.bits, live = w.live;
  // Only the live words: a lowercase word gets a label only as a role's first word or a particle (LIVE_LOWER). A live word inside the
  // last match (i moved past it) is labelled already.
  for (let p = 0, i = -1; p < live.length; p++) {
    if (live[p] <= i) continue;
    i = live[p];
    const f = flags[i];
    if (f & SKIP) continue;
    const b = bits[i];
    if (f & (CAP | DIGIT)) {
      // Known names: longest key, then a case-sensitive acronym ("US" but never "us").
      let n = b & W_FIRST ? longest(w, i, lx.firstMax[w.id[i]], false) : 0;
      const found = bestRef;
      if (n === 1 && f & SENT && b & W_NOT_NAME) n = 0;
      const rn = b & W_ROLE_FIRST ? longest(w, i, lx.roleMax[w.id[i]], true) : 0;
      // "Austin Smith", "Lawrence H. Summers": a place that is also a given name, right before a surname, is a first name
      // ... but not after "the": "the Charlotte Hornets" is no person.
      if (n === 1 && b & W_GIVEN && k.entry(found)[0] === 'L' && surnameNext(w, i) && !(i > 0 && !w.sep[i] && w.bits[i - 1] & W_THE)) n = 0;
      // "Foreign Ministry spokesman Nasser Kanaani", "Mayor London Breed": a one-word place between a person's title and
      // a surname is a first name too, given name or not; not before a longer name ("activist Chicago Teachers Union").
      if (n === 1 && i > 0 && !w.sep[i] && (k.entry(found)[0] === 'L' || k.entry(found)[0] === 'C') && afterTitle(lab, i) && surnameNext(w, i)
        && !(i + 2 < w.n && !w.sep[i + 2] && w.flags[i + 2] & CAP)) n = 0;
      // "Joseph Muscat", "Michael Jordan": a one-word place or country right after a given name is its surname; so is a
      // person the dictionary knows by the surname alone ("Michelle Obama" is not Barack Obama).
      // ... and so is one after an honorific and a first name the list does not know ("Rep. Steve Israel")
      const firstName = i > 0 && lab[i - 1] === L_NAME && w.flags[i - 1] & CAP && (w.bits[i - 1] & W_GIVEN || (i > 1 && !w.sep[i - 1] && afterTitle(lab, i - 1)));
      if (n === 1 && i > 0 && !w.sep[i] && firstName && !(f & ALLCAPS) && (k.entry(found)[0] === 'L' || k.entry(found)[0] === 'C' || k.entry(found)[0] === 'P')) n = 0;
      // "Viktor F. Yanukovych", "Rep. Peter T. King", "Martin Luther King Jr.": the one word after a name and its middle
      // initial, or between a name and a generation, is the surname, whatever else it names.
      if ((n === 1 || (rn === 1 && !n)) && !(f & ALLCAPS) && surnameSlot(w, lab, i)) { n = 0; lab[i] = L_NAME; len[i] = 1; continue; }
      // "Saudi Press Agency", "Saudi King Salman": a one-word name that is also a demonym ("Saudi"), right before
      // another capitalised word, describes that word; "Saudi said" is still the country.
      if (n === 1 && b & W_ADJ && i + 1 < w.n && !w.sep[i + 1] && flags[i + 1] & CAP && !(flags[i] & ALLCAPS)) n = 0;
      if (n && n >= rn) { mark(lab, len, i, n, L_KNOWN); ref[i] = found; i += n - 1; continue; }
      if (rn) { mark(lab, len, i, rn, L_ROLE); i += rn - 1; continue; }
      // "the US-UK push": a compound of known capitals is a modifier, not a new acronym.
      if (f & ALLCAPS && b & W_HYPHEN && rawOf(w, i).split('-').every((p) => k.acronyms.has(p))) continue;
      if (b & W_ACRONYM && (f & (ALLCAPS | DIGIT) || b & W_HAS_DIGIT)) {
        const a = k.acronyms.get(rawOf(w, i).replace(/\./g, ''));
        if (a !== undefined) { mark(lab, len, i, 1, L_KNOWN); ref[i] = a; continue; }
      }
      const low = lowerOf(w, i);
      if (b & W_HONORIFIC) { const hon = k.honorifics.get(low)!; lab[i] = hon[2] === 'hon' ? L_HON : L_ROLE; len[i] = 1; continue; }
      const two = b & W_PAIR_FIRST && i + 1 < w.n && !w.sep[i + 1] ? low + ' ' + lowerOf(w, i + 1) : '';
      const adj2 = two && (k.adjectives.get(two) ?? k.peoples.get(two));
      if (adj2) { mark(lab, len, i, 2, k.peoples.has(two) ? L_PEOPLE : L_ADJ); code[i] = adj2; i++; continue; }
      if (b & W_ADJ) { mark(lab, len, i, 1, L_ADJ); code[i] = k.adjectives.get(low); continue; }
      if (b & W_PEOPLE) { mark(lab, len, i, 1, L_PEOPLE); code[i] = k.peoples.get(low); continue; }
      if (b & W_BLOC && !(i + 1 < w.n && !w.sep[i + 1] && w.flags[i + 1] & CAP)) { lab[i] = L_BLOC; len[i] = 1; code[i] = k.blocs.get(low); continue; }
      if (f & DIGIT) continue;
      // "Florida-based", "Rubio-backing": a compound ending in a lowercase word describes, it does not name.
      if (!(f & ALLCAPS) && b & W_HYPHEN && /-\p{Ll}[^-]*$/u.test(rawOf(w, i))) continue;
      if (b & W_NOT_NAME && !(i > 0 && lab[i - 1] === L_NAME && !w.sep[i] && !(f & SENT))) continue;
      lab[i] = L_NAME; len[i] = 1;
    } else {
      const rn = b & W_ROLE_FIRST ? longest(w, i, lx.roleMax[w.id[i]], true) : 0;
      if (rn) { mark(lab, len, i, rn, L_ROLE); i += rn - 1; continue; }
      if (b & W_PARTICLE && i > 0 && lab[i - 1] === L_NAME) lab[i] = L_PARTICLE;
      else if (f & INITIAL) lab[i] = L_NAME;
    }
  }
  return { lab, len, ref, code };
}

/** Label a match of n words from word i: its first word `l`, the rest L_INSIDE. */
function mark(lab: Uint8Array, len: Uint8Array, i: number, n: number, l: number): void {
  lab[i] = l; len[i] = n;
  for (let j = i + 1; j < i + n; j++) lab[j] = L_INSIDE;
}
