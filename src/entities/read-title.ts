// Reads the title written next to a name: "US Secretary of State Rex Tillerson", "Former UK ambassador to
// Washington Sir Christopher Meyer", "Sergey Lavrov, Russia's foreign minister". Gives the title as the text
// has it, with the country (from a demonym, country or owning organisation) and the sector of its role noun.
import type { Knowledge } from '../knowledge/index.js';
import { L_ADJ, L_BLOC, L_HON, L_INSIDE, L_KNOWN, L_NAME, L_NONE, L_ROLE, type Labels } from './label-words.js';
import { ALLCAPS, CAP, classOf, DIGIT, POSS, SENT, S_COMMA, lowerOf, type Words } from './scan-words.js';
import { MODIFIERS, ORG_TAILS, PLACE_GOVERNS, PORTFOLIO_HEADS, TITLE_LINKS as LINKS } from './word-classes.js';
import { C_MODIFIER, C_TITLE_LINK, NONE, W_GIVEN, W_NOT_NAME, W_PARTY, W_SUFFIX, W_THE } from './word-lexicon.js';

export type Title = Readonly<{
  first: number; last: number; start: number; end: number; text: string; country?: string; sector?: string; head: string;
  /** the country comes from a party word ("Republican candidate"), which says whose side, not who */
  party?: boolean;
}>;

