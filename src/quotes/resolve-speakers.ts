// Turns each found quote's speaker mention into a Speaker: through a covering entity, a name in the
// text, or — for pronouns ("he said") and role nouns ("the Tory said") — the most recent compatible
// speaker (who is talking beats who is talked about). Floating quotes continue the previous speaker.
// Unknown (null) beats a wrong name: no compatible antecedent within a few paragraphs gives null.
import type { Entity, Speaker } from '../doc/types.js';
import { K, ch, factsOf, hasFact, isCap, paragraphAt, tokenFrom, type Toks, lw, wordId } from './scan-tokens.js';
import { F, idOf, idsOf } from './look-up-word.js';

// "of", "for", "at", "from" by word id: `INNER.has(wordId(toks, k))` asks what the set of their texts
// would of `lw(toks, k)`, without slicing a name the word table does not hold
const INNER = idsOf(['of', 'for', 'at', 'from']);
import type { Found } from './found.js';
import { BODY_NOUN, DETERMINER, OBJECT_OPENER, GROUP_NOUN, OTHER_PRONOUN, PERSON_ROLE, PRONOUN, headNoun, honorificOf, withoutApostropheS } from './lexicon.js';
import { nameLookup, nameOfRun, type NameInfo, type NameLookup } from './name-index.js';
import { entityAt, type EntityIndex } from './index-entities.js';
import { frontedVerb, sentenceSubject } from './find-noun-phrase.js';
import type { Sentences } from './split-sentences.js';
import { sortFew } from '../doc/sort-few.js';

type Known = { speaker: Speaker; kind: 'person' | 'org' | 'group'; gender?: 'm' | 'f'; plural: boolean; para: number; pos?: number; surname?: boolean };
const WINDOW = 3;
const AND = idOf('and');

/** Resolve the speakers of `found` (text order), returning one Speaker or null per record. */
export function resolveSpeakers(toks: Toks, sentences: Sentences, found: readonly Found[], entities: readonly Entity[], index: EntityIndex): (Speaker | null)[] {
  const names = nameLookup(toks);
  const subjects = subjectsOf(toks, sentences, entities, index, names);
  const out: (Speaker | null)[] = new Array(found.length).fill(null);
  const history: Known[] = [];
  const anchors = found.map((f) => anchor(toks, f));
  const order = sortFew(found.map((_, i) => i), (a, b) => anchors[a] - anchors[b]);
  let previous: Known | null = null;
  for (const i of order) {
    const f = found[i];
    let known: Known | null = null;
    // a question's asker stands outside the chain of speakers: it neither continues nor breaks it
    if (f.question) { if (f.mention) { const k = resolveMention(toks, f, entities, index, names, history, subjects); if (k) out[i] = k.speaker; } continue; }
    if (f.mention) known = resolveMention(toks, f, entities, index, names, history, subjects);
    // "He insisted ... and said ...": the same subject mention; a floating quote has no mention of its own
    else if (f.sameAsPrevious) known = previous !== null && f.paragraph - previous.para <= 1 ? previous : null;
    else if (f.floating) known = previous !== null && (f.paragraph - previous.para <= 1 || (f.paragraph - previous.para === 2 && answers(toks, f.start))) ? copyKnown(previous, withoutSpan(previous.speaker), f.paragraph, previous.pos) : null;
    else if (f.parent !== undefined) known = null;
    else if (f.type === 'partial') known = null;
    if (known) {
      out[i] = known.speaker;
      known = copyKnown(known, known.speaker, paragraphAt(toks, f.end), anchor(toks, f));
      if (f.parent === undefined) { history.push(known); previous = known; }
    } else if (f.parent === undefined && f.type !== 'partial') previous = null;
  }
  return out;
}

/**
 * Where a record's speaker is met: its mention, else the record itself. Not a cue it shares: in '"…," said
 * Maria Lopez, who lives nearby. "Then everybody ran."' the second quote comes after the first's speaker.
 */
function anchor(toks: Toks, f: Found): number {
  return f.mention ? toks.start[f.mention.s] : f.start;
}

/**
 * Does the quote at `offset` answer the interviewer's question in the paragraph before it, one with no
 * quotation marks that ends with "?" or opens with "Asked"? ('What kept him going?¶"Honestly? My
 * daughter."', 'Asked whether he still thinks about it, he paused.¶"Every single time."')
 */
