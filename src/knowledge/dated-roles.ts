// A known entry's dated roles ("RUSGOV:20000507-,RUSELI:19991231-20000507") and rivals, read once and kept
// beside the entry: every article asks roleAt, heldOn and fullNameOn about the same people, and splitting
// the codes at each question made strings and arrays that were thrown away at once.
import type { KnownEntry } from './load-knowledge.js';

/** One role code with its date range, as roleAt and heldOn each read it (they differ only on odd codes). */
export type RolePart = Readonly<{
  /** roleAt's answer: the code's country and sector. */
  role: Readonly<{ country: string; sector: string }>;
  /** The range after the first colon, split at hyphens ("" when absent): roleAt's reading. */
  from: string; to: string;
  /** The range after the first colon (the whole part when there is none), cut at its first hyphen: heldOn's reading. */
  heldFrom: string; heldTo: string;
}>;

export type EntryRoles = Readonly<{
  parts: readonly RolePart[];
  /** roleAt's answer when no part is dated for the day and none is undated: the entry's own country and sector. */
  own: Readonly<{ country?: string; sector?: string }>;
  /** Entry indices of the other people with the same surname (entry[5]). */
  rivals: readonly number[];
}>;

const read = new WeakMap<KnownEntry, EntryRoles>();

/** The roles of an entry, parsed on first use. */
export function rolesOf(entry: KnownEntry): EntryRoles {
  let roles = read.get(entry);
  if (!roles) read.set(entry, (roles = parse(entry)));
  return roles;
}

function parse(entry: KnownEntry): EntryRoles {
  const parts: RolePart[] = [];
  for (const part of entry[4] ? entry[4].split(',') : []) {
    const [code, range = ''] = part.split(':');
    const [from, to = ''] = range.split('-');
    const held = part.slice(part.indexOf(':') + 1);
    const cut = held.indexOf('-');
    parts.push({
      role: { country: code.slice(0, 3), sector: code.slice(3, 6) }, from, to,
      heldFrom: cut < 0 ? held : held.slice(0, cut), heldTo: cut < 0 ? '' : held.slice(cut + 1),
    });
  }
  const own = { ...(entry[2] ? { country: entry[2] } : {}), ...(entry[3] ? { sector: entry[3] } : {}) };
  const rivals = entry[5] ? entry[5].split(',').map(Number) : [];
  return { parts, own, rivals };
}

let lastDate: string | null = null, lastDay = '';
/** "2017-04-12T00:04:00+01:00" → "20170412" ("" for no date); the last answer is kept, as one article asks many times. */
export function dayOf(date: string | null): string {
  if (date !== lastDate) { lastDate = date; lastDay = (date ?? '').slice(0, 10).replace(/-/g, ''); }
  return lastDay;
}
