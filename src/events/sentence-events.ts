// The events of one sentence: triggers → modality → actors (with the quote's speaker for reported
// accusations and threats) → date and place. Returns drafts; find-events numbers and dedupes them.
import type { Entity, Event, EventActor, Quote } from '../doc/types.js';
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import { datelinePlace, type SentenceActor } from './sentence-actors.js';
import { trigger, type Trigger } from './find-triggers.js';
import { decideModality } from './decide-modality.js';
import { findActors, undergone } from './find-actors.js';
import { nearestDate, type SentenceDates } from './resolve-date.js';
import { findLocation, placeOf } from './find-location.js';
import { actor, toEventActor } from './to-event-actor.js';
import { slotActors } from './follower-actor.js';
import { findComplicity, type Complicity } from './complicity-events.js';
import { crowdProtests } from './crowd-protest.js';
import { reportedBlames, type Blame } from './reported-blame.js';
import { emptyList } from './empty-list.js';
import { sectorOfRole } from '../knowledge/index.js';
import { agentActor } from './agent-actor.js';
import { notAnEvent } from './not-an-event.js';
import { labourStrike } from './labour-strike.js';
import { verbalAttack } from './verbal-attack.js';
import { politicalContest } from './political-contest.js';
import { protestBlockade } from './protest-blockade.js';
import { placeAsTarget, placeModifier } from './place-modifier.js';
import { askedObject, objectNoun, reactionObject } from './reaction-object.js';
import { BASE_VERB_BEFORE, DETERMINER, ENDS_ING, ENDS_S, PREPOSITION, SPEECH } from './word-cues.js';
import { subjectBefore } from './verb-position.js';
import { ownSubject } from './reported-subject.js';
import { codeRoot, cueLists } from './cue-lists.js';

/** An event before numbering; `nominal` when a noun triggered it ("the attack"), not a verb. */
export type Draft = Omit<Event, 'id'> & { readonly reactive?: boolean; readonly nominal?: boolean };

export type SentenceInput = Readonly<{
  text: string;
  w: SentenceWords;
  actors: readonly SentenceActor[];
  start: number;
  end: number;
  published: string | null;
  quotes: readonly Quote[];
  entities: ReadonlyMap<string, Entity>;
  dates: SentenceDates;
  triggers: readonly Trigger[];
  /** true for the headline */
  headline?: boolean;
  /** the dateline's place, when the sentence opens with one */
  place?: SentenceActor | null;
}>;


/** Requests and demands (CAMEO 02, 10): their object noun is asked for, not done. */
const request = (root: number) => root === 2 || root === 10;

/** Verbal conflict a speaker owns when the words are theirs: accusations, rejections, threats, demands. */
const speakerOwns = (root: number) => root === 2 || (root >= 10 && root <= 13);

/** The speaker of the quote whose cue is the word at `pos` ("'…,' said Edward Rendell, a former governor"), or null. */
function cueSpeaker(s: SentenceInput, pos: number): EventActor | null {
  for (const q of s.quotes) {
    if (q.cue?.start === pos && q.speaker) {
      const e = q.speaker.entity ? s.entities.get(q.speaker.entity) : undefined;
      return e ? toEventActor(e) : null;
    }
  }
  return null;
}

/** The first quote with a speaker that holds `pos`, or undefined. */
function quoteAt(s: SentenceInput, pos: number): Quote | undefined {
  for (const q of s.quotes) if (q.start <= pos && pos < q.end && q.speaker) return q;
  return undefined;
}

function speakerAt(s: SentenceInput, pos: number): EventActor | null {
  const q = quoteAt(s, pos);
  if (!q?.speaker) return null;
  const e = q.speaker.entity ? s.entities.get(q.speaker.entity) : undefined;
  return e ? toEventActor(e) : actor(q.speaker.name, undefined, undefined, undefined);
}

/**
 * May the speaker of the quote holding trigger t be its actor when no name fills the slot? Not when the
 * verb has a noun subject of its own in the quote: "the minister said the crew had ignored orders" is the
 * crew's act, reported, not the minister's ("he had ignored orders", "we reject" still are the speaker's).
 */