function answers(toks: Toks, offset: number): boolean {
  const open = tokenFrom(toks, offset) - 1;
  if (open < 1) return false;
  const para = toks.para[open] - 1;
  let t = open - 1;
  if (toks.para[t] !== para) return false;
  const last = t;
  for (; t >= 0 && toks.para[t] === para && last - t < 60; t--) if (toks.kind[t] === K.DOpen || toks.kind[t] === K.DClose) return false;
  if (t >= 0 && toks.para[t] === para) return false;
  const isQuestion = ch(toks, last) === '?';
  return isQuestion || lw(toks, t + 1) === 'asked';
}

/** A personal pronoun's tag ('m', 'f'); undefined for "it" and "they". */
function personal(tag: string | undefined): string | undefined {
  return tag === 'm' || tag === 'f' ? tag : undefined;
}

/** "CLINTON", "TRUMP": a word of three or more letters, all capitals A-Z. */
function allCaps(toks: Toks, t: number): boolean {
  if (toks.end[t] - toks.start[t] < 3) return false;
  for (let i = toks.start[t]; i < toks.end[t]; i++) { const c = toks.codes[i]; if (c < 65 || c > 90) return false; }
  return true;
}

/** The token of an "and" between two capitalised words in a mention, or -1. */
function joiningAnd(toks: Toks, s: number, e: number): number {
  for (let k = s + 1; k < e - 1; k++) if (wordId(toks, k) === AND && isCap(toks, k - 1) && isCap(toks, k + 1)) return k;
  return -1;
}

function withoutSpan(s: Speaker): Speaker {
  return s.entity ? { name: s.name, entity: s.entity } : { name: s.name };
}

