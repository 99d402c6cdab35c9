// PLOVER events with CAMEO codes: who did what to whom, when, where, and whether it happened.
// Needs sentences and tokens (falls back to its own split when there are none), entities for actors,
// quotes for reported accusations and threats. Leaves out statements that are only statements.
import type { Diagnostic, Entity, Event, Stage } from '../doc/types.js';
import { lexicon, type Lexicon } from './patterns/load-patterns.js';
import { wordsOf, type SentenceWords } from './sentence-words.js';
import { stageWords } from './doc-words.js';
import { actorMentions, type ActorMention } from './actor-mentions.js';
import { datelinePlace, sentenceActors } from './sentence-actors.js';
import { contractCameo, contractPlover, redraft, sentenceEvents, statementEvent, type Draft } from './sentence-events.js';
import { refineEvents } from './refine-events.js';
import { findTriggers } from './find-triggers.js';
import { sentenceDates } from './resolve-date.js';
import { anotherAct, RepeatFilter } from './drop-repeats.js';
import { quoteSweep } from './sentence-quotes.js';
import { bareStatements } from './bare-statement.js';
import { listWordIn } from './word-bits.js';
import { cueLists } from './cue-lists.js';
import { SPEECH_ACT } from './word-cues.js';
import { contractActors } from './to-event-actor.js';
import { contractLocation } from './find-location.js';

const MAX_WORDS = 300;
const QUOTE_MARKS = new Set(['"', '“', "'", '‘', '``']);

/**
 * The index of the word that starts at `pos`, -1 when none does: a binary search of the sentence's word
 * starts (in text order), where indexOf walked the list for every draft.
 */
function wordAt(w: SentenceWords, pos: number): number {
  const start = w.start;
  let lo = 0, hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[mid] < pos) lo = mid + 1; else hi = mid;
  }
  return lo < start.length && start[lo] === pos ? lo : -1;
}

/**
 * A lead that reports a statement makes the statement the news: "Carrie Lam said on Saturday that
 * …", "Province says to keep mining ban", "'…,' Putin said in a message". Coders of events-dev code 01
 * there, but not for "'…,' he said" (a pronoun speaker) or for a "said" further down an article.
 * `k` is the index of the trigger's first word (-1 when no word starts there).
 */
function leadStatement(lx: Lexicon, w: SentenceWords, d: Draft, k: number): boolean {
  if (d.cameo.code !== '010' || !d.actors.length) return false;
  const cues = cueLists(lx);
  if (k <= 0 || cues.pronounPerson.has(w.lower[k - 1]) || cues.pronounPlural.has(w.lower[k - 1])) return false;
  // "The missile failed after launch, officials said on Wednesday": the lead's news reported in the
  // speaker's words, not a quotation ("'…,' Peskov commented." is none)
  if (!QUOTE_MARKS.has(w.lower[0])) return true;
  let after = 0;
  for (let j = k + 1; j < w.lower.length; j++) if (w.isWord[j]) after++;
  return after >= 3;
}

/** What every sentence of one document shares: made once per document, passed to eventsOfSentence. */
type DocState = {
  readonly lx: Lexicon;
  readonly doc: Parameters<typeof findEvents>[0];
  readonly dw: ReturnType<typeof stageWords>;
  readonly entities: Map<string, Entity>;
  readonly quotesIn: ReturnType<typeof quoteSweep>;
  readonly diagnostics: Diagnostic[];
  readonly drafts: { d: Draft; headline: boolean }[];
  readonly repeats: RepeatFilter;
  // made on first need: a document whose sentences have no trigger past the bare statements needs no actors
  mentions: ActorMention[] | undefined;
  lastViolent: Draft | null;
  bodySeen: boolean;
};

/**
 * "Protesters gathered outside the embassy", "Cruz said Clinton lied": a crowd's gathering and a charge
 * of wrongdoing are no trigger, but may be a protest or an accusation (asked only of a sentence that
 * would otherwise be skipped). A plain function, not a closure per sentence.
 */
function untriggered(lx: Lexicon, dw: DocState['dw'], first: number, end: number): boolean {
  const { crowdVerb, blameVerb } = cueLists(lx);
  return listWordIn(crowdVerb, dw.lower, dw.hash, first, end) || listWordIn(blameVerb, dw.lower, dw.hash, first, end);
}

/**
 * One sentence's events, pushed to st.drafts. A function of its own, not findEvents' loop body: a rule
 * met first in an unseen article then recompiles this function, not the whole stage.
 */
