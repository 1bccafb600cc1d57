/**
 * Where KeySpec is judged: every certificate of a dump against the rule of the seed article [S1]:
 * a key in a CNG KSP (ProviderType 0, or a provider the table knows as a KSP) must have KeySpec 0.
 * A legacy CSP with KeySpec 1 or 2 is legitimate (FORMATS.md §1.5 rule 8).
 */

import { lookupProvider, mismatchParams } from '../data/providers';
import { lookupKeySpec } from '../data/keySpec';
import { repairTargetOf } from '../repairTarget';
import { report } from '../rules';
import type { Problem, Severity } from '../types';
import type { Certificate, DumpDocument, KeyProvInfo } from './parser';

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
  for (const certificate of dump.certificates) {
    if (certificate.keyProv) checkKeyProv(dump, certificate, certificate.keyProv, options, problems);
  }
  if (!dump.verbose && !options.keySpecOnly) {
    const plain = dump.certificates.find((c) => c.plainKey?.container ?? c.plainKey?.provider);
    const line = plain?.plainKey?.container?.line ?? plain?.plainKey?.provider?.line;
    if (line) problems.push(report('dump.not-verbose', line, { store: dump.store?.name ?? 'my' }));
  }
  return problems;
}

/** The KeySpec verdict on one key-provider block: the single judgement the diagnostics and the comparison share. */
export type KeySpecVerdict = 'broken' | 'ok' | 'incomplete';

export function keySpecVerdict(keyProv: KeyProvInfo | undefined): KeySpecVerdict {
  if (!keyProv?.provider || keyProv.keySpec?.value === undefined) return 'incomplete';
  const known = lookupProvider(keyProv.provider.value);
  const providerType = keyProv.providerType?.value;
  if (providerType === undefined && !known) return 'incomplete';
  const isKsp = providerType === 0 || known?.kind === 'ksp';
  return isKsp && keyProv.keySpec.value !== 0 ? 'broken' : 'ok';
}

function checkKeyProv(dump: DumpDocument, certificate: Certificate, keyProv: KeyProvInfo, options: DumpCheckOptions, problems: Problem[]): void {
  const providerName = keyProv.provider?.value;
  const known = providerName !== undefined ? lookupProvider(providerName) : undefined;
  const providerType = keyProv.providerType?.value;
  const keySpec = keyProv.keySpec?.value;

  const missing = [
    keyProv.provider ? undefined : 'Provider',
    providerType === undefined && !known ? 'ProviderType' : undefined,
    keySpec === undefined ? 'KeySpec' : undefined,
  ].filter((m): m is string => m !== undefined);
  if (missing.length > 0) {
    problems.push(report('keyprov.incomplete', keyProv.header, { missing: missing.join(', ') }, { data: { serial: certificate.serial?.value } }));
    return;
  }

  if (!options.keySpecOnly && known && providerType !== undefined && known.providerType !== providerType) {
    problems.push(report('provider.type-mismatch', keyProv.providerType!.line, mismatchParams(known, providerType)));
  }

  if (keySpecVerdict(keyProv) !== 'broken' || keySpec === undefined) return;

  const isCA = certificate.caEvidence !== undefined;
  const severity = isCA ? 'error' : options.nonCaKeySpecSeverity;
  if (severity === 'off') return;
  const related = [];
  if (keyProv.container) related.push({ ...keyProv.container.line, message: 'The key container the repair INF keeps' });
  if (keyProv.provider) related.push({ ...keyProv.provider.line, message: 'The CNG Key Storage Provider that holds the key' });
  if (certificate.caEvidence) related.push({ ...certificate.caEvidence, message: 'This is a CA certificate' });
  const symbol = lookupKeySpec(keySpec)?.names[0];
  problems.push(
    report(
      'keyspec.ksp-nonzero',
      keyProv.keySpec!.line,
      { keySpec: symbol ? `${keySpec} (${symbol})` : keySpec, provider: providerName ?? `ProviderType ${providerType}`, advice: 'Generate a repair INF (quick fix) to set KeySpec=0.' },
      { severity, related, data: repairTargetOf(dump, certificate) },
    ),
  );
}
