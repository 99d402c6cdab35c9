// Merges candidates into entities, one identity per actor: "Rex Tillerson" = "Mr Tillerson" = "Tillerson",
// "OPCW" = "Organisation for the Prohibition of Chemical Weapons". Full names first, then short forms
// tie to the most recent full name they fit; headline names count only when the body or knowledge has them.
import { ACRONYM_SKIP, EPITHETS, GENERATIONS, PLURAL_NOUNS } from './word-classes.js';
import type { Entity, EntityType, Mention, MentionKind } from '../doc/types.js';
import { fullNameOn, inOfficeOn, roleAt, type Knowledge } from '../knowledge/index.js';
import { copyCand, type Cand } from './find-candidates.js';
import type { GroupCand } from './find-groups.js';
import { sortFew } from '../doc/sort-few.js';
import { titlePlace as placeOfTitle } from './link-described.js';

/** The middle initial of a name whose knowledge is left off because a namesake has another ("George Bush"). */
const UNSURE = '?';

export type Draft = {
  type: EntityType; name: string; mentions: Mention[];
  title?: string; titleHead?: string; country?: string; sector?: string; gender?: 'm' | 'f'; plural?: boolean;
  entry?: number; words?: string[];
  /** Set from the candidate that gave `words`: its first word reads as a given name; the first letter of its middle name. */
  given?: boolean; middle?: string;
  /** The words it is found by (`byKey` of its type), joined with spaces. */
  key: string; lastAt: number; titled?: boolean;
  /** The initials of `words`, remembered with the words they were made from (an acronym asks every draft). */
  initials?: string; initialsOf?: string[];
};

/** A draft with every field present (undefined until set): one object shape for all. */
const draft = (type: EntityType, name: string, key: string, lastAt: number): Draft => ({
  type, name, mentions: [], title: undefined, titleHead: undefined, country: undefined, sector: undefined, gender: undefined, plural: undefined,
  entry: undefined, words: undefined, given: undefined, middle: undefined, key, lastAt, titled: undefined, initials: undefined, initialsOf: undefined,
});

/**
 * A mention as the entity stage makes it. A class, not an object literal: `{ start, end, kind }` shares its hidden class
 * with every token of the segmenter, and making one cost ~1 % of the whole pipeline's steady state.
 */
export class EntityMention implements Mention {
  declare readonly start: number; declare readonly end: number; declare readonly kind: MentionKind;
  constructor(start: number, end: number, kind: MentionKind) {
    this.start = start; this.end = end; this.kind = kind;
  }
}

/** How many recent titled people a description may reach back to. */
const RECENT = 12;
/** A candidate's words joined: a single word is its shared lexicon string, so no new string is hashed. */
const wordsKey = (words: readonly string[]) => (words.length === 1 ? words[0] : words.join(' '));
/** Are the last words of `long` the words of `short`, and more than its surname ("Wasserman Schultz" of "Debbie Wasserman Schultz")? */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  for (let i = 1; i <= short.length; i++) if (long[long.length - i] !== short[short.length - i]) return false;
  return true;
}
/** The surname of a person's words: the last, or the one before "Jr." ("Joseph R. Biden Jr." is a Biden). */
const lastName = (words: readonly string[]) => {
  const n = words.length;
  return n > 1 && GENERATIONS.has(words[n - 1]) ? words[n - 2] : words[n - 1];
};
/** "OPCW" for "Organisation for the Prohibition of Chemical Weapons": the first letters of the words that are not small. */
function initials(words: readonly string[]): string {
  let s = '';
  for (const x of words) if (!ACRONYM_SKIP.has(x)) s += x.charAt(0);
  return s;
}
/** Is `acronym` the initials of organisation draft `d` ("OPCW")? Made once per draft words, not per question. */
function abbreviates(d: Draft, acronym: string): boolean {
  if (d.type !== 'organization' || !d.words) return false;
  if (d.initialsOf !== d.words) { d.initials = initials(d.words); d.initialsOf = d.words; }
  return d.initials === acronym;
}

