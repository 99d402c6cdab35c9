// Rule: does the terminal at tokens[term] (with its closing quotes/brackets, up to `next`) end a
// sentence? Reads only the terminal, the word before it and the token after: constant work per mark.
import type { Token } from '../../doc/types.js';
import { isLower, isUpper } from '../char-class.js';
import { ambiguous, beforeNumber, dottedNeverEnd, honorifics, mayBeListed, sentenceStarters, timeFollowers } from './word-sets.js';

const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '{', '\u00ab', '\u2039', '\u201e']);

/** True when a new sentence starts at tokens[next]. */
export function endsSentence(text: string, tokens: readonly Token[], term: number, next: number): boolean {
  const t = tokens[term];
  const n = tokens[next];
  // "U.S.-led", "Yahoo!News": no space, no sentence end
  if (n.start === tokens[next - 1].end) return false;
  const c = text.charCodeAt(n.start);
  // `"Never!" he said`, "Apple Inc. said", "Jeb! was": a lower-case word continues the sentence
  if (isLower(c)) return false;
  // `"Get out!", he said` / `"Stop!" — he`: punctuation other than an opening mark continues it
  if (n.kind === 'punct' && !OPENERS.has(text.slice(n.start, n.end))) return false;
  if (t.kind === 'word') return afterInitialism(text, t, n);
  if (text.charCodeAt(t.start) !== 0x2e || t.end - t.start !== 1) return true; // ? ! … ...
  const w = tokens[term - 1];
  if (!w || w.end !== t.start || w.kind !== 'word') return true;
  return afterWordDot(text, w, n);
}

/** "Mr.", "Sen.", "No. 10", "George W. Bush", "Apple Inc." */
function afterWordDot(text: string, w: Token, n: Token): boolean {
  if (!mayBeListed(text, w.start, w.end)) {
    // most words before a stop: "said.", "year."
    return w.end - w.start === 1 && isUpper(text.charCodeAt(w.start)) ? startsSentence(text, n) : true;
  }
  const word = text.slice(w.start, w.end);
  if (honorifics.has(word)) return false;
  if (n.kind === 'number' && beforeNumber.has(word)) return false;
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return startsSentence(text, n);
  if (ambiguous.has(word)) return startsSentence(text, n);
  return true;
}

/** "U.S.", "J.K.", "e.g.", "p.m.": a dotted word whose last dot may end the sentence. */
function afterInitialism(text: string, t: Token, n: Token): boolean {
  const word = text.slice(t.start, t.end);
  if (dottedNeverEnd.has(word)) return false;
  if (isLower(word.charCodeAt(0))) {
    // "at 3 p.m. ET" continues; "at 3 p.m. Police said" is a new sentence
    return isUpper(text.charCodeAt(n.start)) && !timeFollowers.has(text.slice(n.start, n.end));
  }
  return startsSentence(text, n);
}

/** An opening mark or a word that usually starts a sentence ("in the U.S. He said"). */
function startsSentence(text: string, n: Token): boolean {
  const s = text.slice(n.start, n.end);
  return OPENERS.has(s) || sentenceStarters.has(s);
}