function resolveMention(toks: Toks, f: Found, entities: readonly Entity[], index: EntityIndex, names: NameLookup, history: Known[], subjects: SubjectOf): Known | null {
  const { s, e } = f.mention!;
  const start = toks.start[s], end = toks.end[e - 1];
  const at = { start, end };
  const para = f.paragraph;
  const head = lw(toks, e - 1);
  // "He's predicting ...": a pronoun with a contracted "is" or "has" is still the pronoun
  // ("It's worth noting" is no one: "it" with a contraction is left as a word)
  // "those who said ...": a demonstrative names no one
  if (e - s === 1 && (head === 'those' || head === 'these')) return null;
  const pronoun = e - s === 1 ? PRONOUN.get(head) ?? personal(PRONOUN.get(withoutApostropheS(head))) : undefined;
  // "The closures, she said, have hit ...": the sentence's subject is in the words reported, not the speaker
  const ownSentence = f.start < start ? f.sentence - 1 : f.sentence;
  if (pronoun !== undefined) {
    const hit = pronounAntecedent(history, subjects, names, ownSentence, start, para, pronoun);
    if (hit) return copyKnown(hit, speakerOf(hit.speaker.name, hit.speaker.entity, at), para, hit.pos);
    const ent = entityAt(index, start, end);
    if (pronoun === 'n' || pronoun === 'p') {
      // "It called on Russia ..." — the body or group the previous sentences were about
      // "it" is no plural group ("Syrian rebels said ... It said in a filing"), unless the group's possessive
      // stands for a thing it holds ("a G7 foreign ministers' meeting ... It called on Russia")
      const prior = priorOrgOrGroup(index, entities, start, pronoun, toks.text);
      if (prior) return fromEntity(prior, at, para);
    }
    if (ent && ent.mentionKind === 'pronoun') return fromEntity(entities[ent.entity], at, para);
    return null;
  }
  // "Jeb Bush and Chris Christie say": both speak, and neither alone is the speaker
  const and = joiningAnd(toks, s, e);
  if (and > 0 && !entityAt(index, toks.start[and], toks.end[and])) {
    const left = sideName(toks, index, entities, s, and), right = sideName(toks, index, entities, and + 1, e);
    if (left && right) return newKnown(speakerOf(`${left} and ${right}`, undefined, at), 'group', undefined, true, para);
  }
  // "Sen. Tom Carper of Delaware": the name before its post-modifier, not the place after it
  // "A spokesman for President Erdogan": a role before its post-modifier is someone else, unnamed
  let headEnd = e, roleHead = false;
  for (let k = s + 1; k < e; k++) {
    if (!INNER.has(wordId(toks, k))) continue;
    if (isCap(toks, k - 1)) { headEnd = k; break; }
    if (!isCap(toks, k - 1) && PERSON_ROLE.has(lw(toks, k - 1))) { headEnd = k; roleHead = true; break; }
  }
  // "a New Hampshire Democrat", "Missouri Secretary of State Ann Lee": an entity that stops before a
  // capitalised head only modifies it (a lower-case last word may be no head: "Mr Cruz strongly said")
  const covering = entityAt(index, start, toks.end[headEnd - 1]);
  // "one senior Labour figure", "Pentagon spokesmen": an entity before a lower-case noun for people only
  // modifies it (a body does speak for its owner: "the Clinton campaign"), and so does a place before a
  // body ("the Montgomery County coroner's office", "the Seattle-based company")
  const modifies = !isCap(toks, headEnd - 1) && covering !== null && covering.end <= toks.start[headEnd - 1] &&
    (headNoun(lw(toks, headEnd - 1)) || (BODY_NOUN.has(lw(toks, headEnd - 1)) && entities[covering.entity].type === 'location'));
  const ent = covering && !modifies && (covering.end > toks.start[headEnd - 1] || !isCap(toks, headEnd - 1) || factsOf(toks, headEnd - 1) & F.NpStop) ? covering : null;
  if (roleHead && !ent) return newKnown(speakerOf(stripDeterminer(toks, s, e), undefined, at), 'person', (PERSON_ROLE.get(lw(toks, headEnd - 1)) || undefined) as Known['gender'], false, para);
  const role = PERSON_ROLE.get(head);
  // "Chancellor warns of 'difficult choices'": a bare role word opening the article is the one person the
  // article gives that title ("The Chancellor, Rachel Reeves, has warned ...")
  if (role !== undefined && e - s === 1 && para === 0 && isCap(toks, s) && !ent) {
    const titled = onlyTitled(entities, head);
    if (titled) return fromEntity(titled, at, para);
  }
  if (role !== undefined && lw(toks, s) === 'the' && !(ent && (ent.mentionKind === 'nominal' || ent.mentionKind === 'title'))) {
    // "the Tory said" — a role noun standing for the person last heard
    const hit = roleAntecedent(history, subjects, names, ownSentence, start, para, role);
    if (hit) return copyKnown(hit, speakerOf(hit.speaker.name, hit.speaker.entity, at), para, hit.pos);
  }
  // "CLINTON: ..." in a transcript: a surname in capitals is the person the text names in full
  // ("Hillary Clinton"), whatever the entities took the capitals for
  if (e - s === 1 && allCaps(toks, s)) {
    const full = names(lw(toks, s));
    if (full) return newKnown(speakerOf(full.name, undefined, at), 'person', full.gender, false, para);
  }
  if (ent && ent.mentionKind !== 'pronoun') {
    const entity = entities[ent.entity];
    const other = otherName(toks, s, e, entity, names);
    if (other) return newKnown(speakerOf(other.name, undefined, at), 'person', other.gender, false, para);
    if (ent.mentionKind !== 'demonym' && !(ent.mentionKind === 'alias' && members(toks, headEnd, entity))) return fromEntity(entity, at, para);
    return newKnown(speakerOf(stripDeterminer(toks, s, e), entity.id, at), 'group', undefined, true, para);
  }
  if (role !== undefined && lw(toks, s) === 'the') return null;
  // "The group said", "the social media company added": the last body named that the noun can stand for
  // (a company is no agency); with none, the phrase itself names no one known, but marks the mention
  const sectors = bodyNoun(toks, s, e);
  if (sectors) {
    const prior = priorBody(index, entities, start, sectors, head);
    if (prior) return fromEntity(prior, at, para);
  }
  // "Speaking to reporters, ... calling": a fronted participle with no subject found after it names no one
  // (a name such as "Kelly" or "Manning" has an entity and was resolved above)
  if (e - s === 1 && frontedVerb(toks, s)) return null;
  // "Mr. Burman of the union": the name before its post-modifier (the head found above)
  const run = headName(toks, s, e, headEnd) ?? nameOfRun(toks, s, isCap(toks, e - 1) ? e : headEnd);
  if (run) {
    let { name, gender } = run;
    let kind: Known['kind'] = run.org ? 'org' : 'person';
    if (run.single && !run.org) {
      const full = names(name);
      if (full) { name = full.name; gender = gender ?? full.gender; }
      // "Research suggests", "Report: ...", 'Cuts "will hurt," ...': one capitalised word the text also writes in
      // lower case, with no fuller name and no honorific, is a word: it may name a source, but no person
      // that a later "he" or "she" could stand for
      else if (!gender && !hasFact(toks, e - 1, F.Pronoun) && !OTHER_PRONOUN.has(lw(toks, e - 1)) && names.lower(name)) kind = 'group';
    }
    return newKnown(speakerOf(name, undefined, at), kind, gender, false, para);
  }
  // "officials now" → "officials"; "now", "last year", a lone "basically": time words and adverbs name no one
  let last = e;
  while (last > s && hasFact(toks, last - 1, F.TimeWord | F.SentenceAdverb)) last--;
  if (last === s || (last - s === 1 && lw(toks, s).endsWith('ly') && !isCap(toks, s))) return null;
  const plural = head.endsWith('s');
  return newKnown(speakerOf(stripDeterminer(toks, s, last), undefined, at), 'group', undefined, plural, para);
}

