// The quote stage's token view built from the segmenter's tokens instead of a second pass over every
// character: only word characters are read again (for the word hash) and the few characters of the
// gaps (for paragraph breaks). Quotation marks get their kinds from `markAt`, as in `scanTokens`, and
// the segmenter's splits that the view does not make are joined back: "Smith" + "'s", "Mr" + ".".
import type { Token } from '../doc/types.js';
import { K, hashSpan, keepsStop, markAt, type Toks } from './scan-tokens.js';

const APOS = 0x27, RSQ = 0x2019;

/**
 * The `Toks` view of `text` from its segmenter tokens (linear in their number).
 * @example readTokens(doc.text, doc.tokens).n
 */
export function readTokens(text: string, tokens: readonly Token[]): Toks {
  const cap = tokens.length + 1;
  const start = new Int32Array(cap), end = new Int32Array(cap), para = new Int32Array(cap), hash = new Int32Array(cap);
  const kind = new Uint8Array(cap);
  let n = 0, p = 0, last = 0;
  for (let x = 0; x < tokens.length; x++) {
    const tok = tokens[x];
    const s = tok.start;
    let e = tok.end;
    // a line break in the gap before this token starts a new paragraph
    if (n > 0) for (let g = last; g < s; g++) if (text.charCodeAt(g) === 10) { p++; break; }
    const c = text.charCodeAt(s);
    if (tok.kind === 'word' || tok.kind === 'number') {
      // "Smith's": the possessive the segmenter splits off stays on its word
      if ((c === APOS || c === RSQ) && n > 0 && end[n - 1] === s && kind[n - 1] === K.Word) {
        hash[n - 1] = hashSpan(text, start[n - 1], e);
        end[n - 1] = e;
        last = e;
        continue;
      }
      // "Mr. Burman": the abbreviation keeps its full stop
      const nx = x + 1 < tokens.length ? tokens[x + 1] : null;
      if (nx !== null && nx.start === e && nx.end === e + 1 && text.charCodeAt(e) === 46 && keepsStop(text, s, e)) {
        e++; x++;
      }
      start[n] = s; end[n] = e; kind[n] = K.Word; para[n] = p; hash[n] = hashSpan(text, s, e); n++;
      last = e;
      continue;
    }
    const m = markAt(text, s, c);
    const k = m & 0xff;
    if (k === K.Punct) {
      start[n] = s; end[n] = e; kind[n] = K.Punct;
    } else {
      // a quotation mark, possibly doubled ('' or ``) over two segmenter tokens
      e = s + (m >> 8);
      while (x + 1 < tokens.length && tokens[x + 1].start < e) x++;
      start[n] = s; end[n] = e; kind[n] = k;
    }
    para[n] = p; hash[n] = n > 0 ? hash[n - 1] : 0; n++;
    last = Math.max(e, tok.end);
  }
  return { text, n, start, end, kind, para, lower: new Array<string | undefined>(n), hash };
}
