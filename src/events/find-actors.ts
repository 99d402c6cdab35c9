// Source and target of a trigger without a parser: voice ("was attacked by"), possessives ("Russia's
// attack on"), prepositions ("talks with", "threat ... from Russia and Iran"), nearest subject before a
// verb and first object after it. Compound actors joined by "and" / "," stay together.
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceActor } from './sentence-actors.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { beBefore, subjectBefore } from './verb-position.js';
import { sectorOfWord } from './agent-actor.js';
import { codeRoot } from './cue-lists.js';
import { maybeIn, wordBits } from './word-bits.js';
import { AUXILIARY, BASE_VERB_BEFORE, DETERMINER, ENDS_ED, ENDS_ING, ENDS_LY, ENDS_S, IRREGULAR_FORM, LEMMA_VERB, PREPOSITION, SINGULAR_S, SPEECH, SUBJECT_PRONOUN, VERB } from './word-cues.js';

/**
 * `verb`: the word index of the verb whose subject the source is (a verb the trigger is joined to), when not
 * the trigger; -1 when that verb's subject is no agent before it (a passive, a relative clause)
 */
export type ActorSlots = Readonly<{ source: SentenceActor[]; target: SentenceActor[]; passive: boolean; verb?: number }>;

const STOP = new Set([';', ':', '.', '(', ')', '—', '–', '"', '“', '”']);
const JOIN = new Set(['and', ',', '&', 'or']);
const ARTICLE = new Set(['the', 'a', 'an']);
const WINDOW = 9;
/** Joiners that close a list: "Russia and Iran", not "Russia, Iran". */
const CLOSING = new Set(['and', 'or', '&']);

/** Is every word of the gap [from, to) a joiner ("and", ",", "the"), and is the gap one or two words? */
function joinGap(w: SentenceWords, from: number, to: number): boolean {
  if (to - from < 1) return false;
  if (to - from > 2) return titledJoin(w, from, to);
  for (let j = from; j < to; j++) if (!JOIN.has(w.lower[j]) && w.lower[j] !== 'the') return false;
  return true;
}

/**
 * "el-Sisi and Saudi Crown Prince Mohammed bin Salman", "Trump and Secretary of State Rex Tillerson": "and"
 * then the next name's title, capitalised words (and "of"), at most four.
 */
function titledJoin(w: SentenceWords, from: number, to: number): boolean {
  if (!CLOSING.has(w.lower[from]) || to - from > 5) return false;
  for (let j = from + 1; j < to; j++) if (!w.cap[j] && w.lower[j] !== 'of') return false;
  return true;
}

/**
 * Does a word of `set` open the actor's own phrase, at most three lower-case words before it ("by the",
 * "from fellow GOP", "by thousands of Germans")? Not across a clause: "by those who saw him".
 */
function ledBy(w: SentenceWords, from: number, to: number, set: ReadonlySet<string>): boolean {
  // a title's capitals do not count: "by former Secretary of State Colin Powell"
  for (let j = to - 1, words = 0; j >= from && words <= 3; j--) {
    if (set.has(w.lower[j])) return true;
    if (w.cues[j] & SUBJECT_PRONOUN || w.lower[j] === ',') return false;
    if (!w.cap[j] && w.lower[j] !== 'of') words++;
  }
  return false;
}

/** Is any word of [from, to) in `set`? */
function anyIn(w: SentenceWords, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let j = from, end = Math.min(to, w.lower.length); j < end; j++) if (set.has(w.lower[j])) return true;
  return false;
}

type ActorCues = Readonly<Record<'preposition' | 'conjunction' | 'locative' | 'target' | 'source' | 'passiveBe' | 'reducedPassiveNext' | 'agentNext' | 'negation' | 'modal' | 'purpose' | 'threatFrame' | 'complementizer' | 'possessive' | 'speechNoun' | 'feeling' | 'notGerund' | 'subordinator' | 'undergo', ReadonlySet<string>> & { subordinatorBits: Uint32Array }>;
const cueSets = new WeakMap<Lexicon, ActorCues>();

/** The cue lists the slot rules read, fetched once per lexicon. */
function actorCues(lx: Lexicon): ActorCues {
  let c = cueSets.get(lx);
  if (c) return c;
  const get = (name: string): ReadonlySet<string> => lx.cues.get(name) ?? new Set();
  c = { preposition: get('preposition'), conjunction: get('conjunction'), locative: get('locative'), target: get('target-preposition'), source: get('source-preposition'), passiveBe: get('passive-be'), reducedPassiveNext: get('reduced-passive-next'), agentNext: get('agent-next'), negation: get('negation'), modal: get('modal-threat'), purpose: get('purpose-preposition'), threatFrame: get('threat-frame'), complementizer: get('complementizer'), possessive: get('possessive-pronoun'), speechNoun: get('speech-noun'), feeling: get('feeling-verb'), notGerund: get('not-gerund'), subordinator: get('subordinator'), undergo: get('undergo-verb'), subordinatorBits: wordBits(get('subordinator')) };
  cueSets.set(lx, c);
  return c;
}

