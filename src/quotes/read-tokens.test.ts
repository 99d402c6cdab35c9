// The token view from the segmenter's tokens must match the stage's own scan: same words (possessives
// and abbreviation stops joined back), same quotation-mark kinds, same paragraphs.
import { describe, expect, it } from 'vitest';
import { segment } from '../segment/segment.js';
import { scanTokens, K, type Toks, wordId } from './scan-tokens.js';
import { readTokens } from './read-tokens.js';

const tokensOf = (text: string) =>
  segment({ id: 't', text, meta: { headline: null, published: null, updated: null }, paragraphs: [], sentences: [], tokens: [], entities: [], quotes: [], events: [], diagnostics: [] }, {}).tokens!;

// words, marks and paragraphs of a view (runs of punctuation compared by their first character)
const view = (toks: Toks) => {
  const out: string[] = [];
  // the seams (tokens of no word and paragraphs' first ones) end in "|"
  const seam = new Set(toks.seams);
  for (let t = 0; t < toks.n; t++) {
    const s = toks.text.slice(toks.start[t], toks.end[t]);
    if (toks.kind[t] === K.Punct && out.length && out[out.length - 1].startsWith(`1:${s[0]}`)) continue;
    out.push(`${toks.kind[t]}:${toks.kind[t] === K.Punct ? s[0] : s}@${toks.para[t]}#${toks.kind[t] === K.Word ? wordId(toks, t) : ''}${toks.cue[t] ? '!' : ''}${seam.has(t) ? '|' : ''}`);
  }
  // (the cue tokens, listed in order, are those marked)
  out.push([...toks.cues].join(','));
  return out;
};

const TEXTS = [
  "Mr. Smith's ''rebel-held'' town, said Gen. Paul H. Chipok.",
  '“We won’t go,” she said.\n\n‘Never,’ he added. "Again" -- and again...',
  'The students\' union said: "It is over."\r\n\r\nU.S. officials agreed.',
  // a possessive joined back is asked again as it then reads ("Said" a name, "Said's" no cue word)
  "Ali Said's aide said so, according to Lee's office, which told us.",
];

describe('readTokens', () => {
  it.each(TEXTS)('matches scanTokens on %s', (text) => {
    expect(view(readTokens(text, tokensOf(text)))).toEqual(view(scanTokens(text)));
  });

  // how its time grows with size is measured by `npm run bench` (hostile inputs), not here
  it('reads stray marks to the end', () => {
    const text = '"a '.repeat(20000) + '\r\n“😀 ‘x’ ” said he.'.repeat(500);
    const toks = readTokens(text, tokensOf(text));
    expect(toks.n).toBeGreaterThan(40000);
    expect(toks.end[toks.n - 1]).toBe(text.length);
  });
});