function eventsOfSentence(st: DocState, s: Parameters<typeof findEvents>[0]['sentences'][number]): void {
  const { lx, doc, dw } = st;
  let endToken = s.endToken;
  if (endToken - s.firstToken > MAX_WORDS) {
    endToken = s.firstToken + MAX_WORDS;
    st.diagnostics.push({ stage: 'events', rule: 'events-sentence-too-long', message: `sentence of ${s.endToken - s.firstToken} tokens: events read its first ${MAX_WORDS}`, severity: 'warning', span: { start: s.start, end: s.end } });
  }
  const headline = doc.meta.headlineSpan;
  const inHeadline = doc.paragraphs[s.paragraph]?.kind === 'headline' || (!!headline && s.start >= headline.start && s.end <= headline.end);
  const lead = inHeadline || !st.bodySeen;
  if (!inHeadline) st.bodySeen = true;
  const triggers = findTriggers(lx, dw, s.firstToken, endToken);
  if (!triggers.length && !untriggered(lx, dw, s.firstToken, endToken)) return;
  // "…, officials said.": a bare statement past the lead is no event; its actors and drafts are not needed
  if (!lead && bareStatements(lx, triggers, doc.text, dw, s.firstToken) && !untriggered(lx, dw, s.firstToken, endToken)) return;
  const w = wordsOf(dw, s.firstToken, endToken);
  const actors = sentenceActors(lx, doc.text, (st.mentions ??= actorMentions({ entities: doc.entities, text: doc.text, tokens: doc.tokens }, dw)), w, s.start, s.end);
  const input = { text: doc.text, w, actors, start: s.start, end: s.end, published: doc.meta.published, quotes: st.quotesIn(s.start, s.end), entities: st.entities, triggers, dates: sentenceDates(lx, w, doc.meta.published), headline: inHeadline, place: datelinePlace(doc.text, w, actors) };
  // an event the body already reported is dropped, and a "said" that only framed a repeat goes with
  // it; the headline is weighed against the whole body at the end
  const found = sentenceEvents(lx, input);
  if (!found.length) return;
  const { speechAct: speechActs, anotherAct: anotherActs } = cueLists(lx);
  // a one-word trigger's cue bits answer for it (the speech-act words are plain letters, which the
  // word's folding leaves as toLowerCase does); a longer span is looked up as text
  const speechAct = (d: Draft) => {
    const k = wordAt(w, d.trigger.start);
    const said = k >= 0 && w.end[k] === d.trigger.end ? (w.cues[k] & SPEECH_ACT) !== 0 : speechActs.has(doc.text.slice(d.trigger.start, d.trigger.end).toLowerCase());
    return said || (lead && leadStatement(lx, w, d, k));
  };
  let refined = refineEvents(found, () => statementEvent(lx, input), speechAct);
  if (!inHeadline) {
    const kept = refined.filter((d) => d.cameo.root === '01' || !st.repeats.repeats(d, false, anotherAct(anotherActs, w, wordAt(w, d.trigger.start), !!d.nominal)));
    refined = kept.length < refined.length && kept.every((d) => d.cameo.root === '01') ? kept.filter(speechAct) : kept;
  }
  for (let d of refined) {
    // "there would now be an investigation": it is aimed at those behind the violence just reported
    if (d.cameo.root === '09' && !d.recipients.length && st.lastViolent) d = redraft(d, { recipients: st.lastViolent.actors });
    if (/^(18|19|20)/.test(d.cameo.root) && d.actors.length) st.lastViolent = d;
    st.drafts.push({ d, headline: inHeadline });
  }
}

/** Find who did what to whom. */
export const findEvents: Stage<'paragraphs' | 'sentences' | 'tokens' | 'entities' | 'quotes', 'events'> = (doc) => {
  const lx = lexicon();
  const entities = new Map<string, Entity>();
  for (const e of doc.entities) entities.set(e.id, e);
  const st: DocState = { lx, doc, dw: stageWords(doc.text, doc.tokens), entities, quotesIn: quoteSweep(doc.quotes.filter((q) => q.speaker)), diagnostics: [], drafts: [], repeats: new RepeatFilter(), mentions: undefined, lastViolent: null, bodySeen: false };
  for (const s of doc.sentences) eventsOfSentence(st, s);
  const { drafts, repeats, diagnostics } = st;
  // every draft has these keys in this order (sentence-events.ts draft); written out, not spread
  // (a loop, not filter and map: an empty array those make has an array shape of its own, and findEvents,
  // compiled on documents with events, was thrown back on the first document with none)
  const events: Event[] = [];
  for (const { d, headline } of drafts) {
    if (headline && repeats.repeats(d, true)) continue;
    events.push({ id: `v${events.length + 1}`, plover: contractPlover(d.plover), cameo: contractCameo(d.cameo), actors: contractActors(d.actors), recipients: contractActors(d.recipients), start: d.start, end: d.end, trigger: d.trigger, date: d.date, location: contractLocation(d.location), modality: d.modality });
  }
  return diagnostics.length ? { events, diagnostics } : { events };
};
