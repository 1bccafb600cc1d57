/** The repair target of a certificate: what its own dump text shows about the key a repair rewrites. */

import type { RepairTarget } from '../../../../common/repairTarget';
import { CRYPT_MACHINE_KEYSET } from '../data/flags';
import { defaultRepairStore } from '../data/stores';
import type { Certificate, DumpDocument } from '../dump/parser';

export type { RepairTarget } from '../../../../common/repairTarget';

/** The repair target of a certificate, when its dump shows everything a repair needs. */
export function repairTargetOf(dump: DumpDocument, certificate: Certificate): RepairTarget | undefined {
  const keyProv = certificate.keyProv;
  const serial = certificate.serial?.value;
  const container = keyProv?.container?.value;
  const provider = keyProv?.provider?.value;
  if (!keyProv || serial === undefined || container === undefined || provider === undefined) return undefined;
  const flags = keyProv.flags?.value ?? CRYPT_MACHINE_KEYSET;
  const target: RepairTarget = {
    serial,
    container,
    provider,
    flags,
    store: dump.store?.name ?? defaultRepairStore,
    userKey: (flags & CRYPT_MACHINE_KEYSET) === 0,
    isCA: certificate.caEvidence !== undefined,
  };
  if (certificate.subject) target.subject = certificate.subject.value;
  if (certificate.index !== undefined) target.index = certificate.index;
  if (keyProv.keySpec?.value !== undefined) target.keySpec = keyProv.keySpec.value;
  if (keyProv.providerType?.value !== undefined) target.providerType = keyProv.providerType.value;
  return target;
}
