// What changed between two revisions, paragraph by paragraph: an LCS diff over paragraph texts.
// Articles have tens of paragraphs, so the quadratic table is small; past 400 × 400 it falls back
// to "all removed, all added" rather than go super-linear.
import type { ParagraphChange } from '../store/store.js';

/** Split a text into trimmed, non-empty paragraphs (blank line or single newline separated). */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/).map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Paragraph-level diff of `before` → `after`.
 * @example diffParagraphs('A\nB', 'A\nC') → same A, removed B, added C
 */
export function diffParagraphs(before: string, after: string): ParagraphChange[] {
  const a = paragraphsOf(before);
  const b = paragraphsOf(after);
  if (a.length * b.length > 160_000) {
    return [...a.map((text) => ({ op: 'removed' as const, text })), ...b.map((text) => ({ op: 'added' as const, text }))];
  }
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const out: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { out.push({ op: 'same', text: a[i] }); i++; j++; }
    else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) out.push({ op: 'removed', text: a[i++] });
    else out.push({ op: 'added', text: b[j++] });
  }
  while (i < a.length) out.push({ op: 'removed', text: a[i++] });
  while (j < b.length) out.push({ op: 'added', text: b[j++] });
  return out;
}