/** The actor at `k` and those joined to it by "and" / ",", going forward. */
function compound(actors: readonly SentenceActor[], k: number, w: SentenceWords): SentenceActor[] {
  for (let j = k + 1; j < actors.length; j++) {
    const from = actors[j - 1].last + 1, to = actors[j].first;
    if (!joinGap(w, from, to)) break;
    if (anyIn(w, from, to, CLOSING)) return actors.slice(k, j + 1);
  }
  // "Before his meeting with Mr Lavrov, Mr Tillerson said": a comma alone is no list
  return [actors[k]];
}

/**
 * Same, going backward from `k` ("Russia and Iran threatened"), not to an actor led by a word of `apart`
 * ("raids in the West Bank, and Hamas threatened": a place after a preposition ends the clause before).
 */
function compoundBack(actors: readonly SentenceActor[], k: number, w: SentenceWords, apart?: ReadonlySet<string>): SentenceActor[] {
  let i = k;
  while (i > 0 && joinGap(w, actors[i - 1].last + 1, actors[i].first) && !(apart && ledBy(w, Math.max(0, actors[i - 1].first - 4), actors[i - 1].first, apart))) i--;
  return compound(actors, i, w);
}

/** The subject after the comma closing a sentence-opening phrase ("Before his …, X said") that holds `p` and `t`. */
function cataphor(w: SentenceWords, actors: readonly SentenceActor[], p: SentenceActor, t: Trigger, c: ActorCues): SentenceActor[] | null {
  if (!c.preposition.has(w.lower[0]) && !c.conjunction.has(w.lower[0])) return null;
  const comma = w.lower.indexOf(',', t.last + 1);
  if (comma < 0 || anyIn(w, 0, comma, STOP)) return null;
  const k = actors.findIndex((a) => a.first > comma);
  const a = actors[k];
  if (!a || a.pronoun || a.first > comma + 3 || (p.entity.type === 'person') !== (a.entity.type === 'person')) return null;
  return compound(actors, k, w);
}

const BY: ReadonlySet<string> = new Set(['by']);
/** Does an infinitive open in [from, to): "to" before a lower-case word that is no determiner ("to reject", not "out to Sanders", "to the UN")? */
function infinitiveIn(w: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) if (w.lower[j] === 'to' && !w.cap[j + 1] && w.isWord[j + 1] && !(w.cues[j + 1] & DETERMINER)) return true;
  return false;
}

/** "attacked", "flown", "hit", or an irregular form that is no -ing or -s form ("was held", "were told"). */
function participle(w: SentenceWords, k: number): boolean {
  const x = w.lower[k];
  return /ed$|en$|[^aeiou]t$/.test(x) || (!!(w.cues[k] & IRREGULAR_FORM) && !(w.cues[k] & (ENDS_ING | ENDS_S)));
}

const GOVERNOR = PREPOSITION | VERB | LEMMA_VERB | AUXILIARY | SPEECH;

/**
 * A participle right after an actor that is a reduced relative: before "of"/"by" ("two Americans accused
 * of helping"), or before another preposition when the actor is itself governed by a preposition or a verb
 * ("the deaths of civilians killed in the attack") or is the subject of a later verb ("civilians killed
 * in the attack were buried"); "Putin arrived in Moscow", "Merkel consulted with Macron" stay active.
 */
function reducedRelative(w: SentenceWords, actors: readonly SentenceActor[], t: Trigger, c: ActorCues): boolean {
  const next = w.lower[t.last + 1] ?? '';
  if (!(w.cues[t.first] & ENDS_ED) || !c.reducedPassiveNext.has(next)) return false;
  const a = actors.find((x) => x.last === t.first - 1);
  if (!a) return false;
  if (c.agentNext.has(next)) return true;
  // skip the actor's own modifiers: "of the two Americans", "of brave soldiers"
  let j = a.first - 1;
  while (j >= 0 && j >= a.first - 3 && (w.cues[j] & DETERMINER || (w.isWord[j] && !w.cap[j] && !(w.cues[j] & (GOVERNOR | SUBJECT_PRONOUN))))) j--;
  if (j >= 0 && (w.cues[j] & PREPOSITION || (w.cues[j] & (VERB | LEMMA_VERB) && !(w.cues[j] & (SPEECH | AUXILIARY)) && !w.cap[j]))) return true;
  return finiteAfter(w, t.last + 1, c);
}

/**
 * "a man fatally shot by police", "a compromise rebuffed by Republicans": a participle right before "by"
 * and its doer (a name, or an agent noun after at most two lower-case words) is a passive without "be";
 * not "won by ten points", nor a perfect ("has attacked").
 */