/**
 * The first organisation draft whose initials are `acronym`. (A loop, not `drafts.find` with an arrow reading the
 * candidate: a parameter an inner arrow reads lives in a context object made at every call of the function.)
 */
function abbreviated(drafts: readonly Draft[], acronym: string): Draft | undefined {
  for (let i = 0; i < drafts.length; i++) if (abbreviates(drafts[i], acronym)) return drafts[i];
  return undefined;
}

/** Build entity drafts from name and group candidates. */
export function buildEntities(cands: readonly Cand[], groups: readonly GroupCand[], k: Knowledge, published: string | null): Draft[] {
  const drafts: Draft[] = [];
  /** Drafts by type, then by words: a two-step lookup needs no "type:words" string. */
  const byKey = new Map<string, Map<string, Draft>>();
  const keyed = (kind: string, key: string) => byKey.get(kind)?.get(key);
  const setKey = (kind: string, key: string, d: Draft) => { let m = byKey.get(kind); if (!m) byKey.set(kind, (m = new Map())); m.set(key, d); };
  const byEntry = new Map<number, Draft>();
  /** Person drafts by their last (and first) name word, for short forms. */
  const persons = new Map<string, Draft[]>();
  /** Companies by the first word of their name ("Mercury" of "Mercury LLC", "Centerview" of "Centerview Partners"). */
  const firms = new Map<string, Draft>();
  // "US envoys", "US Secretary of State": capitals inside a group or a title are not a mention of the place.
  // (spans as start, end pairs in one flat array)
  const taken: number[] = [];
  for (let i = 0; i < groups.length; i++) taken.push(groups[i].start, groups[i].end);
  for (let i = 0; i < cands.length; i++) { const t = cands[i].title; if (t && !cands[i].titleOnly) taken.push(t.start, t.end); }
  const inside = (c: Cand) => { for (let x = 0; x < taken.length; x += 2) if (c.start >= taken[x] && c.end <= taken[x + 1]) return true; return false; };
  const body: Cand[] = [];
  for (let i = 0; i < cands.length; i++) { const c = cands[i]; if (!c.headline && !((c.modifier || c.titleOnly) && inside(c))) body.push(unsure(c) ? unknown(c) : c); }
  const later: Cand[] = [];
  /** Places opened by a wire dateline ("BLUE SPRINGS, Mo. (AP) --"). */
  const wirePlaces = new Set<Draft>();
  /** Titled people in the order their titles were read. */
  const titled: Draft[] = [];

  const mention = (d: Draft, start: number, end: number, kind: MentionKind) => { d.mentions.push(new EntityMention(start, end, kind)); d.lastAt = Math.max(d.lastAt, start); };
  const open = (c: Cand, type: EntityType, key: string): Draft => {
    // "WHO" alone names the World Health Organization.
    const name = c.acronym && c.entry !== undefined ? k.entry(c.entry)[1] : c.name;
    const d = draft(type, name, key, c.start);
    d.words = c.words; d.given = c.given; d.middle = c.middle;
    drafts.push(d); setKey(type, key, d);
    if (c.entry !== undefined) byEntry.set(c.entry, d);
    if (type === 'organization' && c.sector === 'BUS' && c.words.length > 1 && !firms.has(c.words[0])) firms.set(c.words[0], d);
    if (type === 'person') { const last = lastName(c.words) ?? ''; const list = persons.get(last); if (list) list.push(d); else persons.set(last, [d]); if (c.words.length > 1) { const f = persons.get(c.words[0]); if (f) f.push(d); else persons.set(c.words[0], [d]); } }
    return d;
  };
  const enrich = (d: Draft, c: Cand) => {
    if (c.title && !d.titled) { d.title = c.title.text; d.titleHead = c.title.head; d.titled = true; if (d.type === 'person') titled.push(d); if (c.title.country) d.country = c.title.country; if (c.title.sector) d.sector = c.title.sector; }
    if (c.gender && !d.gender) d.gender = c.gender;
    // "Hillary Clinton" known to the dictionary: the given name still tells the gender ("he" is not her)
    else if (!d.gender && d.type === 'person' && c.words.length > 1) { const g = k.firstNames.get(c.words[0]); if (g) d.gender = g === 'f' ? 'f' : 'm'; }
    // "Vice President Biden" known as "Joe Biden": the known full name's given name tells the gender.
    if (!d.gender && d.type === 'person' && c.entry !== undefined) { const g = givenGender(k, k.entry(c.entry)[1]); if (g) d.gender = g; }
    if (c.entry !== undefined && d.entry === undefined) d.entry = c.entry;
    if (!d.country && c.country) d.country = c.country;
    if (!d.sector && c.sector) d.sector = c.sector;
    // "Following Pellow ... Ann Pellow": a name with a given name wins over one as long without
    const longer = c.words.length > (d.words?.length ?? 0) || (c.given && !d.given && c.words.length === d.words?.length);
    if ((longer && d.type === 'person') || c.extra) { d.name = c.name; d.words = c.words; d.given = c.given; }
    if (!d.middle && c.middle) d.middle = c.middle;
  };

  /** Names of bodies with evidence, made on first need (`namedBodies`): null until then. */
  let bodies: Set<string> | undefined | null = null;
  // The passes run their candidates through functions of their own, with indexed loops (no for-of): TurboFan then compiles
  // each apart, and a rule met for the first time in an unseen article recompiles one pass, not the whole merge (a
  // recompile of it all cost 100 ms of CPU).
  // Pass 1: full names and known names, in text order.
  for (let i = 0; i < body.length; i++) fullOrKnown(body[i]);
  // Pass 2: short forms tie to a full name; what is left stands alone when its evidence is good.
  for (let i = 0; i < later.length; i++) shortForm(later[i]);
  // Headline: only names the body or the knowledge knows ("Rex Tillerson To Urge Russia ...").
  for (let i = 0; i < cands.length; i++) if (cands[i].headline) headlineName(cands[i]);
  for (let i = 0; i < groups.length; i++) group(groups[i]);
  // Knowledge fills country and sector the text left open, for the article's date; "Obama" alone is "Barack Obama"
  // when the dictionary knows him by the surname and nobody else with it held office then.
  for (let i = 0; i < drafts.length; i++) fillKnown(drafts[i]);
  return drafts;

  function fullOrKnown(c: Cand): void {
    if (c.kind === 'pending' || c.epithet || (c.kind === 'person' && c.words.length < 2 && c.entry === undefined && !c.extra && !c.titleOnly)) { later.push(c); return; }
    // "the Trump Taj Mahal", "Trump Shuttle" after "Donald Trump": a name opened by the surname of a known person the
    // article has named in full, with no given name of its own, is something named after them, not a person.
    if (c.kind === 'person' && !c.evidence && c.entry === undefined && c.words.length > 1 && namedAfter(c.words)) c.kind = 'organization';
    // Known names meet by entry; the text key is built only when needed.
    let d = c.entry !== undefined ? byEntry.get(c.entry) : undefined;
    const key = d ? '' : wordsKey(c.words);
    // "Citizens Advice said", before or after "the charity Citizens Advice": a name with no sign of a person, which
    // the article gives as a body elsewhere, is that body (not a place: "in" or "from" before a name is weaker evidence).
    if (!d && c.kind === 'person' && !c.evidence && c.entry === undefined) {
      if (bodies === null) bodies = namedBodies(body);
      if (bodies?.has(key)) c.kind = 'organization';
    }
    // "Rick Lazio ... Lazio said", "Benjamin J. Rhodes ... Rhodes told": a one-word known place, with no word before it
    // that asks for a place, is the surname of a person the article has named in full.
    if (!d && c.kind === 'location' && !c.evidence && c.words.length === 1 && c.entry !== undefined && k.entry(c.entry)[0] === 'L') {
      const p = surname(c.words[0], c.start, undefined, undefined, c);
      if (p) { mention(p, c.start, c.end, 'alias'); return; }
    }
    d ??= keyed(c.kind, key);
    // "George H.W. Bush" after "George W. Bush": another middle initial is another person.
    if (d && c.middle && d.middle && c.middle !== d.middle) d = undefined;
    if (!d && c.definite && c.title) {
      const described = describedBy(c);
      if (described) { mention(described, c.start, c.end, 'nominal'); return; }
    }
    if (!d && c.kind === 'person' && !c.titleOnly) {
      d = surname(lastName(c.words), c.start, c.words[0], c.gender, c);
      // "Michelle Obama ... Obama": the text's own full name wins over the person the dictionary means by the surname.
      // "Gov. Maggie Hassan ... Hassan": a bare surname the dictionary files with no full name is someone else's too.
      const full = d && c.entry !== undefined && k.entry(c.entry)[5] !== undefined ? k.entry(c.entry)[1] : '';
      const other = full ? full.toLowerCase() !== d!.words?.join(' ') : d !== undefined && c.entry !== undefined && d.entry === undefined && (d.words?.length ?? 0) > c.words.length;
      if (other) { c.entry = undefined; c.country = undefined; c.sector = undefined; }
    }
    // "BLUE SPRINGS, Mo. (AP) -- ... at a Blue Springs home": a name with no sign of a person, said before as a place, is that place.
    if (!d && c.kind === 'person' && !c.evidence && c.entry === undefined) { const p = keyed('location', key); if (p && wirePlaces.has(p)) d = p; }
    if (!d && c.kind === 'organization' && c.acronym) d = abbreviated(drafts, c.words[0]);
    if (!d) d = open(c, c.kind as EntityType, key);
    if (c.wire) wirePlaces.add(d);
    if (c.kind === 'person' && c.entry !== undefined && c.words.length === 1 && d.words && d.words.length > 1) { /* "Putin" after "Vladimir Putin" */ }
    mention(d, c.start, c.end, c.titleOnly ? 'title' : c.acronym ? 'acronym' : d.mentions.length && c.words.length < (d.words?.length ?? 0) ? 'alias' : 'name');
    if (c.extra) mention(d, c.extra.start, c.extra.end, 'alias');
    enrich(d, c);
  }

  function shortForm(c: Cand): void {
    // "Crooked Hillary" is Hillary Clinton when the article names her, else nobody ("Defendant James" stays a name).
    if (c.epithet) {
      const d = calledBy(c.words[1]);
      if (d) { mention(d, c.start, c.end, 'alias'); return; }
      if (EPITHETS.has(c.words[0])) return;
    }
    // "Carillion went into liquidation" after "the construction firm Carillion": a lone word may name a body said before.
    // "Mercury said" after "Mercury LLC": a lone word may be a company's short name.
    const d = c.kind === 'person' || c.kind === 'pending' ? surname(lastName(c.words), c.start, c.words[0], c.gender, c) ?? acronymOf(c) ?? (c.kind === 'pending' ? bodyNamed(c) : undefined)
      ?? (c.words.length === 1 && !c.title ? firms.get(c.words[0]) : undefined) : undefined;
    if (d) { mention(d, c.start, c.end, d.type === 'organization' ? (c.acronym ? 'acronym' : 'name') : 'alias'); enrich(d, c); return; }
    if (c.kind === 'pending' || (!c.evidence && !c.epithet)) return;
    const nd = open(c, 'person', wordsKey(c.words));
    mention(nd, c.start, c.end, 'name'); enrich(nd, c);
  }

  function headlineName(c: Cand): void {
    if (c.modifier && inside(c)) return;
    const key = wordsKey(c.words);
    const d = (c.entry !== undefined ? byEntry.get(c.entry) : undefined) ?? keyed(c.kind, key) ?? (c.kind !== 'organization' && c.kind !== 'location' ? surname(lastName(c.words), Infinity, c.words[0], undefined, c) : undefined);
    if (d) mention(d, c.start, c.end, 'name');
    else if (c.entry !== undefined && c.kind === 'location') { const nd = open(c, c.kind as EntityType, key); mention(nd, c.start, c.end, 'name'); enrich(nd, c); }
  }

  function group(g: GroupCand): void {
    let d = keyed('group', g.key);
    if (!d) {
      d = draft('group', g.name, g.key, g.start);
      // "Syrian officials", "the police" are they; "Turkey's foreign ministry", "the military" are it
      d.plural = /s$/i.test(g.name) || PLURAL_NOUNS.has(g.name.slice(g.name.lastIndexOf(' ') + 1).toLowerCase());
      if (g.country) d.country = g.country;
      if (g.sector) d.sector = g.sector;
      drafts.push(d); setKey('group', d.key, d);
    }
    mention(d, g.start, g.end, g.demonym ? 'demonym' : 'name');
  }

  function fillKnown(d: Draft): void {
    if (d.entry === undefined) return;
    if (d.type === 'person' && d.words?.length === 1) {
      const full = fullNameOn(k.entry(d.entry), published);
      if (full && full.toLowerCase().endsWith(' ' + d.words[0])) d.name = full;
    } else if (d.type === 'person') d.name = shownName(d.name, k.entry(d.entry)[1]);
    if (d.country && d.sector) return;
    const role = roleAt(k.entry(d.entry), published);
    if (!d.country && role.country && /^[A-Z]{3}$/.test(role.country) && k.countries.has(role.country)) d.country = role.country;
    if (!d.sector && role.sector) d.sector = role.sector;
  }

  /**
   * The person a surname (with its given name `first`, and the gender of its honorific) ties to: the most recent that
   * fits. `c`, the candidate asking, tells whether its first word reads as a given name and its middle initial.
   */
  function surname(last: string, at: number, first?: string, gender?: 'm' | 'f', c?: Cand): Draft | undefined {
    let best: Draft | undefined;
    const list = persons.get(last);
    if (!list) return undefined;
    for (const p of list) {
      const ws = p.words ?? [];
      if (ws.length < 2 && !(first === last && ws[0] === last)) continue;
      if (first !== undefined && first !== last && ws[0] !== first) {
        // "Ann Smith" and "John Smith", "Melania Trump" and "Donald Trump" are two people: two given names tell them
        // apart (not "Following Sanders", whose first word is no given name).
        // "Wasserman Schultz" after "Debbie Wasserman Schultz" is the end of the same name.
        if (((c?.given && p.given) || (k.firstNames.has(first) && k.firstNames.has(ws[0]))) && !(c && (endsWith(ws, c.words) || endsWith(c.words, ws)))) continue;
      }
      // "George H.W. Bush" is not "George W. Bush".
      if (c?.middle && p.middle && c.middle !== p.middle) continue;
      // "Mr. Bush" after "Jeb Bush" and "George Bush": a name the knowledge finds ambiguous is not the one a surname means.
      if (p.middle === UNSURE && c && c.words.length < 2) continue;
      // "Mrs. Clinton" is not "Bill Clinton": the given name says so (a gender taken from a mention may be a merge's mistake).
      if (gender && ws.length > 1 && ws[0] !== first) { const g = k.firstNames.get(ws[0]); if (g && (g === 'f') !== (gender === 'f')) continue; }
      if (lastName(ws) === last || (first && ws[0] === first && ws.length > 1 && first === last)) {
        // "Mr. Trump" after "Donald Trump" and "Melania Trump": one whose gender is known to fit before one whose gender is unknown.
        if (best && gender && (p.gender === gender) !== (best.gender === gender)) { if (p.gender === gender && p.lastAt <= at) best = p; continue; }
        // A bare "Clinton" after "Hillary Clinton" and "Bill Clinton": the one the article names far more often, else the last named.
        if (!best || (p.lastAt <= at && (first !== last || gender ? p.lastAt > best.lastAt : better(p, best)))) best = p;
      }
    }
    return best;
  }
  /** The person the article calls by the given name `given` ("hillary"): the one named most often, else the last named. */
  function calledBy(given: string): Draft | undefined {
    let best: Draft | undefined;
    for (const p of persons.get(given) ?? []) if (p.words && p.words.length > 1 && p.words[0] === given && (!best || better(p, best))) best = p;
    return best;
  }
  /** Is `p` a likelier referent of a bare surname than `q`: tied to twice as many mentions so far, or as many and named more recently? */
  function better(p: Draft, q: Draft): boolean {
    const np = p.mentions.length, nq = q.mentions.length;
    return np >= 2 * nq ? true : nq >= 2 * np ? false : p.lastAt > q.lastAt;
  }
  /**
   * "George Bush" in a 2016 article: the knowledge files the name under "George H. W. Bush", but the text gives no
   * middle initial, and the knowledge has a namesake with another one ("George W. Bush"). The knowledge is trusted
   * then only when the person held a dated office on the article's date ("George Bush" in 1991).
   */
  function unsure(c: Cand): boolean {
    if (c.kind !== 'person' || c.entry === undefined || c.middle !== undefined || c.words.length !== 2) return false;
    const e = k.entry(c.entry);
    // (most known names have no middle word: no split for them)
    const sp = e[1].indexOf(' ');
    if (sp < 0 || e[1].indexOf(' ', sp + 1) < 0) return false;
    const shown = e[1].split(' ');
    if (shown.length < 3 || !/^\p{Lu}\.?$/u.test(shown[1]) || inOfficeOn(e, published)) return false;
    // A namesake is a known person named by the same words with another middle initial.
    const own = shown[1].charAt(0).toLowerCase();
    for (let code = 97; code <= 122; code++) {
      const letter = String.fromCharCode(code);
      if (letter === own) continue;
      const other = k.keys.get(`${c.words[0]} ${letter} ${c.words[1]}`);
      if (other !== undefined && other !== c.entry && k.entry(other)[0] === 'P') return true;
    }
    return false;
  }
  /**
   * A candidate without what the knowledge said of it; its middle initial, unknown (UNSURE), differs from every one the
   * text gives, so "George Bush" is tied to neither "George W. Bush" nor "George H.W. Bush".
   */
  function unknown(c: Cand): Cand {
    const u = copyCand(c);
    u.entry = undefined; u.country = undefined; u.sector = undefined; u.middle = UNSURE;
    return u;
  }
  /** The most recent titled person before `c` whose title has the same role (and no other country). */
  function describedBy(c: Cand): Draft | undefined {
    // "the Florida senator" after "Sen. Ted Cruz" and "Sen. Marco Rubio": a title with a place picks the one person
    // that fits, the one whose title has the place, or nobody; one with no place, the last that fits.
    const place = titlePlace(c.title!.text);
    let fit: Draft | undefined, fits = 0, placed: Draft | undefined, placedFits = 0;
    // Walks back over the last titled people only, so a long article stays linear.
    for (let i = titled.length - 1, n = 0; i >= 0 && n < RECENT; i--, n++) {
      const p = titled[i];
      const same = p.titleHead === c.title!.head || p.titleHead!.endsWith(' ' + c.title!.head);
      if (!same || (p.country && c.country && p.country !== c.country) || otherPlace(p.title, c.title!.text)) continue;
      if (place === undefined) return p;
      if (p !== fit) { fit ??= p; fits++; }
      if (titlePlace(p.title) === place && p !== placed) { placed ??= p; placedFits++; }
    }
    return fits === 1 ? fit : placedFits === 1 ? placed : undefined;
  }
  /** Do two titles name different places ("the Indiana governor" is not the "former New Mexico governor")? */
  function otherPlace(a: string | undefined, b: string): boolean {
    const pa = titlePlace(a), pb = titlePlace(b);
    return pa !== undefined && pb !== undefined && pa !== pb;
  }
  /** The US state or known place a title's words name before its role ("former New Mexico governor": "new mexico"). */
  function titlePlace(title: string | undefined): string | undefined {
    return title ? placeOfTitle(k, title) : undefined;
  }
  /** Do `words` open with the surname of a known person named in full before, and hold no given name nor generation ("Trump Jr.")? */
  function namedAfter(words: readonly string[]): boolean {
    const list = persons.get(words[0]);
    if (!list || GENERATIONS.has(words[words.length - 1])) return false;
    for (const x of words) if (k.firstNames.has(x)) return false;
    // (a person the knowledge knows: "Syed Farook ... Farook Syed" writes one unknown person's name both ways)
    for (const p of list) if (p.entry !== undefined && p.words && p.words.length > 1 && lastName(p.words) === words[0] && p.words[0] !== words[0]) return true;
    return false;
  }
  /** The organisation a lone word names: a known body, or one written the same way ("Carillion", not "Make" after "MAKE"). */
  function bodyNamed(c: Cand): Draft | undefined {
    const d = keyed('organization', wordsKey(c.words));
    return d && (d.entry !== undefined || d.name === c.name) ? d : undefined;
  }
  function acronymOf(c: Cand): Draft | undefined {
    if (!c.acronym) return undefined;
    return abbreviated(drafts, c.words[0]);
  }
}

