// An event noun that is the object of a reaction ("Buhari condemned the attack", "China did not condemn
// the invasion", "vowed to investigate the bombing") was done by someone else: it takes neither the
// reacting verb's actor nor its negation or framing. Needs the two triggers; leaves "his attack"-style
// nouns after other verbs ("launched an attack") to the actor rules.
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import { trigger, type Trigger } from './find-triggers.js';
import { DETERMINER } from './word-cues.js';
import { cueLists } from './cue-lists.js';

/** Words between the verb and its object noun: "condemned the deadly attack", "denounced Tuesday's bombing". */
const GAP = 3;

/**
 * Is the event noun t the object of the reaction verb `verb` just before it?
 * @example reactionObject(lx, w, condemned, attack) // "Buhari condemned the attack" → true
 */
export function reactionObject(lx: Lexicon, w: SentenceWords, verb: Trigger | undefined, t: Trigger): boolean {
  return !!verb && cueLists(lx).reactionVerb.has(verb.lemma) && objectNoun(lx, w, verb, t);
}

/**
 * Is the event noun t the direct object of the verb trigger just before it ("called for an inquiry",
 * "to hold an inquiry")?
 */
export function objectNoun(lx: Lexicon, w: SentenceWords, verb: Trigger | undefined, t: Trigger): boolean {
  if (!verb || !t.nominal || verb.nominal || t.first - verb.last - 1 > GAP) return false;
  // "condemned the attack", "condemned Tuesday's deadly attack": only a determiner, a possessive or
  // modifiers between, no punctuation and no preposition ("condemned Russia over the attack")
  for (let j = verb.last + 1; j < t.first; j++) {
    const x = w.lower[j];
    // the compare first: it then runs on every word, and a first punctuation mark here in unseen text
    // finds it compiled (read second, it had no feedback and deopted sentenceEvents, which inlines this)
    if (x !== "'s" && !w.isWord[j]) return false;
    if (!(w.cues[j] & DETERMINER) && cueLists(lx).preposition.has(x)) return false;
  }
  return true;
}

/** Words between a request and the "to" of the act it asks for: "urged ministers to", "called on the Russian government to". */
const ASKED_GAP = 4;

/**
 * Is the event noun t the object of the act a request asks for ("urged ministers to hold an inquiry",
 * "asked the council to open an investigation")? The verb after "to" need be no trigger.
 */
export function askedObject(lx: Lexicon, w: SentenceWords, request: Trigger | undefined, t: Trigger): boolean {
  if (!request || !t.nominal) return false;
  for (let k = request.last + 1; k < t.first - 1 && k <= request.last + 1 + ASKED_GAP; k++) {
    if (!w.isWord[k] && w.lower[k] !== "'s") return false;
    if (w.lower[k] === 'to') return objectNoun(lx, w, trigger(k + 1, k + 1, '', false, w.lower[k + 1]), t);
  }
  return false;
}
