// Bytes → text: refuses binary files, drops a UTF-8 byte order mark, decodes UTF-8 and replaces
// invalid sequences with U+FFFD (counted in an `invalid-utf8` warning), repairs UTF-8 once mis-decoded as
// Windows-1252 (a `mojibake-repaired` note). UTF-16 with a BOM is decoded too.
import type { Diagnostic } from '../doc/types.js';
import { ReadError } from './article-input.js';
import { repairMojibake } from './repair-mojibake.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Decode a file's bytes. Throws ReadError('binary') for NUL bytes or many control characters. */
export function decodeBytes(bytes: Uint8Array): { text: string; diagnostics: Diagnostic[] } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), diagnostics: [] };
  }
  sniffBinary(bytes);
  try {
    return repaired(fatal.decode(bytes), []);
  } catch {
    const text = lenient.decode(bytes);
    let count = 0;
    for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) count++;
    const message = `${count} invalid UTF-8 sequence${count === 1 ? '' : 's'} replaced by U+FFFD`;
    return repaired(text, [{ stage: 'read', rule: 'invalid-utf8', severity: 'warning', message }]);
  }
}

/** "PeÃ±a" → "Peña": UTF-8 that was decoded as Windows-1252 once before it was saved (repair-mojibake.ts). */
function repaired(text: string, diagnostics: Diagnostic[]): { text: string; diagnostics: Diagnostic[] } {
  const r = repairMojibake(text);
  if (!r.repaired) return { text, diagnostics };
  const message = `${r.repaired} character${r.repaired === 1 ? '' : 's'} saved as Windows-1252 mis-decoded UTF-8 ("PeÃ±a") repaired`;
  return { text: r.text, diagnostics: [...diagnostics, { stage: 'read', rule: 'mojibake-repaired', severity: 'info', message }] };
}

/** NUL bytes, or more than 10% control characters other than tab/CR/LF/FF, in the first 4 KB. */
function sniffBinary(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw new ReadError('binary', 'the file holds NUL bytes: a binary file, not text');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (n && control / n > 0.1) throw new ReadError('binary', `${control} control bytes in the first ${n}: a binary file, not text`);
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta|title)\b/i;

/** True when a text looks like an HTML page (a doctype or an html/body/article tag near the start). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024);
  return HTML_START.test(head) || /<html[\s>]/i.test(head) || /<body[\s>]/i.test(head);
}