function speakerMayAct(s: SentenceInput, t: Trigger): boolean {
  if (t.nominal) return true;
  const q = quoteAt(s, s.w.start[t.first]);
  return !q || !ownSubject(s.w, t.first, q);
}

/** "I have decided to endorse", "we will": a first-person subject in the six words before the trigger, within its clause. */
function firstPersonBefore(lx: Lexicon, w: SentenceWords, at: number): boolean {
  const first = cueLists(lx).pronounFirst;
  for (let j = at - 1; j >= 0 && j >= at - 6; j--) {
    const x = w.lower[j];
    if (x === ',' || x === '.' || x === ';' || x === '"' || x === '“' || x === '”') return false;
    if (first.has(x)) return true;
  }
  return false;
}

/**
 * The draft of trigger t. `s.actors` are the sentence's actors past its dateline place and `s.place` that
 * place (null when none): the caller sets both aside once for all of a sentence's triggers.
 */
function draft(lx: Lexicon, s: SentenceInput, t: Trigger, code: string, modality: Event['modality']): Draft {
  const place = s.place ?? null;
  const cues = cueLists(lx);
  const root = codeRoot(code), statement = root === 1, owns = speakerOwns(root);
  const slots = findActors(lx, s.w, s.actors, t);
  let actors: EventActor[] = slotActors(lx, s.text, s.w, slots.source);
  // a statement's recipient is whom it was told to ("told reporters"), not the subject of what was said
  // ("said Russia was watching": after "say" the next name opens the reported clause, it is told nothing)
  // "would discuss sanctions against Syrian figures": a topic's actors are talked about, not talked with;
  // the partner is after "with" ("discussed Syria with Putin")
  const target = statement ? (cues.sayForm.has(s.w.lower[t.first]) ? [] : slots.target.filter((a) => a.first === t.last + 1)) : cues.topicOnlyVerb.has(s.w.lower[t.first]) ? partnerAfter(s, t) : slots.target;
  const recipients = target.length ? slotActors(lx, s.text, s.w, target).filter((r) => !actors.some((a) => a.entity === r.entity && a.name === r.name)) : [];
  const firstPerson = slots.source.length === 1 && cues.pronounFirst.has(s.w.lower[slots.source[0].first]);
  // the speaker does what the words do ("we will impose sanctions", "I have decided to endorse"), not what they report
  // ("Israeli warplanes struck ..., officials said", "the arrests were wrong")
  // a speech verb that cues a quote speaks its words: the quote's speaker is its actor, not a name inside
  // the quote before it ("'…what Bill Clinton did,' said Edward Rendell")
  // (the quote's speaker is looked up only when the words would be theirs)
  const cued = statement ? cueSpeaker(s, s.w.start[t.first]) : null;
  let speaker: EventActor | null = null;
  if (cued) actors = [cued];
  else if ((!actors.length && (owns || firstPersonBefore(lx, s.w, t.first))) || firstPerson || (owns && slots.source.every((a) => a.pronoun))) {
    // "the crew had ignored orders", "it is progressives who will disrupt": the verb's own subject is a
    // noun of the quote, neither the speaker nor a pronoun before it
    if (!speakerMayAct(s, t)) actors = actors.filter((a) => !a.entity || !slots.source.some((x) => x.pronoun && x.entity.id === a.entity));
    else if ((speaker = speakerAt(s, s.w.start[t.first]))) actors = [speaker];
  }
  // no entity in a slot: an agent noun may fill it ("arrested by state police", "a suicide bomber killed")
  if (!actors.length && !statement) {
    // "faces charges from prosecutors": a noun undergone names its doer after "from" too
    const by = slots.passive ? agentWord(s.w, t) : -1;
    // "a suicide bomber killed five people and wounded 40": a verb joined to an earlier one takes the agent
    // before that verb, not its object
    const verb = slots.verb ?? t.first;
    const agent = slots.passive ? (by > 0 && by <= t.last + 3 ? agentActor(s.text, s.w, by + 1, by + 5) : null) : verb < 0 ? null : agentActor(s.text, s.w, verb - 1, verb - 5);
    if (agent) actors = [agent];
  }
  // "the gunman faces 19 murder charges": whom an act undergone is aimed at may be an agent noun before the verb
  if (!recipients.length && slots.passive && t.nominal) {
    const v = undergone(s.w, { undergo: cues.undergoVerb, preposition: cues.preposition }, t.first);
    const agent = v > 0 ? agentActor(s.text, s.w, v - 1, v - 5) : null;
    if (agent) recipients.push(agent);
  }
  // "a man fatally shot by police", "two men were arrested": a passive verb's subject may be an agent noun
  if (!recipients.length && slots.passive && !t.nominal) {
    const agent = agentActor(s.text, s.w, t.first - 1, t.first - 5);
    if (agent) recipients.push(agent);
  }
  // ("deployed troops", "fired missiles into the sea": a show of force's object is the actor's own force, CAMEO 15)
  if (!recipients.length && !slots.passive && !t.nominal && !statement && !code.startsWith('15') && !cues.topicOnlyVerb.has(s.w.lower[t.first])) {
    const agent = agentActor(s.text, s.w, t.last + 1, t.last + 5);
    if (agent) recipients.push(agent);
  }
  const next = s.w.lower[t.last + 1] === 'of' ? s.w.lower[t.last + 2] : undefined;
  const { plover, cameo } = codeInfo(lx, code);
  return {
    plover,
    cameo,
    actors,
    recipients,
    start: s.start,
    end: s.end,
    trigger: { start: s.w.start[t.first], end: s.w.end[t.last] },
    date: nearestDate(s.dates, t.first) ?? (presentTense(s, t) ? articleDate(s.published) : null),
    location: findLocation(lx, s.text, s.w, s.actors, t.first) ?? (place ? findLocation(lx, s.text, s.w, [place], place.first) ?? dateline(place) : null),
    modality,
    nominal: t.nominal,
    // a Set look-up, not the noun entry's flags: an entry read here first on unseen text deopted draft
    reactive: !!next && cues.reactiveNoun.has(next),
  };
}

