/** The names and certutil command lines of a repair: small and free of tables, so the client can use them too. */

import type { RepairTarget } from './repairTarget';

/** `KeyProv-<serial>.inf`, or `KeyProv-<serial>-<n>.inf` for the n-th choice when earlier names are taken. */
export function repairInfFileName(serial: string, attempt = 1): string {
  return attempt <= 1 ? `KeyProv-${serial}.inf` : `KeyProv-${serial}-${attempt}.inf`;
}

/** `certutil [-user] -repairstore <store> "<serial>" <file>`. */
export function repairCommand(target: RepairTarget, fileName: string): string {
  return `certutil ${userOption(target)}-repairstore ${storeArgument(target.store)} "${target.serial}" ${fileName}`;
}

/** `certutil [-user] -v -store <store> "<serial>"`: shows the property after the repair. */
export function verifyCommand(target: RepairTarget): string {
  return `certutil ${userOption(target)}-v -store ${storeArgument(target.store)} "${target.serial}"`;
}

function userOption(target: RepairTarget): string {
  return target.userKey ? '-user ' : '';
}

function storeArgument(store: string): string {
  return store.includes(' ') ? `"${store}"` : store;
}
