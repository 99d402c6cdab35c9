// Cheap verb lemmatiser: the irregular-form list first ("said" → "say"), then suffix rules whose
// candidates are checked against the known verbs ("attacked" → "attack", "planning" → "plan").
// Leaves a word it cannot place unchanged. No allocation beyond the candidate strings.

const memo = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string>>();
const MEMO_MAX = 50_000;

/** The lemma of a lower-case word, given irregular forms and the set of known lemmas (memoised). */
export function lemmatize(word: string, forms: ReadonlyMap<string, string>, known: ReadonlyMap<string, unknown>): string {
  let m = memo.get(known);
  if (!m) memo.set(known, (m = new Map()));
  const hit = m.get(word);
  if (hit !== undefined) return hit;
  const lemma = lemmaOf(word, forms, known);
  if (m.size < MEMO_MAX) m.set(word, lemma);
  return lemma;
}

function lemmaOf(word: string, forms: ReadonlyMap<string, string>, known: ReadonlyMap<string, unknown>): string {
  const irregular = forms.get(word);
  if (irregular) return irregular;
  if (known.has(word) || word.length < 4) return word;
  const n = word.length;
  const tryAll = (...c: string[]) => c.find((x) => known.has(x));
  let hit: string | undefined;
  if (word.endsWith('ies')) hit = tryAll(word.slice(0, -3) + 'y');
  else if (word.endsWith('ied')) hit = tryAll(word.slice(0, -3) + 'y');
  else if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    hit = tryAll(stem, stem + 'e', stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '');
  } else if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    hit = tryAll(stem, word.slice(0, -1), stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '');
  } else if (word.endsWith('es')) {
    // "-es" only after a sibilant or an "o" ("pushes", "taxes", "goes"); "aides", "rides" are "aide", "ride"
    const c = word[n - 3], sibilant = c === 's' || c === 'x' || c === 'z' || c === 'o' || (c === 'h' && (word[n - 4] === 'c' || word[n - 4] === 's'));
    hit = sibilant ? tryAll(word.slice(0, -2), word.slice(0, -1)) : tryAll(word.slice(0, -1));
  }
  else if (word[n - 1] === 's' && word[n - 2] !== 's') hit = tryAll(word.slice(0, -1));
  return hit ?? word;
}
