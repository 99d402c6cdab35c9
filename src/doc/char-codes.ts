// A text's UTF-16 code units in a typed array, for the hottest character loops: an indexed load costs
// less than charCodeAt, which checks the string's representation at every call (scanWords: a tenth of
// its time). One buffer, rewritten for each new text: a view is read within one stage run, never kept.
import { Buffer } from 'node:buffer';

/** Past this many bytes the buffer is made for the one text and not kept. */
const KEEP = 1 << 24;
let buffer = Buffer.alloc(1 << 15);
let lastText: string | null = null;
let lastCodes = new Uint16Array(0);

/**
 * The code units of `text`, as `text.charCodeAt(i)` gives them (past the end undefined instead of NaN:
 * neither equals any code). Valid until the next call with another text.
 * @example charCodes('Hi')[1] // 105
 */
export function charCodes(text: string): Uint16Array {
  if (text === lastText) return lastCodes;
  const bytes = text.length * 2;
  let into = buffer;
  if (bytes > buffer.length) { into = Buffer.alloc(Math.max(bytes, buffer.length * 2)); if (into.length <= KEEP) buffer = into; }
  // 'utf16le' copies the code units as they are, lone surrogates included
  into.write(text, 0, 'utf16le');
  lastText = text;
  lastCodes = new Uint16Array(into.buffer, into.byteOffset, text.length);
  return lastCodes;
}
