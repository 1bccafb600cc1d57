/** The certutil command lines of a repair, as the INF comments, notifications and scripts show them. */

import type { RepairTarget } from './repairTargetOf';

/** `certutil [-user|-enterprise] -repairstore <store> "<serial>" <file>`. */
export function repairCommand(target: RepairTarget, fileName: string): string {
  return `certutil ${userOption(target)}-repairstore ${storeArgument(target.store)} "${target.serial}" ${fileName}`;
}

/** `certutil [-user] -v -store <store> "<serial>"`: shows the property after the repair. */
export function verifyCommand(target: RepairTarget): string {
  return `certutil ${userOption(target)}-v -store ${storeArgument(target.store)} "${target.serial}"`;
}

/** `-user` for a current-user store, `-enterprise` for the machine's enterprise store (docs/formats.md §D.1). */
export function userOption(target: RepairTarget): string {
  return `${target.userKey ? '-user ' : ''}${target.enterprise && !target.userKey ? '-enterprise ' : ''}`;
}

function storeArgument(store: string): string {
  return store.includes(' ') ? `"${store}"` : store;
}