function agentBy(w: SentenceWords, actors: readonly SentenceActor[], t: Trigger): boolean {
  const by = t.last + 1;
  if (w.lower[by] !== 'by' || !participle(w, t.first) || !!(w.cues[t.first] & ENDS_ING)) return false;
  for (let j = t.first - 1; j >= 0 && j >= t.first - 2; j--) if (FINITE_AUXILIARY.has(w.lower[j])) return false;
  for (let j = by + 1; j < w.lower.length && j <= by + 3; j++) {
    if (actors.some((a) => a.first === j) || (!w.cap[j] && sectorOfWord(w.entry[j]))) return true;
    // the cue bits read before the capital test, on every word: read only after a capital, their first
    // read in unseen text found no feedback and deopted agentBy
    const determiner = w.cues[j] & DETERMINER;
    if (!w.isWord[j] || (w.cap[j] && !determiner)) return false;
  }
  return false;
}

/** Does an auxiliary or modal follow in the same clause ("the four soldiers killed in the raid might have lived")? */
function finiteAfter(w: SentenceWords, from: number, c: ActorCues): boolean {
  for (let j = from, end = Math.min(from + WINDOW, w.lower.length); j < end; j++) {
    const x = w.lower[j];
    if (STOP.has(x) || x === ',' || c.conjunction.has(x) || w.cues[j] & SUBJECT_PRONOUN) return false;
    if (w.cues[j] & AUXILIARY || c.modal.has(x)) return true;
  }
  return false;
}

/** The word before an actor, past its article ("in the West Bank" → "in"); '' at the sentence start. */
function leadWord(w: SentenceWords, a: SentenceActor): string {
  let j = a.first - 1;
  while (j >= 0 && ARTICLE.has(w.lower[j])) j--;
  return j >= 0 ? w.lower[j] : '';
}

const locative = (w: SentenceWords, c: ActorCues, a: SentenceActor) => c.locative.has(leadWord(w, a));

/**
 * What the words between a trigger and a later actor must be for the actor to fill a slot: led by "by"
 * (a passive's doer), led by a source preposition ("from"), a verb's object (no source preposition, no
 * "that"; `ASKED`: nor past an infinitive), a noun's target ("on", "against"). Numbers, not callbacks:
 * findActors runs for every draft.
 */
const BY_LEAD = 0, SOURCE_LEAD = 1, OBJECT = 2, ASKED = 3, TARGET_LEAD = 4;
type Lead = typeof BY_LEAD | typeof SOURCE_LEAD | typeof OBJECT | typeof ASKED | typeof TARGET_LEAD;

function leadFits(w: SentenceWords, c: ActorCues, lead: Lead, from: number, to: number): boolean {
  switch (lead) {
    case BY_LEAD: return ledBy(w, from, to, BY);
    case SOURCE_LEAD: return ledBy(w, from, to, c.source);
    case TARGET_LEAD: return anyIn(w, from, to, c.target) && !anyIn(w, from, to, c.source);
    default: return !anyIn(w, from, to, c.source) && !anyIn(w, from, to, c.complementizer) && !(lead === ASKED && infinitiveIn(w, from + 1, to));
  }
}

/** The first actor after the trigger, within the window, whose lead-in [t.last + 1, a.first) fits `lead`, with those joined to it. */
function after(w: SentenceWords, actors: readonly SentenceActor[], t: Trigger, c: ActorCues, lead: Lead): SentenceActor[] {
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    if (a.first <= t.last || a.first > t.last + WINDOW || anyIn(w, t.last + 1, a.first, STOP)) continue;
    // "accused the government of breaking its promises": "its" is whose the promises are
    if (a.pronoun && c.possessive.has(w.lower[a.first])) continue;
    // "took a shot at Russia": a multi-word verb's own preposition is no place
    if (a.first > t.last + 1 && (locative(w, c, a) || anyIn(w, t.last + 1, a.first, c.locative))) continue;
    if (leadFits(w, c, lead, t.last + 1, a.first)) return compound(actors, k, w);
  }
  return [];
}

/** The subject of the verb at `verb` (the trigger, or the verb it is joined to), not past its speech verb `speechAt` nor before `floorAt`. */
function before(w: SentenceWords, actors: readonly SentenceActor[], t: Trigger, c: ActorCues, verb: number, speechAt: number, floorAt: number): SentenceActor[] {
  // "the rallies that have become a signature ... and contributed to", "a super PAC that only attacks
  // Clinton": a relative pronoun subject of the verb stands for the noun before it, an actor only when one
  // ends there
  const rel = relativeSubject(w, verb);
  if (rel >= 0) {
    let k = actors.findIndex((a) => !a.pronoun && (a.last === rel - 1 || (a.last === rel - 2 && SET_OFF.has(w.lower[rel - 1]))));
    if (k < 0) k = appositiveHead(w, actors, rel);
    // "the Communications Workers of America, which endorsed": the name the "of" phrase hangs on
    return k >= 0 && !locative(w, c, actors[k]) ? compoundBack(actors, phraseHead(w, actors, k, rel), w) : [];
  }
  // "arrested 12 people after protesters blocked Whitehall": a clause opened by "after", "when" ... with
  // its own subject takes none from before it
  const opener = subordinateOpener(w, verb, c.subordinator, c.subordinatorBits);
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k];
    if (a.last >= verb || locative(w, c, a)) continue;
    if (a.first < floorAt || a.last < speechAt || a.first < opener) break;
    const lead = leadWord(w, a);
    if (c.target.has(lead) && lead !== 'with') continue;
    return compoundBack(actors, phraseHead(w, actors, k, verb), w, c.locative);
  }
  return [];
}