/**
 * The names of two words or more that a candidate gives as a body, with evidence ("the charity Citizens Advice",
 * "the Save Our Fields group"), by their words; undefined when there is none (most articles: no set made).
 */
function namedBodies(cands: readonly Cand[]): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const c of cands) if (c.kind === 'organization' && c.evidence && c.entry === undefined && c.words.length > 1) (out ??= new Set()).add(wordsKey(c.words));
  return out;
}

/**
 * The name to show for a person the knowledge knows, so every article names them alike: the knowledge's name when
 * the text's has more words ("Donald John Trump", "Vladimir V. Putin" → "Donald Trump", "Vladimir Putin"; the text's
 * own capitals kept) or another given name with the same surname ("Sergei Lavrov" → "Sergey Lavrov", "Joseph R.
 * Biden Jr." → "Joe Biden"). A surname written otherwise keeps the text's name ("Bashar Assad" is not made "Bashar al-Assad").
 * @example shownName('Donald J. Trump', 'Donald Trump') // "Donald Trump"
 */
export function shownName(name: string, known: string): string {
  if (!known || name === known) return name;
  const said = name.split(' '), want = known.toLowerCase().split(' ');
  const picked: string[] = [];
  for (const word of said) if (picked.length < want.length && word.toLowerCase().replace(/\.$/, '') === want[picked.length].replace(/\.$/, '')) picked.push(word);
  if (picked.length === want.length) return picked.join(' ');
  const words = said.map((x) => x.toLowerCase().replace(/\./g, ''));
  return lastName(words) === want.at(-1) ? known : name;
}

