/**
 * Every check of a dump, in one list. A new dump rule is a row in rules.ts, a file in `checks/` and its
 * test; it is called from here and nowhere else.
 */

import type { Problem, Severity } from '../types';
import { checkKeySpec } from './checks/keySpec';
import { checkNotVerbose } from './checks/notVerbose';
import { guarded, internalErrorProblem, type ErrorSink } from '../internalError';
import { finish } from '../slices';
import { CERTIFICATES_PER_SLICE, type Certificate, type DumpDocument } from './parser';

/** The settings the dump checks read. */
export interface DumpCheckOptions {
  /** Severity of `keyspec.ksp-nonzero` on a certificate that is not a CA certificate. */
  nonCaKeySpecSeverity: Severity | 'off';
  /** Run only the KeySpec verdicts (a very large dump). */
  keySpecOnly?: boolean;
}

export const defaultDumpCheckOptions: DumpCheckOptions = { nonCaKeySpecSeverity: 'warning' };

/** All problems of a dump. */
export function checkDump(dump: DumpDocument, options: DumpCheckOptions = defaultDumpCheckOptions, errors?: ErrorSink): Problem[] {
  return finish(checkDumpInSlices(dump, options, errors));
}

/** checkDump in slices of certificates: yields between them so the server stays responsive on a large dump. */
export function* checkDumpInSlices(dump: DumpDocument, options: DumpCheckOptions = defaultDumpCheckOptions, errors?: ErrorSink): Generator<void, Problem[]> {
  const problems: Problem[] = [];
  for (let i = 0; i < dump.certificates.length; i++) {
    if (i > 0 && i % (CERTIFICATES_PER_SLICE * 4) === 0) yield;
    checkCertificate(dump, dump.certificates[i], options, problems, errors);
  }
  if (!options.keySpecOnly) guarded('the dump checks', { start: 0, end: 0 }, errors, () => checkNotVerbose(dump, problems), (p) => void problems.push(p));
  return problems;
}

/** The checks of one certificate; one that cannot be parsed or checked says so on its frame. */
export function checkCertificate(dump: DumpDocument, certificate: Certificate, options: DumpCheckOptions, problems: Problem[], errors?: ErrorSink): void {
  const at = certificate.frame ?? { start: certificate.start, end: certificate.start };
  if (certificate.failed) {
    problems.push(internalErrorProblem('the dump parser', at));
    return;
  }
  guarded('the KeySpec check', at, errors, () => checkKeySpec(dump, certificate, options, problems), (p) => void problems.push(p));
}
