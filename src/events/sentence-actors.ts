// The actor mentions of one sentence as word-index ranges, with their entities: the entities stage's
// mentions, plus pronouns it left unresolved, resolved here ("his support" → Vladimir Putin).
import type { Entity } from '../doc/types.js';
import type { Lexicon } from './patterns/load-patterns.js';
import { firstFrom, resolvePronoun, type ActorMention } from './actor-mentions.js';
import type { SentenceWords } from './sentence-words.js';
import { PRONOUN } from './word-cues.js';
import { wireDatelineEnd } from '../doc/wire-dateline.js';
import { sortFew } from '../doc/sort-few.js';

export type SentenceActor = Readonly<{ first: number; last: number; entity: Entity; pronoun: boolean }>;

/** Actor mentions inside [start, end), as word ranges of `w`, in order. */
export function sentenceActors(lx: Lexicon, text: string, mentions: readonly ActorMention[], w: SentenceWords, start: number, end: number): SentenceActor[] {
  const out: SentenceActor[] = [];
  let lastEnd = -1;
  const words = w.start.length;
  // the first word ending past a position: mentions come in start order, so one cursor walks the words
  // once, and a mention's last word is a step or two past its first
  for (let i = firstFrom(mentions, start), first = 0; i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.start < lastEnd || m.end > end) continue; // nested or crossing the sentence end: keep the outer one
    while (first < words && w.end[first] <= m.start) first++;
    let last = first;
    while (last < words && w.end[last] <= m.end - 1) last++;
    if (first >= words) continue;
    out.push({ first, last, entity: m.entity, pronoun: m.pronoun });
    lastEnd = m.end;
  }
  // out is in word order: a cursor over it tells whether word k is inside a mention
  const n = out.length;
  for (let k = 0, c = 0; k < w.lower.length; k++) {
    if (!w.isWord[k] || !(w.cues[k] & PRONOUN)) continue;
    while (c < n && out[c].last < k) c++;
    if (c < n && out[c].first <= k) continue;
    const e = resolvePronoun(lx, mentions, w.lower[k], w.start[k]);
    if (e) out.push({ first: k, last: k, entity: e, pronoun: true });
  }
  const lead = datelineEnd(text, w);
  let kept = lead > 0 ? out.filter((a) => a.first >= lead || a.entity.type === 'location') : out;
  // the mentions are in word order already: only resolved pronouns, appended after them, need a sort
  if (out.length > n) sortFew(kept, byFirst);
  // "Saudi Crown Prince Mohammed bin Salman": a place word inside a person's title is part of the name,
  // no actor between "el-Sisi and" and the prince
  if (kept.some((a, i) => titleWord(w, a, kept[i + 1]))) kept = kept.filter((a, i) => !titleWord(w, a, kept[i + 1]));
  return kept;
}

const byFirst = (a: SentenceActor, b: SentenceActor) => a.first - b.first;

/** Is `a` a place word that opens the title of the person mentioned right after it (capitalised words between)? */
function titleWord(w: SentenceWords, a: SentenceActor, b: SentenceActor | undefined): boolean {
  if (!b || a.entity.type !== 'location' || b.entity.type !== 'person' || !b.entity.title || a.pronoun || b.pronoun) return false;
  const gap = b.first - a.last - 1;
  // "Vermont Sen. Bernie Sanders": the person's mention may hold the title itself, right after the place
  if (gap === 0) return titleOpensMention(w, b);
  if (gap < 1 || gap > 3) return false;
  // "Jordan's King Abdullah"
  for (let j = a.last + 1; j < b.first; j++) if (!w.cap[j] && !(j === a.last + 1 && w.lower[j] === "'s")) return false;
  return true;
}

/** Does the person's mention `b` open with a word before the name ("Sen. Bernie Sanders", "Gov. John Kasich")? */
function titleOpensMention(w: SentenceWords, b: SentenceActor): boolean {
  const name = b.entity.name, x = w.lower[b.first];
  const space = name.indexOf(' ');
  return !!w.cap[b.first] && x !== (space < 0 ? name : name.slice(0, space)).toLowerCase();
}

/** The dateline's place ("MINGORA, Pakistan (Reuters) -"), which is where, never who. */
export function datelinePlace(text: string, w: SentenceWords, actors: readonly SentenceActor[]): SentenceActor | null {
  const lead = datelineEnd(text, w);
  return lead > 0 ? actors.filter((a) => a.first < lead && a.entity.type === 'location').at(-1) ?? null : null;
}

// the last sentence's answer: sentenceActors, datelinePlace and each statement's draft ask it of the same
// words, and the pattern test scans up to 160 characters
let lastText = '', lastWords: SentenceWords | null = null, lastLead = 0;

/** "MINGORA, Pakistan (Reuters) - A suicide bomber …": the index of the first word past a dateline, 0 when none. */
function datelineEnd(text: string, w: SentenceWords): number {
  if (w === lastWords && text === lastText) return lastLead;
  lastText = text;
  lastWords = w;
  return (lastLead = datelineWord(text, w));
}

function datelineWord(text: string, w: SentenceWords): number {
  const n = w.start.length;
  const end = n ? wireDatelineEnd(text, w.start[0], w.end[n - 1]) : -1;
  if (end < 0) return 0;
  let k = 1;
  while (k < n && w.start[k] < end) k++;
  return k < n ? k : 0;
}
