// Source and target of a trigger without a parser: voice ("was attacked by"), possessives ("Russia's
// attack on"), prepositions ("talks with", "threat ... from Russia and Iran"), nearest subject before a
// verb and first object after it. Compound actors joined by "and" / "," stay together.
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceActor } from './sentence-actors.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';

export type ActorSlots = Readonly<{ source: SentenceActor[]; target: SentenceActor[]; passive: boolean }>;

const STOP = new Set([';', ':', '.', '(', ')', '—', '–', '"', '“', '”']);
const JOIN = new Set(['and', ',', '&', 'or']);
const ARTICLE = new Set(['the', 'a', 'an']);
const WINDOW = 9;

/** The actor at `k` and those joined to it by "and" / ",", going forward. */
function compound(actors: readonly SentenceActor[], k: number, w: SentenceWords): SentenceActor[] {
  const out = [actors[k]];
  let closed = false;
  for (let j = k + 1; j < actors.length; j++) {
    const gap = w.lower.slice(out[out.length - 1].last + 1, actors[j].first);
    if (!gap.length || gap.length > 2 || !gap.every((x) => JOIN.has(x) || x === 'the')) break;
    out.push(actors[j]);
    if (gap.includes('and') || gap.includes('or') || gap.includes('&')) { closed = true; break; }
  }
  // "Before his meeting with Mr Lavrov, Mr Tillerson said": a comma alone is no list
  return closed ? out : out.slice(0, 1);
}

/** Same, going backward from `k` ("Russia and Iran threatened"). */
function compoundBack(actors: readonly SentenceActor[], k: number, w: SentenceWords): SentenceActor[] {
  let i = k;
  while (i > 0) {
    const gap = w.lower.slice(actors[i - 1].last + 1, actors[i].first);
    if (!gap.length || gap.length > 2 || !gap.every((x) => JOIN.has(x) || x === 'the')) break;
    i--;
  }
  return compound(actors, i, w);
}

/** The subject after the comma closing a sentence-opening phrase ("Before his …, X said") that holds `p` and `t`. */
function cataphor(w: SentenceWords, actors: readonly SentenceActor[], p: SentenceActor, t: Trigger, cue: (name: string, x: string) => boolean): SentenceActor[] | null {
  if (!cue('preposition', w.lower[0]) && !cue('conjunction', w.lower[0])) return null;
  const comma = w.lower.indexOf(',', t.last + 1);
  if (comma < 0 || w.lower.slice(0, comma).some((x) => STOP.has(x))) return null;
  const k = actors.findIndex((a) => a.first > comma);
  const a = actors[k];
  if (!a || a.pronoun || a.first > comma + 3 || (p.entity.type === 'person') !== (a.entity.type === 'person')) return null;
  return compound(actors, k, w);
}

export function findActors(lx: Lexicon, w: SentenceWords, actors: readonly SentenceActor[], t: Trigger): ActorSlots {
  const cue = (name: string, x: string) => lx.cues.get(name)?.has(x) ?? false;
  const leadWord = (a: SentenceActor) => {
    let j = a.first - 1;
    while (j >= 0 && ARTICLE.has(w.lower[j])) j--;
    return j >= 0 ? w.lower[j] : '';
  };
  const locative = (a: SentenceActor) => cue('locative', leadWord(a));
  const between = (from: number, to: number) => w.lower.slice(from, to);
  const crossesStop = (from: number, to: number) => between(from, to).some((x) => STOP.has(x));
  // first actor after the trigger, within the window, whose lead-in satisfies `ok`
  const after = (ok: (lead: string[]) => boolean): SentenceActor[] => {
    for (let k = 0; k < actors.length; k++) {
      const a = actors[k];
      if (a.first <= t.last || a.first > t.last + WINDOW || crossesStop(t.last + 1, a.first)) continue;
      // "took a shot at Russia": a multi-word verb's own preposition is no place
      if (a.first > t.last + 1 && (locative(a) || between(t.last + 1, a.first).some((x) => cue('locative', x)))) continue;
      if (ok(between(t.last + 1, a.first))) return compound(actors, k, w);
    }
    return [];
  };
  // "…, officials said.": a verb ending the sentence takes its subject from its own comma clause
  let floor = -1;
  if (!t.nominal && !w.isWord.includes(1, t.last + 1)) floor = w.lower.lastIndexOf(',', t.first);
  const before = (): SentenceActor[] => {
    for (let k = actors.length - 1; k >= 0; k--) {
      const a = actors[k];
      if (a.last >= t.first || locative(a)) continue;
      if (a.first < floor) break;
      if (cue('target-preposition', leadWord(a)) && leadWord(a) !== 'with') continue;
      return compoundBack(actors, k, w);
    }
    return [];
  };
  const prev = w.lower[t.first - 1] ?? '';
  // "two Americans accused of helping": a participle right after an actor, before "of"/"by", is passive
  const reduced = !t.nominal && /ed$/.test(w.lower[t.first]) && actors.some((a) => a.last === t.first - 1) && cue('reduced-passive-next', w.lower[t.last + 1] ?? '');
  const passive = reduced || (!t.nominal && (cue('passive-be', prev) || (cue('passive-be', w.lower[t.first - 2] ?? '') && /ly$/.test(prev))) && /ed$|en$|[^aeiou]t$/.test(w.lower[t.first]));
  if (passive) {
    return { source: after((lead) => lead.includes('by')), target: before(), passive };
  }
  if (!t.nominal) {
    return { source: before(), target: after((lead) => lead.every((x) => !cue('source-preposition', x))), passive };
  }
  // nominal: possessive or modifier just before ("Russia's attack", "his support", "a G7 ministers' meeting")
  let source: SentenceActor[] = [];
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k];
    if (a.last >= t.first) continue;
    const gap = between(a.last + 1, t.first);
    if (gap.length <= 4 && !gap.some((x) => STOP.has(x) || x === ',' || cue('target-preposition', x) || cue('source-preposition', x) || x === 'of')) source = compoundBack(actors, k, w);
    break;
  }
  // "Before his meeting with Mr Lavrov, Mr Tillerson said": a possessive in an opening phrase points
  // ahead to the subject after its comma
  if (source.length === 1 && source[0].pronoun) source = cataphor(w, actors, source[0], t, cue) ?? source;
  if (!source.length) source = after((lead) => lead.some((x) => cue('source-preposition', x)));
  // "an investigation into the attack": a noun governed by a preposition takes no sentence subject
  let j = t.first - 1;
  while (j >= 0 && j >= t.first - 4 && !cue('preposition', w.lower[j]) && !STOP.has(w.lower[j]) && w.lower[j] !== ',') j--;
  const governed = j >= 0 && j >= t.first - 4 && cue('preposition', w.lower[j]) && !cue('purpose-preposition', w.lower[j]) && !(w.lower[j] === 'of' && cue('threat-frame', w.lower[j - 1] ?? ''));
  if (!source.length && !governed) source = before();
  const target = after((lead) => lead.some((x) => cue('target-preposition', x)) && !lead.some((x) => cue('source-preposition', x)));
  return { source, target: target.filter((a) => !source.includes(a)), passive };
}
