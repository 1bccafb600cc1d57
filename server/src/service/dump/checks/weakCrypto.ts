/**
 * `ca.sha1`: a CA certificate signed with SHA-1 or MD5, other than a root's self-signature (a root is trusted
 * as itself; its own signature is not checked); Information on an expired earlier generation. `key.short`: an RSA key below the configured minimum
 * (docs/formats.md "CA key health" §H5). Read by OID, never by the localized labels.
 */

import { report } from '../../rules';
import type { Problem } from '../../types';
import { signatureOids } from '../certificateFacts';
import type { Certificate } from '../dumpParser';
import { isCaCertificate, type HealthContext } from './healthContext';
import { isRetiredGeneration } from './validity';

export function checkWeakCrypto(context: HealthContext, certificate: Certificate, problems: Problem[]): void {
  const facts = context.facts(certificate);
  const signature = facts.signatureAlgorithm;
  const hash = signature ? signatureOids[signature.value.oid]?.hash : undefined;
  if (signature && (hash === 'sha1' || hash === 'md5') && isCaCertificate(context, certificate) && !selfSigned(certificate)) {
    const severity = context.severity('ca.sha1', isRetiredGeneration(context, certificate) ? 'information' : 'warning');
    if (severity !== 'off') problems.push(report('ca.sha1', signature.line, { algorithm: signatureOids[signature.value.oid].name }, { severity }));
  }
  const length = facts.publicKeyLength;
  if (length && facts.publicKeyAlgorithm?.value.oid === '1.2.840.113549.1.1.1' && length.value < context.options.minRsaKeyBits) {
    const severity = context.severity('key.short', 'warning');
    if (severity !== 'off') problems.push(report('key.short', length.line, { bits: length.value, minimum: context.options.minRsaKeyBits }, { severity }));
  }
}

/** Subject and issuer name the same CA: a root (or a self-issued certificate), whose signature nobody relies on. */
function selfSigned(certificate: Certificate): boolean {
  const subject = certificate.subject?.value;
  return subject !== undefined && subject === certificate.issuer?.value;
}
