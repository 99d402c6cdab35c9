// The text part of a query matched within one quote or one event's sentence, not only within its article:
// `parley quotes '"tax plan"'` lists the quotes that say "tax plan". rowText splits a query into that text part and
// what still filters articles; matchesText is SQLite's row test (PostgreSQL matches tsvector @@ tsquery). Words
// match case aside, with a light suffix stem (plans, planned, planning → plan), near what the indexes do; accents
// count (PostgreSQL's English configuration keeps them too).
import { wordsOf, type QueryNode } from './parse-query.js';

export type TextNode = Extract<QueryNode, { kind: 'term' | 'phrase' | 'and' | 'or' | 'not' }>;

/** True when a subtree holds only words and phrases. */
export function isText(node: QueryNode): node is TextNode {
  if (node.kind === 'term' || node.kind === 'phrase') return true;
  if (node.kind === 'not') return isText(node.child);
  if (node.kind === 'and' || node.kind === 'or') return node.children.every(isText);
  return false;
}

/** The parts of a query ANDed at its top. */
export const conjuncts = (n: QueryNode): QueryNode[] => (n.kind === 'and' ? n.children : n.kind === 'all' ? [] : [n]);
const conjoin = (ns: QueryNode[]): QueryNode => (ns.length === 0 ? { kind: 'all' } : ns.length === 1 ? ns[0] : { kind: 'and', children: ns });

/**
 * The text a quote or event row must match itself (the text conjuncts, null when none), and the query its article
 * must match: all of it but the negated words (`speaker:Lee -Trump` keeps Lee's quotes without "Trump", in any article).
 * Text inside an OR with a field (`tax OR speaker:Lee`) stays an article filter.
 * @example rowText(parseQuery('"tax plan" speaker:Lee').node).text // { kind: 'phrase', text: 'tax plan' }
 */
export function rowText(node: QueryNode): { text: TextNode | null; article: QueryNode } {
  const parts = conjuncts(node);
  const text = parts.filter(isText);
  return { text: text.length ? (conjoin(text) as TextNode) : null, article: conjoin(parts.filter((p) => !(isText(p) && p.kind === 'not'))) };
}

/** A word's stem for matching: "plans", "planned", "planning", "plan's" → "plan"; short words stay whole. */
export function stemWord(w: string): string {
  let s = w.replace(/['\u2019]s$/, '');
  if (s.length > 4 && s.endsWith('ies')) return s.slice(0, -3) + 'y';
  const cut = /(?:ing|ed|es|s)$/.exec(s);
  if (cut && s.length - cut[0].length >= 3 && !s.endsWith('ss')) s = s.slice(0, -cut[0].length);
  // "planned" → "plann" → "plan"
  if (cut && /([b-df-hj-np-tv-z])\1$/.test(s) && !/(ll|ss|zz)$/.test(s)) s = s.slice(0, -1);
  return s;
}

const fold = wordsOf;

/**
 * Pieces every match holds in its lower-cased text: a quick no for most rows of a common word's articles (SQLite tests
 * them in C before the row match proper). A stem without its "y" begins every word stemWord matches.
 */
export function textNeedles(n: TextNode): string[] {
  if (n.kind === 'and') return [...new Set(n.children.flatMap((c) => textNeedles(c as TextNode)))];
  if (n.kind === 'term' && n.prefix) return fold(n.text).slice(0, 1);
  if (n.kind !== 'term' && n.kind !== 'phrase') return [];
  return fold(n.text).map((w) => stemWord(w).replace(/y$/, '')).filter((w) => w.length > 0);
}

/**
 * A row test for the text query `node`: does a text (one quote, one sentence) match it? Phrases need their words in a row.
 * @example textMatcher(rowText(parseQuery('"tax plan"').node).text!)('Her tax plans stalled.') // true
 */
export function textMatcher(node: TextNode): (text: string) => boolean {
  const must = textNeedles(node);
  return (text) => {
    const low = text.toLowerCase();
    return must.every((w) => low.includes(w)) && matchesText(node, text);
  };
}

/** Does `text` (one quote, one sentence) match the text query `node`? Phrases need their words in a row. */
export function matchesText(node: TextNode, text: string): boolean {
  const words = fold(text);
  // stems made only for the words a test looks at (most of a quote's words start with no query word)
  const stemmed: (string | undefined)[] = [];
  const stem = (i: number) => (stemmed[i] ??= stemWord(words[i]));
  const test = (n: TextNode): boolean => {
    switch (n.kind) {
      case 'term': {
        const w = fold(n.text);
        if (w.length !== 1) return phrase(w);
        if (n.prefix) return words.some((x) => x.startsWith(w[0]));
        const want = stemWord(w[0]);
        const head = want.replace(/y$/, '');
        return words.some((x, i) => x.startsWith(head) && stem(i) === want);
      }
      case 'phrase': return phrase(fold(n.text));
      case 'not': return !test(n.child as TextNode);
      case 'and': return n.children.every((c) => test(c as TextNode));
      case 'or': return n.children.some((c) => test(c as TextNode));
    }
  };
  const phrase = (ws: string[]): boolean => {
    if (!ws.length) return false;
    const want = ws.map(stemWord);
    const head = want[0].replace(/y$/, '');
    for (let i = 0; i + want.length <= words.length; i++) {
      if (words[i].startsWith(head) && want.every((s, k) => stem(i + k) === s)) return true;
    }
    return false;
  };
  return test(node);
}
