// Rule: a line that starts with a bullet or a list number starts a sentence, inside a paragraph too:
// "Key points:\n• Talks resume\n• Sanctions stay".
import type { Token } from '../../doc/types.js';

const BULLETS = new Set(['\u2022', '\u00b7', '\u25aa', '\u25cf', '\u2023', '\u25e6', '-', '*', '\u2013', '\u2014', '>']);

/** True when tokens[k] opens a new line and is a bullet ("•", "-", "1.", "2)"). */
export function startsBulletLine(text: string, tokens: readonly Token[], k: number, a: number, b: number): boolean {
  if (k > a && !startsLine(text, tokens[k - 1].end, tokens[k].start)) return false;
  const t = tokens[k];
  if (t.kind === 'punct' || t.kind === 'symbol') return BULLETS.has(text.slice(t.start, t.end));
  if (t.kind !== 'number' || k + 1 >= b || t.end - t.start > 3) return false;
  const m = tokens[k + 1];
  const c = text.charCodeAt(m.start);
  return m.start === t.end && m.end - m.start === 1 && (c === 0x2e || c === 0x29);
}

function startsLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028) return true;
  }
  return false;
}
