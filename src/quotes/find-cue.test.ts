// The cue filter answers from a word's id once it is known: it must answer as it does before the look-up.
import { describe, expect, it } from 'vitest';
import { segment } from '../segment/segment.js';
import { mayStartCue } from './find-cue.js';
import { readTokens } from './read-tokens.js';
import { wordId } from './scan-tokens.js';

// the stage's token view of `text`, from the segmenter's tokens as in the pipeline
const view = (text: string) =>
  readTokens(text, segment({ id: 't', text, meta: { headline: null, published: null, updated: null }, paragraphs: [], sentences: [], tokens: [], entities: [], quotes: [], events: [], diagnostics: [] }, {}).tokens!);

describe('mayStartCue', () => {
  it.each([
    ['Ann Lee said so.', 2, true], ['Ann Lee SAID so.', 2, true], ['According to Lee, it works.', 0, true],
    ['Ann Lee left.', 2, false], ['The mayor spoke.', 1, false],
    // a KELVIN SIGN ends "asK": the filter keys the sign apart from "k", looked up or not
    ['They as\u212a why.', 1, false],
  ])('%j token %i: %s, before and after its look-up', (text, t, expected) => {
    expect(mayStartCue(view(text), t)).toBe(expected);
    const looked = view(text);
    wordId(looked, t);
    expect(mayStartCue(looked, t)).toBe(expected);
  });
});
