// Highlighted snippets made in JavaScript from the stored text, the same for every store:
// a window around the first match of the query's positive words, with [start, end) highlights.
import type { Highlighted } from '../store/store.js';
import { positiveText, requiredFields, wordsOf, type QueryNode } from './parse-query.js';

/** Word matchers for a query: exact words, prefixes, and a light plural/-ed/-ing stem (the indexes stem too). */
export function queryMatchers(node: QueryNode): { words: Set<string>; prefixes: string[] } {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const leaf of positiveText(node)) {
    if (leaf.kind === 'term' && leaf.prefix) prefixes.push(leaf.text);
    else for (const w of wordsOf(leaf.text)) { words.add(w); prefixes.push(stem(w)); }
  }
  // no words to show: 'speaker:"Boris Johnson"' shows where the name comes up, not the article's first lines
  // (actor: values of three letters or fewer are country codes such as RUS, not words of the text)
  if (!words.size && !prefixes.length) {
    const names = [...requiredFields(node, 'speaker'), ...requiredFields(node, 'actor').filter((v) => v.value.length > 3)];
    for (const v of names) for (const w of wordsOf(v.value)) words.add(w);
  }
  return { words, prefixes };
}

function stem(w: string): string {
  const s = w.replace(/(ing|ed|es|s)$/, '');
  return s.length >= 4 ? s : w + '\u0000';
}

/**
 * A snippet of about `size` characters around the first match.
 * @example makeSnippet('Russia warned the US.', parseQuery('warn*').node).highlights → [{start:7,end:13}]
 */
export function makeSnippet(text: string, node: QueryNode, size = 200): Highlighted {
  const { words, prefixes } = queryMatchers(node);
  const matches: { start: number; end: number }[] = [];
  if (words.size || prefixes.length) {
    const re = /[\p{L}\p{N}]+/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const w = m[0].toLowerCase();
      if (words.has(w) || prefixes.some((p) => w.startsWith(p))) {
        matches.push({ start: m.index, end: m.index + m[0].length });
        if (matches.length > 0 && m.index > (matches[0]?.start ?? 0) + size) break;
      }
    }
  }
  const first = matches[0]?.start ?? 0;
  let from = Math.max(0, first - Math.floor(size / 3));
  if (from > 0) { const sp = text.indexOf(' ', from); if (sp >= 0 && sp < first) from = sp + 1; }
  let to = Math.min(text.length, from + size);
  if (to < text.length) { const sp = text.lastIndexOf(' ', to); if (sp > Math.max(from, first)) to = sp; }
  const slice = text.slice(from, to).replace(/\s/g, ' ');
  const highlights = matches.filter((h) => h.start >= from && h.end <= to).map((h) => ({ start: h.start - from, end: h.end - from }));
  return { text: (from > 0 ? '…' : '') + slice + (to < text.length ? '…' : ''), highlights: from > 0 ? highlights.map((h) => ({ start: h.start + 1, end: h.end + 1 })) : highlights };
}
