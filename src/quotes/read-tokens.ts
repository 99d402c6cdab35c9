// The quote stage's token view built from the segmenter's tokens instead of a second pass over every
// character: only a few characters of each word are read again (to look it up in the word table) and
// the few characters of the gaps (for paragraph breaks). Quotation marks get their kinds from `markAt`, as in `scanTokens`, and
// the segmenter's splits that the view does not make are joined back: "Smith" + "'s", "Mr" + ".".
import type { Token } from '../doc/types.js';
import { charCodes } from '../doc/char-codes.js';
import { K, cueWord, keepsStop, markAt, type Toks } from './scan-tokens.js';
import { needsLowering } from './look-up-word.js';
import { scratchInt32, scratchUint8 } from './start-scratch.js';

const APOS = 0x27, RSQ = 0x2019;

/**
 * The `Toks` view of `text` from its segmenter tokens (linear in their number). Its arrays are scratch
 * memory (start-scratch.ts): they hold until the quote stage starts on the next article.
 * @example readTokens(doc.text, doc.tokens).n
 */
export function readTokens(text: string, tokens: readonly Token[]): Toks {
  const count = tokens.length;
  const cap = count + 1;
  const start = scratchInt32(cap), end = scratchInt32(cap), para = scratchInt32(cap), word = scratchInt32(cap);
  const kind = scratchUint8(cap), cue = scratchUint8(cap), cues = scratchInt32(cap), seams = scratchInt32(cap);
  const codes = charCodes(text);
  const toks: { -readonly [P in keyof Toks]: Toks[P] } = { text, codes, n: 0, start, end, kind, para, lower: [], word, lowering: needsLowering(text), cue, cues, seams };
  // s1 seams so far; `opens`: the next token opens a paragraph (the first does)
  let n = 0, p = 0, c1 = 0, s1 = 0, opens = true;
  // the next line break not yet passed (tokens hold none, so it lies in a gap)
  let newline = text.indexOf('\n');
  for (let x = 0; x < count; x++) {
    const tok = tokens[x];
    const s = tok.start;
    let e = tok.end;
    // a line break in the gap before this token starts a new paragraph
    if (newline >= 0 && newline < s) {
      if (n > 0) { p++; opens = true; }
      newline = text.indexOf('\n', s);
    }
    const c = codes[s];
    if (tok.kind === 'word' || tok.kind === 'number') {
      // "Smith's": the possessive the segmenter splits off stays on its word
      if ((c === APOS || c === RSQ) && n > 0 && end[n - 1] === s && kind[n - 1] === K.Word) {
        end[n - 1] = e;
        // (the word is asked again as it now reads)
        word[n - 1] = 0;
        if (cue[n - 1]) { cue[n - 1] = 0; c1--; }
        if (cueWord(toks, n - 1)) { cue[n - 1] = 1; cues[c1++] = n - 1; }
        continue;
      }
      // "Mr. Burman": the abbreviation keeps its full stop
      if (codes[e] === 46 && x + 1 < count) {
        const nx = tokens[x + 1];
        if (nx.start === e && nx.end === e + 1 && keepsStop(text, s, e)) { e++; x++; }
      }
      start[n] = s; end[n] = e; kind[n] = K.Word; para[n] = p;
      if (opens) { seams[s1++] = n; opens = false; }
      if (cueWord(toks, n)) { cue[n] = 1; cues[c1++] = n; }
      n++;
      continue;
    }
    if (c !== APOS && c !== RSQ && c !== 0x22 && c !== 0x60 && c !== 0x2018 && c !== 0x201c && c !== 0x201d) {
      start[n] = s; end[n] = e; kind[n] = K.Punct;
    } else {
      const m = markAt(text, s, c);
      const k = m & 0xff;
      if (k === K.Punct) {
        start[n] = s; end[n] = e; kind[n] = K.Punct;
      } else {
        // a quotation mark, possibly doubled ('' or ``) over two segmenter tokens
        e = s + (m >> 8);
        while (x + 1 < count && tokens[x + 1].start < e) x++;
        start[n] = s; end[n] = e; kind[n] = k;
      }
    }
    para[n] = p; seams[s1++] = n; opens = false; n++;
  }
  toks.n = n;
  toks.cues = cues.subarray(0, c1);
  toks.seams = seams.subarray(0, s1);
  return toks;
}