/** What sets a relative clause off from its noun: "Graham, who", "Graham—who". */
const SET_OFF = new Set([',', '—', '–', '-']);

/**
 * "Gov. Terry Branstad of Iowa, a Republican who has not endorsed", "Theresa Kostrzewa, a lobbyist in North
 * Carolina who has donated", "Sen. Claire McCaskill (D-Mo.), who has endorsed": the named actor before
 * the comma that opens the appositive (an article, at most ten words with no verb) or the relative clause
 * at `rel`; -1 when none.
 */
function appositiveHead(w: SentenceWords, actors: readonly SentenceActor[], rel: number): number {
  let j = rel - 1;
  while (j > 0 && rel - j <= 10 && w.lower[j] !== ',' && !STOP.has(w.lower[j]) && !(w.cues[j] & (VERB | SPEECH) && !w.cap[j])) {
    // "Elizabeth Warren is the party unifier who speaks": a predicate noun after "is"/"was" and its article
    if (ARTICLE.has(w.lower[j]) && (w.lower[j - 1] === 'is' || w.lower[j - 1] === 'was')) return actors.findIndex((a) => !a.pronoun && a.last === j - 2);
    j--;
  }
  if (j <= 0 || w.lower[j] !== ',' || (j < rel - 1 && !ARTICLE.has(w.lower[j + 1]))) return -1;
  // "(D-Mo.)": a bracket after the name
  let at = j - 1;
  if (w.lower[at] === ')') while (at > 0 && w.lower[at] !== '(') at--, at < 0 && (at = 0);
  if (w.lower[at] === '(') at--;
  return actors.findIndex((a) => !a.pronoun && a.last === at);
}

/**
 * The slots of a feeling's passive form (see findActors), or null when no one it is about follows it. A
 * function of its own: called for passive feelings only, it is not inlined into findActors, so the rule's
 * first finding in unseen text recompiles this small function, not findActors.
 */
function feelingSlots(w: SentenceWords, actors: readonly SentenceActor[], t: Trigger, c: ActorCues, speech: number, floor: number): ActorSlots | null {
  const k = actors.findIndex((a) => a.first > t.last && a.first <= t.last + 4 && !a.pronoun && !anyIn(w, t.last + 1, a.first, STOP));
  return k >= 0 ? { source: before(w, actors, t, c, t.first, speech, floor), target: compound(actors, k, w), passive: false } : null;
}

export function findActors(lx: Lexicon, w: SentenceWords, actors: readonly SentenceActor[], t: Trigger): ActorSlots {
  const c = actorCues(lx);
  // "…, officials said.": a verb ending the sentence takes its subject from its own comma clause
  let floor = -1;
  if (!t.nominal && !w.isWord.includes(1, t.last + 1)) floor = w.lower.lastIndexOf(',', t.first);
  // "Police said a man was killed in a shooting that also killed a teenager": the speaker stands outside
  // the clause reported, so no slot of a verb in that clause reaches back past the speech verb
  const speech = t.nominal ? -1 : speechBefore(w, t.first, c.speechNoun);
  const passive = !t.nominal && (reducedRelative(w, actors, t, c) || (beBefore(w, t.first, c.passiveBe, c.negation) && participle(w, t.first)) || agentBy(w, actors, t));
  // "Moreton was disappointed in Bell", "is dismayed by Russia's decision": a feeling's passive form names
  // who feels it as its subject, and whom it is about after "in"/"by"/"with"
  // (disapproval only, CAMEO 11: a feeling with no one it is about is no event, not-an-event.ts)
  if (passive && t.code.startsWith('11') && c.feeling.has(t.lemma)) {
    const slots = feelingSlots(w, actors, t, c, speech, floor);
    if (slots) return slots;
  }
  if (passive) {
    return { source: after(w, actors, t, c, BY_LEAD), target: before(w, actors, t, c, t.first, speech, floor), passive };
  }
  if (!t.nominal) {
    // "X urged Ankara to act and said ...": a verb after "and" shares the first verb's subject
    // ("Starmer attacked Sunak on Wednesday, accusing the Conservatives ...": so does a participle after a
    // comma, and "and vowed to veto" is joined through the verb it completes); the first verb's object, or
    // a name between them, is none of its subject ("accused Republicans of ... and vowed": not Republicans)
    const v = joinedVerb(w, actors, t, c);
    const source = v < 0 ? before(w, actors, t, c, t.first, speech, floor) : invertedSubject(w, actors, v) ?? before(w, actors, t, c, v, speechBefore(w, v, c.speechNoun), -1);
    // "warned that Israel would respond": a name past "that" is in the clause reported, not the verb's object
    // "called on voters to reject him", "urged supporters to back Clinton": past the infinitive a name is the
    // object of the act asked for, not whom the request is made to ("appealed to the UN" keeps its "to")
    const target = after(w, actors, t, c, verbal(t.code) ? ASKED : OBJECT);
    return v >= 0 ? { source, target, passive, verb: agentVerb(w, c, v) } : { source, target, passive };
  }
  // "Trump has faced criticism from Clinton", "Bell faces charges brought by prosecutors": the subject of a
  // verb of undergoing is whom the act is aimed at; its doer is named after "by"/"from", or unknown (read
  // as a passive: an agent noun fills the doer only after "by")
  if (undergone(w, c, t.first) >= 0) {
    const source = after(w, actors, t, c, SOURCE_LEAD);
    return { source, target: before(w, actors, t, c, t.first, speech, floor).filter((a) => !source.includes(a)), passive: true };
  }
  // nominal: possessive or modifier just before ("Russia's attack", "his support", "a G7 ministers' meeting")
  let source: SentenceActor[] = [];
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k];
    if (a.last >= t.first) continue;
    if (t.first - (a.last + 1) <= 4 && !nominalGapStops(w, c, a.last + 1, t.first)) source = compoundBack(actors, k, w);
    break;
  }
  // "Before his meeting with Mr Lavrov, Mr Tillerson said": a possessive in an opening phrase points
  // ahead to the subject after its comma
  if (source.length === 1 && source[0].pronoun) source = cataphor(w, actors, source[0], t, c) ?? source;
  if (!source.length) source = after(w, actors, t, c, SOURCE_LEAD);
  // "an investigation into the attack": a noun governed by a preposition takes no sentence subject
  let j = t.first - 1;
  while (j >= 0 && j >= t.first - 4 && !c.preposition.has(w.lower[j]) && !STOP.has(w.lower[j]) && w.lower[j] !== ',') j--;
  const governed = (j >= 0 && j >= t.first - 4 && c.preposition.has(w.lower[j]) && !c.purpose.has(w.lower[j]) && !(w.lower[j] === 'of' && c.threatFrame.has(w.lower[j - 1] ?? '')))
    || afterSpeechVerb(w, t.first);
  if (!source.length && !governed) source = before(w, actors, t, c, t.first, speech, floor);
  const target = after(w, actors, t, c, TARGET_LEAD);
  return { source, target: target.filter((a) => !source.includes(a)), passive };
}

