// Labels each word from the knowledge: known names (longest match), role phrases, honorifics, demonyms,
// blocs, unknown capitalised words. Lookups start only where a match can start, so the pass stays linear.
import type { Knowledge } from '../knowledge/index.js';
import { ALLCAPS, CAP, DIGIT, INITIAL, SENT, SKIP, type Words } from './scan-words.js';

export const L_NONE = 0, L_KNOWN = 1, L_ROLE = 2, L_HON = 3, L_ADJ = 4, L_PEOPLE = 5, L_BLOC = 6, L_NAME = 7, L_PARTICLE = 8, L_INSIDE = 9;

export type Labels = Readonly<{
  lab: Uint8Array;
  /** Words a match covers, from its first word (L_KNOWN, L_ROLE, L_ADJ, L_PEOPLE). */
  len: Uint8Array;
  /** Entry index for L_KNOWN. */
  ref: Int32Array;
  /** Country code for L_ADJ / L_PEOPLE, bloc for L_BLOC. */
  code: (string | undefined)[];
}>;

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'al', 'el', 'du', 'la', 'le', 'del', 'des', 'der', 'von', 'van', 'bin', 'to', '&']);
const PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'da', 'du', 'del', 'della', 'der', 'den', 'le', 'la', 'el', 'di', 'dos', 'das']);

let bestKey = '';
/** Words in the longest phrase of `has` starting at word i (its key left in `bestKey`), with no punctuation inside. */
function longest(w: Words, i: number, max: number, has: (key: string) => boolean, endOk: (j: number, key: string) => boolean, go: (j: number) => boolean): number {
  let key = w.lower[i], best = 0;
  bestKey = '';
  if (has(key) && endOk(i, key)) { best = 1; bestKey = key; }
  for (let j = i + 1; j < w.n && j - i < max; j++) {
    if (w.sep[j] || !go(j)) break;
    key += ' ' + w.lower[j];
    if (has(key) && endOk(j, key)) { best = j - i + 1; bestKey = key; }
  }
  return best;
}

/** Label the words of one document. */
export function labelWords(w: Words, k: Knowledge): Labels {
  const lab = new Uint8Array(w.n), len = new Uint8Array(w.n), ref = new Int32Array(w.n).fill(-1);
  const code: (string | undefined)[] = new Array(w.n);
  const capEnd = (j: number) => (w.flags[j] & (CAP | DIGIT)) !== 0;
  const roleEnd = (j: number, key: string) => k.heads.has(key) || k.heads.has(w.lower[j]);
  // Names go on through capitals and a few small words ("Organisation for the Prohibition of ...").
  const nameGo = (j: number) => (w.flags[j] & (CAP | DIGIT)) !== 0 || CONNECTORS.has(w.lower[j]);
  const roleGo = (j: number) => k.roleWords.has(w.lower[j]);
  const hasKey = (x: string) => k.keys.has(x);
  const hasRole = (x: string) => k.roles.has(x);
  for (let i = 0; i < w.n; i++) {
    const f = w.flags[i];
    if (f & SKIP) continue;
    const low = w.lower[i];
    if (f & (CAP | DIGIT)) {
      // Known names: longest key, then a case-sensitive acronym ("US" but never "us").
      const max = k.firsts.get(low);
      let n = max ? longest(w, i, max, hasKey, capEnd, nameGo) : 0;
      const key = bestKey;
      if (n === 1 && f & SENT && k.notNames.has(low)) n = 0;
      const roleMax = k.roleFirsts.get(low);
      const rn = roleMax ? longest(w, i, roleMax, hasRole, roleEnd, roleGo) : 0;
      if (n && n >= rn) { mark(i, n, L_KNOWN); ref[i] = k.keys.get(key)!; i += n - 1; continue; }
      if (rn) { mark(i, rn, L_ROLE); i += rn - 1; continue; }
      // "the US-UK push": a compound of known capitals is a modifier, not a new acronym.
      if (f & ALLCAPS && w.raw[i].includes('-') && w.raw[i].split('-').every((p) => k.acronyms.has(p))) continue;
      if (f & (ALLCAPS | DIGIT) || /\d/.test(w.raw[i])) {
        const a = k.acronyms.get(w.raw[i].replace(/\./g, ''));
        if (a !== undefined) { mark(i, 1, L_KNOWN); ref[i] = a; continue; }
      }
      const hon = k.honorifics.get(low);
      if (hon) { lab[i] = hon[2] === 'hon' ? L_HON : L_ROLE; len[i] = 1; continue; }
      const two = i + 1 < w.n && !w.sep[i + 1] && k.pairFirsts.has(low) ? low + ' ' + w.lower[i + 1] : '';
      const adj2 = two && (k.adjectives.get(two) ?? k.peoples.get(two));
      if (adj2) { mark(i, 2, k.peoples.has(two) ? L_PEOPLE : L_ADJ); code[i] = adj2; i++; continue; }
      const adj = k.adjectives.get(low);
      if (adj) { mark(i, 1, L_ADJ); code[i] = adj; continue; }
      const people = k.peoples.get(low);
      if (people) { mark(i, 1, L_PEOPLE); code[i] = people; continue; }
      if (k.blocs.has(low) && !(i + 1 < w.n && !w.sep[i + 1] && w.flags[i + 1] & CAP)) { lab[i] = L_BLOC; len[i] = 1; code[i] = k.blocs.get(low); continue; }
      if (f & DIGIT) continue;
      // "Florida-based", "Rubio-backing": a compound ending in a lowercase word describes, it does not name.
      if (!(f & ALLCAPS) && w.raw[i].includes('-') && /-\p{Ll}[^-]*$/u.test(w.raw[i])) continue;
      if (k.notNames.has(low) && !(i > 0 && lab[i - 1] === L_NAME && !w.sep[i] && !(f & SENT))) continue;
      lab[i] = L_NAME; len[i] = 1;
    } else {
      const roleMax = k.roleFirsts.get(low);
      const rn = roleMax ? longest(w, i, roleMax, hasRole, roleEnd, roleGo) : 0;
      if (rn) { mark(i, rn, L_ROLE); i += rn - 1; continue; }
      if (PARTICLES.has(low) && i > 0 && lab[i - 1] === L_NAME) lab[i] = L_PARTICLE;
      else if (f & INITIAL) lab[i] = L_NAME;
    }
  }
  return { lab, len, ref, code };

  function mark(i: number, n: number, l: number): void {
    lab[i] = l; len[i] = n;
    for (let j = i + 1; j < i + n; j++) lab[j] = L_INSIDE;
  }
}
