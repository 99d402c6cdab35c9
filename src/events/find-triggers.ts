// Finds event triggers in one sentence: verbs (with multi-word verbs such as "called on") refined by
// their object-side patterns ("impose ... sanctions" → 163), and event nouns ("talks", "attack",
// "investigation") refined by a modifier just before them ("chemical weapons attack" → 2041).
import { keyBit, type Lexicon, type VerbEntry } from './patterns/load-patterns.js';
import type { CompiledNoun } from './patterns/compile-patterns.js';
import type { DocWords } from './doc-words.js';
import { subjectBefore } from './verb-position.js';
import type { MultiNode } from './multi-verbs.js';
import { maybePair } from './word-bits.js';
import { sectorOfWord } from './agent-actor.js';
import { lookupName } from '../knowledge/index.js';
import { wordHash } from './word-table.js';
import { blockBit } from './word-facts.js';
import { ADJECTIVE_AFTER_MAKE, ADJECTIVE_VERB, IRREGULAR_FORM, LEMMA_SELF, MULTI_VERB, NEEDS_CAPITAL, AUXILIARY, BASE_VERB_BEFORE, DEGREE, DETERMINER, ENDS_ED, ENDS_ING, ENDS_LY, ENDS_NT, ENDS_S, LEMMA_MAKE, LEMMA_VERB, NAME_ADJECTIVE, NOUN, NOUN_BEFORE_BIT, PREPOSITION, SINGULAR_S, SPEECH, PATTERN_KEY, SPEECH_ACT, SUBJECT_PRONOUN, TRIGGER, VERB } from './word-cues.js';

export type Trigger = Readonly<{
  /** word indexes [first, last] in the sentence */
  first: number;
  last: number;
  code: string;
  nominal: boolean;
  lemma: string;
  /** the noun's entry for a noun trigger, null for a verb */
  noun: CompiledNoun | null;
}>;

/**
 * A trigger, every field written in one order: all triggers share one object shape (a noun trigger with
 * an extra field had another, and a rule compiled on the one deopted on first meeting the other).
 */
export function trigger(first: number, last: number, code: string, nominal: boolean, lemma: string, noun: CompiledNoun | null = null): Trigger {
  return { first, last, code, nominal, lemma, noun };
}

const WINDOW = 4;
const QUANTIFIER = new Set(['some', 'many', 'most', 'much', 'all', 'more', 'part', 'several', 'none', 'any', 'each', 'one', 'two', 'three', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'half', 'parts', 'rest']);

/** Endings a long pattern word (a stem: "violat", "deport") takes: "violating", "deportations". */
const STEM_ENDINGS = new Set(['ing', 'ed', 'ion', 'ions', 'ation', 'ations', 'ment', 'ments']);

/**
 * A pattern word fits a text word exactly, or as its plural / possessive ("sanction" → "sanctions"), or a
 * long one as a stem with a verb or action-noun ending; not another word that opens the same
 * ("support" → "supporters", "battle" → "battleground", "afghani" → "afghanistan").
 */
function fits(word: string, p: string): boolean {
  if (word === p) return true;
  const d = word.length - p.length;
  if (d <= 0 || !word.startsWith(p)) return false;
  if (d > 2) return p.length >= 6 && STEM_ENDINGS.has(word.slice(p.length));
  return d === 1 ? word.charCodeAt(p.length) === 115 : word.endsWith('es') || word.endsWith("'s");
}

const COMMA = wordHash(','), POSSESSIVE = wordHash("'s"), IT = wordHash('it');

/**
 * Is the word at i `word` (whose wordHash is `h`)? Only that word's string, internalized, meets the literal:
 * an index-like word ("2017", a new string each time, see internalized in word-table.ts) compared with a
 * literal on an unseen article deoptimised the rules compiled for internalized strings.
 */
const is = (w: DocWords, i: number, h: number, word: string) => w.hash[i] === h && w.lower[i] === word;

/** Does the pattern match with its first word at i, its words in order before `limit`? */
function matchFrom(w: DocWords, i: number, limit: number, words: readonly (readonly string[])[]): boolean {
  let k = 0;
  for (; i < limit && k < words.length; i++) {
    const x = w.lower[i];
    if (x === '.' || x === ';' || x === ',') break;
    const alts = words[k];
    for (let a = 0; a < alts.length; a++) if (fits(x, alts[a])) { k++; break; }
  }
  return k === words.length;
}

