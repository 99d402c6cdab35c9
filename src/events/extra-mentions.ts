// Mentions the entities stage left out, found from its own mentions: the same name again where it was
// not marked ("Rex Tillerson To Urge Russia" in a title-case headline), and a definite noun whose head
// followed a name before ("the Assad regime" … "the regime" → Bashar Assad's side).
import type { Entity, Token } from '../doc/types.js';
import type { DocWords } from './doc-words.js';
import { wordHash } from './word-table.js';
import type { ActorMention } from './actor-mentions.js';

const MAX_NGRAM = 4;
const THE = wordHash('the');

/**
 * The names of the entities' own mentions, read in place: a document has ~60 mentions and the look-ups
 * below are few (~3 tokens per article start a name again), so a name is hashed where it stands and
 * sliced and lower-cased only when some n-gram has its hash. A non-ASCII name is read as text at once.
 */
class Names {
  /** hashes of the lower-case names (wordHash, 0 read as 1), lengths for a non-ASCII n-gram */
  readonly hashes = new Set<number>();
  readonly lengths = new Set<number>();
  /** wordHash of a name's first word → the spans of its distinct first words; first words read as text */
  private readonly firstSpans = new Map<number, number[]>();
  private readonly firstText = new Set<string>();
  /** the mentions that are names, in order: the surface map is made from them on the first hit */
  private readonly named: ActorMention[] = [];
  private surface: Map<string, Entity> | null = null;

  constructor(private readonly text: string) {}

  /** Keep mention m when its text is a name: three characters or more, a capital first. */
  add(m: ActorMention): void {
    const text = this.text, start = m.start, end = m.end;
    const c0 = text.charCodeAt(start);
    if (end - start <= 2 || (c0 < 128 ? c0 < 65 || c0 > 90 : !upperAt(text, start, end))) return;
    this.named.push(m);
    // the whole name and its first word (up to white space or an apostrophe: "O'Brien" → "O") in one pass
    let h = 0x811c9dc5, first = 0;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) return this.addText(text.slice(start, end));
      if (first === 0 && (c === 32 || c === 39 || (c >= 9 && c <= 13))) first = this.addFirst(small(h), start, i);
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
    }
    if (first === 0) this.addFirst(small(h), start, end);
    this.hashes.add(small(h | 0 || 1));
    this.lengths.add(end - start);
  }

  /** A name with a non-ASCII character, as text ("İ" lower-cases to two units). */
  private addText(s: string): void {
    const key = s.toLowerCase();
    this.lengths.add(s.length).add(key.length);
    this.hashes.add(small(wordHash(key) || 1));
    const word = s.slice(0, firstBreak(s)).toLowerCase();
    this.firstText.add(word);
    const h = small(wordHash(word));
    if (!this.firstSpans.has(h)) this.firstSpans.set(h, []);
  }

  /** Remember an ASCII first word text[start, end) by its hash, once per distinct word; returns 1. */
  private addFirst(h: number, start: number, end: number): number {
    const spans = this.firstSpans.get(h);
    if (!spans) this.firstSpans.set(h, [start, end]);
    else if (!this.spanIn(spans, this.text, start, end)) spans.push(start, end);
    return 1;
  }

  /** Is text[start, end) lower-cased one of the first words in spans? */
  private spanIn(spans: readonly number[], text: string, start: number, end: number): boolean {
    for (let k = 0; k < spans.length; k += 2) {
      const s = spans[k];
      if (spans[k + 1] - s !== end - start) continue;
      let i = 0;
      while (i < end - start && fold(text.charCodeAt(s + i)) === fold(text.charCodeAt(start + i))) i++;
      if (i === end - start) return true;
    }
    return false;
  }

  /** Is the document word `lower` (its wordHash `h`) the first word of a name? */
  firstWord(lower: string, h: number): boolean {
    const spans = this.firstSpans.get(small(h));
    if (!spans) return false;
    if (this.firstText.has(lower)) return true;
    for (let k = 0; k < spans.length; k += 2) {
      const s = spans[k];
      if (spans[k + 1] - s !== lower.length) continue;
      let i = 0;
      while (i < lower.length && fold(this.text.charCodeAt(s + i)) === lower.charCodeAt(i)) i++;
      if (i === lower.length) return true;
    }
    return false;
  }

  /** The entity of the last name whose lower-case text is `key`. */
  entityOf(key: string): Entity | undefined {
    if (!this.surface) {
      this.surface = new Map();
      for (const m of this.named) this.surface.set(this.text.slice(m.start, m.end).toLowerCase(), m.entity);
    }
    return this.surface.get(key);
  }
}

