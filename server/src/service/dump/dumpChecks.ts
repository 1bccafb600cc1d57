/**
 * Every check of a dump, in one list. A new dump rule is a row in rules.ts, a file in `checks/` and its
 * test; it is called from here and nowhere else.
 */

import type { Problem, Severity } from '../types';
import { checkKeySpec } from './checks/keySpec';
import { checkNotVerbose } from './checks/notVerbose';
import { checkOtherOutputs } from './checks/otherOutputs';
import type { DumpDocument } from './parser';

/** The settings the dump checks read. */
export interface DumpCheckOptions {
  /** Severity of `keyspec.ksp-nonzero` on a certificate that is not a CA certificate. */
  nonCaKeySpecSeverity: Severity | 'off';
  /** Run only the KeySpec verdicts (a very large dump). */
  keySpecOnly?: boolean;
}

export const defaultDumpCheckOptions: DumpCheckOptions = { nonCaKeySpecSeverity: 'warning' };

/** All problems of a dump. */
export function checkDump(dump: DumpDocument, options: DumpCheckOptions = defaultDumpCheckOptions): Problem[] {
  const problems: Problem[] = [];
  for (const certificate of dump.certificates) checkKeySpec(dump, certificate, options, problems);
  if (!options.keySpecOnly) checkNotVerbose(dump, problems);
  if (!options.keySpecOnly) checkOtherOutputs(dump, problems);
  return problems;
}