/** The code of the verb `entry` (`generic`: in the generic-verb list) whose object starts at word `after`. */
function verbCode(entry: VerbEntry | undefined, generic: boolean, w: DocWords, after: number, end: number): string | null {
  if (!entry) return null;
  // a generic verb ("want", "face", "push") codes only through an object pattern ("push for sanctions")
  let best = 0, code: string | null = generic ? null : entry.base;
  // a speech verb's object is the reported clause: its own triggers code it
  if (!entry.keys || w.cues[after - 1] & SPEECH) return code;
  let limit = Math.min(after + WINDOW, end);
  for (let i = after; i < limit; i++) {
    const x = w.lower[i];
    // "order a Crime Branch (CB) probe": a bracketed acronym after a name takes no room in the window
    if (x === '(' && w.lower[i + 2] === ')' && w.cap[i + 1]) limit = Math.min(limit + 3, end);
    if (x === '.' || x === ';' || x === ',') break;
    // the same pattern under two keys is tried twice: harmless, a pattern must beat `best` strictly
    // (the key hashes are fields of the word's entry: its key strings are read only for a key the verb may have;
    // a pattern's parts are read by index, where destructuring [words, code] ran the iterator protocol)
    if (w.cues[i] & PATTERN_KEY) {
      // the signatures of the two entries in hand rule out most pairs before the pair bits (a table read)
      const e = w.entry[i];
      const keyCount = e.blockSig & blockBit(entry.id) ? e.keyCount : 0;
      for (let q = 0; q < keyCount; q++) {
        const h = q === 0 ? e.key0 : q === 1 ? e.key1 : e.key2;
        const list = entry.keySig & keyBit(h) && maybePair(entry.keyBits, entry.id, h) ? entry.index.get(e.keys[q]) : undefined;
        if (list) {
          for (let p = 0; p < list.length; p++) {
            const pattern = list[p], words = pattern[0];
            if (words.length > best && matchFrom(w, i, limit, words)) { best = words.length; code = pattern[1] || null; }
          }
        }
      }
    }
    // "imposed some of the harshest sanctions", "destroyed much of the city": "of" after a quantifier
    // opens the object itself, and takes no room in the window
    if (x === 'of' && i > after && QUANTIFIER.has(w.lower[i - 1])) { limit = Math.min(limit + 2, end); continue; }
    // "attacked by Taliban fighters": a direct-object pattern does not reach past a preposition
    if (w.cues[i] & PREPOSITION) break;
    // "wants pilots to be on the lookout": nor into an infinitive clause
    if (x === 'to') break;
  }
  return code || null;
}

type TriggerCues = Readonly<Record<'speechNoun' | 'idleAfterIt' | 'adjectiveVerb', ReadonlySet<string>>>;
const cueCache = new WeakMap<Lexicon, TriggerCues>();

/** The lemma lists the trigger rules read, fetched once per lexicon (word lists are cue bits, verb lists trigger facts). */
function triggerCues(lx: Lexicon): TriggerCues {
  let c = cueCache.get(lx);
  if (c) return c;
  const get = (name: string): ReadonlySet<string> => lx.cues.get(name) ?? new Set();
  c = { speechNoun: get('speech-noun'), idleAfterIt: get('idle-after-it'), adjectiveVerb: get('adjective-verb') };
  cueCache.set(lx, c);
  return c;
}

/** "officials", "says": the word at j ends in one s, not "ss" ("press"); what /[^s]s$/ tests. */
const singularS = (w: DocWords, j: number) => (w.cues[j] & SINGULAR_S) !== 0;

function nounCode(noun: CompiledNoun, w: DocWords, first: number, i: number): string {
  for (const [mods, code] of noun.mods) {
    for (let j = i - 1; j >= first && j >= i - 3; j--) if (mods.includes(w.lower[j])) return code;
  }
  return noun.code;
}

/** "planned provocations", "targeted sanctions": is the word at j a noun, or an -s form that is no verb? */
function participleBeforeNoun(w: DocWords, j: number, end: number): boolean {
  if (j >= end) return false;
  const m = w.cues[j];
  // "criticised his counterpart", "repeated this claim": a determiner ending in -s is no plural noun
  return (m & NOUN) !== 0 || ((m & ENDS_S) !== 0 && !(m & (VERB | DETERMINER)));
}

