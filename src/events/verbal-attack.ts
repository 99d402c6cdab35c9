// An "attack" between politicians is criticism: "Trump attacked Cruz over his record", "Clinton's
// attacks on Trump", "blasted him as a bully" are CAMEO 111 (PLOVER ACCUSE), not an assault. Needs the
// draft's actors and the sentence's words; leaves an attack with a weapon, casualty or force named
// in the sentence ("attacked a police convoy", "an attack that killed 12") and one by or on a place
// ("the Paris attacks") as it is.
import type { Entity, EventActor } from '../doc/types.js';
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { cueLists } from './cue-lists.js';

/** Sectors of armed actors: an attack by or on them is force ("rebels attacked", "attacks on troops"). */
const ARMED = new Set(['MIL', 'REB', 'INS', 'SPY', 'UAF', 'COP']);
/** CAMEO codes an attack word takes when nothing more specific is said of it (the generic 18, 19). */
const GENERIC = new Set(['18', '180', '19', '190']);

/**
 * Is the assault trigger t, with these actors, a verbal attack? Only for words in the cue list
 * `verbal-attack` ("attack", "blast", "hit out"), when the sentence names no violence (`violent-context`),
 * no participant is armed, and some participant is a person or an organisation (a campaign, a party).
 * @example verbalAttack(lx, w, t, [trump], [cruz], entities) // "Trump attacked Cruz over his record" → true
 */
export function verbalAttack(lx: Lexicon, w: SentenceWords, t: Trigger, actors: readonly EventActor[], recipients: readonly EventActor[], entities: ReadonlyMap<string, Entity>): boolean {
  if (!GENERIC.has(t.code)) return false;
  const cues = cueLists(lx);
  if (!cues.verbalAttack.has(t.lemma)) return false;
  // "after the attacks", "the attacks today": a bare noun names an attack the reader knows, mostly
  // violence; "his attacks", "Sanders' attacks", "attacks on Clinton" name who attacks whom
  // ("Trump's Twitter attacks", "negative attacks": a kind of attack made in words, too)
  if (t.nominal && !recipients.length && !cues.possessor.has(w.lower[t.first - 1] ?? '') && !cues.verbalAttackKind.has(w.lower[t.first - 1] ?? '')) return false;
  let political = false;
  for (const a of actors.concat(recipients)) {
    if (a.sector && ARMED.has(a.sector)) return false;
    const type = a.entity ? entities.get(a.entity)?.type : undefined;
    // "the San Bernardino attack", "attacks in Brussels": a place is where violence happens
    if (type === 'location') return false;
    if (type === 'person' || type === 'organization') political = true;
  }
  if (!political) return false;
  const violent = cues.violentContext;
  for (let j = 0; j < w.lower.length; j++) if (violent.has(w.lower[j])) return false;
  return true;
}