/**
 * `s` with other actors and dateline place, built field by field as find-events builds an input: every
 * input then has one object shape (a spread copy has another, and a rule compiled on the one is thrown
 * back to the interpreter on first meeting the other: a sentence with a dateline).
 */
export function withActors(s: SentenceInput, actors: readonly SentenceActor[], place: SentenceActor | null): SentenceInput {
  return { text: s.text, w: s.w, actors, start: s.start, end: s.end, published: s.published, quotes: s.quotes, entities: s.entities, triggers: s.triggers, dates: s.dates, headline: s.headline, place };
}

/** `d` with other parts, built field by field as draft() builds one: one object shape for every draft (see withActors). */
export function redraft(d: Draft, p: Partial<Pick<Draft, 'plover' | 'cameo' | 'actors' | 'recipients' | 'modality'>>): Draft {
  return { plover: p.plover ?? d.plover, cameo: p.cameo ?? d.cameo, actors: p.actors ?? d.actors, recipients: p.recipients ?? d.recipients, start: d.start, end: d.end, trigger: d.trigger, date: d.date, location: d.location, modality: p.modality ?? d.modality, nominal: d.nominal, reactive: d.reactive };
}

/**
 * The actor after "with" in the trigger's clause, at most twelve words on, past an article and a title's
 * capitals ("with Russian Foreign Minister Sergei Lavrov"): a talk's partner.
 */
function partnerAfter(s: SentenceInput, t: Trigger): SentenceActor[] {
  const w = s.w;
  for (let j = t.last + 1; j < w.lower.length && j <= t.last + 12; j++) {
    const x = w.lower[j];
    if (x === ',' || x === ';' || x === '.') break;
    if (x !== 'with') continue;
    let k = j + 1;
    if (w.lower[k] === 'the') k++;
    for (; k < w.lower.length && k <= j + 6; k++) {
      const a = s.actors.find((b) => b.first === k && !b.pronoun);
      if (a) return [a];
      if (!w.cap[k]) break;
    }
    return [];
  }
  return [];
}