/**
 * The word index of the verb of undergoing whose object the noun at `at` is ("faces 19 murder charges",
 * "faced public criticism"), up to three words before it in its clause; -1 when none.
 */
export function undergone(w: SentenceWords, c: Readonly<{ undergo: ReadonlySet<string>; preposition: ReadonlySet<string> }>, at: number): number {
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    const x = w.lower[j];
    if (c.undergo.has(x)) return w.cap[j] ? -1 : j;
    if (STOP.has(x) || x === ',' || c.preposition.has(x) || w.cap[j]) return -1;
  }
  return -1;
}

/** Does the gap between a nominal's modifier and the noun hold a stop, a comma, a preposition of either slot, "of" or a verb? */
function nominalGapStops(w: SentenceWords, c: ActorCues, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const x = w.lower[j];
    if (STOP.has(x) || x === ',' || c.target.has(x) || c.source.has(x) || x === 'of') return true;
    // "wrote to Mrs. Clinton about a visit by Chelsea Clinton": a name governed by a preposition before the
    // noun is no modifier of it
    if (w.cues[j] & PREPOSITION) return true;
    // "Maas said the arrests": a verb between them makes the noun its object, not the name's act
    if (!w.cap[j] && w.cues[j] & (VERB | LEMMA_VERB | SPEECH) && !(w.cues[j] & AUXILIARY)) return true;
  }
  return false;
}

/**
 * "said the arrests were", "reported that the attack": a noun in what a speech verb reports (after its
 * determiner, "that" and up to two modifiers) is not done by the speaker.
 */
function afterSpeechVerb(w: SentenceWords, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    if (w.cues[j] & SPEECH && !w.cap[j]) return true;
    if (!w.isWord[j] || w.cap[j] || w.cues[j] & (PREPOSITION | VERB | LEMMA_VERB | AUXILIARY | SUBJECT_PRONOUN)) return false;
  }
  return false;
}

/**
 * The word index of the nearest lower-case speech verb before `at` ("said", "told"), or -1; not one in a
 * relative clause ("Trump, who said he was tired, attacked"), nor one whose clause has a pronoun subject.
 */
