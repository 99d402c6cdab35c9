// The abbreviation lists as Sets, built once at load.
import {
  AMBIGUOUS, BEFORE_NUMBER, DOTTED_NEVER_END, HONORIFICS, SENTENCE_STARTERS, TIME_FOLLOWERS,
} from '../data/abbreviations.js';

export const honorifics: ReadonlySet<string> = new Set(HONORIFICS);
export const beforeNumber: ReadonlySet<string> = new Set(BEFORE_NUMBER);
export const ambiguous: ReadonlySet<string> = new Set(AMBIGUOUS);
export const dottedNeverEnd: ReadonlySet<string> = new Set(DOTTED_NEVER_END);
export const timeFollowers: ReadonlySet<string> = new Set(TIME_FOLLOWERS);
export const sentenceStarters: ReadonlySet<string> = new Set(SENTENCE_STARTERS);