/**
 * "Some Democrats said" tied to the Democratic Party: a plural alias the body's name does not hold names
 * its members, who speak as a group, not the body itself.
 */
function members(toks: Toks, e: number, entity: Entity): boolean {
  const { text } = toks, a = toks.start[e - 1], b = toks.end[e - 1], q = text.charCodeAt(b - 2);
  // "Mr. Trump's" is a possessive, no plural
  return text.charCodeAt(b - 1) === 115 && q !== 39 && q !== 0x2019 && isCap(toks, e - 1) && !entity.name.includes(text.slice(a, b));
}

/**
 * "Rep. Peter King of New York", "David French of the National Retail Federation": a person's name before
 * a capitalised post-modifier, not the place or body after it. Null for a head that is one bare word, a
 * title or a body ("Bank of America", "Missouri Secretary of State Jo Kander": the whole run names them).
 */
function headName(toks: Toks, s: number, e: number, headEnd: number): NameInfo | null {
  if (headEnd === e || !isCap(toks, e - 1)) return null;
  const run = nameOfRun(toks, s, headEnd);
  if (!run || run.org || honorificOf(lw(toks, headEnd - 1)) !== undefined) return null;
  // "Mr. French of the National Retail Federation": one word is a name after a gendered honorific
  return !run.single || run.gender ? run : null;
}

/**
 * "Mr. Trump said" tied to "Trump Village", "Ms Ruiz said" to a headline run "Ruiz Says She Will Run": an
 * entity whose name only starts with the mention's one word is something else when the text names a
 * person ending in that word ("Ana Ruiz"); that name, with no entity. Otherwise null ("Xi" is "Xi Jinping").
 */
function otherName(toks: Toks, s: number, e: number, entity: Entity, names: NameLookup): NameInfo | null {
  const { text } = toks, a = toks.start[e - 1], n = toks.end[e - 1] - a, name = entity.name;
  // compared in place: this runs for every mention an entity covers
  if (name.charCodeAt(n) !== 32 || !text.startsWith(name.slice(0, n), a)) return null;
  const word = name.slice(0, n);
  if (name.endsWith(' ' + word)) return null;
  const run = nameOfRun(toks, s, e);
  if (!run || !run.single || run.org || run.name !== word) return null;
  const full = names(word);
  return full && full.name !== entity.name ? full : null;
}

// The questions resolveMention puts to antecedent and priorEntity, each in a function of its own: an arrow inside
// resolveMention reading its locals would make it allocate a context at every call, whichever branch it takes.

/** The speaker a pronoun stands for: `pronoun` is p (plural), n (a body or thing) or the person's gender. */
function pronounAntecedent(history: Known[], subjects: SubjectOf, names: NameLookup, sentence: number, pos: number, para: number, pronoun: string): Known | null {
  return antecedent(history, subjects, names, sentence, pos, para, (k) =>
    pronoun === 'p' ? k.plural : pronoun === 'n' ? k.kind !== 'person' && !k.plural : k.kind === 'person' && (!k.gender || k.gender === pronoun));
}

