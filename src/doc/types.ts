// The one immutable document: its text, fixed by the reader, and layers of annotations that
// point into it by half-open spans. Every layer is plain data and survives a JSON round trip.
// The public output (OUTPUT-CONTRACT.md) is a projection of this, made in src/analyze/to-contract.ts.
import type { Diagnostic } from './diagnostic.js';
import type { Span } from './span.js';

export type { Span } from './span.js';
export type { Diagnostic } from './diagnostic.js';

/** Article metadata found by the reader. Instants are ISO 8601 with their original offset. */
export type Meta = Readonly<{
  headline: string | null;
  published: string | null;
  updated: string | null;
  /** Where the headline / dateline sit in `text`, when they are part of it. */
  headlineSpan?: Span;
  datelineSpan?: Span;
  byline?: string | null;
  url?: string | null;
  /** Publisher or feed, e.g. "huffpost" (from input, or the URL's host). */
  source?: string | null;
  /** Language code, "en" unless the input says otherwise. */
  language?: string;
}>;

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A token: a word, number or punctuation mark. `kind` helps later stages skip work. */
export type Token = Readonly<{ start: number; end: number; kind: TokenKind }>;

export type Paragraph = Readonly<{ start: number; end: number; kind: 'dateline' | 'headline' | 'body' }>;

/** A sentence, with the paragraph it sits in and its first token index (tokens[first..last)). */
export type Sentence = Readonly<{ start: number; end: number; paragraph: number; firstToken: number; endToken: number }>;

export type EntityType = 'person' | 'organization' | 'location' | 'group';

export type MentionKind = 'name' | 'alias' | 'title' | 'nominal' | 'pronoun' | 'acronym' | 'demonym';

export type Mention = Readonly<{ start: number; end: number; kind?: MentionKind }>;

export type Entity = Readonly<{
  id: string;
  type: EntityType;
  name: string;
  mentions: readonly Mention[];
  title?: string;
  country?: string;
  sector?: string;
  /** 'm' | 'f' when known from honorifics or first names: used to resolve pronouns. */
  gender?: 'm' | 'f';
  plural?: boolean;
}>;

export type QuoteType = 'direct' | 'indirect' | 'mixed' | 'partial';

export type Speaker = Readonly<{ name: string; entity?: string; start?: number; end?: number }>;

export type Quote = Readonly<{
  id: string;
  type: QuoteType;
  start: number;
  end: number;
  cue?: Span;
  speaker: Speaker | null;
  confidence: number;
  /** Quote id this one is nested in. */
  parent?: string;
}>;

export type EventActor = Readonly<{ name: string; entity?: string; country?: string; sector?: string }>;

export type Modality = 'asserted' | 'threatened' | 'proposed' | 'hypothetical' | 'negated';

export type Event = Readonly<{
  id: string;
  plover: Readonly<{ event: string; mode?: string }>;
  cameo: Readonly<{ root: string; code?: string }>;
  actors: readonly EventActor[];
  recipients: readonly EventActor[];
  start: number;
  end: number;
  trigger: Span;
  date: string | null;
  location: Readonly<{ name: string; country?: string }> | null;
  modality: Modality;
  confidence?: number;
}>;

/** The document: every layer is filled by a stage; a stage never changes an earlier one. */
export type Doc = Readonly<{
  id: string;
  text: string;
  meta: Meta;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  entities: readonly Entity[];
  quotes: readonly Quote[];
  events: readonly Event[];
  diagnostics: readonly Diagnostic[];
}>;

export type Layer = Exclude<keyof Doc, 'id' | 'text' | 'meta' | 'diagnostics'>;

/** Options every stage may read. `dateOrder` forces day/month order for ambiguous dates. */
export type AnalyzeOptions = Readonly<{
  dateOrder?: 'dmy' | 'mdy';
}>;

/**
 * A stage reads the layers named by `In` and returns the layers named by `Out`, plus diagnostics.
 * Pure: no I/O, no clock, no randomness, no mutation of its input.
 */
export type Stage<In extends keyof Doc, Out extends Layer> = (
  doc: Pick<Doc, In | 'id' | 'text' | 'meta'>,
  options: AnalyzeOptions,
) => Readonly<{ [K in Out]: Doc[K] }> & { diagnostics?: readonly Diagnostic[] };
