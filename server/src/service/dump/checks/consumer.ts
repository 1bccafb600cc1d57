/**
 * `keyspec.consumer`: what the certificate's consumer needs from its key. Schannel (IIS, SQL Server, RDP,
 * ADFS's service communication certificate) can only use a legacy CSP key created as AT_KEYEXCHANGE
 * (KeySpec 1); KeySpec 2 (AT_SIGNATURE) there fails the TLS handshake (docs/formats.md "CA key health" §H6).
 * The consumer is a TLS server by the Server Authentication EKU, or by the `certutil.health.certificateRoles` setting
 * where the EKU does not decide. KSP keys (KeySpec 0) serve every consumer and are never flagged here.
 */

import { lookupProvider } from '../../data/providers';
import type { KeyRepair } from '../../repair/keyRepair';
import { repairTargetOf } from '../../repair/repairTargetOf';
import { report } from '../../rules';
import type { Problem } from '../../types';
import type { Certificate } from '../dumpParser';
import type { HealthContext } from './healthContext';

/** id-kp-serverAuth (RFC 5280 §4.2.1.12). */
export const SERVER_AUTH_EKU = '1.3.6.1.5.5.7.3.1';

export function checkConsumer(context: HealthContext, certificate: Certificate, problems: Problem[]): void {
  const keyProv = certificate.keyProv;
  const keySpec = keyProv?.keySpec;
  if (!keyProv?.provider || keySpec?.value !== 2) return;
  const known = lookupProvider(keyProv.provider.value);
  const providerType = keyProv.providerType?.value ?? known?.providerType;
  if (providerType === undefined || providerType === 0 || known?.kind === 'ksp') return;
  const role = certificate.serial ? context.options.roles[certificate.serial.value] : undefined;
  let rule: string;
  if (role === 'tls-server' || role === 'adfs')
    rule = `the setting certutil.health.certificateRoles names this certificate a ${role === 'adfs' ? 'ADFS service communication' : 'TLS server'} certificate`;
  else if (role === undefined && certificate.caEvidence === undefined && context.facts(certificate).ekus.includes(SERVER_AUTH_EKU))
    rule = 'the certificate has the Server Authentication EKU (1.3.6.1.5.5.7.3.1), so a TLS server uses it';
  else return;
  const severity = context.severity('keyspec.consumer', 'warning');
  if (severity === 'off') return;
  const target = repairTargetOf(context.dump, certificate);
  const repair: KeyRepair | undefined = target ? { kind: 'inf', target, key: { keySpec: 1, providerType }, why: 'Schannel needs AT_KEYEXCHANGE' } : undefined;
  problems.push(report('keyspec.consumer', keySpec.line, { rule }, { severity, ...(repair ? { data: repair } : {}) }));
}
