/**
 * Every check of a dump, in one list. A new dump rule is a row in rules.ts, a file in `checks/` and its
 * test; it is called from here and nowhere else.
 */

import { guarded, internalErrorProblem, type ErrorSink } from '../internalError';
import { finish } from '../slices';
import type { Problem, Severity } from '../types';
import { checkCaRegistry, type BesideDocument } from './checks/caRegistryCheck';
import { checkCertutilErrors } from './checks/certutilErrors';
import { checkConsumer } from './checks/consumer';
import { checkContainerHash } from './checks/containerHash';
import { checkContainerName } from './checks/containerName';
import { healthContext, healthContextInSlices, type HealthContext, type HealthOptions } from './checks/healthContext';
import { checkKeyMissing } from './checks/keyMissing';
import { checkKeySpec } from './checks/keySpecCheck';
import { checkLegacyCsp } from './checks/legacyCsp';
import { checkNotVerbose } from './checks/notVerbose';
import { checkOtherOutputs } from './checks/otherOutputsCheck';
import { checkValidity } from './checks/validity';
import { checkWeakCrypto } from './checks/weakCrypto';
import { CERTIFICATES_PER_SLICE, type Certificate, type DumpDocument } from './dumpParser';

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

/** The CA key health checks of one certificate, each with the words `internal.error` uses for it. */
const healthChecks: readonly { what: string; check: (health: HealthContext, certificate: Certificate, problems: Problem[]) => void }[] = [
  { what: 'the lost key check', check: checkKeyMissing },
  { what: 'the container name check', check: checkContainerName },
  { what: 'the container hash check', check: checkContainerHash },
  { what: 'the legacy CSP check', check: checkLegacyCsp },
  { what: 'the signature and key strength check', check: checkWeakCrypto },
  { what: 'the validity check', check: checkValidity },
  { what: 'the key consumer check', check: checkConsumer },
];

/**
 * All problems of a dump. The health checks read lines the parse does not keep, so they run when the dump's
 * `text` is given (the language service always gives it).
 */
export function checkDump(dump: DumpDocument, options: DumpCheckOptions = defaultDumpCheckOptions, text?: string, errors?: ErrorSink): Problem[] {
  return finish(checkDumpInSlices(dump, options, text, errors));
}

/** checkDump in slices of certificates: yields between them so the server stays responsive on a large dump. */
export function* checkDumpInSlices(
  dump: DumpDocument,
  options: DumpCheckOptions = defaultDumpCheckOptions,
  text?: string,
  errors?: ErrorSink,
  /** Other open dumps in the same folder: a `certutil -getreg ca\\csp` view beside the dump is compared with it. */
  beside: readonly BesideDocument[] = [],
): Generator<void, Problem[]> {
  const problems: Problem[] = [];
  const health = options.keySpecOnly || text === undefined ? undefined : yield* healthContextInSlices(dump, text, options);
  for (let i = 0; i < dump.certificates.length; i++) {
    if (i > 0 && i % CERTIFICATES_PER_SLICE === 0) yield;
    checkCertificate(dump, dump.certificates[i], options, problems, errors, health);
  }
  if (!options.keySpecOnly) {
    guarded(
      'the dump checks',
      { start: 0, end: 0 },
      errors,
      () => checkNotVerbose(dump, problems),
      (p) => void problems.push(p),
    );
    guarded(
      'the checks of other certutil output',
      { start: 0, end: 0 },
      errors,
      () => checkOtherOutputs(dump, problems),
      (p) => void problems.push(p),
    );
  }
  if (health) {
    guarded(
      'the certutil error check',
      { start: 0, end: 0 },
      errors,
      () => checkCertutilErrors(health, problems),
      (p) => void problems.push(p),
    );
    guarded(
      'the CA registry check',
      { start: 0, end: 0 },
      errors,
      () =>
        checkCaRegistry(
          health,
          problems,
          beside.map((b) => ({ fileName: b.fileName, context: healthContext(b.dump, b.text, options) })),
        ),
      (p) => void problems.push(p),
    );
  }
  return problems.sort((a, b) => a.start - b.start);
}

/** The checks of one certificate; one that cannot be parsed or checked says so on its frame. */
export function checkCertificate(
  dump: DumpDocument,
  certificate: Certificate,
  options: DumpCheckOptions,
  problems: Problem[],
  errors?: ErrorSink,
  health?: HealthContext,
): void {
  const at = certificate.frame ?? { start: certificate.start, end: certificate.start };
  if (certificate.failed) {
    problems.push(internalErrorProblem('the dump parser', at));
    return;
  }
  // One internal.error per certificate: after a check throws, its other checks would only repeat it.
  const run = (what: string, check: () => void): boolean =>
    guarded(
      what,
      at,
      errors,
      () => (check(), true),
      (p) => (problems.push(p), false),
    );
  if (!run('the KeySpec check', () => checkKeySpec(dump, certificate, options, problems)) || !health) return;
  for (const { what, check } of healthChecks) if (!run(what, () => check(health, certificate, problems))) return;
}
