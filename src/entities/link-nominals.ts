// Nominal mentions: "the minister", "the former ambassador", "the 72-year-old senator", "the Tory" tie to
// the most recent person the article has described that way (title head, or party country and a
// political sector). No match, no mention: a nominal never makes a person of its own.
import type { Knowledge } from '../knowledge/index.js';
import { EntityMention, type Draft } from './build-entities.js';
import { L_ADJ, L_KNOWN, L_NAME, L_ROLE, type Labels } from './label-words.js';
import { CAP, classOf, DIGIT, HEAD, SKIP, lowerOf, type Words } from './scan-words.js';
import { sortFew } from '../doc/sort-few.js';
import { C_DESCRIBING, W_NOT_NAME, W_PARTY, W_THE } from './word-lexicon.js';

/** How many recent people a nominal may reach back to. */
const RECENT = 12;
const POLITICAL = new Set(['GOV', 'LEG', 'ELI', 'PTY', 'OPP']);

/** Adds nominal mentions to the person drafts they describe. */
export function linkNominals(w: Words, L: Labels, k: Knowledge, drafts: readonly Draft[]): void {
  if (!drafts.some(isPerson)) return;
  // Person mentions in text order; each nominal walks back over a bounded number of them. Made at the first
  // nominal, not up front: most articles have none, and the list is an object per mention (no mention is added
  // before the first nominal, so it is the same list).
  let order: PersonMention[] | undefined;
  let cursor = 0;
  const tried: Draft[] = [];
  // "the" is a live word (LIVE_LOWER in scan-words.ts): the others are passed.
  const live = w.live;
  for (let p = 0; p < live.length; p++) {
    const j = live[p];
    if (j >= w.n - 1) break;
    if (!(w.bits[j] & W_THE) || w.flags[j] & (SKIP | HEAD)) continue;
    let m = j + 1;
    while (m < w.n && !w.sep[m] && (classOf(w, m) & C_DESCRIBING || L.lab[m] === L_ADJ || (w.flags[m] & DIGIT && /^\d+-year-old$/.test(lowerOf(w, m))))) m++;
    if (m >= w.n || w.sep[m]) continue;
    const party = w.bits[m] & W_PARTY ? k.parties.get(lowerOf(w, m)) : undefined;
    const isRole = L.lab[m] === L_ROLE && !(w.flags[m] & CAP);
    if (!party && !isRole) continue;
    const endWord = isRole ? m + L.len[m] - 1 : m;
    // "the Republican nominee": a party word before a noun describes it, it is not the person.
    if (party && endWord + 1 < w.n && !w.sep[endWord + 1] && !(w.bits[endWord + 1] & W_NOT_NAME)) continue;
    const after = endWord + 1 < w.n && !w.sep[endWord + 1] ? endWord + 1 : -1;
    // "the foreign minister Sergey Lavrov" is a title, not a nominal.
    if (after >= 0 && (L.lab[after] === L_NAME || L.lab[after] === L_KNOWN) && w.flags[after] & CAP) continue;
    // The role's words in text order: "the foreign affairs minister" → "foreign affairs minister".
    let head = lowerOf(w, m);
    for (let x = m + 1; x <= endWord; x++) head += ' ' + lowerOf(w, x);
    const at = w.start[j];
    order ??= personMentions(drafts);
    while (cursor < order.length && order[cursor].at < at) cursor++;
    let best: Draft | undefined, near: Draft | undefined;
    const noun = lowerOf(w, endWord);
    // At most RECENT drafts: a scan of a short array beats making a Set per "the".
    tried.length = 0;
    for (let i = cursor - 1; i >= 0 && tried.length < RECENT; i--) {
      const p = order[i].d;
      if (tried.includes(p)) continue;
      tried.push(p);
      if (party) {
        if ((p.country ?? party[0]) === party[0] && POLITICAL.has(p.sector ?? '') && titleParty(k, p.title) === party[1]) { best = p; break; }
      } else if (p.titleHead) {
        if (sameRole(p.titleHead, head)) { best = p; break; }
        // "the presidential candidate" for a "candidate": the same head noun, when nobody has the role itself
        if (!near && lastWord(p.titleHead) === noun) near = p;
      }
    }
    best ??= near;
    if (!best) continue;
    best.mentions.push(new EntityMention(w.start[j], w.end[endWord], 'nominal'));
    if (party && !best.country) best.country = party[0];
  }
}

type PersonMention = { at: number; d: Draft };
const isPerson = (d: Draft) => d.type === 'person';
const byAt = (a: PersonMention, b: PersonMention) => a.at - b.at;

/** The mentions of person drafts, in text order. */
function personMentions(drafts: readonly Draft[]): PersonMention[] {
  const order: PersonMention[] = [];
  for (const d of drafts) if (d.type === 'person') for (const m of d.mentions) order.push({ at: m.start, d });
  return sortFew(order, byAt);
}

/**
 * Does a nominal's role name the role of a title: the same role, or its last words ("the minister" for a
 * "foreign minister"); a longer or other role does not ("the vice president" is not "President Obama", "the
 * foreign minister" not the "finance minister").
 */
function sameRole(titleHead: string, head: string): boolean {
  return titleHead === head || (titleHead.length > head.length && titleHead.endsWith(head) && titleHead[titleHead.length - head.length - 1] === ' ');
}

/** The last word of a role ("minister" of "foreign minister"). */
const lastWord = (role: string) => role.slice(role.lastIndexOf(' ') + 1);

/**
 * The party a person's title names ("Republican presidential candidate", "Democratic Sen."): "the Republican" is
 * only somebody the article calls a Republican, never the last politician of the country ("Hillary Clinton").
 */
function titleParty(k: Knowledge, title: string | undefined): string | undefined {
  if (!title) return undefined;
  for (const word of title.toLowerCase().split(/[\s-]+/)) {
    const party = k.parties.get(word) ?? (word.endsWith('ic') ? k.parties.get(word.slice(0, -2)) : undefined);
    if (party) return party[1];
  }
  return undefined;
}