// Comparators made once: an arrow written inside the loop is a new closure for every draft.
const byStartLongest = (a: Mention, b: Mention) => a.start - b.start || b.end - a.end;
const byFirstMention = (a: Draft, b: Draft) => a.mentions[0].start - b.mentions[0].start;

/** Entity ids in order of first mention; mentions sorted. */
export function finishEntities(drafts: readonly Draft[]): Entity[] {
  const live = drafts.filter((d) => d.mentions.length);
  for (const d of live) sortFew(d.mentions, byStartLongest);
  sortFew(live, byFirstMention);
  return live.map((d, i) => {
    // Fields set in the contract's order (no spreads: they cost more than the rest of the finish).
    const e: { -readonly [K in keyof Entity]: Entity[K] } = { id: `e${i + 1}`, type: d.type, name: d.name, mentions: d.mentions };
    if (d.title) e.title = d.title;
    if (d.country) e.country = d.country;
    if (d.sector) e.sector = d.sector;
    if (d.gender) e.gender = d.gender;
    if (d.plural) e.plural = true;
    return e;
  });
}

/** The gender of a known person's full name by its given name ("Joe Biden": m), if the first-names list knows it. */
function givenGender(k: Knowledge, full: string | undefined): 'm' | 'f' | undefined {
  const sp = full ? full.indexOf(' ') : -1;
  if (!full || sp <= 0) return undefined;
  const g = k.firstNames.get(full.slice(0, sp).toLowerCase());
  return g ? (g === 'f' ? 'f' : 'm') : undefined;
}
