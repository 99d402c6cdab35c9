// An accusation made by naming someone's part in violence: "the conclusion that Russia knew in advance
// of the chemical weapons attack", "figures implicated in last week's attack". The accused is the
// actor before the cue; the accuser the quote's speaker, else the sentence's first other actor.
import type { Lexicon } from './patterns/load-patterns.js';
import type { Trigger } from './find-triggers.js';
import type { SentenceActor } from './sentence-actors.js';
import type { SentenceWords } from './sentence-words.js';
import { maybeIn, wordBits } from './word-bits.js';
import { codeRoot, cueLists } from './cue-lists.js';
import { emptyList } from './empty-list.js';

export type Complicity = Readonly<{ cue: number; accused: SentenceActor; accuser: SentenceActor | null }>;

/** Violence (CAMEO 18, 19, 20): the act a complicity cue names a part in. */
const violent = (t: Trigger) => { const root = codeRoot(t.code); return root >= 18 && root <= 20; };
/** No accusation, in the array map of a list of them (sentenceEvents reads both: see emptyList). */
const NONE = emptyList<Complicity>();
const cueBits = new WeakMap<ReadonlySet<string>, Uint32Array>();
const bitsOf = (cues: ReadonlySet<string>) => cueBits.get(cues) ?? cueBits.set(cues, wordBits(cues)).get(cues)!;

/** Complicity accusations of one sentence. */
export function findComplicity(lx: Lexicon, w: SentenceWords, actors: readonly SentenceActor[], triggers: readonly Trigger[]): readonly Complicity[] {
  const lists = cueLists(lx), cues = lists.complicit;
  if (!cues.size || !triggers.some(violent)) return NONE;
  const bits = bitsOf(cues);
  const out: Complicity[] = [];
  for (let k = 1; k < w.lower.length; k++) {
    if (!maybeIn(bits, w.hash[k]) || !cues.has(w.lower[k])) continue;
    const c = complicityAt(lists.locative, w, actors, triggers, k);
    if (c) out.push(c);
  }
  return out.length ? out : NONE;
}

/**
 * The accusation the complicity cue at k makes, or null. Apart from the loop over the words: its closures
 * over `k` made the loop allocate a scope for every word it read, cue or not.
 */
function complicityAt(locative: ReadonlySet<string>, w: SentenceWords, actors: readonly SentenceActor[], triggers: readonly Trigger[], k: number): Complicity | null {
  if (!triggers.some((t) => violent(t) && t.first > k && t.first <= k + 7)) return null;
  const accused = actors.filter((a) => a.last < k && a.last >= k - 3).at(-1);
  if (!accused) return null;
  const accuser = actors.find((a) => a.last < accused.first && a.entity !== accused.entity && !(a.first > 0 && locative.has(w.lower[a.first - 1]))) ?? null;
  return { cue: k, accused, accuser };
}
