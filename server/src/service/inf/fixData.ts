/**
 * What each INF problem carries in `Problem.data` for its quick fix. actions.ts builds the edit from the
 * problem's code, range and this data alone: no message matching, no second parse.
 */

import type { Problem, Span } from '../types';

/** The problem's range is replaced by `replacement` (a suggestion or the one right value). */
export interface ReplaceData {
  replacement: string;
}

/** keyprov.missing-ampersand: where the `&` goes (just inside the closing quote). */
export interface InsertAmpersandData {
  at: number;
}

/** inf.slash-comment: a `//` or `#` remark. */
export interface RemarkData {
  /** The remark stands alone on its line: only its marker needs to become `;`. */
  ownLine: boolean;
  /** The `//` or `#` itself. */
  marker: Span;
  /** The remark's text after the marker, trimmed. */
  body: string;
  /** For a trailing remark: what to delete (from the end of the value to the end of the remark). */
  remove: Span;
  /** A `;` comment follows the remark on the same line: keep one space before it. */
  commentFollows: boolean;
  /** Where the entry's line starts and its indentation, to put the remark on its own line above. */
  lineStart: number;
  indent: string;
}

/** inf.placeholder: which pair holds it, and the Provider written in the same string (to rank containers). */
export interface PlaceholderData {
  pair?: string;
  provider?: string;
}

/** keyprov.flags-not-hex: the two readings of a bare number. */
export interface FlagsData {
  asHex: string;
  asDecimal: string;
}

/** keyprov.missing-pair: the pair to add when the right value is certain (KeySpec=0 for a KSP). */
export interface MissingPairData {
  pair: string;
  add?: {
    /** Text to insert at `at` (a new `_continue_` line, or `&Name=Value` inside the last string). */
    at: number;
    text: string;
    /** The last fragment lacks its `&`: insert one here first. */
    ampersandAt?: number;
  };
}

/** inf.unterminated-quote: where the closing quote would go (end of the value). */
export interface CloseQuoteData {
  at: number;
}

/** The problem's data as `T`, when it has the field `key` (data is `unknown` across the protocol). */
export function dataWith<T extends object>(problem: Problem, key: keyof T): T | undefined {
  const data = problem.data;
  return typeof data === 'object' && data !== null && key in data ? (data as T) : undefined;
}