/** The "by" after a passive trigger (or "from" after a noun undergone: "charges from prosecutors"), or -1. */
function agentWord(w: SentenceWords, t: Trigger): number {
  const by = w.lower.indexOf('by', t.last + 1);
  if (!t.nominal) return by;
  const from = w.lower.indexOf('from', t.last + 1);
  return from > 0 && (by < 0 || from < by) ? from : by;
}

/**
 * A draft's PLOVER and CAMEO parts, every field written (an absent one undefined) by one function each:
 * one hidden class per kind, where the spread and literal shapes made the rules reading `d.cameo.root`
 * (findEvents' filters, refineEvents) deoptimise with "wrong map" on unseen articles. findEvents hands
 * out the contract's shapes (contractPlover, contractCameo): a field absent stays absent.
 */
export function ploverOf(event: string, mode: string | undefined): Draft['plover'] {
  return Object.freeze({ event, mode });
}

export function cameoOf(root: string, code: string | undefined): Draft['cameo'] {
  return Object.freeze({ root, code });
}

const eventOnly = new Map<string, Event['plover']>();
const rootOnly = new Map<string, Event['cameo']>();

/** The contract's plover of a ploverOf(): the same object when it has a mode, else `{ event }` (one per event type). */
export function contractPlover(p: Draft['plover']): Event['plover'] {
  if (p.mode !== undefined) return p;
  let out = eventOnly.get(p.event);
  if (!out) eventOnly.set(p.event, (out = Object.freeze({ event: p.event })));
  return out;
}

/** The contract's cameo of a cameoOf(): the same object when it has a code, else `{ root }` (one per root). */
export function contractCameo(c: Draft['cameo']): Event['cameo'] {
  if (c.code !== undefined) return c;
  let out = rootOnly.get(c.root);
  if (!out) rootOnly.set(c.root, (out = Object.freeze({ root: c.root })));
  return out;
}

const codeInfos = new WeakMap<Lexicon, Map<string, Pick<Draft, 'plover' | 'cameo'>>>();

/** An event code's PLOVER type and CAMEO fields, made once per code (events share these frozen parts). */
function codeInfo(lx: Lexicon, code: string): Pick<Draft, 'plover' | 'cameo'> {
  let m = codeInfos.get(lx);
  if (!m) codeInfos.set(lx, (m = new Map()));
  let hit = m.get(code);
  if (!hit) {
    const info = lx.cameo.get(code) ?? lx.cameo.get(code.slice(0, 3)) ?? lx.cameo.get(code.slice(0, 2));
    hit = Object.freeze({
      plover: ploverOf(info?.[0] ?? 'UNKNOWN', info?.[1] || undefined),
      cameo: cameoOf(code.slice(0, 2), code.length > 2 && lx.cameo.has(code) ? code : undefined),
    });
    m.set(code, hit);
  }
  return hit;
}

/** "Tillerson is in Moscow for talks", a headline's "To Urge": news in the present is the article's day. */
function presentTense(s: SentenceInput, t: Trigger): boolean {
  if (s.headline) return true;
  for (let j = t.first - 1; j >= 0 && j >= t.first - 5; j--) {
    const x = s.w.lower[j];
    if (x === 'is' || x === 'are' || x === 'am') return true;
    if (x === ',' || x === 'was' || x === 'were' || x === 'had' || x === 'has' || x === 'have') return false;
  }
  return false;
}

const articleDate = (published: string | null) => (published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null);

const dateline = (a: SentenceActor): Draft['location'] => placeOf(a.entity.name, a.entity.country || undefined);

