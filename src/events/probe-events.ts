// Short readings of the events stage for tests and error lists: a text's triggers, a body sentence's events.
import { analyze } from '../analyze/analyze.js';
import { segment } from '../segment/segment.js';
import { docWords } from './doc-words.js';
import { findTriggers } from './find-triggers.js';
import { lexicon } from './patterns/load-patterns.js';

/** The triggers of the whole text read as one sentence, as "word CODE". */
export function probeTriggers(text: string): string[] {
  const lx = lexicon();
  const w = docWords(text, segment({ id: 't', text, meta: { headline: null, published: null, updated: null } }, {}).tokens);
  return findTriggers(lx, w, 0, w.lower.length).map((t) => `${text.slice(w.start[t.first], w.end[t.last])} ${t.code}`);
}

/** Events of a body sentence (after a headline line), as "trigger CODE". */
export function probeEvents(body: string): string[] {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.cameo.code ?? e.cameo.root}`);
}