function speechBefore(w: SentenceWords, at: number, speechNoun: ReadonlySet<string>): number {
  for (let j = at - 1; j > 0; j--) {
    if (!(w.cues[j] & SPEECH) || w.cap[j]) continue;
    const prev = w.lower[j - 1], next = w.lower[j + 1] ?? '';
    // "for a three-day state visit and urged": a singular word that is also a noun ("state", "claim") is a
    // verb only after its subject, a comma or "to"/a modal, as statementEvent reads it; a plural noun
    // ("voters in five states voting Tuesday") still closes the clause before it
    if (speechNoun.has(w.lower[j]) && !(w.cues[j] & ENDS_S) && !(subjectBefore(w, j) || prev === ',' || w.cues[j - 1] & BASE_VERB_BEFORE)) continue;
    // "the state's caucuses", "his statement": a noun, no speech verb
    // (the document's words fold a curly apostrophe: "’s" is "'s" here)
    if (w.cues[j - 1] & (DETERMINER | PREPOSITION) || next === "'s" || prev === "'s") continue;
    if (prev === 'who' || prev === 'which' || prev === 'that') return -1;
    // "The United States said it attacked Syria": a pronoun subject in the clause may stand for the speaker
    // ("said a man was killed in a shooting that also killed": a relative pronoun stands for a noun of the
    // clause reported, not for the speaker)
    for (let k = j + 1; k < at; k++) if (w.cues[k] & SUBJECT_PRONOUN && w.lower[k] !== 'also' && !relativeBeforeVerb(w, k)) return -1;
    return j;
  }
  return -1;
}

/** "a shooting that also killed", "a man who was arrested": a relative pronoun at k right before its verb (across "also" or an -ly adverb). */
function relativeBeforeVerb(w: SentenceWords, k: number): boolean {
  if (!RELATIVE.has(w.lower[k])) return false;
  let v = k + 1;
  while (v < w.lower.length && v <= k + 2 && (w.lower[v] === 'also' || !!(w.cues[v] & ENDS_LY))) v++;
  return !w.cap[v] && (w.cues[v] & (VERB | LEMMA_VERB | AUXILIARY)) !== 0;
}

/**
 * "vowed to veto", "has vowed to veto": the word index of the finite verb an infinitive trigger completes
 * (past "to" and auxiliaries), whose place in the clause tells what the trigger joins; `at` when none.
 */
function infinitiveHead(w: SentenceWords, at: number): number {
  let h = at;
  if (w.lower[h - 1] === 'to' && h >= 2 && !w.cap[h - 2] && w.cues[h - 2] & (VERB | LEMMA_VERB | SPEECH) && !(w.cues[h - 3] & DETERMINER)) h -= 2;
  else return at;
  while (h > 1 && w.cues[h - 1] & AUXILIARY) h--;
  return h;
}

/**
 * "working to scuttle the proposal and prevent it", "failure to understand and counter": a base form after
 * "and" joins the infinitive at v, unless that infinitive is a purpose after a name ("met Putin to discuss").
 */
function infinitivePair(w: SentenceWords, v: number, at: number, finite: boolean): boolean {
  // "commitment to degrading and destroying ISIL": one gerund after "to" joins another
  if (w.cues[at] & ENDS_ING) return !!(w.cues[v] & ENDS_ING);
  return !finite && v >= 2 && !w.cap[v - 2] && (w.cues[v] & (VERB | LEMMA_VERB)) !== 0;
}

/** Do a past form and a present -s form meet ("proposed" / "funds"), which "and" does not join? */
function tenseClash(w: SentenceWords, i: number, j: number): boolean {
  return (!!(w.cues[i] & ENDS_ED) && oneS(w, j)) || (!!(w.cues[j] & ENDS_ED) && oneS(w, i));
}

/** The word at k ends in one s, not "ss" ("funds", "s", not "press"): SINGULAR_S, which leaves out the one-letter "s". */
function oneS(w: SentenceWords, k: number): boolean {
  return !!(w.cues[k] & SINGULAR_S) || w.lower[k] === 's';
}

/**
 * "after protesters blocked", "when the police arrived", "because Iran refused": the index of the word
 * opening the clause of the verb at v with a subject of its own (not "after arriving", "before being
 * told"), within the verb's comma clause; -1 when none.
 */
export function subordinateOpener(w: SentenceWords, v: number, subordinator: ReadonlySet<string>, bits: Uint32Array = wordBits(subordinator)): number {
  for (let j = v - 1; j >= 0; j--) {
    const x = w.lower[j];
    if (x === ',' || STOP.has(x)) return -1;
    // most words are no subordinator: the bit set says so before the Set is asked
    if (!maybeIn(bits, w.hash[j]) || !subordinator.has(x)) continue;
    const next = w.lower[j + 1] ?? '';
    if (j + 1 >= v || w.cues[j + 1] & ENDS_ING || next === 'to') return -1;
    // "decided after a lengthy investigation not to recommend": an infinitive with no verb between it and
    // "after" is no verb of a clause "after" opens; the phrase is only a time ("after protesters tried to")
    if (w.lower[v - 1] === 'to' && !anyVerb(w, j + 1, v - 1)) return -1;
    return j;
  }
  return -1;
}

/** Is any word of [from, to) a verb, an auxiliary, a speech verb or a lower-case -ed form ("tried")? */
function anyVerb(w: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (w.cues[j] & (VERB | LEMMA_VERB | AUXILIARY | SPEECH) || (!w.cap[j] && !!(w.cues[j] & ENDS_ED))) return true;
  return false;
}

const FINITE_AUXILIARY = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'am']);
const RELATIVE = new Set(['that', 'which', 'who']);

