// Mentions the entities stage left out, found from its own mentions: the same name again where it was
// not marked ("Rex Tillerson To Urge Russia" in a title-case headline), and a definite noun whose head
// followed a name before ("the Assad regime" … "the regime" → Bashar Assad's side).
import type { Entity, Token } from '../doc/types.js';
import type { DocWords } from './doc-words.js';
import { wordHash } from './word-table.js';
import type { ActorMention } from './actor-mentions.js';

const MAX_NGRAM = 4;
const THE = wordHash('the');

/** Extra mentions for a document, given the entities' own mentions sorted by start. */
export function extraMentions(text: string, tokens: readonly Token[], own: readonly ActorMention[], dw: DocWords): ActorMention[] {
  if (!own.length || !tokens.length) return [];
  const surface = new Map<string, Entity>();
  const firstWords = new Set<string>();
  const heads = new Map<string, { pos: number; entity: Entity }[]>();
  // lengths of the names, to slice only n-grams that can be one ("İ" lower-cases to two units: no filter)
  const lengths = new Set<number>();
  const anyLength = text.includes('\u0130');
  const hashes = new Set<number>();
  const names = new Map<string, string>(); // a name's text → its lower case, done once per distinct name
  for (const m of own) {
    if (m.pronoun) continue;
    const s = text.slice(m.start, m.end);
    if (s.length > 2 && upperFirst(s)) {
      let known = names.get(s);
      if (!known) {
        const key = s.toLowerCase();
        names.set(s, (known = key));
        lengths.add(s.length).add(key.length);
        hashes.add(wordHash(key) || 1);
        firstWords.add(s.slice(0, firstBreak(s)).toLowerCase());
      }
      surface.set(known, m.entity);
    }
    const c = text.charCodeAt(m.end + 1);
    if (text.charCodeAt(m.end) === 32 && c >= 97 && c <= 122) {
      let e = m.end + 1;
      while (e < text.length && e < m.end + 20 && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
      const head = text.slice(m.end + 1, e);
      if (head.length >= 4) (heads.get(head) ?? heads.set(head, []).get(head)!).push({ pos: m.start, entity: m.entity });
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
    if (cap && !inside && firstWords.has(dw.lower[i])) {
      for (let n = Math.min(MAX_NGRAM, tokens.length - i); n >= 1; n--) {
        const end = dw.end[i + n - 1];
        // an ASCII n-gram is hashed in place and sliced only when some name has its hash
        const h = asciiHash(text, start, end);
        const maybe = h !== 0 ? hashes.has(h) : anyLength || lengths.has(end - start);
        const e = maybe ? surface.get(text.slice(start, end).toLowerCase()) : undefined;
        if (e && !covered(start, end, cursor)) { out.push({ start, end, entity: e, pronoun: false }); i += n - 1; break; }
      }
    } else if (the && i + 1 < tokens.length && text.startsWith('the', start)) {
      const list = heads.get(dw.lower[i + 1]);
      if (!list || !text.startsWith(dw.lower[i + 1], dw.start[i + 1])) continue;
      const before = lastBefore(list, start);
      if (before && !covered(start, dw.end[i + 1], cursor)) out.push({ start, end: dw.end[i + 1], entity: before.entity, pronoun: false });
    }
  }
  return out;
}

/** The last head in `list` (in list order) whose name came before `pos`: what `list.filter((h) => h.pos < pos).at(-1)` finds, without the copy. */
function lastBefore<T extends { pos: number }>(list: readonly T[], pos: number): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (list[k].pos < pos) return list[k];
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

/** Does the text start with an upper-case letter? ASCII answered without the Unicode regex. */
function upperFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}
