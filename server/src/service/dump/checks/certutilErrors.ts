/**
 * `certutil.failed`: certutil's own error lines anywhere in the dump (`CertUtil: -repairstore command FAILED:
 * 0x80090016 (-2146893802 NTE_BAD_KEYSET)`, `NCryptOpenKey failed: 80090016`), explained from the one HRESULT
 * table the scripts use too (data/hresults.ts, docs/formats.md "CA key health" §H7).
 */

import { hresultHex, lookupHResult } from '../../data/hresults';
import { report } from '../../rules';
import type { Problem } from '../../types';
import { certutilErrorLines } from '../certificateFacts';
import type { HealthContext } from './healthContext';

export function checkCertutilErrors(context: HealthContext, problems: Problem[]): void {
  const severity = context.severity('certutil.failed', 'error');
  if (severity === 'off') return;
  for (const error of certutilErrorLines(context.text, context.dump)) {
    const known = lookupHResult(error.code);
    const source = error.source.startsWith('-') ? `certutil ${error.source}` : error.source;
    problems.push(
      report(
        'certutil.failed',
        error,
        {
          source,
          hex: hresultHex(error.code),
          name: known ? `(${known.name})` : error.printedName ? `(${error.printedName})` : '',
          meaning: known?.meaning ?? 'This code is not in the table of CA key errors.',
          next: known?.next ?? 'Look the code up with certutil -error <code>.',
        },
        { severity, data: { hresult: error.code } },
      ),
    );
  }
}