/** "that have become", "which would restore": the index of a relative pronoun standing as the subject of the verb at v, or -1. */
function relativeSubject(w: SentenceWords, v: number): number {
  for (let j = v - 1; j >= 0 && j >= v - 4; j--) {
    const x = w.lower[j];
    if (RELATIVE.has(x)) return j;
    if (!(w.cues[j] & AUXILIARY) && !MODAL.has(x) && x !== 'not' && x !== "n't" && x !== 'never' && !(w.cues[j] & ENDS_LY)) return -1;
  }
  return -1;
}

const MODAL = new Set(['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'cannot', 'did', 'does', 'do']);

/** "would not duck": is the word at v a base form after a modal (across a negation or an -ly adverb)? */
function afterModal(w: SentenceWords, v: number): boolean {
  for (let j = v - 1; j >= 0 && j >= v - 3; j--) {
    const x = w.lower[j];
    if (MODAL.has(x)) return true;
    if (x !== 'not' && x !== "n't" && x !== 'never' && !(w.cues[j] & ENDS_LY)) return false;
  }
  return false;
}

/**
 * The nearest earlier finite verb a verb at `at` is joined to by "and" or a comma ("Mogherini urged Ankara
 * to release the pair and said ...", "when Trump spotted a sign and asked ..."): an event or speech verb, or
 * an -ed form right after a name; an infinitive ("to release"), a gerund after a preposition ("of playing
 * politics and vowed") and a base form after a modal ("would not duck ... and promised") join no finite
 * verb. -1 when none.
 */
function sharedVerb(w: SentenceWords, actors: readonly SentenceActor[], at: number, c: ActorCues, verbal = false): number {
  const participial = w.lower[at - 1] === ',';
  // (a word with no trigger facts is finite without a compare: `undefined !== word`, first met in unseen
  // text, deopted a compare compiled on two strings)
  const facts = w.entry[at]?.trigger;
  const finite = !(w.cues[at] & ENDS_ING) && (!facts || facts.lemma !== w.lower[at]);
  // "Blinken said in a statement that Washington was concerned and called on ...": a speech act joined
  // after a reported clause is the speaker's second act, and shares the speech verb's subject
  const reported = verbal ? reportingVerb(w, at) : -1;
  // "was raising money and reaching out", "painting others as weak and suggesting": after "and" an -ing
  // form joins the nearest other -ing form, known verb or not; the nearest finite verb when there is none
  const gerund = !participial && !!(w.cues[at] & ENDS_ING);
  let fallback = -1;
  for (let v = reported > 0 ? reported : at - 2; v > 0; v--) {
    // "attacked Clinton for her support of ...": after a determiner or a possessive a word is a noun
    if (!w.isWord[v] || w.cap[v] || (w.lower[v - 1] === 'to' && !infinitivePair(w, v, at, finite)) || w.cues[v - 1] & DETERMINER || w.lower[v - 1] === "'s") continue;
    // "during Bill Clinton's first campaign, and has backed": one modifier after them, too
    if (v >= 2 && (w.lower[v - 2] === "'s" || w.cues[v - 2] & DETERMINER) && w.isWord[v - 1] && !(w.cues[v - 1] & (VERB | LEMMA_VERB | AUXILIARY | SPEECH))) continue;
    // "over hospital waiting lists on Wednesday, accusing": an -s form is a verb only after its subject
    // ("Starmer lists"), and a participle after a comma hangs on a finite verb, no -ing form (after "and" one
    // -ing form joins another: "for shooting and killing")
    if ((participial && !!(w.cues[v] & ENDS_ING)) || (!!(w.cues[v] & ENDS_S) && !subjectBefore(w, v))) continue;
    if (finite && ((!!(w.cues[v] & ENDS_ING) && w.cues[v - 1] & PREPOSITION) || afterModal(w, v))) continue;
    if (gerund && !!(w.cues[v] & ENDS_ING) && !(w.cues[v] & PREPOSITION) && !c.notGerund.has(w.lower[v])) return v;
    // a past form joins no present one ("the oil that funds the Islamic State and proposed")
    if (!participial && !gerund && tenseClash(w, at, v)) continue;
    // "vetoed the bill that allows lawsuits, arguing": a participle after a comma hangs on the main clause
    if (participial && relativeSubject(w, v) >= 0) continue;
    // "have been on the ground for months, signing up": a finite "be" or "have" is the verb too
    const known = (w.cues[v] & (VERB | LEMMA_VERB | SPEECH)) !== 0 || FINITE_AUXILIARY.has(w.lower[v]);
    // another -ed form is a verb only right after a name ("Trump spotted"), not "was unqualified"
    // (or right after a relative pronoun: "who helmed the DNC ... and has backed")
    if (!known && !(!!(w.cues[v] & ENDS_ED) && (actors.some((a) => a.last === v - 1) || RELATIVE.has(w.lower[v - 1])))) continue;
    if (!gerund) return v;
    if (fallback < 0) fallback = v;
  }
  return fallback;
}

/**
 * `v`, the verb a trigger is joined to, when an agent noun just before it is its subject ("a suicide bomber
 * killed five people and wounded 40"); -1 for a passive ("a coalition led by Saudi Arabia and backed by",
 * "was structured and agreed") or a relative clause ("banks that took bailouts, and paid"), whose doer is
 * elsewhere.
 */
function agentVerb(w: SentenceWords, c: ActorCues, v: number): number {
  if (w.lower[v + 1] === 'by' || relativeSubject(w, v) >= 0 || (!!(w.cues[v] & ENDS_ED) && beBefore(w, v, c.passiveBe, c.negation))) return -1;
  return v;
}

/**
 * The verb whose subject the trigger takes when it is joined to an earlier one, following a chain ("hit
 * the trail, trashing Trump and accusing him": "accusing" → "trashing" → "hit"); -1 when it is not joined.
 */
function joinedVerb(w: SentenceWords, actors: readonly SentenceActor[], t: Trigger, c: ActorCues): number {
  let v = -1, head = infinitiveHead(w, t.first);
  for (let depth = 0; depth < 3; depth++) {
    // "who helmed the DNC ... and has backed Clinton": a perfect or passive joins through its auxiliary
    const aux = FINITE_AUXILIARY.has(w.lower[head - 1]) && (w.lower[head - 2] === 'and' || w.lower[head - 2] === 'but') && participle(w, head) ? 1 : 0;
    const prev = w.lower[head - 1 - aux];
    if (!(prev === 'and' || prev === 'but' || (prev === ',' && !!(w.cues[head] & ENDS_ING)))) break;
    const u = (aux ? sameAuxiliary(w, head) : undefined) ?? sharedVerb(w, actors, head, c, depth === 0 && verbal(t.code));
    if (u < 0) break;
    v = u;
    head = infinitiveHead(w, u);
  }
  return v;
}

/** "has attacked loopholes that benefit others, and has called for": the earlier participle after the same auxiliary as the one at `at`, or undefined. */
function sameAuxiliary(w: SentenceWords, at: number): number | undefined {
  for (let v = at - 3; v > 0; v--) if (w.lower[v - 1] === w.lower[at - 1] && participle(w, v)) return v;
  return undefined;
}

/** '"...," added Murphy, referring to': the name right after a speech verb that follows a quote or a comma, before `at`. */
function invertedSubject(w: SentenceWords, actors: readonly SentenceActor[], v: number): SentenceActor[] | null {
  if (!(w.cues[v] & SPEECH) || !QUOTE_OR_COMMA.has(w.lower[v - 1] ?? '')) return null;
  const k = actors.findIndex((a) => a.first > v);
  const a = actors[k];
  if (!a || a.pronoun || a.first > v + 4) return null;
  // "said Vice President Joe Biden": a title's capitals stand between
  for (let j = v + 1; j < a.first; j++) if (!w.cap[j]) return null;
  return compound(actors, k, w);
}

const QUOTE_OR_COMMA = new Set([',', '"', '”', "''"]);

/** Verbal acts (statements, requests, accusations, rejections, threats): a speaker's acts, CAMEO 01, 02, 10-13. */
const verbal = (code: string) => { const root = codeRoot(code); return root === 1 || root === 2 || (root >= 10 && root <= 13); };

/**
 * The word index of a speech verb that opens a "that" clause before `at` ("said in a statement that ..."),
 * with no other "and" or clause stop between the "that" and `at` but the one joining the trigger; or -1.
 */
function reportingVerb(w: SentenceWords, at: number): number {
  let that = -1;
  for (let j = at - 2; j > 0; j--) {
    const x = w.lower[j];
    if (x === ';' || x === '.' || x === 'and' || x === 'but') return -1;
    if (x === 'that') { that = j; break; }
  }
  if (that < 0) return -1;
  for (let j = that - 1; j > 0 && j >= that - 5; j--) if (w.cues[j] & SPEECH && !w.cap[j]) return j;
  return -1;
}

/**
 * The actor a noun phrase is about, for the actor at `k` before word `verb`: the name a post-modifier hangs
 * on ("Sen. Joe Manchin of West Virginia" -> Manchin) and the name before an aside set off by commas ("Chuck
 * Schumer, a New York Democrat, accused" -> Schumer).
 */
function phraseHead(w: SentenceWords, actors: readonly SentenceActor[], k: number, verb: number): number {
  for (;;) {
    const a = actors[k];
    if (k > 0 && a.first >= 2 && w.lower[a.first - 1] === 'of' && actors[k - 1].last === a.first - 2) { k--; continue; }
    let close = a.last + 1;
    while (close < verb && close - a.last <= 3 && w.lower[close] !== ',') close++;
    let open = a.first - 1;
    while (open > 0 && a.first - open <= 4 && w.lower[open] !== ',') open--;
    if (close < verb && w.lower[close] === ',' && open > 0 && w.lower[open] === ',' && k > 0 && actors[k - 1].last === open - 1) { k--; continue; }
    return k;
  }
}
