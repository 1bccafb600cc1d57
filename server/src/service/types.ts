/** Shared shapes of the pure language service: offsets in, offsets out; positions are computed at the edge. */

import type { RuleCode } from './rules';

/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** How loudly a problem is reported; mapped to LSP severities in the glue. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A place elsewhere in the document that explains a problem (LSP related information). */
export interface Related extends Span {
  message: string;
}

/** One diagnostic as the service reports it: a stable code, where, and what a quick fix needs. */
export interface Problem extends Span {
  code: RuleCode;
  severity: Severity;
  message: string;
  /** The parameters `message` was filled from, so the glue can fill a translated template (rules.ts `localizeProblem`). */
  params?: Record<string, string | number>;
  related?: Related[];
  /** What the quick fix for this code needs (serial, container, replacement text ...). */
  data?: unknown;
  /** Marks text that is dead to certutil (rendered faded by editors). */
  unnecessary?: boolean;
}

/** A text replacement: the service's unit of edit. */
export interface TextEdit extends Span {
  newText: string;
}
