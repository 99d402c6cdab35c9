// What to say when a query command finds nothing: an empty store (the wrong --db, or nothing
// ingested yet), a speaker: or source: value the corpus does not hold (with the values it does),
// or else plainly that nothing matched. Printed on stderr; stdout stays empty for scripts.
import { sourcesHeld, speakersLike } from '../search/empty-answer-hints.js';
import { parseQuery, requiredFields } from '../search/parse-query.js';
import { rowText } from '../search/match-text.js';

export { speakersLike };
import type { Store } from '../store/store.js';

/** One or more lines (no trailing newline) saying why `what` came back empty for query `q`. */
export async function emptyHint(store: Store, what: string, q: string, db: string | undefined): Promise<string> {
  const stats = await store.stats();
  if (stats.articles === 0) {
    return `parley: the store ${db ?? process.env.PARLEY_DB ?? './parley.db'} holds no articles: run parley ingest FILES… first, or name another with --db`;
  }
  const lines = [`parley: no ${what} match ${JSON.stringify(q)} in ${stats.articles.toLocaleString('en')} articles`];
  const node = parseQuery(q).node;
  for (const { value, prefix } of requiredFields(node, 'speaker')) {
    if (prefix) continue;
    const near = await speakersLike(store, value);
    lines.push(`parley: speaker names match whole, case aside${near.length ? `; speakers named like "${value}": ${near.join(', ')}` : ''}`);
  }
  // "quotes Lucca" found nothing though articles say Lucca: the words are looked for inside each quote / sentence
  if ((what === 'quotes' || what === 'events') && rowText(node).text) {
    lines.push(`parley: the words must be in the ${what === 'quotes' ? 'quote itself' : "event's sentence"}; parley search finds the articles that say them`);
  }
  if (requiredFields(node, 'source').length) {
    const sources = await sourcesHeld(store);
    if (sources.length) lines.push(`parley: sources in the store: ${sources.join(', ')}`);
  }
  return lines.join('\n');
}
