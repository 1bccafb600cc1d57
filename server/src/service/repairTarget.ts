/** What a repair of one certificate's key-provider property needs, carried by diagnostics and commands. */

import { CRYPT_MACHINE_KEYSET } from './data/flags';
import { defaultRepairStore } from './data/stores';
import type { Certificate, DumpDocument } from './dump/parser';

/** One certificate to repair: the values the KeyProv.inf and the certutil commands are written from. */
export interface RepairTarget {
  serial: string;
  /** Subject CN, for comments and pickers. */
  subject?: string;
  /** The `Key Container` value, verbatim. */
  container: string;
  /** The `Provider` value, verbatim. */
  provider: string;
  /** dwFlags as the dump shows it (0x20 for machine keys). */
  flags: number;
  /** The store name from the dump header (`my`). */
  store: string;
  /** The key is a user key (no CRYPT_MACHINE_KEYSET): commands need `-user`. */
  userKey: boolean;
  /** The certificate's N in the dump, for pickers. */
  index?: number;
  isCA: boolean;
}

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
  return target;
}
