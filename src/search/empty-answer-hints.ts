// Why a query may have come back empty, for the CLI's stderr and the API's warnings alike: a speaker:
// or source: value the store does not hold, with the values near it that it does hold.
import type { Store } from '../store/store.js';
import { fieldTerm } from './field-term.js';
import { parseQuery, requiredFields } from './parse-query.js';

export type EmptyAnswerHint = { code: 'unknown-speaker' | 'unknown-source'; value: string; near: string[]; message: string };

/** Speakers whose name holds the last word of `name` ("Clinton" → "Hillary Clinton", "Bill Clinton"). */
export async function speakersLike(store: Store, name: string): Promise<string[]> {
  const word = name.split(/\s+/).pop() ?? '';
  if (!/[\p{L}\p{N}]/u.test(word)) return [];
  return (await store.actors({ q: JSON.stringify(word), limit: 50 })).items
    .filter((a) => a.quotes > 0 && a.name.toLowerCase().includes(word.toLowerCase())).slice(0, 5).map((a) => a.name);
}

/** The sources the store holds, the most articles first (at most 12). */
export async function sourcesHeld(store: Store): Promise<string[]> {
  return (await store.search({ q: '', facets: true, limit: 1 })).facets.source.slice(0, 12).map((f) => f.value);
}

/** One hint per whole speaker: or source: value the query requires that nothing in the store answers. */
export async function emptyAnswerHints(store: Store, q: string): Promise<EmptyAnswerHint[]> {
  const node = parseQuery(q).node;
  const hints: EmptyAnswerHint[] = [];
  for (const { value, prefix } of requiredFields(node, 'speaker')) {
    if (prefix || (await store.quotes({ q: fieldTerm('speaker', value), limit: 1 })).items.length) continue;
    const near = await speakersLike(store, value);
    hints.push({ code: 'unknown-speaker', value, near, message: `no quotes by a speaker named ${JSON.stringify(value)}: speaker names match whole, case aside`
      + (near.length ? `; speakers named like it: ${near.join(', ')}` : '') });
  }
  for (const { value, prefix } of requiredFields(node, 'source')) {
    if (prefix || (await store.search({ q: fieldTerm('source', value), limit: 1, facets: false })).total) continue;
    const near = await sourcesHeld(store);
    hints.push({ code: 'unknown-source', value, near, message: `no articles from a source named ${JSON.stringify(value)}`
      + (near.length ? `; sources in the store: ${near.join(', ')}` : '') });
  }
  return hints;
}
