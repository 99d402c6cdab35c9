// "Conservatives can no longer count on him": a party known by a word that also names a political leaning
// (Britain's Conservatives) is that party only where the article names something else of its country; elsewhere
// the word names the people who lean that way, and gives nobody the party's country. Runs after the merge.
import type { Draft } from './build-entities.js';
import { LEANING_WORDS } from './word-classes.js';

/** Turns a leaning taken for a foreign party into a group of no country, when nothing else names that country. */
export function fillLeaningGroups(drafts: readonly Draft[]): void {
  let country: string | undefined;
  for (const d of drafts) if (leaningParty(d) || (leaningTitle(d) && d.country)) { country = d.country; break; }
  if (!country) return;
  for (const d of drafts) if (d.mentions.length && d.country === country && !leaningParty(d) && !leaningTitle(d)) return;
  for (const d of drafts) {
    if (d.country !== country) continue;
    if (leaningParty(d)) { d.type = 'group'; d.plural = true; d.entry = undefined; d.sector = undefined; d.country = undefined; }
    else if (leaningTitle(d)) d.country = undefined;
  }
}

/** A party named by a leaning word alone: "Conservatives". */
const leaningParty = (d: Draft) => d.type === 'organization' && d.sector === 'PTY' && d.country !== undefined && LEANING_WORDS.has(d.name.toLowerCase());

/** A person whose country comes from a leaning word in the title: "Conservative radio host" (not "Conservative Party leader"). */
const leaningTitle = (d: Draft) => d.type === 'person' && d.title !== undefined && firstWordLeaning(d.title) && !/ party\b/i.test(d.title);

function firstWordLeaning(title: string): boolean {
  const sp = title.indexOf(' ');
  return LEANING_WORDS.has((sp < 0 ? title : title.slice(0, sp)).toLowerCase());
}