/** A visit (CAMEO 042) whose every recipient is a place in the one country all its actors belong to. */
function domesticTrip(s: SentenceInput, e: Draft): boolean {
  if (e.cameo.code !== '042' || !e.actors.length || !e.recipients.length) return false;
  const home = e.actors[0].country;
  if (!home || e.actors.some((a) => a.country !== home)) return false;
  return e.recipients.every((r) => r.country === home && !!r.entity && s.entities.get(r.entity)?.type === 'location');
}

/** Is the draft's place in its first actor's country, or is no place with a country named? */
function homeOrNowhere(e: Draft): boolean {
  const there = e.location?.country;
  return !there || there === e.actors[0]?.country;
}

/** Is the arrival e a named person's arrival in a country other than their own (by its place or recipients)? */
function arrivalAbroad(s: SentenceInput, e: Draft): boolean {
  const home = e.actors[0]?.country;
  if (!home || !e.actors.some((a) => a.entity && s.entities.get(a.entity)?.type === 'person')) return false;
  const there = e.location?.country ?? e.recipients.find((r) => r.country)?.country;
  return !!there && there !== home;
}

/** Is every recipient the press (sector MED: a newspaper, a network, "reporters"), and there is one? */
const pressOnly = (recipients: readonly EventActor[]) => recipients.length > 0 && recipients.every((r) => r.sector === 'MED');

/**
 * Does one named person alone discuss or debate a topic: a single actor that is a person entity, no "with" in the
 * sentence, and no name or "him", "them" right after the verb ("debates Hillary Clinton", "debate him"; "her" is mostly a possessive: "discuss her book")?
 */
function soloTalk(s: SentenceInput, t: Trigger, e: Draft): boolean {
  if (e.actors.length !== 1) return false;
  const a = e.actors[0];
  if (!a.entity || s.entities.get(a.entity)?.type !== 'person') return false;
  const next = s.w.lower[t.last + 1] ?? '';
  if (s.w.cap[t.last + 1] || next === 'him' || next === 'them') return false;
  return !s.w.lower.includes('with');
}

