// Pronoun resolution for the quote stage: which entity "he", "she", "they" or "it" stands for, by
// gender, number and recency, preferring the subject (first actor mention) of the sentence it is in or
// the one before. Reads only the entities layer; returns null rather than guess across a paragraph gap.
import type { Doc, Entity, Span } from '../doc/types.js';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const NEUTER = new Set(['it', 'its', 'itself']);
/** How far back (in characters) a pronoun may reach for its antecedent. */
const REACH = 1500;

/**
 * The id of the entity a pronoun refers to, or null.
 * @example resolvePronoun(doc, { start: 120, end: 122 }) // "he" → "e3"
 */
export function resolvePronoun(doc: Pick<Doc, 'text' | 'entities' | 'sentences'>, pronoun: Span): string | null {
  const word = doc.text.slice(pronoun.start, pronoun.end).toLowerCase();
  const fits = (e: Entity): boolean => {
    if (MALE.has(word)) return e.type === 'person' && e.gender !== 'f' && !e.plural;
    if (FEMALE.has(word)) return e.type === 'person' && e.gender !== 'm' && !e.plural;
    if (PLURAL.has(word)) return e.type === 'group' || e.type === 'organization' || Boolean(e.plural);
    if (NEUTER.has(word)) return e.type === 'organization' || e.type === 'location';
    return false;
  };
  // The sentence holding the pronoun and the one before: their first fitting mention is the subject.
  let si = -1;
  for (let i = 0; i < doc.sentences.length; i++) if (doc.sentences[i].start <= pronoun.start) si = i; else break;
  const floor = si > 0 ? doc.sentences[si - 1].start : Math.max(0, pronoun.start - REACH);
  let best: { id: string; at: number; score: number } | null = null;
  for (const e of doc.entities) {
    if (!fits(e)) continue;
    for (const m of e.mentions) {
      if (m.end > pronoun.start || m.start < pronoun.start - REACH || m.kind === 'pronoun') continue;
      // Recency, with a bonus for being the first actor mention of a nearby sentence (the subject).
      let score = m.start;
      if (m.start >= floor && isSubject(doc, e, m.start)) score += REACH;
      if (!best || score > best.score) best = { id: e.id, at: m.start, score };
    }
  }
  return best?.id ?? null;
}

/** Whether no person, group or organisation is mentioned earlier in the sentence that holds `at`. */
function isSubject(doc: Pick<Doc, 'entities' | 'sentences'>, self: Entity, at: number): boolean {
  const s = doc.sentences.find((x) => x.start <= at && at < x.end);
  if (!s) return false;
  for (const e of doc.entities) {
    if (e === self || e.type === 'location') continue;
    for (const m of e.mentions) if (m.start >= s.start && m.start < at) return false;
  }
  return true;
}
