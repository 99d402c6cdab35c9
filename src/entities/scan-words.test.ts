import { describe, expect, it } from 'vitest';
import { knowledge } from '../knowledge/index.js';
import { ALLCAPS, CAP, classOf, HEAD, INITIAL, lowerOf, POSS, rawOf, scanWords, type Words } from './scan-words.js';
import { DESCRIBING, PLACE_CUES, SPEECH } from './word-classes.js';
import { C_GENERATION, C_LINKING, C_TITLE_LINK, NONE, W_ABBREV, W_CONNECTOR, W_KEY, W_NOT_NAME, W_ROLE_WORD } from './word-lexicon.js';

const scan = (text: string) => scanWords(text, [], [], [], knowledge());
const find = (w: Words, raw: string) => { for (let i = 0; i < w.n; i++) if (rawOf(w, i) === raw) return i; throw new Error(`no word ${raw}`); };

describe('scanWords with the word lexicon', () => {
  it.each([
    // [text, word as written, lookup key, flags it must carry]
    ["Rex Tillerson's visit to Moscow", 'Tillerson', 'tillerson', POSS | CAP],
    ['The U.S. envoy said', 'U.S.', 'us', CAP | ALLCAPS],
    ['Mr. Johnson said', 'Mr.', 'mr', CAP],
    ['George W. Bush spoke', 'W.', 'w', CAP | INITIAL],
    ['The Secretary-General spoke', 'Secretary-General', 'secretary-general', CAP],
    ['José Mujica spoke in Montevideo', 'José', 'josé', CAP],
    ['Tillerson’s trip', 'Tillerson', 'tillerson', POSS | CAP],
    // a word of 13 letters or more is copied, not sliced from the article
    ['The internationalisation of trade', 'internationalisation', 'internationalisation', 0],
  ])('%s → %s', (text, raw, key, flags) => {
    const w = scan(text);
    const i = find(w, raw);
    expect(lowerOf(w, i)).toBe(key);
    expect(w.flags[i] & flags).toBe(flags);
  });

  it('gives one id to a word in any case, and the knowledge bits of its lowercase form', () => {
    const w = scan('The talks. the talks. THE TALKS. Moscow and moscow');
    const ids = [0, 2, 4].map((i) => w.id[i]);
    expect(new Set(ids).size).toBe(1);
    expect(w.bits[0] & W_NOT_NAME).toBeTruthy();
    expect(lowerOf(w, find(w, 'Moscow'))).toBe(lowerOf(w, find(w, 'moscow')));
    expect(w.bits[find(w, 'Moscow')] & W_KEY).toBeTruthy();
    expect(scan('Gen. Mattis').bits[0] & W_ABBREV).toBeTruthy();
  });

  it('tells apart words that share length, ends and middle', () => {
    // same length, first two, middle and last two chars: only the inner compare separates them
    const w = scan('AbcXdeZfg AbcYdeWfg AbcXdeZfg');
    expect(w.id[0]).not.toBe(w.id[1]);
    expect(w.id[0]).toBe(w.id[2]);
    expect(lowerOf(w, 1)).toBe('abcydewfg');
  });

  it('looks a lowercase word up only when a rule can read it', () => {
    const w = scan('the foreign minister of quixotic moscow');
    expect(w.bits[find(w, 'minister')] & W_ROLE_WORD).toBeTruthy();
    expect(w.bits[find(w, 'of')] & W_CONNECTOR).toBeTruthy();
    for (const raw of ['quixotic', 'moscow']) {
      const i = find(w, raw);
      expect([w.id[i], w.bits[i], lowerOf(w, i)]).toEqual([NONE, 0, raw]);
    }
    expect(lowerOf(w, w.n)).toBeUndefined();
  });

  it('interns every cue word the rules test only on words with an id', () => {
    const k = knowledge();
    const cues = [...SPEECH, ...PLACE_CUES, ...DESCRIBING, ...k.notNames, ...k.parties.keys()].filter((x) => /^[a-z]+$/.test(x));
    const w = scan(cues.join(' '));
    expect(w.n).toBe(cues.length);
    for (let i = 0; i < w.n; i++) expect(w.id[i], cues[i]).not.toBe(NONE);
  });

  it('reads the same words whatever was scanned before', () => {
    const text = 'French Defence Minister Florence Parly told reporters in Paris.';
    const first = scan(text);
    const a = Array.from({ length: first.n }, (_, i) => [rawOf(first, i), lowerOf(first, i), first.flags[i], first.bits[i]]);
    scan('Zanzibar Quixotic Xylophones jumped over lazy dogs in Ulaanbaatar.');
    const again = scan(text);
    const b = Array.from({ length: again.n }, (_, i) => [rawOf(again, i), lowerOf(again, i), again.flags[i], again.bits[i]]);
    expect(b).toEqual(a);
  });

  it('lists as live only the words a pass starts from', () => {
    // "said", "to", "that" have knowledge bits a neighbour's rule reads, but no pass starts from them; group nouns
    // ("reporters") and "the" are passes' starts
    const w = scan('The minister said to reporters that Al Smith Jr. and the union of Tech workers in 2016');
    const live = Array.from(w.live, (i) => rawOf(w, i));
    expect(live).toEqual(['The', 'minister', 'reporters', 'Al', 'Smith', 'Jr.', 'the', 'union', 'Tech', 'workers', '2016']);
  });

  it('gives a word its word classes by its id', () => {
    const w = scan('John Smith Jr. of Jews Against Trump');
    expect(classOf(w, find(w, 'Jr.')) & C_GENERATION).toBeTruthy();
    expect(classOf(w, find(w, 'of')) & C_TITLE_LINK).toBeTruthy();
    expect(classOf(w, find(w, 'Against')) & C_LINKING).toBeTruthy();
    expect(classOf(w, find(w, 'Smith'))).toBe(0);
    expect(classOf(w, w.n)).toBe(0);
  });

  it('ends the headline pass past the last headline word', () => {
    const head = 'Mayor Quits Over Budget';
    const text = `${head}\nThe mayor of Springfield resigned on Monday.`;
    const w = scanWords(text, [], [[0, head.length]], [], knowledge());
    expect(rawOf(w, w.headEnd - 1)).toBe('Budget');
    expect(w.flags[w.headEnd] & HEAD).toBe(0);
    expect(scan(text).headEnd).toBe(0);
  });
});