/** Drafts for every event the sentence reports. */
export function sentenceEvents(lx: Lexicon, s: SentenceInput): Draft[] {
  const out: Draft[] = [];
  const cues = cueLists(lx);
  const place = s.place === undefined ? datelinePlace(s.text, s.w, s.actors) : s.place;
  if (s.place === undefined) s = withActors(s, s.actors, place);
  // the actors every trigger's draft reads: those past the dateline's place, set aside once
  const past = place ? withActors(s, s.actors.filter((a) => a.first > place.last), place) : s;
  const triggers: Trigger[] = [];
  for (const t of s.triggers) if (!insideName(s.actors, t)) triggers.push(t);
  let asked: Trigger | undefined;
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i];
    // "called for an inquiry", "urged ministers to hold an inquiry": what is asked for has not happened
    // ("urged ministers to hold an inquiry": the object of the act asked for, too)
    if (objectNoun(lx, s.w, asked, t) || askedObject(lx, s.w, asked, t)) continue;
    asked = request(codeRoot(t.code)) ? t : undefined;
    // "denied meeting Tillerson": the denial negates the next trigger and is no event of its own; a refusal
    // ("refused to meet", "declined to endorse") is one, a rejection (CAMEO 12), beside the act it negates
    const next = triggers[i + 1];
    if (next && cues.denial.has(s.w.lower[t.first]) && !cues.refusal.has(s.w.lower[t.first]) && next.first <= t.last + 2) {
      // "Iran denied the accusations", "rejected the allegations": the accusation is someone else's, and
      // the denial is the event (its own code, CAMEO 016 "deny accusations"), not an accusation negated
      if (!(next.nominal && next.code.startsWith('11'))) continue;
      triggers.splice(i + 1, 1);
    }
    // "called on Russia to promote ...": the requested act did not happen
    if (s.w.lower[t.first - 1] === 'to' && requestBefore(cues.requestLike, s.w, triggers, i)) { asked = t; continue; }
    if (notAnEvent(lx, s.w, t)) continue;
    const d = decideModality(lx, s.w, labourStrike(lx, s.w, t));
    if (!d) continue;
    // "met Abdullah in Cairo to discuss the war": a consultation's purpose is the same meeting, no second one
    if (d.code.startsWith('04') && s.w.lower[t.first - 1] === 'to' && out.some((p) => p.cameo.root === '04' && p.modality === 'asserted')) continue;
    let e = draft(lx, past, t, d.code, d.modality);
    // "Syrians came to Germany", "minors who came to the U.S.": a group coming somewhere visits no one;
    // a person named does ("Putin came to Syria")
    if ((t.lemma === 'come' || t.lemma === 'come_to') && e.cameo.root === '04' && !e.actors.some((a) => a.entity && s.entities.get(a.entity)?.type === 'person')) continue;
    // "the president traveled to New York for fundraisers", "Cruz has traveled to South Carolina": a trip
    // to a place of the traveller's own country visits no one (CAMEO 042 is a visit to another actor)
    if (domesticTrip(s, e)) continue;
    // "the state narrowly went for Obama", "what he has going for him": going for someone is backing them, no trip
    // ("left for Moscow" goes to a place)
    if (t.lemma === 'go' && s.w.lower[t.last + 1] === 'for' && !e.recipients.some((r) => !!r.entity && s.entities.get(r.entity)?.type === 'location')) continue;
    // "Biden visited a downtown train station", "has visited several states": a visit that names no one visited,
    // at home or nowhere named, visits no actor (CAMEO 042 is a visit to another actor)
    if (e.cameo.code === '042' && !t.nominal && !e.recipients.length && homeOrNowhere(e)) continue;
    // "officials who spoke with The Huffington Post said", "Carson, speaking with the Register's editorial board",
    // "spoke with reporters": talking to the press is how a statement reaches the reader, no consultation
    // between actors (CAMEO 04); the statement itself is the sentence's speech verb
    if (e.cameo.root === '04' && pressOnly(e.recipients)) continue;
    // "Roger Stone will discuss his new book", "Christie wouldn't discuss whether", "Carter discussed how he had
    // placed a note": one person talking about a topic consults no one (CAMEO 04 is between actors); discussing
    // with someone, debating someone named, or actors joined ("Obama and Xi discussed") still consult
    if (e.cameo.root === '04' && cues.topicVerb.has(s.w.lower[t.first]) && soloTalk(s, t, e)) continue;
    // "arrived at the gymnasium", "Obama arrived in Orlando", "delegates arriving in Cleveland": an arrival
    // visits no one but a person's arrival abroad ("Tillerson arrived in Moscow": refine-events makes the
    // host its recipient); arriving for talks keeps its own code (046)
    if (t.lemma === 'arrive' && e.cameo.code === '040' && !arrivalAbroad(s, e)) continue;
    // "Cruz was battling with Rubio for second place", "is hurting the economy", "is challenging Ayotte for
    // her Senate seat": a rivalry, a cost or a candidacy, no conflict between actors (political-contest.ts)
    if (politicalContest(lx, s.w, t, e.actors, e.recipients, s.entities)) continue;
    if (protestBlockade(lx, s.w, t, d.code, e.actors)) e = redraft(e, codeInfo(lx, '144'));
    // "the Benghazi attacks": the town is the attacked, not the attacker (place-modifier.ts)
    const town = placeModifier(s.w, past.actors, t, e.cameo.root);
    const moved = town && placeAsTarget(e.actors, e.recipients, town);
    if (moved) e = redraft(e, moved);
    // "Buhari condemned the attack": the attack is not Buhari's, nor negated by "did not condemn"
    const prev = out[out.length - 1];
    if (prev && prev.trigger.start === s.w.start[triggers[i - 1]?.first] && reactionObject(lx, s.w, triggers[i - 1], t)) {
      e = redraft(e, { actors: othersThan(e.actors, prev.actors), modality: 'asserted' });
    }
    // "Trump attacked Cruz over his record": criticism, CAMEO 111; "vowed to attack Clinton" is criticism
    // intended, not a threat of force
    if (!verbalAttack(lx, s.w, t, e.actors, e.recipients, s.entities)) out.push(e);
    else out.push(redraft(e, { ...codeInfo(lx, '111'), modality: e.modality === 'threatened' ? 'proposed' : e.modality }));
  }
  complicityCharges(lx, s, findComplicity(lx, s.w, s.actors, triggers), out);
  for (const b of reportedBlames(lx, s.w, s.actors)) blameCharge(lx, s, b, out);
  for (const c of crowdProtests(lx, s.w, s.actors)) {
    const at = s.w.start[c.verb];
    if (out.some((d) => d.trigger.start === at)) continue;
    const t = trigger(c.verb, c.verb, '141', false, s.w.lower[c.verb]);
    const m = decideModality(lx, s.w, t);
    if (!m) continue;
    const d = draft(lx, past, t, m.code, m.modality);
    const crowd = crowdActor(s, c.crowd);
    out.push(redraft(d, { actors: [crowd], recipients: d.recipients.filter((r) => r.entity && r.entity !== crowd.entity) }));
  }
  return out;
}

