// Problems with input are data: a diagnostic names the stage, a stable kebab-case rule id and,
// where it can, the span it is about. Problems with our own code throw instead.
import type { Span } from './span.js';

export type Severity = 'info' | 'warning' | 'error';

export type Diagnostic = Readonly<{
  stage: string;
  rule: string;
  message: string;
  severity: Severity;
  span?: Span;
}>;
