// Turns labelled words into candidate mentions: people (with honorifics and titles), organisations,
// places, each with the evidence for its type. Unknown single words wait as `pending` until the merge
// step can tie them to a name said elsewhere ("Tillerson" after "Rex Tillerson").
import type { Knowledge } from '../knowledge/index.js';
import { demoteHeadline } from './demote-headline.js';
import { L_ADJ, L_BLOC, L_HON, L_INSIDE, L_KNOWN, L_NAME, L_PARTICLE, L_ROLE, type Labels } from './label-words.js';
import { BODY_OPENERS, COMPASS, PEOPLE_ENDINGS, DATE_NAMES, EPITHETS, ORG_NOUNS, ORG_TAILS, PLACE_OPENERS, NEVER_IN_NAMES, PLURAL_POSSESSIVE_ENDS, SAINT_BODIES, WORK_WORDS } from './word-classes.js';
import { C_GENERATION, C_LINKING, C_NOT_ALONE, C_ORDINAL, C_TIME_OPENER, NONE, W_COLLECTIVE, W_DESC_PLURAL, W_GIVEN, W_GROUP_NOUN, W_NOT_NAME, W_ORG_NOUN, W_PARTY, W_PLACE_CUE, W_PLACE_NOUN, W_SPEECH, W_SUFFIX, W_THE } from './word-lexicon.js';
import { titleAfter, titleApposedBefore, titleBefore, type Title } from './read-title.js';
import { ALLCAPS, CAP, classOf, DIGIT, HEAD, INITIAL, POSS, pluralEnd, rawOf, SENT, SKIP, S_CLOSE, S_COMMA, S_OPEN, S_QUOTE, lowerOf, wordIs, type Words } from './scan-words.js';

/** Lowercase common nouns the lexicon knows: written with a capital only because they open a sentence ("Residents", "Town"). */
const COMMON_NOUN = W_GROUP_NOUN | W_ORG_NOUN | W_PLACE_NOUN | W_DESC_PLURAL | W_COLLECTIVE;

export type CandKind = 'person' | 'organization' | 'location' | 'pending';

export type Cand = {
  kind: CandKind;
  /** Mention span (with an adjacent honorific or capitalised title word). */
  start: number; end: number;
  /** The bare name's words, lowercased, and its text. */
  words: string[]; name: string;
  first: number; last: number;
  entry?: number; title?: Title; gender?: 'm' | 'f'; country?: string; sector?: string;
  acronym?: boolean; headline?: boolean; evidence?: boolean; modifier?: boolean;
  /** A second span of the same name: "(Russian foreign minister Sergey) Lavrov". */
  extra?: { start: number; end: number };
  /** Set for a person named only by a title: "French Defence Minister". */
  titleOnly?: boolean;
  /** "the Texas senator": a title-only mention with "the" may describe a person named before. */
  definite?: boolean;
  /** The place of a wire dateline: "MINGORA, Pakistan (Reuters) -". */
  wire?: boolean;
  /**
   * A person's full name whose first word reads as a given name ("Melania Trump"; not "Following Sanders" nor
   * "Republican Trump"), so another given name with the same surname is someone else.
   */
  given?: boolean;
  /** The first letter of the middle name or initial of a full name: "h" of "George H.W. Bush", "w" of "George W. Bush". */
  middle?: string;
  /** "Crooked Hillary": a word before a given name, which names whoever the article calls by that given name. */
  epithet?: boolean;
};

/**
 * A candidate with every field present (undefined until set): one object shape for all, so the merge reads them fast.
 * A class, not an object literal: the literal's hidden class was shared with other literals whose first field is `kind`,
 * and making one cost 0.4–3 % of the whole pipeline's steady state, varying from run to run (the constructor: ~0).
 */
class Candidate implements Cand {
  declare kind: CandKind; declare start: number; declare end: number; declare words: string[]; declare name: string;
  declare first: number; declare last: number; declare entry?: number; declare title?: Title; declare gender?: 'm' | 'f';
  declare country?: string; declare sector?: string; declare acronym?: boolean; declare headline?: boolean;
  declare evidence?: boolean; declare modifier?: boolean; declare extra?: { start: number; end: number };
  declare titleOnly?: boolean; declare definite?: boolean; declare wire?: boolean; declare given?: boolean;
  declare middle?: string; declare epithet?: boolean;
  // Every field assigned here, in one order (no class field initialisers: they define each field as undefined first).
  constructor(kind: CandKind, start: number, end: number, words: string[], name: string, first: number, last: number) {
    this.kind = kind; this.start = start; this.end = end; this.words = words; this.name = name; this.first = first; this.last = last;
    this.entry = undefined; this.title = undefined; this.gender = undefined; this.country = undefined; this.sector = undefined;
    this.acronym = undefined; this.headline = undefined; this.evidence = undefined; this.modifier = undefined; this.extra = undefined;
    this.titleOnly = undefined; this.definite = undefined; this.wire = undefined; this.given = undefined; this.middle = undefined;
    this.epithet = undefined;
  }
}
const shaped = (kind: CandKind, start: number, end: number, words: string[], name: string, first: number, last: number): Cand =>
  new Candidate(kind, start, end, words, name, first, last);

/**
 * A copy of a candidate in the same object shape (a spread makes another hidden class, and code that reads candidates
 * would be deoptimised by the first it meets).
 */
export function copyCand(c: Cand): Cand {
  const d = shaped(c.kind, c.start, c.end, c.words, c.name, c.first, c.last);
  d.entry = c.entry; d.title = c.title; d.gender = c.gender; d.country = c.country; d.sector = c.sector;
  d.acronym = c.acronym; d.headline = c.headline; d.evidence = c.evidence; d.modifier = c.modifier; d.extra = c.extra;
  d.titleOnly = c.titleOnly; d.definite = c.definite; d.wire = c.wire; d.given = c.given; d.middle = c.middle; d.epithet = c.epithet;
  return d;
}

