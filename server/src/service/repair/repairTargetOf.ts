/**
 * The repair target of a certificate: what its own dump text shows about the key a repair rewrites and the
 * store it lives in (docs/formats.md §D.1). The store and `-user` come from evidence only: the access state
 * property, the store header and the echoed command before the certificate. Flags only fill the INF (vendors'
 * documented repairs leave `Flags = 0` on machine-store keys). Missing or contradicting evidence is carried
 * in `storeEvidence`, so the quick fix asks instead of guessing.
 */

import type { NoRepair, RepairTarget, StoreChoice, StoreEvidence } from '../../../../common/repairTarget';
import { CRYPT_MACHINE_KEYSET } from '../data/flags';
import { accessStateFlags, defaultRepairStore } from '../data/stores';
import type { Certificate, DumpDocument } from '../dump/dumpParser';

export type { NoRepair, RepairTarget, StoreChoice, StoreEvidence } from '../../../../common/repairTarget';

/** The repair of a certificate: its target, or why none can be offered. */
export type RepairOf = { target: RepairTarget } | { reason: string };

/** The repair target of a certificate, when its dump shows everything a repair needs (the store may still be asked). */
export function repairTargetOf(dump: DumpDocument, certificate: Certificate): RepairTarget | undefined {
  const repair = repairOf(dump, certificate);
  return 'target' in repair ? repair.target : undefined;
}

/** The repair of a certificate from its own text, or the reason there is none, in the admin's words. */
export function repairOf(dump: DumpDocument, certificate: Certificate): RepairOf {
  const keyProv = certificate.keyProv;
  const certId = certificate.serial?.value ?? certificate.sha1?.value;
  const container = keyProv?.container?.value;
  const provider = keyProv?.provider?.value;
  if (certId === undefined)
    return { reason: 'The dump shows neither the serial number nor the SHA-1 certificate hash of this certificate, so no repair command can name it.' };
  if (!keyProv || container === undefined)
    return { reason: 'The dump shows no Key Container line for this key, so a KeyProv.inf cannot name the key to keep.' };
  if (provider === undefined) return { reason: 'The dump shows no Provider line for this key.' };
  const location = storeOf(dump, certificate);
  if ('reason' in location) return location;
  const target: RepairTarget = {
    serial: certId,
    container,
    provider,
    flags: keyProv.flags?.value ?? CRYPT_MACHINE_KEYSET,
    store: location.store,
    userKey: location.user,
    isCA: certificate.caEvidence !== undefined,
    storeEvidence: location.evidence,
  };
  if (location.enterprise) target.enterprise = true;
  if (certificate.serial === undefined) target.certIdKind = 'sha1';
  if (certificate.subject) target.subject = certificate.subject.value;
  if (certificate.index !== undefined) target.index = certificate.index;
  if (keyProv.keySpec?.value !== undefined) target.keySpec = keyProv.keySpec.value;
  if (keyProv.providerType?.value !== undefined) target.providerType = keyProv.providerType.value;
  return { target };
}

/** The store a certificate's text shows, or why a repair cannot name one. */
export type StoreOf = { store: string; user: boolean; enterprise: boolean; evidence: StoreEvidence } | { reason: string };

/** Which registry hive a piece of evidence points at. */
type Hive = 'machine' | 'user';

/** The store and `-user` of a certificate from the dump's evidence: the KeySpec repair and the keyless repairstore both ask this. */
export function storeOf(dump: DumpDocument, certificate: Certificate): StoreOf {
  const found: string[] = [];
  const hives: { hive: Hive; what: string }[] = [];
  const names: { name: string; what: string }[] = [];

  const access = certificate.accessState?.value;
  if (access !== undefined) {
    if (access & accessStateFlags.localMachineSystemStore) hives.push({ hive: 'machine', what: `AccessState ${access} (local machine system store)` });
    else if (access & accessStateFlags.systemStore)
      hives.push({ hive: 'user', what: `AccessState ${access} (a system store that is not the local machine's)` });
  }

  const context = certificate.context ?? (dump.store ? { header: dump.store } : {});
  const command = context.command;
  let enterprise = false;
  if (command) {
    const echoed = `the echoed command "certutil ${command.user ? '-user ' : ''}${command.enterprise ? '-enterprise ' : ''}-${command.verb}${command.store ? ` ${command.store}` : ''}"`;
    if (command.service)
      return { reason: `The dump comes from ${echoed} with -service: a service's store needs its service name, so write this repair by hand.` };
    if (command.groupPolicy)
      return {
        reason: `The dump comes from ${echoed} with -grouppolicy: group-policy stores are rewritten by policy, so repair the certificate where the policy gets it from.`,
      };
    enterprise = command.enterprise && !command.user;
    hives.push({ hive: command.user ? 'user' : 'machine', what: echoed });
    if (command.store) names.push({ name: command.store, what: echoed });
  }
  if (context.header) names.push({ name: context.header.name, what: `the store header "${context.header.name}"` });

  for (const item of [...names, ...hives]) if (!found.includes(item.what)) found.push(item.what);
  const hiveSet = new Set(hives.map((h) => h.hive));
  const nameSet = new Set(names.map((n) => n.name.toLowerCase()));
  const store = names[0]?.name ?? defaultRepairStore;
  const user = hives[0]?.hive === 'user';

  let evidence: StoreEvidence;
  if (hiveSet.size > 1 || nameSet.size > 1) {
    const what = hiveSet.size > 1 ? 'whether the certificate is in the machine or the user store' : 'which store the certificate is in';
    evidence = {
      status: 'conflict',
      found,
      question: `The dump contradicts itself about ${what} (${found.join('; ')}): choose the store before a repair is written.`,
    };
  } else if (hiveSet.size === 0 || nameSet.size === 0) {
    const missing = [
      nameSet.size === 0 ? 'no store name' : undefined,
      hiveSet.size === 0 ? 'nothing that tells the machine store from the user store' : undefined,
    ]
      .filter(Boolean)
      .join(' and ');
    evidence = {
      status: 'missing',
      found,
      question: `The dump shows ${missing} for this certificate${found.length ? ` (only ${found.join('; ')})` : ''}: choose the store before a repair is written.`,
    };
  } else {
    evidence = { status: 'shown', found };
  }
  return { store, user, enterprise, evidence };
}

/** The target as the admin's choice of store makes it: the store is then shown, by them. */
export function withStoreChoice(target: RepairTarget, choice: StoreChoice): RepairTarget {
  const store = choice.store ?? target.store;
  const chosen: RepairTarget = {
    ...target,
    store,
    userKey: choice.location === 'user',
    storeEvidence: {
      status: 'shown',
      found: [...(target.storeEvidence?.found ?? []), `chosen: the ${choice.location === 'user' ? 'current user' : 'local machine'} store "${store}"`],
    },
  };
  if (choice.location === 'user') delete chosen.enterprise;
  return chosen;
}

/** The data of a KeySpec diagnostic without a repair. */
export function noRepair(reason: string, serial: string | undefined): NoRepair {
  return serial === undefined ? { noRepair: reason } : { noRepair: reason, serial };
}
