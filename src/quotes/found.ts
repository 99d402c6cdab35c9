// The quote stage's working record: a quote or report found in the text, before its speaker mention
// is resolved to a name. Internal to src/quotes.
import type { QuoteType, Span } from '../doc/types.js';
import type { Marked } from './pair-quote-marks.js';
import type { Sentences } from './split-sentences.js';
import type { Toks } from './scan-tokens.js';
import type { TokRange } from './find-noun-phrase.js';

export type Found = {
  type: QuoteType;
  start: number;
  end: number;
  cue?: Span;
  /** Token range of the speaker mention, when the text gives one. */
  mention?: TokRange;
  /** "He insisted ... and said ...": the speaker of the previous report in the sentence. */
  sameAsPrevious?: boolean;
  /** A quoted paragraph with no cue: continues the previous speaker. */
  floating?: boolean;
  /** "Asked whether ..., X said": a question put to the speaker; its asker is the "by" phrase or no one. */
  question: boolean;
  /** Index (in the found list) of the quote or report this one sits in. */
  parent?: number;
  /** A partial quote takes its speaker from its sentence's report. */
  sentence: number;
  paragraph: number;
  confidence: number;
};

/** What every finder reads. `used[t]` marks cue tokens already claimed by a direct quote. */
export type QuoteContext = Readonly<{
  toks: Toks;
  marks: readonly Marked[];
  inside: Int32Array;
  sentences: Sentences;
  used: Uint8Array;
}>;

/** Sentence token range [first, end) of sentence `i`. */
export function sentenceRange(ctx: QuoteContext, i: number): { first: number; end: number } {
  const f = ctx.sentences.first;
  return { first: f[i], end: i + 1 < f.length ? f[i + 1] : ctx.toks.n };
}

/** A record in one object shape (all fields, in one order) so later loops stay monomorphic; no spreads. */
export function newFound(type: QuoteType, start: number, end: number, sentence: number, paragraph: number, confidence: number, cue?: Span, mention?: TokRange): Found {
  return { type, start, end, cue, mention, sameAsPrevious: false, floating: false, question: false, parent: undefined, sentence, paragraph, confidence };
}