/**
 * The actors in `list` not named in `named`. A function of its own: a closure over the trigger loop's `prev`
 * made the loop allocate a scope for every trigger.
 */
function othersThan(list: readonly EventActor[], named: readonly EventActor[]): EventActor[] {
  return list.filter((a) => !named.some((b) => b.name === a.name));
}

/** The crowd of a gathering: the name it is part of ("Thousands of Georgians"), else the crowd word, a civilian actor. */
function crowdActor(s: SentenceInput, k: number): EventActor {
  const a = s.actors.find((x) => x.last === k && !x.pronoun);
  return a ? toEventActor(a.entity) : actor(s.text.slice(s.w.start[k], s.w.end[k]), undefined, undefined, sectorOfRole(s.w.lower[k]) ?? 'CVL');
}

/**
 * The accusations `complicity` as charges in `out`, in place of the drafts of their cues. Called for every
 * sentence, most with none: the call has its feedback, and the rare work past the early return, met first
 * in unseen text, recompiles this small function rather than sentenceEvents.
 */
function complicityCharges(lx: Lexicon, s: SentenceInput, complicity: readonly Complicity[], out: Draft[]): void {
  if (!complicity.length) return;
  // "figures implicated in the attack": the cue is the accusation, not a verb event of its own
  for (let i = out.length - 1; i >= 0; i--) if (complicity.some((c) => s.w.start[c.cue] === out[i].trigger.start)) out.splice(i, 1);
  for (const c of complicity) {
    const speaker = speakerAt(s, s.w.start[c.cue]);
    const d = draft(lx, withActors(s, NO_ACTORS, s.place ?? null), trigger(c.cue, c.cue, '112', false, s.w.lower[c.cue]), '112', 'asserted');
    const actors = speaker ? [speaker] : c.accuser ? [toEventActor(c.accuser.entity)] : [];
    out.push(redraft(d, { actors, recipients: [toEventActor(c.accused.entity)] }));
  }
}

/**
 * The charge a speaker makes in blame `b`, in `out` in place of the drafts of its verb. A function of its
 * own: called for blames only, it is not inlined into sentenceEvents, so an accused entity of a shape not
 * met before (in unseen text) recompiles this small function, not sentenceEvents.
 */
function blameCharge(lx: Lexicon, s: SentenceInput, b: Blame, out: Draft[]): void {
  const at = s.w.start[b.verb];
  const speaker = speakerAt(s, at);
  // "'I never lied,' he said" is no charge; a speaker charges someone else
  if (!speaker || (speaker.entity && speaker.entity === b.accused.entity.id)) return;
  for (let i = out.length - 1; i >= 0; i--) if (out[i].trigger.start === at) out.splice(i, 1);
  const d = draft(lx, withActors(s, NO_ACTORS, s.place ?? null), trigger(b.verb, b.verb, '112', false, s.w.lower[b.verb]), '112', 'asserted');
  out.push(redraft(d, { actors: [speaker], recipients: [toEventActor(b.accused.entity)] }));
}

