// What a reader accepts: one article as the user gives it (a file's bytes, a JSONL record, an HTML page).
import type { Diagnostic, Meta } from '../doc/types.js';

export type ArticleInput = Readonly<{
  id?: string;
  /** Plain text, possibly with a dateline and a headline as its first lines. */
  text?: string;
  /** An HTML page. */
  html?: string;
  /** Raw bytes of a file whose format is to be sniffed (text or HTML); checked for binary / bad UTF-8. */
  bytes?: Uint8Array;
  url?: string;
  /** ISO 8601 instant given with the input; wins over the dateline when present. */
  published?: string;
  headline?: string;
  source?: string;
}>;

/** What a reader makes: the fixed text and what it learnt about the article. */
export type ReadResult = Readonly<{ text: string; meta: Meta; diagnostics: readonly Diagnostic[] }>;

/** An input that cannot become a document at all (binary file, no text). */
export class ReadError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'ReadError';
  }
}
