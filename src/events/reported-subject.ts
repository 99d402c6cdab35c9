// Whether a verb inside a quote has a subject of its own: "the minister said the crew had ignored
// orders" — the ignoring is the crew's, not the minister's, though the words are the minister's.
// Reads the words before the verb, within the quote; leaves pronoun subjects ("he had ignored") to the caller.
import type { Quote } from '../doc/types.js';
import type { SentenceWords } from './sentence-words.js';
import { AUXILIARY, DETERMINER, ENDS_ING, ENDS_LY, ENDS_NT, PREPOSITION, SPEECH, SUBJECT_PRONOUN } from './word-cues.js';

/** Words between a subject and its verb: "had", "would not", "has repeatedly", "get" ("we get frustrated"). */
const BETWEEN = new Set(['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'did', 'does', 'do', 'not', "n't", 'never', 'also', 'then', 'already', 'still', 'ever', 'long', 'just', 'now', 'even', 'only', 'all', 'both', 'again', 'first', 'soon', 'yet', 'get', 'gets', 'got']);
/** Words that join the verb to another clause or verb ("to blame", "and fired", "as opposed to"): its subject is elsewhere. */
const NO_SUBJECT = new Set(['to', 'and', 'or', 'but', 'that', 'if', 'whether', 'as', 'than', 'when', 'while', 'where', 'because', 'since', 'so', 'what', 'how', 'until', 'unless', 'though', 'although']);
/** Pronouns that may stand for the speaker, alone or contracted ("we've", "I'm", "you're"). */
const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
/** "Our members are frustrated", "my office will reject": the speaker's own side. */
const OWN = new Set(['our', 'my']);

/**
 * Is the verb at word `at` inside `quote` led by a noun subject of its own in the quote ("the crew had
 * ignored", "Border guards fired")? False for a pronoun ("he had ignored", "we will reject"), the speaker's
 * own side ("our members are"), an infinitive ("to blame"), a verb joined by "and", an -ing form with no
 * auxiliary ("a board meeting", "consider funding"), or no word of the quote before it.
 * @example ownSubject(words('He said the crew had ignored orders'), 5, quote) // true
 */
export function ownSubject(w: SentenceWords, at: number, quote: Pick<Quote, 'start'>): boolean {
  let j = at - 1, auxiliary = false;
  for (; j >= 0 && w.start[j] >= quote.start; j--) {
    if (w.cues[j] & AUXILIARY) auxiliary = true;
    else if (!(w.cues[j] & (ENDS_LY | ENDS_NT)) && !BETWEEN.has(w.lower[j])) break;
  }
  if (j < 0 || w.start[j] < quote.start || !w.isWord[j]) return false;
  if (w.cues[at] & ENDS_ING && !auxiliary) return false;
  const x = w.lower[j];
  if (w.cues[j] & (PREPOSITION | DETERMINER | SPEECH) || NO_SUBJECT.has(x)) return false;
  const apostrophe = x.indexOf("'");
  if (PERSONAL.has(apostrophe > 0 ? x.slice(0, apostrophe) : x)) return false;
  // "the crew, who had ignored": a relative pronoun stands for the noun before it
  if (w.cues[j] & SUBJECT_PRONOUN) return x === 'who' || x === 'which';
  for (let k = j - 1; k >= 0 && k >= j - 2 && w.start[k] >= quote.start; k--) if (OWN.has(w.lower[k])) return false;
  return true;
}