/** The person "the Tory" stands for: a person whose gender, if known, is the role's (`role`, '' for none). */
function roleAntecedent(history: Known[], subjects: SubjectOf, names: NameLookup, sentence: number, pos: number, para: number, role: string): Known | null {
  return antecedent(history, subjects, names, sentence, pos, para, (k) => k.kind === 'person' && (!role || !k.gender || k.gender === role));
}

/** The body or group "it" or "they" (`pronoun` n or p) stands for. */
function priorOrgOrGroup(index: EntityIndex, entities: readonly Entity[], offset: number, pronoun: string, text: string): Entity | null {
  return priorEntity(index, entities, offset, (en, end) => (en.type === 'organization' || en.type === 'group') && (pronoun === 'p' || !en.plural || possessive(text, end)));
}

/** The body "the group", "the company" stands for: one of its `sectors` or named by its noun `head`. */
function priorBody(index: EntityIndex, entities: readonly Entity[], offset: number, sectors: ReadonlySet<string>, head: string): Entity | null {
  return priorEntity(index, entities, offset, (en) => en.type === 'organization' && (bodyFits(en, sectors) || namedBy(en, head)), BODY_REACH);
}

/**
 * The name of one side of "Jeb Bush and Chris Christie" (tokens a..b-1): an entity covering it to its end, or its
 * run when that is a name and no body's ("United States Citizenship and Immigration Services" is one body).
 */
function sideName(toks: Toks, index: EntityIndex, entities: readonly Entity[], a: number, b: number): string | undefined {
  const en = entityAt(index, toks.start[a], toks.end[b - 1]);
  if (en && en.mentionKind !== 'pronoun' && en.end >= toks.end[b - 1]) return entities[en.entity].name;
  const run = nameOfRun(toks, a, b);
  return run && !run.org ? run.name : undefined;
}

// The most recent compatible speaker, unless a later paragraph brought in a new subject since then:
// who is talking beats who is talked about.
function antecedent(history: Known[], subjects: SubjectOf, names: NameLookup, sentence: number, pos: number, para: number, ok: (k: Known) => boolean): Known | null {
  let speaker: Known | null = null;
  for (let i = history.length - 1; i >= 0 && history.length - i <= 40; i--) {
    const k = history[i];
    if (para - k.para > WINDOW) break;
    if (ok(k)) { speaker = k; break; }
  }
  let subject: Known | null = null;
  for (let i = sentence; i >= 0 && sentence - i <= 40; i--) {
    // a sentence that ends more than WINDOW paragraphs back holds no subject near enough, nor does any before
    // it: the walk ends with none, as it would at the first subject found there, without working them out
    if (para - subjects.lastPara(i) > WINDOW) break;
    const k = subjects(i);
    if (!k || k.pos! >= pos) continue;
    if (para - k.para > WINDOW) break;
    if (k.surname) {
      // "Johnson voted ..." — the full name and gender are looked up only for candidates
      const full = names(k.speaker.name);
      if (full) { k.speaker = { name: full.name }; k.gender ??= full.gender; }
      k.surname = false;
    }
    if (ok(k)) { subject = k; break; }
  }
  if (speaker && subject && subject.para > speaker.para && subject.pos! > (speaker.pos ?? 0)) return subject;
  return speaker ?? subject;
}

/**
 * The named subject of sentence i ("Senator Mark Ellis voted ..."), the person talked about; cached. `lastPara(i)`
 * is the paragraph of the sentence's last token: its subject's paragraph is no later.
 */
type SubjectOf = ((i: number) => Known | null) & { lastPara: (i: number) => number };

