import { it } from 'vitest';
import { findQuotes } from '/work/wt/quotes2/src/quotes/find-quotes.js';
it('x', () => {
  for (const text of ['Well, the senator said the vote was rigged.', 'Ann Lee spoke first. Well, the senator said the vote was rigged.', 'Jeb Bush and Chris Christie say the plan failed.', 'Carly Fiorina Endorses Ted Cruz: "He is the one"\n\nThe race went on.', 'CLINTON: We will win.\n\nTRUMP: No.']) {
  const out = findQuotes({ id: 't', text, meta: { headline: null, published: null, updated: null }, paragraphs: [], sentences: [], tokens: [], entities: [] }, {});
  console.log(JSON.stringify(out.quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name, q.speaker?.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : null])));
}});
