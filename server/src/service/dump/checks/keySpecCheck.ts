/**
 * Where KeySpec is judged in a dump: a key in a CNG KSP (ProviderType 0, or a provider the table knows as
 * a KSP) must have KeySpec 0; a legacy CSP with KeySpec 1 or 2 is legitimate (docs/formats.md §1.5).
 * Rules: `keyspec.ksp-nonzero`, `provider.type-mismatch`, `keyprov.incomplete`.
 */

import type { KeySpecFixData } from '../../../../../common/repairTarget';
import { isKspKey, lookupProvider, mismatchParams, type KeySpecFact } from '../../data/providers';
import { keySpecShown } from '../../data/keySpec';
import { needsStoreChoice } from '../../../../../common/repairTarget';
import { noRepair, repairOf } from '../../repair/repairTargetOf';
import { report } from '../../rules';
import type { Problem } from '../../types';
import type { DumpCheckOptions } from '../dumpChecks';
import { validity } from '../dumpOutline';
import type { Certificate, DumpDocument, KeyProvInfo } from '../dumpParser';

/** The KeySpec checks of one certificate. */
export function checkKeySpec(dump: DumpDocument, certificate: Certificate, options: DumpCheckOptions, problems: Problem[]): void {
  if (certificate.keyProv) checkKeyProv(dump, certificate, certificate.keyProv, options, problems);
}

/** The KeySpec verdict on one key-provider block: the single judgement the diagnostics and the comparison share. */
export type KeySpecVerdict = 'broken' | 'ok' | 'incomplete';

export function keySpecVerdict(keyProv: KeyProvInfo | undefined): KeySpecVerdict {
  if (!keyProv?.provider || keyProv.keySpec?.value === undefined) return 'incomplete';
  // The one KSP rule the INF checks use too (docs/formats.md §3.3): a known provider by its kind, else ProviderType 0.
  const isKsp = isKspKey(keyProv.provider.value, keyProv.providerType?.value);
  if (isKsp === undefined) return 'incomplete';
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
  const { advice, data, severity: adjusted } = keySpecAdvice(dump, certificate, known?.keySpecFact, isCA);
  problems.push(
    report(
      'keyspec.ksp-nonzero',
      keyProv.keySpec!.line,
      {
        certificate: `Certificate ${certificateName(certificate)}: `,
        keySpec: keySpecShown(keySpec),
        provider: providerName ?? `ProviderType ${providerType}`,
        advice,
      },
      { severity: adjusted ?? severity, related, data },
    ),
  );
}

/** `#1 (serial 2a00…31, valid 6/1/2021 8:40 AM – 6/1/2026 8:50 AM)`: two generations of one CA told apart. */
function certificateName(certificate: Certificate): string {
  const details = [certificate.serial ? `serial ${certificate.serial.value}` : undefined, validity(certificate) && `valid ${validity(certificate)}`]
    .filter(Boolean)
    .join(', ');
  const index = certificate.index !== undefined ? `#${certificate.index}` : (certificate.subject?.value ?? '');
  return details ? `${index} (${details})`.trim() : index || 'this certificate';
}

/**
 * What the KeySpec diagnostic offers: the repair, the question of the store, or why there is no repair. A
 * provider fact (docs/formats.md §D.6) turns the repair into an explanation, except on a CA certificate,
 * whose renewal with the existing key needs KeySpec 0: then the CA rule wins, and the message says so.
 */
function keySpecAdvice(
  dump: DumpDocument,
  certificate: Certificate,
  fact: KeySpecFact | undefined,
  isCA: boolean,
): { advice: string; data: KeySpecFixData; severity?: 'information' } {
  const id = certificate.serial?.value ?? certificate.sha1?.value;
  if (fact && !isCA) {
    const reason = `${fact.explanation} This is not a CA certificate, so the provider's rule wins: no KeySpec=0 repair is offered (source: ${fact.source}).`;
    return { advice: reason, data: noRepair(reason, id), severity: 'information' };
  }
  const won = fact
    ? `${fact.explanation} But this is a CA certificate, and renewing it with its existing key needs KeySpec 0: the CA rule wins (source: ${fact.source}). `
    : '';
  const repair = repairOf(dump, certificate);
  if ('reason' in repair) return { advice: `${won}No repair INF can be offered: ${repair.reason}`, data: noRepair(repair.reason, id) };
  const target = repair.target;
  const byHash = target.certIdKind === 'sha1' ? ' The dump shows no serial number: the repair names the certificate by its SHA-1 hash.' : '';
  if (needsStoreChoice(target))
    return { advice: `${won}Generate a repair INF (quick fix) to set KeySpec=0. ${target.storeEvidence?.question ?? ''}${byHash}`, data: target };
  return { advice: `${won}Generate a repair INF (quick fix) to set KeySpec=0.${byHash}`, data: target };
}