function subjectsOf(toks: Toks, sentences: Sentences, entities: readonly Entity[], index: EntityIndex, names: NameLookup): SubjectOf {
  const f = sentences.first;
  // Full length from the start: the first question is about a late sentence, and a write far past an
  // empty array's end would turn it into a dictionary.
  const cache = new Array<Known | null | undefined>(f.length).fill(undefined);
  const lastPara = (i: number): number => toks.para[(i + 1 < f.length ? f[i + 1] : toks.n) - 1];
  return Object.assign((i: number): Known | null => {
    if (cache[i] !== undefined) return cache[i]!;
    const end = i + 1 < f.length ? f[i + 1] : toks.n;
    const np = sentenceSubject(toks, f[i], Math.min(end, f[i] + 30));
    let known: Known | null = null;
    if (np && !(np.e - np.s === 1 && PRONOUN.has(lw(toks, np.s))) && clauseAfter(toks, f[i], np.e, end)) {
      const at = { start: toks.start[np.s], end: toks.end[np.e - 1] };
      // "Analysts at Morgan Lane said ...": the head before its post-modifier, not the place or firm after it
      let head = np.s + 1;
      while (head < np.e && !INNER.has(wordId(toks, head))) head++;
      const ent = (head < np.e ? entityAt(index, at.start, toks.end[head - 1]) : null) ?? entityAt(index, at.start, at.end);
      if (ent && ent.mentionKind !== 'pronoun') known = fromEntity(entities[ent.entity], at, toks.para[np.s]);
      else {
        const run = nameOfRun(toks, np.s, np.e);
        // "Perhaps not coincidentally, ...", "Tension flared ...", "Well, if you ...", "Contrast that with ...": one
        // capitalised word opening the sentence, with no entity, no honorific and no fuller name, that the text also
        // writes in lower case, sets off by a comma or gives an object (an imperative), is a word, no one
        if (run && run.single && !run.org && !run.gender && opensSentence(toks, f[i], np.s) && !names(run.name) && (names.lower(run.name) || ch(toks, np.e) === ',' || takesObject(toks, np.e))) known = null;
        else if (run) { known = newKnown({ name: run.name }, run.org ? 'org' : 'person', run.gender, false, toks.para[np.s]); known.surname = run.single && !run.org; }
      }
      if (known) known = copyKnown(known, withoutSpan(known.speaker), known.para, at.start);
    }
    cache[i] = known;
    return known;
  }, { lastPara });
}

/** Does token t open an object ("that", "this", "the", "a"): the word before it was a verb ("Contrast that with ..."), not a name. */
function takesObject(toks: Toks, t: number): boolean {
  if (t >= toks.n || toks.kind[t] !== K.Word) return false;
  return OBJECT_OPENER.has(lw(toks, t));
}

/** Is token t the first word of the sentence opening at `first`? */
function opensSentence(toks: Toks, first: number, t: number): boolean {
  for (let k = first; k < t; k++) if (toks.kind[k] === K.Word) return false;
  return true;
}

/**
 * Is the sentence a clause rather than a line of the page with no one as its subject: a time line
 * ("14/03/2024 18:22 GMT", "Updated 18:22 GMT": figures, and no lower-case word after the capitals) or a
 * label in capitals ("FULL TEXT", "ABSTRACT")?
 */
function clauseAfter(toks: Toks, first: number, after: number, end: number): boolean {
  let figures = false, lower = false;
  const { text } = toks;
  for (let k = first; k < end; k++) {
    if (toks.kind[k] !== K.Word) continue;
    const c = text.charCodeAt(toks.start[k]);
    if (c >= 48 && c <= 57) figures = true;
    else if (k >= after && !isCap(toks, k)) return true;
    else if (!lower) for (let i = toks.start[k] + 1; i < toks.end[k]; i++) { const d = text.charCodeAt(i); if (d >= 97 && d <= 122) { lower = true; break; } }
  }
  return !figures && lower;
}

function fromEntity(entity: Entity, at: { start: number; end: number }, para: number): Known {
  const kind = entity.type === 'person' ? 'person' : entity.type === 'group' ? 'group' : 'org';
  // the entities stage says whether a group is they ("Syrian officials") or it ("Turkey's foreign ministry")
  return newKnown(speakerOf(entity.name, entity.id, at), kind, entity.gender, !!entity.plural, para);
}

// Known records and speakers built field by field (no spreads: this runs for every quote).
function newKnown(speaker: Speaker, kind: Known['kind'], gender: Known['gender'], plural: boolean, para: number, pos?: number): Known {
  return { speaker, kind, gender, plural, para, pos, surname: false };
}

function copyKnown(k: Known, speaker: Speaker, para: number, pos: number | undefined): Known {
  return { speaker, kind: k.kind, gender: k.gender, plural: k.plural, para, pos, surname: k.surname };
}