/**
 * "the army killed militants", "police arrested protesters", "Starmer urged ministers": after an agent
 * noun or a name inside the sentence, an -ed form is the verb; not after a demonym or party word
 * ("Israeli occupied territories") nor after a sentence's first word ("Several detained activists").
 */
function edAfterSubject(w: DocWords, first: number, i: number): boolean {
  const j = i - 1;
  if (j < first) return false;
  if (sectorOfWord(w.entry[j])) return true;
  // "Israel fired missiles", "Hamas launched rockets": a sentence's first word is the subject when the
  // shipped knowledge names it (a country, a group, a capital), not "Several detained activists"
  if (j === first) return !!w.cap[j] && w.cues[j] === 0 && !!lookupName(w.lower[j]);
  return !!w.cap[j] && !(w.cues[j] & NAME_ADJECTIVE);
}

/**
 * "Islamic State has targeted and killed members", "were arrested and charged": an -ed form after "and"
 * joined to a finite -ed verb (after an auxiliary or its subject) is a verb too, not an adjective.
 */
function joinedVerb(w: DocWords, first: number, i: number): boolean {
  const v = i - 2;
  if (v <= first || (w.lower[i - 1] !== 'and' && w.lower[i - 1] !== 'or') || !(w.cues[v] & ENDS_ED)) return false;
  return (w.cues[v - 1] & AUXILIARY) !== 0 || edAfterSubject(w, first, v);
}

/** Sectors whose agent nouns bear arms ("drones", "warplanes", "troops", "rebels", "gunmen"). */
const ARMED = new Set(['MIL', 'REB', 'INS', 'UAF']);

/** Is the word at j a plural armed agent noun ("drones", "missiles"), the likely subject of a bare verb after it? */
function armedPlural(w: DocWords, j: number): boolean {
  if (!singularS(w, j) || w.cap[j]) return false;
  const sector = sectorOfWord(w.entry[j]);
  return !!sector && ARMED.has(sector);
}

/**
 * "Democrats", "Attacks", "Russia And Iran": a capitalised plural at j that is an event noun or no verb form
 * ("Wins" is one), or a name of one or two words after "and".
 */
function pluralSubject(w: DocWords, first: number, j: number): boolean {
  if (!w.cap[j]) return false;
  if (singularS(w, j) && (w.cues[j] & NOUN || !(w.cues[j] & (VERB | LEMMA_VERB)))) return true;
  return (j - 1 >= first && w.lower[j - 1] === 'and') || (j - 2 >= first && !!w.cap[j - 1] && w.lower[j - 2] === 'and');
}

/**
 * "the G7 meeting", "a Kremlin meeting": a name between a determiner and the word makes it a noun; a
 * bracketed acronym after the name counts as the name ("a Crime Branch (CB) probe").
 */
function namedModifier(w: DocWords, first: number, i: number): boolean {
  if (i - 3 > first && w.lower[i - 1] === ')' && w.lower[i - 3] === '(' && w.cap[i - 2]) i -= 3;
  let j = i - 1;
  while (j > first && w.cap[j] && i - j <= 3) j--;
  if (j >= i - 1 || j < first || w.cap[j]) return false;
  if (w.cues[j] & (NOUN_BEFORE_BIT | DETERMINER)) return true;
  // "would restore United Nations sanctions", "backed Obama's visit": a name right after a verb is its
  // object, the word after the name a noun; not after a speech verb or "be" ("said Russia attacks")
  return !!(w.cues[j] & VERB) && !(w.cues[j] & (SPEECH | AUXILIARY | SPEECH_ACT)) && !(w.cues[j] & ENDS_ING) && w.lower[j] !== 'that';
}

/** Does a name follow at k, after at most a preposition and an article ("in Moscow", "at the White House")? */
function placeNext(w: DocWords, k: number, end: number): boolean {
  if (k < end && w.cues[k] & PREPOSITION) k++;
  if (k < end && w.cues[k] & DETERMINER) k++;
  return k < end && !!w.cap[k];
}

/**
 * "moderate Republican women", "independent and moderate voters", "someone measured and moderate", "relatively
 * moderate to": a verb form that is an adjective too (adjective-verb cue list) is the adjective before a name,
 * a plural noun or a preposition, at a clause's end, or joined by "and"/"or" to another such word; not after
 * "to", an auxiliary, a subject pronoun or a name ("Democrats moderate their stance" has none of these after it).
 */
