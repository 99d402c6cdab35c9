// Kinds of news events the CAMEO codebook names and coders code: made-up sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { docWords } from './doc-words.js';
import { findTriggers } from './find-triggers.js';
import { lexicon } from './patterns/load-patterns.js';
import { segment } from '../segment/segment.js';
import { analyze } from '../analyze/analyze.js';

/** The triggers of the whole text read as one sentence, as "word CODE". */
function triggers(text: string): string[] {
  const lx = lexicon();
  const w = docWords(text, segment({ id: 't', text, meta: { headline: null, published: null, updated: null } }, {}).tokens);
  return findTriggers(lx, w, 0, w.lower.length).map((t) => `${text.slice(w.start[t.first], w.end[t.last])} ${t.code}`);
}

/** Events of a body sentence (after a headline line), as "trigger CODE". */
function events(body: string): string[] {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.cameo.code ?? e.cameo.root}`);
}

describe('event kinds', () => {
  it('codes executing a person as a killing (CAMEO 1823), not executing a plan', () => {
    expect(events('The Ruritanian government executed four political prisoners on Monday.')).toContain('executed 1823');
    expect(triggers('The Ruritanian colonel was executed by firing squad at dawn.')).toContain('executed 1823');
    expect(triggers('The campaign executed its media strategy with precision.')).toEqual([]);
  });
});
