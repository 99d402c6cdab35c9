// A strike by workers is a labour protest (CAMEO 143, "conduct strike or boycott"), not an attack (19):
// "nurses will strike next month", "the rail strike", "teachers are striking over pay". Read from a
// labour word near the trigger (`labour-context`: union, workers, nurses, pay, walkout ...) and no word
// of violence (`violent-context`: "the strike killed three workers" stays an attack).
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import { trigger, type Trigger } from './find-triggers.js';
import { PREPOSITION } from './word-cues.js';

const NONE: ReadonlySet<string> = new Set();
const WINDOW = 12;

const AFTER = new Set(['next', 'again', 'today', 'tomorrow', 'this', 'until', 'from', 'for', 'over']);

/** Does word k end the verb's clause or open an adjunct, so the verb before it has no object? */
function intransitive(w: SentenceWords, k: number): boolean {
  if (k >= w.lower.length || !w.isWord[k]) return true;
  return !!(w.cues[k] & PREPOSITION) || w.lower[k].endsWith('ly') || AFTER.has(w.lower[k]);
}

/** The trigger with code 143 when it is a strike among labour words; unchanged otherwise. */
export function labourStrike(lx: Lexicon, w: SentenceWords, t: Trigger): Trigger {
  if (t.lemma !== 'strike' && t.lemma !== 'strikes' && t.lemma !== 'striking') return t;
  // "an air strike", "a drone strike": a modifier already made it force of a kind
  if (t.code !== '190') return t;
  // "struck a deal", "struck many of the same notes": a labour strike takes no object ("will strike
  // next month", "struck over pay", "are striking again")
  if (!t.nominal && !intransitive(w, t.last + 1)) return t;
  const labour = lx.cues.get('labour-context') ?? NONE, violent = lx.cues.get('violent-context') ?? NONE;
  let found = false;
  for (let j = Math.max(0, t.first - WINDOW), end = Math.min(w.lower.length, t.last + 1 + WINDOW); j < end; j++) {
    if (violent.has(w.lower[j])) return t;
    if (labour.has(w.lower[j])) found = true;
  }
  return found ? trigger(t.first, t.last, '143', t.nominal, t.lemma, t.noun) : t;
}
