/**
 * Every check of a dump, in one list. A new dump rule is a row in rules.ts, a file in `checks/` and its
 * test; it is called from here and nowhere else.
 */

import type { Problem, Severity } from '../types';
import { checkCaRegistry } from './checks/caRegistry';
import { checkCertutilErrors } from './checks/certutilErrors';
import { checkConsumer } from './checks/consumer';
import { checkContainerHash } from './checks/containerHash';
import { checkContainerName } from './checks/containerName';
import { healthContext, type HealthOptions } from './checks/healthContext';
import { checkKeyMissing } from './checks/keyMissing';
import { checkKeySpec } from './checks/keySpec';
import { checkLegacyCsp } from './checks/legacyCsp';
import { checkNotVerbose } from './checks/notVerbose';
import { checkValidity } from './checks/validity';
import { checkWeakCrypto } from './checks/weakCrypto';
import type { DumpDocument } from './parser';

/** The settings the dump checks read. */
export interface DumpCheckOptions {
  /** Severity of `keyspec.ksp-nonzero` on a certificate that is not a CA certificate. */
  nonCaKeySpecSeverity: Severity | 'off';
  /** Run only the KeySpec verdicts (a very large dump). */
  keySpecOnly?: boolean;
  /** The CA key health settings (issue #15); absent: their defaults. */
  health?: HealthOptions;
  /** Today, in milliseconds since 1970, for the validity checks: the glue passes the clock, tests a fixed date. Absent: no validity verdicts. */
  today?: number;
}

export const defaultDumpCheckOptions: DumpCheckOptions = { nonCaKeySpecSeverity: 'warning' };

/**
 * All problems of a dump. The health checks read lines the parse does not keep, so they run when the dump's
 * `text` is given (the language service always gives it).
 */
export function checkDump(dump: DumpDocument, options: DumpCheckOptions = defaultDumpCheckOptions, text?: string): Problem[] {
  const problems: Problem[] = [];
  for (const certificate of dump.certificates) checkKeySpec(dump, certificate, options, problems);
  if (!options.keySpecOnly) checkNotVerbose(dump, problems);
  if (options.keySpecOnly || text === undefined) return problems;
  const health = healthContext(dump, text, options);
  for (const certificate of dump.certificates) {
    checkKeyMissing(health, certificate, problems);
    checkContainerName(health, certificate, problems);
    checkContainerHash(health, certificate, problems);
    checkLegacyCsp(health, certificate, problems);
    checkWeakCrypto(health, certificate, problems);
    checkValidity(health, certificate, problems);
    checkConsumer(health, certificate, problems);
  }
  checkCertutilErrors(health, problems);
  checkCaRegistry(health, problems);
  return problems.sort((a, b) => a.start - b.start);
}