const FORMER = new Set(['former', 'ex', 'late', 'retired']);
/** "Gov." and "governor" are one role, so "the New Jersey governor" can find "Gov. Chris Christie". */
const SPELLED = new Map([['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['col', 'colonel'], ['adm', 'admiral'], ['lt', 'lieutenant'], ['capt', 'captain'], ['maj', 'major'], ['prof', 'professor'], ['rev', 'reverend']]);

/**
 * Word j lowercased when it can be a rule word here, else "": every rule word of one word of letters has a
 * lexicon id, so a word without one is sliced only when it has a hyphen ("pro-democracy").
 */
function ruleWord(w: Words, j: number): string {
  if (w.id[j] !== NONE) return lowerOf(w, j);
  for (let x = w.start[j]; x < w.end[j]; x++) if (w.text.charCodeAt(x) === 45) return lowerOf(w, j);
  return '';
}

/** Is any word in [from, to) a role? */
function roleIn(L: Labels, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (L.lab[j] === L_ROLE) return true;
  return false;
}

/** Start of the match that covers word j (walks back over L_INSIDE). */
const headOf = (L: Labels, j: number) => { while (j > 0 && L.lab[j] === L_INSIDE) j--; return j; };

function titleOf(w: Words, L: Labels, k: Knowledge, text: string, first: number, last: number): Title | null {
  let country: string | undefined, sector: string | undefined, owner: string | undefined, head = '', former = false, afterLink = false;
  let party: string | undefined, byParty = false, shadow = false, link = '', placeNamed = false, partyNamed = false;
  /** The sector of the kind word of a body named in the title ('' for none), undefined when there is none. */
  let body: string | undefined;
  for (let j = first; j <= last; j++) {
    const l = L.lab[j];
    const word = ruleWord(w, j);
    if (LINKS.has(word)) { afterLink = true; link = word; continue; }
    if (FORMER.has(word)) former = true;
    if (word === 'party') partyNamed = true;
    if (word === 'shadow') shadow = true;
    if (l === L_ROLE) {
      let key = lowerOf(w, j);
      for (let x = j + 1; x < j + L.len[j]; x++) key += ' ' + lowerOf(w, x);
      sector = k.roles.get(key) ?? k.honorifics.get(key)?.[1] ?? sector;
      head = SPELLED.get(key) ?? key; afterLink = false;
      if (!country && k.roleCountries.has(key)) country = k.roleCountries.get(key);
    } else if (l === L_ADJ && !country && !afterLink) country = L.code[j];
    else if (!country && !afterLink && (party = partyOf(w, k, j))) { country = party; byParty = true; }
    // "American Unity Fund president", "vice president of Acme Corp": a body named by its kind word owns the role
    // (a name of its own: not the portfolio of "Alabama Securities Commissioner"; the last kind word says what the body is,
    // "Presidential Communications Office")
    else if (l === L_NAME && bodyWord(w, k, j) && (afterLink || (j > first && !w.sep[j] && L.lab[j - 1] === L_NAME && w.flags[j - 1] & CAP))) body = k.suffixes.get(lowerOf(w, j))![1];
    else if (l === L_KNOWN && (!afterLink || link !== 'to')) {
      // "a commander of the Revolutionary Guards", "a spokeswoman for the European Commission": a body after
      // "of", "for" or "at" owns the role; a place there does not say whose it is ("envoy for Syria")
      const e = k.entry(L.ref[j]);
      if (afterLink && e[0] !== 'O') continue;
      // "Wyoming GOP chairman", "US Army spokesman": a body after the place still owns the role
      if (country && e[0] !== 'O') continue;
      if (e[2] && !country) country = e[2];
      if (e[0] === 'O' && e[3] && !owner) owner = e[3];
      if (e[0] === 'C' || e[0] === 'L') placeNamed = true;
    }
  }
  if (!head) return null;
  // "Republican National Committee chairman", "state party chairwoman", "GOP chair": a role with no sector of its own
  // (a chair) in a title that names a party is a party office.
  if (!sector && !owner && (byParty || partyNamed)) sector = 'PTY';
  // "Taliban spokesman", "Google spokesman", "NATO chief": a body's own sector beats a role's government default
  // (a government body's kind word, "Committee", says no more than the role: "House Judiciary Committee Chairman")
  if (body && body !== 'GOV') owner ??= body;
  if (owner && (!sector || (sector === 'GOV' && owner !== 'GOV') || (sector === 'BUS' && (owner === 'MNC' || owner === 'MED')))) sector = owner;
  // "American Unity Fund president": a body of no known sector owns the role, so the role's government default says nothing
  else if (!owner && body === '' && sector === 'GOV') sector = undefined;
  // "Hong Kong Chief Executive": a place's own chief executive heads its government, a firm's runs a business
  else if (!owner && placeNamed && sector === 'BUS' && PLACE_GOVERNS.has(head)) sector = 'GOV';
  // "Facebook's vice president", "Sanders's spokesman": an owner the knowledge does not list may be anyone's, so a
  // role's government default says nothing
  if (sector === 'GOV' && L.lab[first] === L_NAME && w.flags[first] & POSS && w.flags[first] & CAP) sector = undefined;
  // "Officer Lyle White": "Officer" alone, capitalised before a name, is a police rank (the army's are "Lt.", "Capt.")
  if (head === 'officer' && first === last && sector === 'MIL' && w.flags[first] & CAP) sector = 'COP';
  if (former && sector && ['GOV', 'LEG', 'MIL', 'JUD', 'IGO'].includes(sector)) sector = 'ELI';
  // "Shadow chancellor", "the shadow home secretary": the opposition's spokesman for that office
  else if (shadow && (sector === 'GOV' || sector === undefined)) sector = 'OPP';
  const t: { -readonly [K in keyof Title]: Title[K] } = { first, last, start: w.start[first], end: w.end[last], text: text.slice(w.start[first], w.end[last]), head, country: undefined, sector: undefined, party: undefined };
  if (country) t.country = country;
  if (byParty) t.party = true;
  if (sector) t.sector = sector;
  return t;
}

/**
 * The country of a capitalised party word, which a title can carry: "Republican presidential candidate", "Tory
 * MP", and the adjective of a party noun, "Democratic Sen." (democrat → democratic).
 */
function partyOf(w: Words, k: Knowledge, j: number): string | undefined {
  if (!(w.flags[j] & CAP) || w.id[j] === NONE) return undefined;
  const word = lowerOf(w, j);
  if (w.bits[j] & W_PARTY) return k.parties.get(word)?.[0];
  return word.endsWith('ic') ? k.parties.get(word.slice(0, -2))?.[0] : undefined;
}

/** Is word j a capitalised kind word of a body ("Fund", "Corp", "Committee")? */
function bodyWord(w: Words, k: Knowledge, j: number): boolean {
  return (w.flags[j] & CAP) !== 0 && (w.bits[j] & W_SUFFIX) !== 0 && k.suffixes.get(lowerOf(w, j))?.[0] === 'organization';
}

/** The first word of the capitalised name that ends at word j: "American Unity Fund" from "Fund". */
function nameStart(w: Words, L: Labels, j: number): number {
  while (j > 0 && !w.sep[j] && w.flags[j - 1] & CAP && !(w.flags[j - 1] & POSS) && (L.lab[j - 1] === L_NAME || L.lab[j - 1] === L_ADJ)) j--;
  return j;
}

/** The last word of a body's name that opens at word j and ends in its kind word ("Acme Holdings"), -1 when none. */
function bodyEnd(w: Words, L: Labels, k: Knowledge, j: number): number {
  for (let b = j; b < w.n && (b === j || !w.sep[b]) && w.flags[b] & CAP && (L.lab[b] === L_NAME || L.lab[b] === L_ADJ); b++) {
    // ("director of University of Virginia Center for Politics": a name that goes on after "of" is not read)
    if (bodyWord(w, k, b)) return b + 1 < w.n && !w.sep[b + 1] && (w.flags[b + 1] & CAP || ruleWord(w, b + 1) === 'of' || ruleWord(w, b + 1) === 'for') ? -1 : b;
    if (w.flags[b] & POSS) break;
  }
  return -1;
}

/** Whether word j can sit inside a title. */
function titleWord(w: Words, L: Labels, k: Knowledge, j: number): boolean {
  const l = L.lab[j];
  if (l === L_ROLE || l === L_INSIDE || l === L_ADJ || l === L_BLOC || ((l === L_NONE || l === L_NAME) && partyOf(w, k, j) !== undefined)) return true;
  if (l === L_KNOWN) return true;
  // (a word with no id is a modifier only when hyphenated: "pro-democracy")
  const modifier = w.id[j] !== NONE ? (classOf(w, j) & C_MODIFIER) !== 0 : MODIFIERS.has(ruleWord(w, j));
  if (modifier || ((w.flags[j] & DIGIT) !== 0 && /^\d+-year-old$/.test(lowerOf(w, j)))) return true;
  return l === L_NAME && (w.flags[j] & CAP) !== 0 && (w.bits[j] & W_SUFFIX) !== 0;
}

/** At most this many capitalised words name a portfolio: "Digital, Culture, Media and Sport" is written out only with commas. */
const MAX_PORTFOLIO = 3;

/**
 * How many portfolio words run from word h when it is one, else 0: a capitalised word the knowledge has no
 * label for, right before a minister, secretary or commissioner or before another such word ("Norwegian
 * Fisheries Minister", "Indian Railways Minister"). `first` is the title's word after h, `before` the
 * count of portfolio words from it.
 */
function portfolioWord(w: Words, L: Labels, h: number, first: number, before: number): number {
  if (L.lab[h] !== L_NAME || !(w.flags[h] & CAP) || w.flags[h] & POSS || before >= MAX_PORTFOLIO || h + 1 !== first) return 0;
  // "John Smith Minister …" is a name before the title, not a portfolio
  if (w.bits[h] & W_GIVEN || (h > 0 && !w.sep[h] && w.bits[h - 1] & W_GIVEN && w.flags[h - 1] & CAP)) return 0;
  if (before > 0) return before + 1;
  if (L.lab[first] !== L_ROLE) return 0;
  return PORTFOLIO_HEADS.has(lowerOf(w, first + Math.max(1, L.len[first]) - 1)) ? 1 : 0;
}

/**
 * The title written out just before word `at`, ending at word at - 1: "Syria's President" before "Bashar",
 * or, with `apposed`, before the comma of "The German chancellor, Angela Merkel,".
 */
function titleEndingBefore(w: Words, L: Labels, k: Knowledge, text: string, at: number, apposed: boolean): Title | null {
  let first = at, sawRole = false, portfolio = 0;
  for (let j = at - 1; j >= 0; j--) {
    if (w.sep[j + 1] && !(apposed && j === at - 1)) break;
    const h = L.lab[j] === L_INSIDE ? headOf(L, j) : j;
    if (classOf(w, h) & C_TITLE_LINK) {
      // "ambassador to Washington": a link only between a role and a place or body; "a spokesman for
      // President X" is someone else, so no role may follow it.
      // Before a name that is no given name nor honorific, the place after the link may open that name
      // instead: "director of New York Communities for Change".
      const named = apposed || (w.bits[at] & W_GIVEN) !== 0 || L.lab[at] === L_HON || (L.lab[at] === L_KNOWN && k.entry(L.ref[at])[0] === 'P');
      if (named && h > 0 && !w.sep[h] && (L.lab[h - 1] === L_ROLE || L.lab[headOf(L, h - 1)] === L_ROLE) && first < at && !roleIn(L, h + 1, at)) { first = h; j = h; continue; }
      break;
    }
    // "Fox News Chairman and CEO Roger Ailes": "and" between two roles joins them in one title.
    if (h === first - 1 && bothRoles(w, L, h)) { first = h; continue; }
    // (a portfolio runs only through unlabelled capitalised words: a title word between ends its count)
    if (titleWord(w, L, k, h)) portfolio = 0;
    else if (!(portfolio = portfolioWord(w, L, h, first, portfolio))) break;
    if (L.lab[h] === L_KNOWN && k.entry(L.ref[h])[0] === 'P') break;
    // A possessive ends the title unless it is the owner ("Syria's President").
    // (an unlabelled word has len 0: its own flags, not the word before it)
    const hEnd = h + Math.max(1, L.len[h]) - 1;
    if (w.flags[hEnd] & POSS && hEnd !== at - 1 && L.lab[h] !== L_KNOWN) break;
    if (L.lab[h] === L_ROLE) sawRole = true;
    first = h; j = h;
    // "American Unity Fund president": the capitalised words before a body's kind word are the body's name.
    if (L.lab[h] === L_NAME && bodyWord(w, k, h)) { first = nameStart(w, L, h); j = first; }
  }
  if (!sawRole) return null;
  // Drop leading words that are not part of the title ("Western", stray places).
  return titleOf(w, L, k, text, first, at - 1);
}

/**
 * Is word j an "and" (or "&") between the end of a role and a role written alike: "Chairman and CEO", "president and
 * chief executive"? Not "the president and Vice President Joe Biden" (one in capitals, one not: two people).
 */
function bothRoles(w: Words, L: Labels, j: number): boolean {
  if (j < 1 || j + 1 >= w.n || w.sep[j] || w.sep[j + 1] || L.lab[j + 1] !== L_ROLE) return false;
  const word = ruleWord(w, j);
  if (word !== 'and' && word !== '&') return false;
  if (L.lab[j - 1] !== L_ROLE && !(L.lab[j - 1] === L_INSIDE && L.lab[headOf(L, j - 1)] === L_ROLE)) return false;
  return (w.flags[j - 1] & CAP) === (w.flags[j + 1] & CAP) || (w.flags[j + 1] & ALLCAPS) !== 0;
}

/** The title just before a name (or its honorific) starting at word `at`. */
export function titleBefore(w: Words, L: Labels, k: Knowledge, text: string, at: number): Title | null {
  return titleEndingBefore(w, L, k, text, at, false);
}

/**
 * Does word j open a sentence or a quote, a bracket or a clause after a colon? Not after a comma: "the
 * president, the vice president, Susan Rice, we" is a list.
 */
const opensClause = (w: Words, j: number) => j === 0 || (w.flags[j] & SENT) !== 0 || (w.sep[j] !== 0 && !(w.sep[j] & S_COMMA));

/**
 * The appositive title before a name that runs from word `at` to word `last`: "The German chancellor,
 * Angela Merkel, said", "Britain's defence secretary, Gavin Williamson,". The title opens its clause (after
 * an article or a possessive at most) and the name is set off by commas on both sides, so a list ("the minister, Ann
 * Lee and ...") has no say: the comma after the name is required.
 */
export function titleApposedBefore(w: Words, L: Labels, k: Knowledge, text: string, at: number, last: number): Title | null {
  if (at <= 0 || w.sep[at] !== S_COMMA || last + 1 >= w.n || w.sep[last + 1] !== S_COMMA) return null;
  const t = titleEndingBefore(w, L, k, text, at, true);
  if (!t) return null;
  if (leadsClause(w, t.first)) return t;
  // "the Unite union's general secretary, Sharon Graham,": a body named by its kind owns the title and gives its sector.
  const o = ownerBefore(w, L, k, t.first);
  if (!o || !leadsClause(w, o.first)) return null;
  const owned = titleOf(w, L, k, text, o.first, at - 1)!;
  return o.sector ? { ...owned, sector: o.sector } : owned;
}

/** Does word f open its clause, after an article at most ("The German chancellor", "But the BBC's director")? */
function leadsClause(w: Words, f: number): boolean {
  const article = f > 0 && !w.sep[f] && /^(the|a|an|his|her|their|its|our)$/.test(ruleWord(w, f - 1));
  // "And Florida's attorney general, Pam Bondi,": a conjunction opening the sentence comes before it
  return opensClause(w, f) || (article && opensClause(w, f - 1)) || (article && f > 1 && sentenceOpener(w, f - 2)) || (f > 0 && !w.sep[f] && sentenceOpener(w, f - 1));
}

/** "But", "And", "However": a word that is no name, opening the sentence. */
const sentenceOpener = (w: Words, j: number) => (w.flags[j] & SENT) !== 0 && (w.bits[j] & W_NOT_NAME) !== 0;

/**
 * The organisation that owns the title starting at word f, by a possessive: "the Unite union's", "the union's",
 * "Acme Corp's". Named only by its kind noun, lower-case after a name or an article, or by a capitalised last word.
 */
function ownerBefore(w: Words, L: Labels, k: Knowledge, f: number): { first: number; sector: string } | null {
  const o = f - 1;
  if (o < 0 || w.sep[f] || !(w.flags[o] & POSS)) return null;
  let sector: string | undefined;
  if (!(w.flags[o] & CAP)) sector = w.id[o] === NONE ? undefined : ORG_TAILS.get(lowerOf(w, o));
  else if (L.lab[o] === L_NAME && k.suffixes.get(lowerOf(w, o))?.[0] === 'organization') sector = ORG_TAILS.get(lowerOf(w, o)) || k.suffixes.get(lowerOf(w, o))![1] || '';
  if (sector === undefined) return null;
  let first = o;
  while (first > 0 && !w.sep[first] && L.lab[first - 1] === L_NAME && w.flags[first - 1] & CAP) first--;
  // a lower-case kind noun needs a name or an article before it: "the union's", not "a credit union's"
  return first < o || (w.flags[o] & CAP) || /^(the|its|their)$/.test(ruleWord(w, o - 1)) ? { first, sector } : null;
}

/** Does word j, with nothing before it, start a name: an unknown capitalised word, an honorific or a known person? */
function opensName(w: Words, L: Labels, k: Knowledge, j: number): boolean {
  if (j >= w.n || w.sep[j] || !(w.flags[j] & CAP)) return false;
  return L.lab[j] === L_NAME || L.lab[j] === L_HON || (L.lab[j] === L_KNOWN && k.entry(L.ref[j])[0] === 'P');
}

/** The appositive title after a name: "Sergey Lavrov, Russia's foreign minister,". */
export function titleAfter(w: Words, L: Labels, k: Knowledge, text: string, last: number): Title | null {
  let j = last + 1;
  if (j >= w.n || !(w.sep[j] & 1)) return null;
  const article = ruleWord(w, j);
  if (article === 'the' || article === 'a' || article === 'an') j++;
  const first = j;
  let end = -1;
  for (; j < w.n; j++) {
    if (j > first && w.sep[j]) break;
    if (classOf(w, j) & C_TITLE_LINK && end >= 0) continue;
    // "Priya Nair, Ofcom's director of enforcement,": a capitalised owner the knowledge does not list, right before the role
    if (j === first && L.lab[j] === L_NAME && w.flags[j] & CAP && w.flags[j] & POSS && j + 1 < w.n && !w.sep[j + 1] && L.lab[j + 1] === L_ROLE) continue;
    // "commander of the Revolutionary Guards": an article right after the link, before a known body
    if (w.bits[j] & W_THE && end >= 0 && classOf(w, j - 1) & C_TITLE_LINK && j + 1 < w.n && L.lab[j + 1] === L_KNOWN) continue;
    // "Ann Lee, vice president of Acme Holdings,": a body named by its kind word after the link owns the role
    if (end >= 0 && L.lab[j] === L_NAME && w.flags[j] & CAP) { const b = bodyEnd(w, L, k, j); if (b >= 0) { j = end = b; continue; } }
    if (!titleWord(w, L, k, j) || (L.lab[j] === L_KNOWN && k.entry(L.ref[j])[0] === 'P')) break;
    // "director of New York Communities for Change": a known name that only opens a longer name ends the title before it
    if (L.lab[j] === L_KNOWN && end >= 0) { const after = j + L.len[j]; if (after < w.n && !w.sep[after] && w.flags[after] & CAP) break; }
    if (L.lab[j] === L_ROLE || L.lab[j] === L_INSIDE || (L.lab[j] === L_KNOWN && end >= 0)) end = j;
  }
  if (end < 0) return null;
  while (end < w.n - 1 && L.lab[end + 1] === L_INSIDE) end++;
  // "Trump, Sen. Ted Cruz and others": a title right before the next name opens the list's next item, it is not apposed.
  if (opensName(w, L, k, end + 1)) return null;
  return titleOf(w, L, k, text, first, end);
}
