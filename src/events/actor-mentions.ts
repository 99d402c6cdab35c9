// The actor mentions of a document, sorted by start, each with its entity: the entities stage's
// mentions plus a fallback for pronouns it left unresolved ("It called on Russia" → the last
// organisation before it). Built once per document; look-ups per sentence are binary searches.
import type { Doc, Entity } from '../doc/types.js';
import type { Lexicon } from './patterns/load-patterns.js';
import { extraMentions } from './extra-mentions.js';
import { docWords, type DocWords } from './doc-words.js';
import { cueLists } from './cue-lists.js';

export type ActorMention = Readonly<{ start: number; end: number; entity: Entity; pronoun: boolean }>;

const byStart = (a: ActorMention, b: ActorMention) => a.start - b.start || b.end - a.end;

/** All entity mentions of the document, sorted by start, with those the entities stage left out. */
export function actorMentions(doc: Pick<Doc, 'entities' | 'text' | 'tokens'>, dw: DocWords = docWords(doc.text, doc.tokens)): ActorMention[] {
  const out: ActorMention[] = [];
  for (const e of doc.entities) for (const m of e.mentions) out.push({ start: m.start, end: m.end, entity: e, pronoun: m.kind === 'pronoun' });
  out.sort(byStart);
  const extra = extraMentions(doc.text, doc.tokens, out, dw);
  return extra.length ? mergeByStart(out, extra) : out;
}

/**
 * Two lists sorted by byStart as one, what `a.concat(b).sort(byStart)` gives (a stable sort: on a tie
 * the mention of `a` first) without sorting again. extraMentions finds its mentions in text order.
 */
function mergeByStart(a: readonly ActorMention[], b: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(byStart(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Index of the first mention starting at or after `pos`. */
export function firstFrom(mentions: readonly ActorMention[], pos: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entity a pronoun most likely points to: the nearest earlier mention of a fitting kind. */
export function resolvePronoun(lx: Lexicon, mentions: readonly ActorMention[], word: string, pos: number): Entity | null {
  const cues = cueLists(lx);
  const person = cues.pronounPerson.has(word);
  const thing = cues.pronounThing.has(word);
  const plural = cues.pronounPlural.has(word);
  if (!person && !thing && !plural) return null;
  const female = word === 'she' || word === 'her';
  for (let i = firstFrom(mentions, pos) - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const e = mentions[i].entity;
    if (person && e.type === 'person' && (!e.gender || (e.gender === 'f') === female)) return e;
    // "China's foreign ministry said it opposed": a singular group is "it", as a body is
    if (thing && (e.type === 'organization' || (e.type === 'group' && !e.plural))) return e;
    if (plural && (e.type === 'group' || e.plural)) return e;
  }
  return null;
}
