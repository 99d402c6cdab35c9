// The exact-match field values of one article as one list of keys (`s:angela merkel`, `a:rus`, `e:THREATEN`,
// `r:17`, `c:172`): PostgreSQL keeps them in articles.search_keys under a GIN index, so a speaker:, actor: or
// event: leaf and the text intersect as two bitmaps of one table instead of a join to a child table. Prefix
// leaves (speaker:"ang*") still read the child tables; SQLite reads them always.

/** The key of each exact-match field, by the column that `compileFilter` compares (values as stored). */
export const KEY_PREFIX = { speaker: 's:', actor: 'a:', event: 'e:', cameoRoot: 'r:', cameoCode: 'c:' } as const;

/** An event's values as events.event, cameo_root and cameo_code hold them. */
export type KeyedEvent = { event: string; cameoRoot: string | null; cameoCode: string | null };

/** An article's keys, as the child rows it writes hold them (quotes.speaker_lc, actor_keys.key, events.event,
 * cameo_root, cameo_code); migration 5 of postgres-migrations.ts derives the same from stored rows. */
export function searchKeys(rows: { speakers: readonly (string | null)[]; actorKeys: readonly string[]; events: readonly KeyedEvent[] }): string[] {
  const keys = new Set<string>();
  for (const s of rows.speakers) if (s !== null) keys.add(KEY_PREFIX.speaker + s.toLowerCase());
  for (const k of rows.actorKeys) keys.add(KEY_PREFIX.actor + k);
  for (const v of rows.events) {
    const values: [string, string | null][] = [[KEY_PREFIX.event, v.event], [KEY_PREFIX.cameoRoot, v.cameoRoot], [KEY_PREFIX.cameoCode, v.cameoCode]];
    for (const [prefix, value] of values) if (value !== null && value !== undefined) keys.add(prefix + value);
  }
  return [...keys].sort();
}