function adjectiveUse(w: DocWords, adjectives: ReadonlySet<string>, first: number, i: number, end: number): boolean {
  const prev = i > first ? w.lower[i - 1] : '';
  if (prev === 'to' || (i > first && (w.cues[i - 1] & (AUXILIARY | SUBJECT_PRONOUN) || w.cap[i - 1]))) return false;
  const joined = (x: string) => x === 'and' || x === 'or';
  if (i - 2 >= first && joined(prev) && adjectives.has(w.lower[i - 2])) return true;
  if (i + 1 >= end) return true;
  const next = w.lower[i + 1];
  if (joined(next)) return i + 2 < end && adjectives.has(w.lower[i + 2]);
  return !!w.cap[i + 1] || !!(w.cues[i + 1] & PREPOSITION) || !w.isWord[i + 1] || participleBeforeNoun(w, i + 1, end);
}

/** "the only ally", "North Korea's only ally": is the word at j "only" after a determiner or a possessive? */
function onlyAdjective(w: DocWords, first: number, j: number): boolean {
  return w.lower[j] === 'only' && j > first && (!!(w.cues[j - 1] & DETERMINER) || w.lower[j - 1] === "'s");
}

/** "Hedge Funds Support Trump": more than 60% of the sentence's words open with a capital. */
function isTitleCase(w: DocWords, first: number, end: number): boolean {
  let caps = 0, words = 0;
  for (let i = first; i < end; i++) if (w.isWord[i]) { words++; if (w.cap[i]) caps++; }
  return caps > words * 0.6;
}

/**
 * All triggers of the sentence of words [first, end) of the document, in text order, their word indexes
 * counted from `first`. Reads the document's words in place: a sentence without triggers costs no copy.
 */
