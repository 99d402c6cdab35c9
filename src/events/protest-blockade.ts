// Protesters who block a street protest (CAMEO 144, "obstruct passage, block"), they coerce no one (17):
// "protesters blocked Whitehall", "farmers blockaded the port". Read from the verb (`obstruct-verb`) and
// the last word of an actor's name (`protest-agent`); "police blocked the road" stays coercion.
import type { EventActor } from '../doc/types.js';
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { cueLists } from './cue-lists.js';

/** Is the coercion trigger t, done by these actors, a protest's obstruction? */
export function protestBlockade(lx: Lexicon, w: SentenceWords, t: Trigger, code: string, actors: readonly EventActor[]): boolean {
  // "students occupied the university": an occupation (CAMEO 192) by protesters is their obstruction too
  if (!code.startsWith('17') && code !== '192') return false;
  const cues = cueLists(lx);
  if (!cues.obstructVerb.has(w.lower[t.first])) return false;
  const agents = cues.protestAgent;
  return actors.some((a) => agents.has(a.name.slice(a.name.lastIndexOf(' ') + 1).toLowerCase()));
}