/** Candidates in text order; words wireFrom..wireTo - 1 are a wire dateline's place ("MINGORA, Pakistan (Reuters) -"). */
export function findCandidates(w: Words, L: Labels, k: Knowledge, text: string, wireFrom = 0, wireTo = 0): Cand[] {
  // "Trump Just Responded To Rubio": first the title-case headline's words lose their name label unless
  // there is evidence (the labels are the stage's scratch, so later steps read the same).
  demoteHeadline(w, L.lab);
  const out: Cand[] = [];
  /** The gender the honorifics `lead` read last give ("Mrs"), if any. */
  let leadGender: 'm' | 'f' | undefined;
  /** Lexicon ids of the words the text writes as names ("Trump"), made by `shouted` when asked often; how often it was. */
  let nameIds: Set<number> | undefined, shoutedAsked = 0;
  // Locals, not the closure's variables: the loop reads them at every word.
  const lab = L.lab, n = w.n, sep = w.sep, flags = w.flags, live = w.live;
  // Only live words carry a label a candidate starts from (labelWords); one inside the last candidate is passed.
  for (let p = 0, i = -1; p < live.length; p++) {
    if (live[p] <= i) continue;
    i = live[p];
    const l = lab[i];
    if (l === L_KNOWN) { const c = known(i); out.push(c); i = c.last; continue; }
    if (l === L_ROLE) { const t = titleOnly(i); if (t) out.push(t); i += L.len[i] - 1; continue; }
    if (l === L_ADJ) { const p = placeOf(i); if (p) { out.push(p); i = p.last; } continue; }
    if (l !== L_NAME) continue;
    let b = i;
    while (b + 1 < n && (!(flags[b] & POSS) ? !sep[b + 1] : ownersOfBody(b)) && (lab[b + 1] === L_NAME || (lab[b + 1] === L_PARTICLE && b + 2 < n && lab[b + 2] === L_NAME))) b++;
    // "University of Chicago", "Royal College of Nursing", "Bank of England": an organisation word carries on
    // through "of" + capitalised words or a known place, and stays the word that says what the name is.
    let head = -1, place = -1;
    if (bodyWord(b) && b + 2 < w.n && (wordIs(w, b + 1, 'of') || wordIs(w, b + 1, 'for')) && !w.sep[b + 1] && !w.sep[b + 2] && (L.lab[b + 2] === L_NAME || L.lab[b + 2] === L_KNOWN)) {
      head = b;
      b += 2;
      if (L.lab[b] === L_KNOWN) { place = L.ref[b]; b += L.len[b] - 1; }
      while (b + 1 < w.n && !w.sep[b + 1] && !(w.flags[b] & POSS) && L.lab[b + 1] === L_NAME) b++;
    }
    const kind = bodyKind(i, b);
    const named = kind === undefined ? namedKind(i, b) : undefined;
    const c = kind !== undefined ? body(i, b + 1, kind) : named !== undefined ? body(i, b, named) : unknown(i, b, head, place);
    if (c) out.push(c);
    i = c?.extra || kind !== undefined ? b + 1 : c ? Math.max(b, c.last) : b;
  }
  return out;

  /**
   * Does the possessive word b name whom the body after it is for: a plural ("Farmers'", "Fishermen's",
   * "Children's") right before a capitalised body word, "National Farmers' Union", "Scottish Fishermen's
   * Federation"? A singular possessive owns what follows ("Syria's President"), so the name ends there.
   */
  function ownersOfBody(b: number): boolean {
    const after = b + 1, gap = w.start[after] - w.end[b];
    if (gap > 3 || (sep[after] !== 0 && sep[after] !== S_QUOTE) || !(flags[after] & CAP) || !bodyWord(after)) return false;
    const word = lowerOf(w, b);
    const bare = text.charCodeAt(w.end[b] + 1) !== 115 && text.charCodeAt(w.end[b] + 1) !== 83; // "Farmers'" (no s after the mark)
    return bare ? word.endsWith('s') : anyEnding(word, PLURAL_POSSESSIVE_ENDS);
  }

  /** Is word j the last word of a body's name ("Union", "University", "Corp")? */
  function bodyWord(j: number): boolean {
    return (w.bits[j] & W_SUFFIX) !== 0 && k.suffixes.get(lowerOf(w, j))?.[0] === 'organization';
  }

  /** A candidate over words a..b (built whole: a spread of a partial object cost more than the rules). */
  function span(kind: CandKind, a: number, b: number): Cand {
    // Sized once: an array grown by pushes keeps room for sixteen.
    let count = 0;
    for (let j = a; j <= b; j++) if (!(w.flags[j] & INITIAL)) count++;
    const words: string[] = new Array(count);
    for (let j = a, x = 0; j <= b; j++) if (!(w.flags[j] & INITIAL)) words[x++] = lowerOf(w, j);
    return shaped(kind, w.start[a], w.end[b], words, text.slice(w.start[a], w.end[b]), a, b);
  }

  /**
   * The sector of the kind noun right after words a..b ("Unite union": LAB), undefined when there is none. A lone
   * word opening the sentence may be any word ("Even union members").
   */
  function bodyKind(a: number, b: number): string | undefined {
    const n = b + 1;
    if (n >= w.n || w.sep[n] || w.flags[b] & POSS || w.flags[n] & CAP || w.id[n] === NONE) return undefined;
    if (a === b && (w.flags[a] & (SENT | ALLCAPS)) === SENT) return undefined;
    return ORG_TAILS.get(lowerOf(w, n));
  }

  /**
   * "the Save Our Fields group", "the Tarn Valley charity": between "the" and a lowercase noun of a body's kind, two
   * words or more the knowledge does not know, opening with no given name, name that body; returns the noun's sector
   * ('' for none). Not "a Baton Rouge newspaper" (a place), "the Facebook group" (a known name), "the Republican
   * party", "the Trump campaign" (one word: a person's surname as often as a name), "the John Moss charity".
   */
  function namedKind(a: number, b: number): string | undefined {
    const n = b + 1;
    if (a === b || n >= w.n || a === 0 || w.sep[n] || w.sep[a] || !(w.bits[a - 1] & W_THE) || !(w.bits[n] & W_ORG_NOUN) || w.flags[n] & CAP) return undefined;
    if (w.bits[a] & (W_GIVEN | W_PARTY) || w.flags[b] & POSS) return undefined;
    for (let j = a; j <= b; j++) if (L.lab[j] !== L_NAME) return undefined;
    return ORG_NOUNS.get(lowerOf(w, n));
  }

  /** "the Unite union", "the GMB union": a name and the noun of its kind make one organisation. */
  function body(a: number, b: number, sector: string): Cand {
    const c = span('organization', a, b);
    c.evidence = true;
    if (sector) c.sector = sector;
    if (w.flags[a] & HEAD) c.headline = true;
    return c;
  }

  /**
   * A dateline's place, joined with a known place right after it ("EAST CLEVELAND, Ohio (AP) --" is one town), or
   * in the country of the known place after its comma ("MINGORA, Pakistan (Reuters) -").
   */
  function datelinePlace(c: Cand, b: number): Cand {
    c.kind = 'location'; c.evidence = true; c.wire = true;
    const n = b + 1;
    const known = n < w.n && L.lab[n] === L_KNOWN && (n < wireTo || w.sep[n] === S_COMMA) ? k.entry(L.ref[n]) : undefined;
    // "TEMPE, Ariz. (AP) —": a US state's abbreviation after the comma, which only a dateline reads so.
    if (!known && n < w.n && w.sep[n] === S_COMMA && w.flags[n] & CAP && k.usStates.has(lowerOf(w, n))) c.country = 'USA';
    if (!known || (known[0] !== 'L' && known[0] !== 'C')) return c;
    if (known[2]) c.country = known[2];
    if (w.sep[n]) return c;
    const last = n + L.len[n] - 1;
    c.end = w.end[last]; c.last = last; c.name = text.slice(c.start, c.end);
    for (let j = n; j <= last; j++) c.words.push(lowerOf(w, j));
    return c;
  }

  /**
   * Honorifics and capitalised title words right before word a: "Mr", "Sir", "President". Returns where they start;
   * the gender they give is left in `leadGender` (no object per name).
   */
  function lead(a: number): number {
    let at = a;
    leadGender = undefined;
    while (at > 0 && !w.sep[at] && (w.flags[at - 1] & CAP) && (L.lab[at - 1] === L_HON || (L.lab[at - 1] === L_ROLE && L.len[at - 1] === 1))) {
      const g = k.honorifics.get(lowerOf(w, at - 1))?.[0];
      if (g === 'm' || g === 'f') leadGender = g;
      at--;
    }
    return at;
  }

  function withTitle(c: Cand, a: number, b: number): Cand {
    const ldAt = lead(a), ldGender = leadGender, ldHon = ldAt < a;
    // "Syria's President Bashar Assad": the title runs up to the name; only courtesy words ("Sir") stand apart.
    let at = a;
    while (at > 0 && !w.sep[at] && L.lab[at - 1] === L_HON) at--;
    const title = titleBefore(w, L, k, text, at) ?? titleAfter(w, L, k, text, b) ?? titleApposedBefore(w, L, k, text, ldAt, b) ?? undefined;
    c.start = w.start[ldAt];
    if (ldGender) c.gender = ldGender;
    if (title) c.title = title;
    if (!c.country && !title?.country) { const home = homeAfter(b); if (home) c.country = home; }
    c.evidence = ldHon || Boolean(title);
    return c;
  }

  /**
   * Where the text says a person is from, right after the name: "Sen. Bernie Sanders of Vermont", "Ted Cruz,
   * R-Texas," (a US party-state tag). A place or a country after "of" gives its country; a body does not.
   */
  function homeAfter(b: number): string | undefined {
    const n = b + 1;
    if (n >= w.n) return undefined;
    if (w.flags[n] & SKIP && w.sep[n] & (S_COMMA | S_OPEN) && /^[DRI]-[A-Z]/.test(rawOf(w, n))) return 'USA';
    if (w.sep[n] || !wordIs(w, n, 'of') || n + 1 >= w.n || w.sep[n + 1]) return undefined;
    return placeCountry(n + 1, true);
  }

  /**
   * The country of the place named from word p: a known place or country ("of England"), or a US state; a
   * place followed by its state or country says which one it is ("of Laconia, N.H."). Nothing when the place
   * only starts a longer name ("of Lund University") or when a US state is also a country ("of Georgia").
   */
  function placeCountry(p: number, qualified: boolean): string | undefined {
    if (p >= w.n || !(w.flags[p] & CAP)) return undefined;
    const known = L.lab[p] === L_KNOWN ? k.entry(L.ref[p]) : undefined;
    const end = known ? p + L.len[p] : p + 1;
    if (end < w.n && !w.sep[end] && w.flags[end] & CAP) return undefined;
    if (qualified && end < w.n && w.sep[end] === S_COMMA) { const q = placeCountry(end, false); if (q) return q; }
    if (!known) return k.usStates.has(lowerOf(w, p)) ? 'USA' : undefined;
    if (known[0] !== 'L' && known[0] !== 'C') return undefined;
    return known[2] && (known[2] === 'USA' || !stateNames(k).has(text.slice(w.start[p], w.end[end - 1]).toLowerCase())) ? known[2] : undefined;
  }

  function known(i: number): Cand {
    const b = i + L.len[i] - 1;
    const e = k.entry(L.ref[i]);
    const c = span(e[0] === 'P' ? 'person' : e[0] === 'O' || e[0] === 'G' ? 'organization' : 'location', i, b);
    c.entry = L.ref[i];
    if (e[2]) c.country = e[2];
    if (e[3]) c.sector = e[3];
    if (w.flags[i] & ALLCAPS && b === i) c.acronym = true;
    // "Syrian Observatory for Human Rights", "Syrian National Council": the knowledge files some bodies with people.
    if (c.kind === 'person' && b > i && (c.words.includes('for') || (w.bits[b] & W_SUFFIX && k.suffixes.get(c.words.at(-1)!)?.[0] === 'organization'))) c.kind = 'organization';
    if (c.kind === 'organization') {
      // "the Philippine Red Cross": a demonym before a body with no country of its own gives it one.
      if (!c.country && c.sector !== 'IGO' && i > 0 && !w.sep[i] && L.lab[i - 1] === L_ADJ && L.len[i - 1] === 1) c.country = L.code[i - 1];
      // "By Anna Weber, BBC News, Berlin", "the Planned Parenthood Action Fund": names after a known body up to an
      // organisation word are part of its name (a branch of it).
      const n = b + 1;
      let m = n;
      while (m + 1 < w.n && m < n + 2 && !w.sep[m + 1] && L.lab[m + 1] === L_NAME && !bodyWord(m)) m++;
      if (n < w.n && !w.sep[n] && !(w.flags[b] & POSS) && L.lab[n] === L_NAME && bodyWord(m)
        && !(m + 1 < w.n && !w.sep[m + 1] && L.lab[m + 1] === L_NAME)) {
        const more: string[] = [];
        for (let j = n; j <= m; j++) more.push(lowerOf(w, j));
        c.words = [...c.words, ...more];
        c.end = w.end[m]; c.last = m; c.acronym = undefined; c.name = text.slice(c.start, c.end);
      }
    }
    // "Manchester, N.H.", "Athens, Ga.": a US state's abbreviation after a known place's comma puts the place in the USA.
    if (c.kind === 'location' && b + 1 < w.n && w.sep[b + 1] === S_COMMA && c.country !== 'USA' && stateAbbrev(b + 1)) { c.country = 'USA'; c.entry = undefined; c.evidence = true; }
    // "KINGSTON, N.Y. (AP) —", "PARIS, Texas (AP) —": the state or country after a dateline's known place says which place it is.
    else if (c.kind === 'location' && i >= wireFrom && i < wireTo && b + 1 < w.n && w.sep[b + 1] === S_COMMA) {
      const n = b + 1, other = L.lab[n] === L_KNOWN ? k.entry(L.ref[n]) : undefined;
      const country = other && (other[0] === 'L' || other[0] === 'C') ? other[2] : w.flags[n] & CAP && k.usStates.has(lowerOf(w, n)) ? 'USA' : undefined;
      if (country && country !== c.country) { c.country = country; c.entry = undefined; c.wire = true; c.evidence = true; }
    }
    // "in Lazio", "from Rhodes": a word before a place says a one-word known place is meant (not "Rick Lazio ... Lazio said").
    if (c.kind === 'location' && b === i && i > 0 && !w.sep[i] && w.bits[i - 1] & W_PLACE_CUE) c.evidence = true;
    // "the US initiative": a country's capitals before another word describe it, they do not name the place.
    if (c.kind === 'location' && c.acronym && b + 1 < w.n && !w.sep[b + 1] && !(w.flags[b] & POSS)) c.modifier = true;
    if (w.flags[i] & HEAD) c.headline = true;
    if (c.kind === 'person') { fullName(c, i, b, true); return withTitle(c, i, b); }
    return c;
  }

  /**
   * "Paul D. Ryan", "John R. Kasich": a name with middle initials is the person the knowledge knows by the name without
   * them, unless that person's own name has another middle initial ("George H.W. Bush" is not "George W. Bush").
   */
  function knownWithout(c: Cand, a: number, b: number): void {
    let initial = false;
    for (let j = a + 1; j < b; j++) if (w.flags[j] & INITIAL) initial = true;
    if (!initial || c.entry !== undefined) return;
    const found = k.keys.get(c.words.join(' '));
    const e = found === undefined ? undefined : k.entry(found);
    if (!e || e[0] !== 'P') return;
    const shown = e[1].split(' ');
    if (shown.length > 2 && shown[1].charAt(0).toLowerCase() !== c.middle) return;
    c.entry = found;
    if (e[2]) c.country = e[2];
  }

  /**
   * The place a run a..b opened by "San"/"Santa"/"St." names: a day, month or feast ends it ("the San Bernardino
   * Christmas party" names San Bernardino), and a building or institution noun, in the run or right after it, makes
   * it a body ("St. Jude hospital", "St. Anselm College").
   */
  function saintPlace(c: Cand, a: number, b: number): Cand {
    let e = b;
    while (e > a + 1 && DATE_NAMES.has(lowerOf(w, e))) e--;
    const body = SAINT_BODIES.has(lowerOf(w, e)) || (e === b && b + 1 < w.n && !w.sep[b + 1] && !(w.flags[b] & POSS) && SAINT_BODIES.has(lowerOf(w, b + 1)));
    const p = e === b ? c : span('location', a, e);
    p.kind = body ? 'organization' : 'location'; p.evidence = true;
    return p;
  }

  /**
   * Is word j, in capitals, a word shouted rather than an acronym: six letters or more with no full stop ("FACEBOOK",
   * "WORKING"), or written elsewhere in the text with only its first letter a capital ("TRUMP" beside "Trump")?
   */
  function shouted(j: number): boolean {
    const s = w.start[j], e = w.end[j];
    for (let x = s; x < e; x++) { const ch = text.charCodeAt(x); if (ch < 65 || ch > 90) return false; }
    if (e - s >= 6) return true;
    // The words written with a capital first and small letters after: the first few questions walk the words (most
    // articles ask none or one), later ones a set of their ids made once (an article in capitals asks at every word).
    const id = w.id[j];
    if (++shoutedAsked <= 8) { for (let x = 0; x < w.n; x++) if (w.id[x] === id && (w.flags[x] & (CAP | ALLCAPS)) === CAP) return true; return false; }
    if (!nameIds) { nameIds = new Set(); for (let x = 0; x < w.n; x++) if ((w.flags[x] & (CAP | ALLCAPS)) === CAP) nameIds.add(w.id[x]); }
    return nameIds.has(id);
  }

  /** Do `words` name the people of a known place: its name with "-ers", "-ans", "-ites" on the last word ("New Yorkers")? */
  function placePeople(words: readonly string[]): boolean {
    const last = words[words.length - 1];
    for (const end of PEOPLE_ENDINGS) {
      if (!last.endsWith(end) || last.length <= end.length + 2) continue;
      const stem = last.slice(0, -end.length), head = words.slice(0, -1).join(' ');
      for (const s of [stem, stem + 'e']) {
        const e = k.keys.get(head ? `${head} ${s}` : s);
        if (e !== undefined && (k.entry(e)[0] === 'L' || k.entry(e)[0] === 'C')) return true;
      }
    }
    return false;
  }

  /** Is word j a US state's abbreviation written with a full stop ("N.H.", "Ga.", "Calif."), not "GA" or "Cal"? */
  function stateAbbrev(j: number): boolean {
    if (!(w.flags[j] & CAP) || (text.charCodeAt(w.end[j] - 1) !== 46 && text.charCodeAt(w.end[j]) !== 46)) return false;
    return k.usStates.has(lowerOf(w, j));
  }

  /** Is word j a state's abbreviation with a full stop inside, as the list writes it ("N.H.", "D.C."; not "L.A.")? */
  function dottedState(j: number): boolean {
    return text.charCodeAt(w.start[j] + 1) === 46 && k.usStates.has(rawOf(w, j).toLowerCase());
  }

  /** The US state an abbreviation names, shown by its name so that "N.H." and "New Hampshire" are one place. */
  function state(c: Cand, j: number): Cand {
    const name = k.usStates.get(lowerOf(w, j))!;
    c.kind = 'location'; c.evidence = true; c.country = 'USA'; c.acronym = undefined;
    c.name = name; c.words = name.toLowerCase().split(' ');
    return c;
  }

  /** Is word j an -ing form that is no given name ("Joining", "Countering"; not "Irving")? */
  function ingForm(j: number): boolean {
    if (w.bits[j] & W_GIVEN || w.end[j] - w.start[j] < 5) return false;
    const e = w.end[j];
    return (text.charCodeAt(e - 1) | 32) === 103 && (text.charCodeAt(e - 2) | 32) === 110 && (text.charCodeAt(e - 3) | 32) === 105;
  }

  /** Is a word a party noun or its "-ic" adjective ("Republican", "Democrat", "Democratic")? */
  function partyWord(word: string): boolean {
    return k.parties.has(word) || (word.endsWith('ic') && k.parties.has(word.slice(0, -2)));
  }

  /** Is one of words a + 1..b a given name? */
  function givenAfter(a: number, b: number): boolean {
    for (let j = a + 1; j <= b; j++) if (w.bits[j] & W_GIVEN) return true;
    return false;
  }

  /** Is a capitalised preposition or conjunction inside words a..b ("Jews Against Trump")? */
  /** Is `name` an organisation an earlier candidate named with evidence? */
  function namedBody(name: string): boolean {
    for (let x = 0; x < out.length; x++) if (out[x].kind === 'organization' && out[x].evidence && out[x].name === name) return true;
    return false;
  }

  /** Is any word after the first of a..b a capitalised pronoun or question word ("Who", "Me", "I")? */
  function workTitle(a: number, b: number): boolean {
    for (let j = a + 1; j <= b; j++) {
      if (!(w.flags[j] & CAP) || w.flags[j] & INITIAL || !WORK_WORDS.has(lowerOf(w, j))) continue;
      // "Elizabeth I": a numeral after a given name is a monarch's
      if (j === b && b === a + 1 && w.bits[a] & W_GIVEN && lowerOf(w, j) === 'i') continue;
      return true;
    }
    return false;
  }

  function linked(a: number, b: number): boolean {
    for (let j = a + 1; j < b; j++) if (w.bits[j] & W_NOT_NAME && w.flags[j] & CAP && classOf(w, j) & C_LINKING) return true;
    return false;
  }

  /**
   * Marks a person's name of words a..b whose first word (past initials) reads as a given name, and its middle
   * letter. A given name is one of the list, a name the dictionary knows whole (`known`), or a capitalised word
   * that is no party word and, opening a sentence, is never written lower-case in the text ("Following Sanders").
   */
  function fullName(c: Cand, a: number, b: number, known: boolean): void {
    let fw = a;
    while (fw < b && w.flags[fw] & INITIAL) fw++;
    while (b > fw && classOf(w, b) & C_GENERATION) b--;
    if (fw >= b) return;
    if (fw + 1 < b) c.middle = text.charAt(w.start[fw + 1]).toLowerCase();
    const bits = w.bits[fw], f = w.flags[fw];
    if (known || bits & W_GIVEN) { c.given = true; return; }
    // "Crooked Hillary", "Little Marco", "Stop Hillary": a word that is no given name, written lower-case elsewhere or
    // an epithet, before a given name calls a person by that given name.
    const word = lowerOf(w, fw);
    if (b === fw + 1 && w.bits[b] & W_GIVEN && (EPITHETS.has(word) || writtenLower(text, word))) { c.epithet = true; return; }
    if (bits & (W_PARTY | W_NOT_NAME) || f & ALLCAPS) return;
    // "Following Sanders", "Continued Stone:": a sentence opener in -ing or -ed is a verb's form
    c.given = !(f & (SENT | HEAD)) || (!word.endsWith('ing') && !(word.length > 5 && word.endsWith('ed')) && !writtenLower(text, word));
  }

  /** "French Defence Minister said", "China's former top drug regulator": a country-anchored title with no name. */
  function titleOnly(j: number): Cand | null {
    const end = j + L.len[j] - 1;
    const next = end + 1 < w.n && !w.sep[end + 1] ? end + 1 : -1;
    if (next >= 0 && (L.lab[next] === L_NAME || L.lab[next] === L_KNOWN || L.lab[next] === L_HON || L.lab[next] === L_ROLE || w.flags[next] & CAP)) return null;
    if (next >= 0 && w.id[next] !== NONE && (['of', 'to', 'for', 'at'].includes(lowerOf(w, next)) || k.groupNouns.has(lowerOf(w, next)))) return null;
    if (w.flags[end] & POSS) return null;
    const title = titleBefore(w, L, k, text, end + 1);
    // A country or a bloc anchors it: "French Defence Minister", "a Catholic priest".
    if (!title || title.first === j || !((title.country && !title.party) || L.lab[title.first] === L_BLOC)) return null;
    const lower = title.text.toLowerCase();
    const definite = title.first > 0 && lowerOf(w, title.first - 1) === 'the';
    const c = shaped('person', title.start, title.end, [lower], title.text, title.first, end);
    c.title = title; c.evidence = true; c.titleOnly = true; c.definite = definite;
    if (title.country) c.country = title.country;
    if (w.flags[title.first] & HEAD) c.headline = true;
    return c;
  }

  /**
   * "a Philippine province on Mindanao", "the Syrian capital": a demonym before a place noun is a place of that
   * country. Not "the town of Douma" (the name is the place) nor "Russian state media" (a noun after it).
   */
  function placeOf(j: number): Cand | null {
    const n = j + L.len[j];
    if (n >= w.n || w.sep[n] || w.flags[n] & CAP || !(w.bits[n] & W_PLACE_NOUN)) return null;
    if (n + 1 < w.n && !w.sep[n + 1] && (!(w.bits[n + 1] & W_NOT_NAME) || wordIs(w, n + 1, 'of'))) return null;
    const c = span('location', j, n);
    c.country = L.code[j]; c.evidence = true;
    if (w.flags[j] & HEAD) c.headline = true;
    return c;
  }

  /**
   * A known place right before words a..b, joined with them: "Michigan Avenue", "Sydney Harbour Bridge" (a place
   * noun ends them), "the Charlotte Hornets" ("the", a place and a plural: a team or band named after the place),
   * "the Ohio Court of Appeals", "Leeds City Council" (a body word ends them, or opens them before "of": `head`).
   */
  function afterPlace(a: number, b: number, head: number): Cand | null {
    const place = out.at(-1);
    // Not "U.S. District Judge": capitals before a word describe it.
    if (!place || place.kind !== 'location' || place.modifier || place.last !== a - 1 || w.sep[a] || w.flags[a - 1] & POSS) return null;
    const kindWord = head >= 0 ? head : b;
    const suffix = w.bits[kindWord] & W_SUFFIX ? k.suffixes.get(lowerOf(w, kindWord)) : undefined;
    const tail = suffix?.[0];
    const p = place.first;
    const team = a === b && !tail && p > 0 && !w.sep[p] && w.bits[p - 1] & W_THE && !(w.bits[a] & W_PARTY) && pluralEnd(w, a);
    const body = tail === 'organization';
    if (tail !== 'location' && tail !== 'street' && !body && !team) return null;
    out.pop();
    // "the South China Sea": a capitalised compass word right before the place opens the name.
    const from = !team && p > 0 && !w.sep[p] && w.flags[p - 1] & CAP && COMPASS.has(lowerOf(w, p - 1)) ? p - 1 : p;
    if (from < p && out.at(-1)?.last === from) out.pop();
    const c = span(team || body ? 'organization' : 'location', from, b);
    c.evidence = true;
    if (body && suffix![1]) c.sector = suffix![1];
    // "the South China Sea" is no more China's than the seas beside it ("the Northeast Ohio Coalition" is Ohio's).
    if (!team && place.country && (from === p || body)) c.country = place.country;
    if (w.flags[from] & HEAD) c.headline = true;
    return c;
  }

  /** The country whose possessive ends right before word a: "Russia's" in "Russia's Foreign Ministry". */
  function ownerCountry(a: number): string | undefined {
    const o = a - 1;
    if (o < 0 || w.sep[a] || !(w.flags[o] & POSS)) return undefined;
    let h = o;
    while (h > 0 && L.lab[h] === L_INSIDE) h--;
    if (L.lab[h] !== L_KNOWN) return undefined;
    const e = k.entry(L.ref[h]);
    return (e[0] === 'C' || e[0] === 'L') && e[2] ? e[2] : undefined;
  }

  /**
   * Does an honorific come right before word a ("Rep. Steve Israel")? (Word 0 has none: a read before the first word
   * would deoptimise the rules the first time a name opens an article.)
   */
  function afterHonorific(a: number): boolean {
    return a > 0 && L.lab[a - 1] === L_HON;
  }

  /** Does a capitalised role end at word j ("Director", "Secretary General")? */
  function roleEndsAt(j: number): boolean {
    let h = j;
    while (h > 0 && L.lab[h] === L_INSIDE) h--;
    return L.lab[h] === L_ROLE && (w.flags[h] & CAP) !== 0;
  }

  /** Words a..b; `head` is the organisation word before an "of" inside them, `place` the entry of a known name after it. */
  function unknown(a: number, b: number, head = -1, place = -1): Cand | null {
    // "the Tory said": a party noun after "the" is a nominal, linked later.
    if (a === b && a > 0 && w.bits[a - 1] & W_THE && w.bits[a] & W_PARTY) return null;
    // "Joining Rubio on stage was ...", "Following Sanders": an -ing form opening the sentence is a verb before a name
    // of one word or one that opens with a given name (not "Playing Field Promotions": see the rule below).
    if (b > a && head < 0 && (w.flags[a] & (SENT | ALLCAPS)) === SENT && ingForm(a) && (b === a + 1 || givenAfter(a, Math.min(b, a + 2)))) a++;
    // "Democrat Lucy Flores", "Republican Moss": a party word before a name is the person's party, not a first name
    // (not "Republican Jewish Coalition": a body word ends that name).
    let partyCountry: string | undefined;
    if (b > a && head < 0 && (w.bits[a] & (W_PARTY | W_GIVEN)) === W_PARTY && !afterHonorific(a) && !(w.bits[b] & W_SUFFIX)) { partyCountry = k.parties.get(lowerOf(w, a))?.[0]; a++; }
    // "Floridians Jeb Bush": a run whose second word is a given name starts there.
    if (b - a >= 2 && !(w.bits[a] & W_GIVEN) && w.bits[a + 1] & W_GIVEN && !afterHonorific(a)) a++;
    // "Director of National Intelligence James Clapper": after a capitalised role and "of", the words up to a
    // given name name the office, the person starts at the given name.
    else if (a > 1 && !w.sep[a] && !w.sep[a - 1] && wordIs(w, a - 1, 'of') && roleEndsAt(a - 2)) {
      let g = a + 1;
      while (g < b && !(w.bits[g] & W_GIVEN)) g++;
      if (g < b) a = g;
      // "the Director of National Intelligence": with no name after it, the words name the office, a body
      else if (a < b && b - a < 2 && !(w.bits[a] & W_GIVEN)) { const o = span('organization', a, b); o.evidence = true; if (w.flags[a] & HEAD) o.headline = true; return o; }
    }
    // "Election Day", "the Florida-based Republican": events, laws and party words are not names.
    // "World War II": the word before a generation's numeral says what the name is.
    const tail = b > a && classOf(w, b) & C_GENERATION ? b - 1 : b;
    if ((w.bits[tail] & W_SUFFIX && k.suffixes.get(lowerOf(w, tail))?.[0] === 'skip') || (a === b && w.bits[b] & W_PARTY)) return null;
    // "Clinton Communications Director Jennifer Palmieri", "Republican National Committee Research Director Raj
    // Shah": capitals right before a capitalised role say whose the role is; they name no one of their own.
    if (b + 1 < w.n && !w.sep[b + 1] && L.lab[b + 1] === L_ROLE && w.flags[b + 1] & CAP && !(w.bits[a] & W_GIVEN) && !afterHonorific(a)) return null;
    const joined = afterPlace(a, b, head);
    if (joined) return joined;
    const c = span('pending', a, b);
    if (w.flags[a] & HEAD) c.headline = true;
    if (partyCountry) c.country = partyCountry;
    const kindWord = head >= 0 ? head : b;
    const suffix = w.bits[kindWord] & W_SUFFIX ? k.suffixes.get(lowerOf(w, kindWord)) : undefined;
    if (suffix?.[0] === 'organization' && head < 0) { const o = roleBody(a, b, suffix, place); if (o) return o; }
    withTitle(c, a, b);
    const paren = a > 0 && w.sep[a] & S_OPEN;
    // "PORTLAND, N.Y. (AP) —": the state after a dateline's place is part of the dateline, no body.
    if (a === wireTo && a === b && w.sep[a] === S_COMMA && k.usStates.has(lowerOf(w, a))) return null;
    // "MINGORA, Pakistan (Reuters) -": an unknown name in a wire dateline, outside its agency's bracket, is the place.
    if (a >= wireFrom && a < wireTo && !c.evidence && !(w.sep[a] & S_OPEN)) return datelinePlace(c, b);
    // "in Manchester, N.H.", "the S.C. primary", "Athens, Ga.": a US state's abbreviation with its full stops is the state.
    if (a === b && stateAbbrev(a) && (dottedState(a) || (w.sep[a] === S_COMMA && out.at(-1)?.kind === 'location' && out.at(-1)!.last === a - 1))) return state(c, a);
    // "TRUMP SAYS", "FACEBOOK": a word in capitals that is long or that the text also writes as a name ("Trump") is
    // that word in a heading, no acronym; it waits for a name said elsewhere, as any lone word does.
    if ((w.flags[a] & ALLCAPS) && a === b && w.end[a] - w.start[a] >= 2 && !paren && !(w.flags[a] & INITIAL) && shouted(a)) return c;
    if ((w.flags[a] & ALLCAPS) && a === b && w.end[a] - w.start[a] >= 2) { c.kind = 'organization'; c.acronym = true; if (paren) c.evidence = true; return c; }
    // "Bridge of Spies", "at State": a lone place noun names no place (and no person); "Systems were down": a
    // business word alone names no company.
    // "Turkish Airlines": a demonym right before it makes the business word a name.
    const demonym = a > 0 && !w.sep[a] && L.lab[a - 1] === L_ADJ && L.len[a - 1] === 1;
    if (!c.evidence && a === b && (suffix?.[0] === 'location' || ((suffix?.[1] === 'BUS' || classOf(w, b) & C_NOT_ALONE) && !demonym))) return null;
    const street = !c.evidence && suffix?.[0] === 'street';
    if (street) {
      // "12 Morgan Lane", "lived on Morgan Lane": a street; "a letter from Morgan Lane": a person named Lane;
      // "a Fifth Avenue flat": a place all the same; "Fleet Street editors": no actor.
      const p = a - 1;
      if (a < b && p >= 0 && !w.sep[a] && (w.flags[p] & DIGIT || lowerOf(w, p) === 'on' || lowerOf(w, p) === 'in')) { c.kind = 'location'; c.evidence = true; return c; }
      if (suffix[1] === 'place') { c.kind = 'location'; c.evidence = true; return c; }
      if (suffix[1] !== 'name') return null;
    }
    // "Ricki Lake said": a given name and a place word before a speech verb are a person
    const speaks = suffix?.[0] === 'location' && b === a + 1 && w.bits[a] & W_GIVEN && b + 1 < w.n && !w.sep[b + 1] && w.bits[b + 1] & W_SPEECH;
    // (The rules by a kind word and by the words around run in functions of their own: TurboFan compiles each apart, and
    // a rule met for the first time in an unseen article recompiles one of them, not the whole of `unknown`.)
    if (!c.evidence && suffix && !street && !speaks) return bySuffix(c, a, b, suffix, demonym, place);
    return byContext(c, a, b, street);
  }

  /**
   * "the Justice Project", "AFL-CIO's Executive Committee", "the Vice President's Office": a capitalised role right before a body's kind word is part
   * of the body's name (with the capitalised words before it), no title of a person named "Project" or "Committee".
   */
  function roleBody(a: number, b: number, suffix: readonly [type: string, sector: string], place: number): Cand | null {
    if (a === 0 || w.sep[a] || !roleEndsAt(a - 1)) return null;
    let f = a;
    // ("the Vice President's Office": the role's possessive owns the body; a possessive before the role owns both)
    while (f > 0 && !w.sep[f] && w.flags[f - 1] & CAP && (f === a || !(w.flags[f - 1] & POSS)) && (L.lab[f - 1] === L_ROLE || L.lab[f - 1] === L_INSIDE || L.lab[f - 1] === L_NAME || L.lab[f - 1] === L_ADJ)) f--;
    if (f === a) return null;
    const c = span('pending', f, b);
    if (w.flags[f] & HEAD) c.headline = true;
    return bySuffix(c, f, b, suffix, false, place);
  }

  /** Words a..b named by their kind word (`suffix`): "Bank of England", "Third Street", "the Russian Defence Ministry". */
  function bySuffix(c: Cand, a: number, b: number, suffix: readonly [type: string, sector: string], demonym: boolean, place: number): Cand {
    c.kind = suffix[0] === 'organization' ? 'organization' : 'location';
    if (suffix[1]) c.sector = suffix[1];
    c.evidence = true;
    // "Bank of England", "University of Texas": the country of the place in the name
    const known = place >= 0 ? k.entry(place) : undefined;
    if (known && (known[0] === 'L' || known[0] === 'C') && known[2]) c.country = known[2];
    // "Second Thomas Shoal", "Third Street": a capitalised ordinal opens the place's name
    if (c.kind === 'location' && a > 0 && !w.sep[a] && w.flags[a - 1] & CAP && classOf(w, a - 1) & C_ORDINAL) {
      c.start = w.start[a - 1]; c.first = a - 1;
      c.words = [lowerOf(w, a - 1), ...c.words]; c.name = text.slice(c.start, c.end);
    }
    // "the Russian Defence Ministry": the demonym is part of the body's name and gives its country.
    if (c.kind === 'organization' && demonym) {
      c.start = w.start[a - 1]; c.first = a - 1; c.country = L.code[a - 1];
      c.words = [lowerOf(w, a - 1), ...c.words]; c.name = text.slice(c.start, c.end);
    } else if (c.kind === 'organization' && !c.country) {
      // "Russia's Foreign Ministry": a country's possessive before a body gives the body that country
      const owner = ownerCountry(a);
      if (owner) c.country = owner;
    }
    return c;
  }

  /** Words a..b with no kind word: a person, or a body or place the words around say it is. */
  function byContext(c: Cand, a: number, b: number, street: boolean): Cand | null {
    // "Neighbors said": a group noun opening the sentence alone is a group (find-groups), not a person.
    if (!c.evidence && a === b && w.flags[a] & SENT && w.bits[a] & COMMON_NOUN) return null;
    // A word with no lexicon id is none of the cue words: no string made for it.
    const bb = a > 0 && !w.sep[a] ? w.bits[a - 1] : 0;
    // "the construction firm Carillion", "the French charity SOS Mediterranee": the noun before says what it is.
    if (!c.evidence && bb & W_ORG_NOUN && !(w.flags[a - 1] & CAP)) {
      c.kind = 'organization'; c.evidence = true;
      const sector = ORG_NOUNS.get(lowerOf(w, a - 1));
      if (sector) c.sector = sector;
      for (let j = a - 2; j >= 0 && j >= a - 3 && !w.sep[j + 1]; j--) if (L.lab[j] === L_ADJ) { c.country = L.code[j]; break; }
      return c;
    }
    const of = bb !== 0 && lowerOf(w, a - 1) === 'of';
    // "from Sarah Quist": a given name opens a person's name, not a place's; a street needs "on" or a number (above).
    if (!c.evidence && !street && ((bb & W_PLACE_CUE && !(w.bits[a] & W_GIVEN)) || (of && a > 1 && w.bits[a - 2] & W_PLACE_NOUN))) {
      if (of || b > a) { c.kind = 'location'; c.evidence = true; return c; }
    }
    // "BBC Two's Newsnight": a name owned by an organisation is one of its programmes or units.
    if (!c.evidence && a === b && a > 0 && !w.sep[a] && w.flags[a - 1] & POSS && (L.lab[a - 1] === L_KNOWN || L.lab[a - 1] === L_INSIDE)) {
      let h = a - 1; while (h > 0 && L.lab[h] === L_INSIDE) h--;
      // The match may be a role ("the minister's Newsnight"): only a known name has an entry.
      const owner = L.lab[h] === L_KNOWN ? k.entry(L.ref[h]) : undefined;
      if (owner && owner[0] === 'O') { c.kind = 'organization'; c.evidence = true; if (owner[2]) c.country = owner[2]; if (owner[3]) c.sector = owner[3]; return c; }
    }
    // "(Russian foreign minister Sergey) Lavrov": the name goes on after the bracket.
    if (b + 1 < w.n && w.sep[b + 1] === S_CLOSE && (L.lab[b + 1] === L_NAME || (L.lab[b + 1] === L_KNOWN && L.len[b + 1] === 1 && k.entry(L.ref[b + 1])[0] === 'P'))) {
      if (L.lab[b + 1] === L_KNOWN) c.entry = L.ref[b + 1];
      c.extra = { start: w.start[b + 1], end: w.end[b + 1] };
      c.words = [...c.words, lowerOf(w, b + 1)];
      c.name = `${c.name} ${rawOf(w, b + 1)}`;
    }
    // The word c.words[0] is: the first that is not an initial, or the one after the bracket.
    let fw = a;
    while (fw <= b && w.flags[fw] & INITIAL) fw++;
    const firstName = c.words.length && w.bits[fw] & W_GIVEN ? k.firstNames.get(c.words[0]) : undefined;
    if (firstName && !c.gender && c.words.length > 1) c.gender = firstName === 'f' ? 'f' : 'm';
    if (c.evidence || c.words.length > 1 || (firstName && c.extra)) c.kind = 'person';
    else if (b + 1 < w.n && w.bits[b + 1] & W_SPEECH && !w.sep[b + 1]) { c.kind = 'person'; c.evidence = true; }
    if (c.kind === 'person' && w.flags[a] & SENT && !c.evidence && c.words.length > 1 && k.notNames.has(c.words[0])) return null;
    // "Morning Joe", "Night Live": a time of day opens a programme's name, not a person's ("Morning News" is a body).
    if (c.kind === 'person' && !c.evidence && b > a && classOf(w, a) & C_TIME_OPENER) return null;
    // "Great Again", "Middle Eastern": an adverb or a compass adjective makes the run a slogan or an adjective, no name.
    if (c.kind === 'person' && !c.evidence && b > a && anyIn(c.words, NEVER_IN_NAMES)) return null;
    // "North Downs", "East Anglia": a compass word opens a place's name, never a person's ("Kanye West" ends with one).
    if (c.kind === 'person' && !c.evidence && b > a && COMPASS.has(c.words[0])) { c.kind = 'location'; c.evidence = true; return c; }
    // "San Bernardino", "Santa Clara": with no cue to a person, "San"/"Santa"/"St." opens a place's name (a longer
    // run names something there, a memorial or a school, left as it was).
    if (c.kind === 'person' && !c.evidence && b > a && c.words.length <= 3 && !firstName && PLACE_OPENERS.has(c.words[0])) return saintPlace(c, a, b);
    // "CORRECTION APPENDED", "SIGN UP FOR OUR NEWSLETTER": a run of capitals with no given name and no title is a heading.
    if (c.kind === 'person' && !c.evidence && b > a && w.flags[a] & ALLCAPS && w.flags[b] & ALLCAPS && !(w.bits[a] & W_GIVEN)) return null;
    if (c.kind === 'person' && !c.evidence && b > a) {
      // "the Giving Pledge", "Countering Violent Extremism": an -ing form opens the name of a work or a plan.
      // "a Sarasota Republican", "Blue Dog Democrat": a run ending in a party word describes somebody, it names nobody.
      if (ingForm(a) || partyWord(c.words[c.words.length - 1])) return null;
      // "the Daily Beast", "Real Clear Politics", "the Free Beacon": words that open no person's name open a body's,
      // unless a given name follows ("Navy SEAL Chris Kyle").
      if (BODY_OPENERS.has(c.words[0]) && !givenAfter(a, b)) {
        // "New Yorkers", "New Englanders": the people of a known place, no body.
        if (placePeople(c.words)) return null;
        c.kind = 'organization'; c.evidence = true; return c;
      }
    }
    // "Jews Against Trump", "Reporting On Carson": a capitalised preposition inside makes a title-case run the name of a
    // group or a work, not a person's (so a later "Trump" is not theirs).
    if (c.kind === 'person' && !c.evidence && linked(a, b)) c.kind = 'organization';
    // "The Spy Who Shagged Me", "Survey I": a pronoun or question word after the first makes the run a work's title, no actor.
    // (not a body the text named before: "the Save Our Meadows group ... Save Our Meadows said")
    if (c.kind === 'person' && !c.evidence && b > a && workTitle(a, b) && !namedBody(c.name)) return null;
    if (c.kind === 'person' && c.words.length > 1) { fullName(c, a, b, false); knownWithout(c, a, b); }
    return c;
  }
}

/** Does `word` end with any of `endings`? */
function anyEnding(word: string, endings: readonly string[]): boolean {
  for (const e of endings) if (word.endsWith(e)) return true;
  return false;
}

/** Is any of `words` in `set` (a loop, no callback made per name)? */
function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (set.has(words[i])) return true;
  return false;
}

/** Does the text write `word` in lower case somewhere ("following" for "Following Sanders")? Asked once per full name that opens a sentence. */
function writtenLower(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32, after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!isLetter(before) && !isLetter(after)) return true;
  }
  return false;
}
const isLetter = (c: number) => ((c | 32) - 97) >>> 0 < 26 || c > 127;

const states = new WeakMap<Knowledge, ReadonlySet<string>>();

/** The US states' names, lower case: "Georgia" is a state as well as a country. */
export function stateNames(k: Knowledge): ReadonlySet<string> {
  let s = states.get(k);
  if (!s) states.set(k, (s = new Set([...k.usStates.values()].map((n) => n.toLowerCase()))));
  return s;
}
