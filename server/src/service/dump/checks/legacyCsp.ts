/**
 * `ca.csp-no-sha2`: a CA certificate whose key is in a PROV_RSA_FULL CSP (Base, Strong, Enhanced v1.0), which
 * cannot hash with SHA-2, so the CA cannot sign with SHA-256 until its key moves to a KSP (docs/formats.md
 * "CA key health" §H4). Providers that do SHA-2 (PROV_RSA_AES, every KSP) are left alone.
 */

import { lookupProvider } from '../../data/providers';
import { report } from '../../rules';
import type { Problem } from '../../types';
import type { Certificate } from '../dumpParser';
import { isCaCertificate, type HealthContext } from './healthContext';
import { isRetiredGeneration } from './validity';

/** Microsoft's CSP to KSP migration of a CA key. */
export const CSP_TO_KSP_MIGRATION = 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/dn771627(v=ws.11)';

export function checkLegacyCsp(context: HealthContext, certificate: Certificate, problems: Problem[]): void {
  const provider = certificate.keyProv?.provider;
  if (!provider || !isCaCertificate(context, certificate)) return;
  const known = lookupProvider(provider.value);
  if (!known?.noSha2) return;
  // An expired earlier generation's key signs nothing any more: Information, not a renewal problem.
  const severity = context.severity('ca.csp-no-sha2', isRetiredGeneration(context, certificate) ? 'information' : 'warning');
  if (severity === 'off') return;
  problems.push(report('ca.csp-no-sha2', provider.line, { provider: known.name }, { severity, data: { migration: CSP_TO_KSP_MIGRATION } }));
}
