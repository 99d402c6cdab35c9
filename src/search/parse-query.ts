// The one query language of search, quotes, events, actors, export and the HTTP API:
//   sanction* "chemical weapons" (Syria OR Assad) NOT Trump speaker:"Boris Johnson" actor:RUS
//   event:THREATEN source:huffpost after:2017-04-01 before:2017-05-01
// Never throws: what it cannot read becomes a plain word and a diagnostic.
import type { Diagnostic } from '../doc/types.js';
import { checkFieldValue } from './check-field-value.js';

export type QueryField = 'speaker' | 'actor' | 'event' | 'source' | 'after' | 'before';

export type QueryNode =
  | { kind: 'all' }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'term'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'field'; field: QueryField; value: string; prefix: boolean };

const FIELDS = new Set<string>(['speaker', 'actor', 'event', 'source', 'after', 'before']);

type Token = { kind: 'word' | 'phrase' | 'open' | 'close'; text: string; field?: string; prefix?: boolean };

/** Split a query into words, "phrases", field:values and parentheses. Linear. */
function tokenize(q: string, diagnostics: Diagnostic[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = q.length;
  while (i < n) {
    const c = q[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(' || c === ')') { out.push({ kind: c === '(' ? 'open' : 'close', text: c }); i++; continue; }
    let field: string | undefined;
    const m = /^([A-Za-z]+):/.exec(q.slice(i, i + 12));
    if (m && FIELDS.has(m[1].toLowerCase())) { field = m[1].toLowerCase(); i += m[0].length; }
    // "speakr:Johnson" reads as the words "speakr johnson": say why it finds nothing
    else if (m && i + m[0].length < n && !/\s/.test(q[i + m[0].length])) {
      diagnostics.push({ stage: 'query', rule: 'query-unknown-field', message: `"${m[1]}:" is not a field (${[...FIELDS].join(', ')}); read as words`, severity: 'warning' });
    }
    if (q[i] === '"' || q[i] === '\u201c') {
      let j = i + 1;
      while (j < n && q[j] !== '"' && q[j] !== '\u201d') j++;
      // say which phrase and how it was read: "at 0" meant nothing to a reader
      if (j >= n) diagnostics.push({ stage: 'query', rule: 'query-unclosed-phrase', message: `unclosed phrase ${q.slice(i, i + 40)}${n - i > 40 ? '…' : ''}: no closing quote, read to the end of the query as one phrase`, severity: 'warning' });
      const text = q.slice(i + 1, j);
      const prefix = q[j + 1] === '*';
      out.push({ kind: 'phrase', text, field, prefix });
      i = j + 1 + (prefix ? 1 : 0);
      continue;
    }
    let j = i;
    while (j < n && !/\s/.test(q[j]) && q[j] !== '(' && q[j] !== ')') j++;
    const raw = q.slice(i, j);
    i = j;
    const prefix = raw.endsWith('*');
    out.push({ kind: 'word', text: prefix ? raw.slice(0, -1) : raw, field, prefix });
  }
  return out;
}

/** Parse a query string. The empty query is `{kind:'all'}`. */
export function parseQuery(q: string | undefined | null): { node: QueryNode; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tokens = tokenize(q ?? '', diagnostics);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (t: Token | undefined, op: string) => t?.kind === 'word' && !t.field && t.text === op;

  function parseOr(): QueryNode | null {
    const parts: QueryNode[] = [];
    const first = parseAnd();
    if (first) parts.push(first);
    while (isOp(peek(), 'OR')) {
      pos++;
      const next = parseAnd();
      if (next) parts.push(next);
    }
    return parts.length === 0 ? null : parts.length === 1 ? parts[0] : { kind: 'or', children: parts };
  }
  function parseAnd(): QueryNode | null {
    const parts: QueryNode[] = [];
    for (;;) {
      const t = peek();
      if (!t || t.kind === 'close' || isOp(t, 'OR')) break;
      if (isOp(t, 'AND')) { pos++; continue; }
      const u = parseUnary();
      if (u) parts.push(u);
    }
    return parts.length === 0 ? null : parts.length === 1 ? parts[0] : { kind: 'and', children: parts };
  }
  function parseUnary(): QueryNode | null {
    const t = peek();
    if (isOp(t, 'NOT') || (t?.kind === 'word' && !t.field && t.text.startsWith('-') && t.text.length > 1)) {
      if (t.text === 'NOT') pos++;
      else tokens[pos] = { ...t, text: t.text.slice(1) };
      const child = parseUnary();
      return child ? { kind: 'not', child } : null;
    }
    return parsePrimary();
  }
  function parsePrimary(): QueryNode | null {
    const t = tokens[pos++];
    if (!t) return null;
    if (t.kind === 'open') {
      const inner = parseOr();
      if (peek()?.kind === 'close') pos++;
      else diagnostics.push({ stage: 'query', rule: 'query-unclosed-paren', message: 'a "(" is never closed: read as closed at the end of the query', severity: 'warning' });
      return inner;
    }
    if (t.kind === 'close') {
      diagnostics.push({ stage: 'query', rule: 'query-stray-paren', message: 'a ")" closes no "(": left out', severity: 'warning' });
      return null;
    }
    if (t.field) {
      const value = t.text.trim();
      if (!value) return null;
      // "after:yesterday", "before:2017-13-01" compared as text would silently match nothing or everything
      if ((t.field === 'after' || t.field === 'before') && !isDate(value)) {
        diagnostics.push({ stage: 'query', rule: 'query-bad-date', message: `${t.field}:${value} is not a date: give 2017, 2017-04 or 2017-04-12`, severity: 'warning' });
        return null;
      }
      // "event:FOO", "actor:RU": searched as given, but the user hears why nothing may match
      const warning = checkFieldValue(t.field, value, !!t.prefix);
      if (warning) diagnostics.push(warning);
      return { kind: 'field', field: t.field as QueryField, value, prefix: !!t.prefix };
    }
    if (t.kind === 'phrase') {
      const words = wordsOf(t.text);
      if (words.length === 0) return null;
      return words.length === 1 ? { kind: 'term', text: words[0], prefix: !!t.prefix } : { kind: 'phrase', text: words.join(' ') };
    }
    const words = wordsOf(t.text);
    if (words.length === 0) return null;
    if (words.length === 1) return { kind: 'term', text: words[0], prefix: !!t.prefix };
    // "well-known" or "U.S." become a phrase of their parts, as the full-text indexes split them
    return { kind: 'phrase', text: words.join(' ') };
  }

  const parts: QueryNode[] = [];
  while (pos < tokens.length) {
    const node = parseOr();
    if (node) parts.push(node);
    if (peek()?.kind === 'close') {
      pos++;
      diagnostics.push({ stage: 'query', rule: 'query-stray-paren', message: 'a ")" closes no "(": left out', severity: 'warning' });
    }
  }
  const node: QueryNode = parts.length === 0 ? { kind: 'all' } : parts.length === 1 ? parts[0] : { kind: 'and', children: parts };
  // "OR", "*", "-", "()": something was typed, but nothing in it can be searched, so every article matches
  // (unless another warning already said what was dropped)
  const typed = (q ?? '').trim();
  if (node.kind === 'all' && typed && diagnostics.length === 0) diagnostics.push({ stage: 'query', rule: 'query-no-terms', message: `"${typed.slice(0, 40)}" has no word or field to search: every article matches`, severity: 'warning' });
  return { node, diagnostics };
}

/** "2017", "2017-04", "2017-04-12": a year, month or day that exists. */
function isDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Lower-cased letter/digit runs: what both full-text indexes treat as words. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Text leaves that are not under a NOT: what snippets highlight. */
export function positiveText(node: QueryNode, negated = false, out: (QueryNode & { kind: 'term' | 'phrase' })[] = []) {
  if (node.kind === 'term' || node.kind === 'phrase') { if (!negated) out.push(node); }
  else if (node.kind === 'not') positiveText(node.child, !negated, out);
  else if (node.kind === 'and' || node.kind === 'or') for (const c of node.children) positiveText(c, negated, out);
  return out;
}

/** Values of a field that appear outside any NOT or OR: they restrict quote / event rows too. */
export function requiredFields(node: QueryNode, field: QueryField): { value: string; prefix: boolean }[] {
  if (node.kind === 'field') return node.field === field ? [{ value: node.value, prefix: node.prefix }] : [];
  if (node.kind === 'and') return node.children.flatMap((c) => requiredFields(c, field));
  return [];
}
