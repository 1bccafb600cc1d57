/**
 * Failures made visible: a parser or check that throws reports `internal.error` on the part it could not
 * check, and hands the error to the caller (the server logs it), instead of returning silence that looks
 * like a clean file.
 */

import { report } from './rules';
import type { Problem, Span } from './types';

/** One throw of a parser or check: what failed, on which part, and the error itself for the log. */
export interface InternalError {
  what: string;
  span: Span;
  error: unknown;
}

/** Where the service puts the errors it caught; the glue writes them to the server log. */
export type ErrorSink = InternalError[];

/** The `internal.error` diagnostic for a part that could not be checked. */
export function internalErrorProblem(what: string, span: Span): Problem {
  return report('internal.error', span, { what });
}

/** Runs `body`; a throw is recorded in `errors` and answered with `fallback(problem)`. */
export function guarded<T>(what: string, span: Span, errors: ErrorSink | undefined, body: () => T, fallback: (problem: Problem) => T): T {
  try {
    return body();
  } catch (error) {
    errors?.push({ what, span, error });
    return fallback(internalErrorProblem(what, span));
  }
}
