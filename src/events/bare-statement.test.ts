import { describe, expect, it } from 'vitest';
import { bareStatements } from './bare-statement.js';
import { docWords } from './doc-words.js';
import { findTriggers } from './find-triggers.js';
import { lexicon } from './patterns/load-patterns.js';
import { segment } from '../segment/segment.js';

/** bareStatements on the whole text read as one sentence. */
function bare(text: string): boolean {
  const lx = lexicon();
  const w = docWords(text, segment({ id: 't', text, meta: { headline: null, published: null, updated: null } }, {}).tokens);
  const triggers = findTriggers(lx, w, 0, w.lower.length);
  expect(triggers.length).toBeGreaterThan(0);
  return bareStatements(lx, triggers, text, w, 0);
}

describe('bareStatements', () => {
  it.each([
    // a plain "said" reports no event of its own: skipped
    ['The harbour reopened on Monday, port officials said.', true],
    // a speech given is news in itself: read in full
    ['The mayor spoke at the harbour on Monday.', false],
    // another event beside the statement: read in full
    ['Port officials said the navy attacked the smugglers.', false],
  ])('%s', (text, want) => {
    expect(bare(text)).toBe(want);
  });
});