function speakerOf(name: string, entity: string | undefined, at: { start: number; end: number }): Speaker {
  return entity ? { name, entity, start: at.start, end: at.end } : { name, start: at.start, end: at.end };
}

function stripDeterminer(toks: Toks, s: number, e: number): string {
  // "Some of the women said": a quantifier before "of" is the head, no determiner (nor in "Two in three", "all but two")
  while (s < e - 1 && toks.kind[s] === K.Word && DETERMINER.has(lw(toks, s)) && !INNER.has(wordId(toks, s + 1)) && lw(toks, s + 1) !== 'in' && lw(toks, s + 1) !== 'but') s++;
  return toks.text.slice(toks.start[s], toks.end[e - 1]);
}

/**
 * "the company", "the social media company", "the Seattle-based firm": a body noun after "the" and up to three
 * lower-case or hyphenated words; the sectors of the bodies it can stand for. Undefined for any other phrase
 * ("the Montgomery County coroner's office" names its body itself).
 */
function bodyNoun(toks: Toks, s: number, e: number): ReadonlySet<string> | undefined {
  if (e - s < 2 || e - s > 5 || lw(toks, s) !== 'the' || isCap(toks, e - 1)) return undefined;
  for (let k = s + 1; k < e - 1; k++) {
    if (toks.kind[k] !== K.Word) return undefined;
    const dash = isCap(toks, k) ? toks.text.indexOf('-', toks.start[k]) : 0;
    if (dash < 0 || dash >= toks.end[k]) return undefined;
  }
  return BODY_NOUN.get(lw(toks, e - 1));
}

/** Is the body's sector one a body noun allows ("company": MNC, BUS)? */
function bodyFits(en: Entity, sectors: ReadonlySet<string>): boolean {
  return sectors.has('*') || (en.sector ? sectors.has(en.sector) : sectors.has('?'));
}

/** Does the body's name hold the noun ("Labor Department" for "department"; a bare "Bank" tells nothing)? */
function namedBy(en: Entity, noun: string): boolean {
  const name = en.name.toLowerCase();
  const i = name.lastIndexOf(noun);
  return i >= 0 && name.length > noun.length && (i === 0 || name.charCodeAt(i - 1) === 32) && (i + noun.length === name.length || name.charCodeAt(i + noun.length) === 32);
}

/** How far back a body noun looks for its body: further than a pronoun, as the noun itself narrows the search. */
const BODY_REACH = 2000;

/** Does a plural possessive mark end at `end` ("ministers' meeting")? */
function possessive(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 39 || c === 0x2019;
}

/** The entity of the last organisation or group mention before `offset`, within `reach` characters. */
function priorEntity(index: EntityIndex, entities: readonly Entity[], offset: number, ok: (e: Entity, end: number) => boolean, reach = 600): Entity | null {
  let lo = 0, hi = index.start.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (index.start[m] < offset) lo = m + 1; else hi = m; }
  let best = -1;
  for (let i = lo - 1; i >= 0 && offset - index.end[i] < reach; i--) {
    if (best >= 0 && index.end[i] < index.start[best]) break;
    const en = entities[index.entity[i]];
    if (index.kind[i] === 'pronoun' || index.end[i] > offset || !ok(en, index.end[i])) continue;
    // "a G7 foreign ministers' meeting": the longest mention ending last
    if (best < 0 || index.end[i] > index.end[best] || (index.end[i] === index.end[best] && index.start[i] < index.start[best])) best = i;
  }
  return best >= 0 ? entities[index.entity[best]] : null;
}

/**
 * The one person titled just by the role word ("Chancellor"), else the one whose title ends in it ("Foreign
 * Minister"); null when none or several.
 */
function onlyTitled(entities: readonly Entity[], role: string): Entity | null {
  const only = (fits: (t: string) => boolean): Entity | null | undefined => {
    let found: Entity | null | undefined;
    for (const en of entities) if (en.type === 'person' && en.title && fits(en.title.toLowerCase())) { if (found) return null; found = en; }
    return found;
  };
  const exact = only((t) => t === role);
  return exact !== undefined ? exact : only((t) => t.endsWith(' ' + role)) ?? null;
}