/** A hash cut to 30 bits, the keys of the sets and maps here: a small integer, where a 32-bit one would be a heap number. */
const small = (h: number) => h & 0x3fffffff;

/** An ASCII code unit lower-cased. */
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Extra mentions for a document, given the entities' own mentions sorted by start. */
export function extraMentions(text: string, tokens: readonly Token[], own: readonly ActorMention[], dw: DocWords): ActorMention[] {
  if (!own.length || !tokens.length) return [];
  const names = new Names(text);
  // "the regime": the lower-case word after a name ("the Assad regime"), by its hash, with where it stands
  const heads = new Map<number, { pos: number; entity: Entity; head: number; end: number }[]>();
  // ("İ" lower-cases to two units: a non-ASCII n-gram's length tells nothing then; asked on first need)
  let anyLength: boolean | undefined;
  for (const m of own) {
    if (m.pronoun) continue;
    names.add(m);
    const c = text.charCodeAt(m.end + 1);
    if (text.charCodeAt(m.end) === 32 && c >= 97 && c <= 122) {
      let e = m.end + 1, h = 0x811c9dc5;
      for (let x = c; e < text.length && e < m.end + 20 && x >= 97 && x <= 122; x = text.charCodeAt(++e)) h = Math.imul(h ^ x, 0x01000193);
      if (e - m.end - 1 >= 4) (heads.get(small(h)) ?? heads.set(small(h), []).get(small(h))!).push({ pos: m.start, entity: m.entity, head: m.end + 1, end: e });
    }
  }
  const covered = (start: number, end: number, from: number) => {
    for (let k = Math.max(0, from - 2); k < own.length && own[k].start < end; k++) if (own[k].end > start) return true;
    return false;
  };
  const out: ActorMention[] = [];
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    // most tokens are neither a capital nor "the": decided from the dense arrays, no token object read
    const cap = dw.cap[i], the = !cap && dw.hash[i] === THE && dw.lower[i] === 'the';
    if (!cap && !the) continue;
    // spans from the dense arrays too (docWords copied them): a token object is a cache miss away
    const start = dw.start[i];
    while (cursor < own.length && own[cursor].end <= start) cursor++;
    // a token inside one of the entities' own mentions starts no new one: every n-gram would be covered
    const inside = cursor < own.length && own[cursor].start <= start;
    if (cap && !inside && names.firstWord(dw.lower[i], dw.hash[i])) {
      for (let n = Math.min(MAX_NGRAM, tokens.length - i); n >= 1; n--) {
        const end = dw.end[i + n - 1];
        // an ASCII n-gram is hashed in place and sliced only when some name has its hash
        const h = asciiHash(text, start, end);
        const maybe = h !== 0 ? names.hashes.has(small(h)) : (anyLength ??= text.includes('\u0130')) || names.lengths.has(end - start);
        const e = maybe ? names.entityOf(text.slice(start, end).toLowerCase()) : undefined;
        if (e && !covered(start, end, cursor)) { out.push({ start, end, entity: e, pronoun: false }); i += n - 1; break; }
      }
    } else if (the && i + 1 < tokens.length && text.startsWith('the', start)) {
      const list = heads.get(small(dw.hash[i + 1])), next = dw.lower[i + 1];
      if (!list || !text.startsWith(next, dw.start[i + 1])) continue;
      const before = lastBefore(list, text, next, start);
      if (before && !covered(start, dw.end[i + 1], cursor)) out.push({ start, end: dw.end[i + 1], entity: before.entity, pronoun: false });
    }
  }
  return out;
}

/** The last head in `list` (in list order) that is the word `head` and whose name came before `pos`. */
function lastBefore<T extends { pos: number; head: number; end: number }>(list: readonly T[], text: string, head: string, pos: number): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) {
    const x = list[k];
    if (x.pos < pos && x.end - x.head === head.length && text.startsWith(head, x.head)) return x;
  }
  return undefined;
}

/** wordHash of text[start, end) lower-cased, computed in place; 0 when the span has a non-ASCII character. */
function asciiHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return 0;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0 || 1;
}

/**
 * The length of a name's first word: up to its first white space or apostrophe ("O'Brien" → "O"), what
 * /[\s'’]/ finds, with ASCII decided without the regex.
 */
function firstBreak(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 39 || c === 0x2019 || (c >= 9 && c <= 13)) return i;
    if (c >= 128 && /\s/.test(s[i])) return i;
  }
  return s.length;
}

/** Does text[start, end) open with an upper-case letter ("Émile")? Apart from the ASCII test that answers for most names. */
function upperAt(text: string, start: number, end: number): boolean {
  return /^\p{Lu}/u.test(text.slice(start, end));
}
