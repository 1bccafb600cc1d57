/** What the checks read from the settings (settings.ts maps the user's settings onto it). */

import type { DumpCheckOptions } from './dump/keySpecCheck';

export interface CheckOptions extends DumpCheckOptions {
  /** At most this many problems per document; the rest are summed up in one `limits.too-many-problems`. */
  maxProblems: number;
  /** Above this many characters a dump gets only the KeySpec checks. */
  keySpecOnlyAbove: number;
}

export const defaultCheckOptions: CheckOptions = { nonCaKeySpecSeverity: 'warning', maxProblems: 1000, keySpecOnlyAbove: 20 * 1024 * 1024 };