export function findTriggers(lx: Lexicon, w: DocWords, first: number, end: number): Trigger[] {
  const out: Trigger[] = [];
  const c = triggerCues(lx);
  // counted only when a rule asks: most sentences have no capitalised trigger and no bare base form
  let titleCase: boolean | undefined;
  for (let i = first; i < end; i++) {
    if (!w.isWord[i] || !(w.cues[i] & TRIGGER)) continue;
    // "Secretary of State": a capital inside a sentence is a name, except in a title-case headline
    if (i > first && w.cap[i] && !(titleCase ??= isTitleCase(w, first, end)) && w.lower[i - 1] !== '"' && w.lower[i - 1] !== '“') continue;
    // the word's facts are read only for a candidate that gets past the rules the cue bits decide: its entry
    // is a cache miss away (NOUN: it has a noun entry; LEMMA_VERB: its lemma is a verb; see triggerBits);
    // the previous word is compared with a literal by its hash first (`is`)
    // the word's cue bits and the previous word's (0 at the sentence's start, as for the empty word)
    const m = w.cues[i], pm = i > first ? w.cues[i - 1] : 0;
    const edIng = m & (ENDS_ED | ENDS_ING);
    if (m & NOUN && (pm & NOUN_BEFORE_BIT || !(m & LEMMA_VERB) || w.cap[i] || namedModifier(w, first, i))) {
      const noun = w.entry[i].noun!;
      if (noun.flags.includes('plural') && !(m & ENDS_S)) continue;
      if (noun.flags.includes('needs-for') && (i + 1 >= end || w.lower[i + 1] !== 'for')) continue;
      out.push(trigger(i - first, i - first, nounCode(noun, w, first, i), true, w.lower[i], noun));
      continue;
    }
    // "in my view", "for using", "under fire": after a determiner or preposition a word is no verb
    if (pm & (DETERMINER | PREPOSITION) || (i > first && is(w, i - 1, POSSESSIVE, "'s"))) continue;
    // "planned provocations", "targeted sanctions": a participle before a noun is an adjective
    // ("Schumer accused Republicans", "X, a Democrat, accused Republicans": between a subject and a name it is the verb)
    // ("The United States imposed sanctions", "they targeted civilians": after a name or a subject pronoun it is the verb too)
    if (edIng && !(pm & AUXILIARY) && participleBeforeNoun(w, i + 1, end) && !(i > first && ((i + 1 < end && w.cap[i + 1] && (subjectBefore(w, i) || is(w, i - 1, COMMA, ','))) || (m & ENDS_ED && ((w.cues[i + 1] & NOUN && (w.cap[i - 1] || pm & SUBJECT_PRONOUN)) || edAfterSubject(w, first, i) || joinedVerb(w, first, i)))))) continue;
    if (m & ADJECTIVE_VERB && adjectiveUse(w, c.adjectiveVerb, first, i, end)) continue;
    // "all the more striking", "her most striking appeal", "seemed most concerned", "a more subdued Clinton":
    // after a degree word an -ing or -ed form is an adjective
    if (pm & DEGREE && edIng) continue;
    // "disabled persons attending day centres": an -ing form after a plural noun modifies it ("is", "was",
    // "has" end in one s too: "Russia was attacking Ukraine" is the verb)
    if (m & ENDS_ING && i > first && !w.cap[i - 1] && pm & SINGULAR_S && !(pm & (LEMMA_VERB | AUXILIARY)) && !(m & MULTI_VERB)) continue;
    // "security forces", "officials and witnesses": an -s form is a verb only after a likely subject
    // ("Zebari, former foreign minister, speaks": a speech verb is no plural noun, so a comma will do)
    // ("province says to keep ban": "says" is no noun, so any word before it will do)
    // ("Volunteers knocked on doors", "Supporters cheered": opening a sentence, an -s form of no speech verb is its plural subject)
    if (!(m & LEMMA_SELF) && m & SINGULAR_S && (i > first ? !(subjectBefore(w, i) || (m & (SPEECH_ACT | SPEECH) && is(w, i - 1, COMMA, ',')) || (m & SPEECH && !c.speechNoun.has(w.lower[i]))) : !(m & SPEECH))) continue;
    // "finance minister", "election battle", "Trump campaign adviser": a bare base form is a verb only
    // after "to", a modal, a negation, "and", a pronoun subject or an adverb, or opening a sentence; in a
    // title-case headline also after a plural or joined subject ("Hedge Funds Support", "Russia And Iran Debate"), not in "Trump Wins Debate",
    // "In One Debate Answer"
    // ("Turkish drones hit a convoy", "rebels fire rockets": after a plural armed agent noun it is the verb)
    // ("North Korea's only ally", "the only support": "only" after a determiner is an adjective, no adverb)
    if (m & LEMMA_SELF && !(m & IRREGULAR_FORM) && i > first && !(pm & BASE_VERB_BEFORE || (pm & ENDS_LY && !onlyAdjective(w, first, i - 1)) || pm & ENDS_NT || armedPlural(w, i - 1) || ((titleCase ??= isTitleCase(w, first, end)) && pluralSubject(w, first, i - 1)))) continue;
    // "made clear that": an adjective after "make", not the verb "clear"
    if (m & ADJECTIVE_AFTER_MAKE && pm & LEMMA_MAKE) continue;
    // "when it comes to Rubio": after "it" a movement verb goes nowhere (nor does "comes to")
    if (i > first && is(w, i - 1, IT, 'it') && c.idleAfterIt.has(w.entry[i].trigger!.lemma)) continue;
    if (m & MULTI_VERB) {
      let node: MultiNode | undefined = w.entry[i].multi!, hit: MultiNode | null = null, last = 0;
      for (let k = 1; i + k < end && (node = node.next.get(w.lower[i + k])); k++) if (node.key) { hit = node; last = k; }
      if (hit) {
        const key = hit.key!;
        // "going to be targeted", "coming to an end": movement only toward a named place or actor
        if (hit.needsCapital && (i + last + 1 >= end || !w.cap[i + last + 1])) { i += last; continue; }
        const code = verbCode(hit.entry, hit.generic, w, i + last + 1, end);
        if (code) out.push(trigger(i - first, i + last - first, code, false, key));
        i += last;
        continue;
      }
    }
    // "arrived in Orlando", "arrives at the White House" are visits; "arrives at a hearing", "arrived
    // reenergized" are not: a place is a name
    if (m & NEEDS_CAPITAL && !placeNext(w, i + 1, end)) continue;
    // a lemma that is no verb has no code (verbCode of no entry)
    if (!(m & LEMMA_VERB)) continue;
    // the verb entry is read from the word's entry, not through its trigger facts (one object fewer to load)
    const e = w.entry[i];
    const code = verbCode(e.verbEntry, e.generic, w, i + 1, end);
    if (code) out.push(trigger(i - first, i - first, code, false, e.trigger!.lemma));
  }
  return out;
}
