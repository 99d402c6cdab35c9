// "the Vermont senator", "the former Florida governor", "the French president": a definite title with a place that
// no earlier titled person answered (build-entities' describedBy) ties to the one person the article places there,
// before or after it. Needs the merged drafts and the text; a title the article does not tie to one person stays its own.
import type { Knowledge } from '../knowledge/index.js';
import type { Draft } from './build-entities.js';
import { stateNames } from './find-candidates.js';

/** How far before a name its place may stand ("Vermont's Bernie Sanders"), and after it ("Sanders (I-Vt.)", "Sanders of Vermont"). */
const BEFORE = 4, AFTER = 6;

/** Moves the mentions of a definite place-and-role title ("the Vermont senator") to the person the article places there. */
export function linkDescribed(text: string, drafts: readonly Draft[], k: Knowledge): void {
  for (const d of drafts) {
    if (d.type !== 'person' || !d.title || d.name !== d.title || !d.titleHead || !d.mentions.length) continue;
    const first = d.mentions[0].start;
    if (!/\bthe\s+$/i.test(text.slice(Math.max(0, first - 5), first))) continue;
    const place = titlePlace(k, d.title);
    if (!place) continue;
    const p = placedPerson(text, drafts, k, d, place);
    if (!p) continue;
    for (const m of d.mentions) p.mentions.push({ start: m.start, end: m.end, kind: 'nominal' });
    d.mentions.length = 0;
  }
}

/**
 * The one person the text places where title-only draft d names (`place`, lowercase): by a title with the same role
 * and that place ("Vermont Sen. Bernie Sanders"), or by the place or its state's abbreviation written as the person's
 * home right by a mention ("Sanders (I-Vt.)", "Sanders of Vermont", "Vermont's Bernie Sanders"). Undefined when none or
 * more than one.
 */
function placedPerson(text: string, drafts: readonly Draft[], k: Knowledge, d: Draft, place: string): Draft | undefined {
  const spots = placeSpots(text, k, place);
  let placed: Draft | undefined;
  for (const p of drafts) {
    if (p === d || p.type !== 'person' || !p.mentions.length || (p.title && p.name === p.title)) continue;
    if (p.country && d.country && p.country !== d.country) continue;
    const own = p.title ? titlePlace(k, p.title) : undefined;
    const role = p.titleHead !== undefined && (p.titleHead === d.titleHead || p.titleHead.endsWith(' ' + d.titleHead));
    // "the Texas senator" is not the "former Texas governor", nor the "Ohio senator"
    if (own !== undefined && (own !== place || !role)) continue;
    if (own === place || homeNear(text, p, spots)) {
      if (placed && placed !== p) return undefined;
      placed = p;
    }
  }
  return placed;
}

/** Where the text writes the place ("Vermont") or its US state's abbreviation ("Vt."), as [start, end) pairs. */
function placeSpots(text: string, k: Knowledge, place: string): number[] {
  const spots: number[] = [];
  const forms = [place];
  // (the abbreviations are kept lowercase without their full stop: "vt" for "Vt.")
  for (const [abbrev, state] of k.usStates) if (state.toLowerCase() === place && abbrev.length > 1) forms.push(abbrev + '.');
  const lower = text.toLowerCase();
  for (const f of forms) {
    for (let at = lower.indexOf(f); at >= 0; at = lower.indexOf(f, at + 1)) {
      const before = at > 0 ? lower.charCodeAt(at - 1) : 32, after = lower.charCodeAt(at + f.length);
      if (isLetter(before) || (!f.endsWith('.') && isLetter(after))) continue;
      spots.push(at, at + f.length);
    }
  }
  return spots;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || c > 127;

/** Is the place written as p's home right by one of its mentions: "Sanders (I-Vt.)", "Sanders, D-Vt.,", "Sanders of Vermont", "Vermont's Sanders"? */
function homeNear(text: string, p: Draft, spots: readonly number[]): boolean {
  for (const m of p.mentions) {
    if (m.kind === 'nominal') continue;
    for (let x = 0; x < spots.length; x += 2) {
      if (spots[x] >= m.end && spots[x] - m.end <= AFTER && HOME_AFTER.test(text.slice(m.end, spots[x]))) return true;
      if (spots[x + 1] <= m.start && m.start - spots[x + 1] <= BEFORE && HOME_BEFORE.test(text.slice(spots[x + 1], m.start))) return true;
    }
  }
  return false;
}
const HOME_AFTER = /^(\s*[(,]\s*[DRI]-|\s+of\s+)$/;
const HOME_BEFORE = /^['’]s\s+$/;

/** The US state or known place a title's words name ("former New Mexico governor": "new mexico"), lowercase. */
export function titlePlace(k: Knowledge, title: string): string | undefined {
  const words = title.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/);
  for (let i = 0; i < words.length; i++) for (let j = Math.min(words.length, i + 3); j > i; j--) {
    const s = words.slice(i, j).join(' ');
    if (stateNames(k).has(s)) return s;
    const e = k.keys.get(s);
    if (e !== undefined && (k.entry(e)[0] === 'L' || k.entry(e)[0] === 'C')) return s;
  }
  return undefined;
}
