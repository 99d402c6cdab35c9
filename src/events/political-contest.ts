// Contests of politics that are no conflict between actors: "Cruz was battling with Rubio for second
// place", "a state law is hurting the economy", "Hassan, who is challenging Ayotte for her Senate seat".
// A battle or harm (PETRARCH 180, 190) with no violence named in the sentence and no armed participant is
// a rivalry or a cost; a challenge (110) to a person in a sentence of elections is a candidacy; a person
// capturing places (171) wins their votes.
import type { Entity, EventActor } from '../doc/types.js';
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { codeRoot, cueLists } from './cue-lists.js';

/** Sectors of armed actors: a battle by or with them is force ("pesh merga battling the Islamic State"). */
const ARMED = new Set(['MIL', 'REB', 'INS', 'SPY', 'UAF', 'COP']);

const hasWord = (w: SentenceWords, list: ReadonlySet<string>) => w.lower.some((x) => list.has(x));

/**
 * Is the trigger t, with these actors, a political contest rather than an event? For `contest-verb` words
 * coded as force (18, 19) when the sentence names no violence (`violent-context`) and no participant is
 * armed; for a challenge (110) when every recipient is a person and the sentence speaks of a race (`race-word`).
 * @example politicalContest(lx, w, t, [cruz], [rubio], entities) // "Cruz was battling with Rubio for second place" → true
 */
export function politicalContest(lx: Lexicon, w: SentenceWords, t: Trigger, actors: readonly EventActor[], recipients: readonly EventActor[], entities: ReadonlyMap<string, Entity>): boolean {
  if (t.nominal) return false;
  const cues = cueLists(lx), root = codeRoot(t.code);
  if ((root === 18 || root === 19) && cues.contestVerb.has(t.lemma)) {
    if (actors.concat(recipients).some((a) => a.sector && ARMED.has(a.sector))) return false;
    // "a man who was beaten and kicked", "arrested and beaten by agents": a person beaten is struck, no rival
    if (cues.struckPassive.has(w.lower[t.first]) && (cues.passiveBe.has(w.lower[t.first - 1] ?? '') || w.lower[t.first - 1] === 'and')) return false;
    // "crushed the protests", "crushed dissent": repression, not a win over a rival
    for (let j = t.last + 1; j < w.lower.length && j <= t.last + 3; j++) if (cues.repressedObject.has(w.lower[j])) return false;
    return !hasWord(w, cues.violentContext);
  }
  // "Ted Cruz has captured Iowa", "Clinton captured Virginia, Georgia and Texas": a person taking places
  // by capture (171) is winning their votes; troops or states taking a town still seize it
  if (t.code === '171' && t.lemma === 'capture' && actors.length && recipients.length && actors.every((a) => a.entity && entities.get(a.entity)?.type === 'person') && recipients.every((r) => r.entity && entities.get(r.entity)?.type === 'location')) return true;
  if (t.code === '110' && t.lemma === 'challenge' && recipients.length) {
    if (!recipients.every((r) => r.entity && entities.get(r.entity)?.type === 'person')) return false;
    return hasWord(w, cues.raceWord);
  }
  return false;
}