/** No actors, in the array map of a filled actor list (a literal `[]` deopted find-actors' reducedRelative). */
const NO_ACTORS = emptyList<SentenceActor>();

/** Is the trigger a word of a name ("the Attack Helicopter Battalion")? Not of a pronoun. */
function insideName(actors: readonly SentenceActor[], t: Trigger): boolean {
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    if (a.first <= t.first && t.last <= a.last && !a.pronoun) return true;
  }
  return false;
}

/** Is a trigger before the i-th one a request ("called on Russia to promote ...")? */
function requestBefore(requestLike: ReadonlySet<string>, w: SentenceWords, triggers: readonly Trigger[], i: number): boolean {
  for (let j = 0; j < i; j++) if (requestLike.has(w.lower[triggers[j].first])) return true;
  return false;
}

/**
 * Is the speech word at k a verb? Not after a determiner or preposition or before "'s" ("secretary of
 * state", "the state's primary", "their claims"); a word that is also a noun ("state", "notes") only
 * right after its subject (a name, a pronoun, an adverb, a comma: "the group states", not "two states")
 * or, as a base form, after "to", a modal or "and" ("declined to state").
 */
function speechVerbAt(lx: Lexicon, w: SentenceWords, k: number): boolean {
  if (k === 0) return true;
  const prev = w.lower[k - 1], pm = w.cues[k - 1];
  // "for saying publicly that ...": a gerund after a preposition is still the verb
  if (pm & (w.cues[k] & ENDS_ING ? DETERMINER : DETERMINER | PREPOSITION) || prev === "'s" || w.lower[k + 1] === "'s") return false;
  if (!cueLists(lx).speechNoun.has(w.lower[k])) return true;
  // "in Kaduna state", "New York state police": a bare "state" after a singular name is the noun ("Democrats
  // claim" after a plural name is the verb)
  if (w.cap[k - 1] && !(w.cues[k] & ENDS_S) && !(pm & ENDS_S)) return false;
  if (pm & BASE_VERB_BEFORE && !(w.cues[k] & ENDS_S)) return true;
  return prev === ',' || subjectBefore(w, k);
}

/**
 * The statement a sentence's speech verb makes ("…, officials said"), coded CAMEO 01 only beside
 * another event of the same sentence: events-dev coders add 01 to a reported event ~87% of the
 * time, and code a bare "said" as no event ~77% of the time.
 */
export function statementEvent(lx: Lexicon, s: SentenceInput): Draft | null {
  for (let k = 0; k < s.w.lower.length; k++) {
    if (!(s.w.cues[k] & SPEECH) || (k > 0 && s.w.cap[k])) continue;
    // "Speaking in Manila, he said ...": a fronted participle frames the main clause's statement, it is
    // none of its own (and has no subject to take)
    if (k === 0 && !!(s.w.cues[0] & ENDS_ING)) continue;
    if (!speechVerbAt(lx, s.w, k)) continue;
    return statementAt(lx, s, k);
  }
  return null;
}

/**
 * The statement of the speech verb at k. Apart from statementEvent's loop over the words: its closures over
 * `k` made the loop allocate a scope for every word it read.
 */
function statementAt(lx: Lexicon, s: SentenceInput, k: number): Draft {
  // "…, officials said": the speaker sits between the last comma and the verb
  // ("X, the envoy, urged Y ... and said": a verb after "and" keeps the whole sentence's actors)
  let from = k;
  if (s.w.lower[k - 1] === 'and' || s.w.lower[k - 1] === 'but') from = 0;
  while (from > 0 && s.w.lower[from - 1] !== ',') from--;
  const near = from > 0 ? s.actors.filter((a) => a.first >= from || a.first > k) : s.actors;
  const place = datelinePlace(s.text, s.w, near);
  return draft(lx, withActors(s, place ? near.filter((a) => a.first > place.last) : near, place), trigger(k, k, '010', false, s.w.lower[k]), '010', 'asserted');
}
