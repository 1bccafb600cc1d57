/** The certutil command lines of a repair, as the INF comments, notifications and scripts show them. */

import type { RepairTarget } from './repairTargetOf';

/** Where a certificate is: its store and whether `-user` / `-enterprise` reach it (docs/formats.md §D.1). */
export type StoreScope = Pick<RepairTarget, 'store' | 'userKey' | 'enterprise'>;

/** `certutil [-user|-enterprise] -repairstore <store> "<serial>" <file>`. */
export function repairCommand(target: RepairTarget, fileName: string): string {
  return repairStoreCommand(target, target.serial, fileName);
}

/**
 * `certutil [-user|-enterprise] -repairstore <store> "<certId>" [<file>]`: with no INF, certutil searches the key
 * providers for the key that matches the certificate (docs/formats.md "CA key health" §H1). The one quoting of the store.
 */
export function repairStoreCommand(scope: StoreScope, certId: string, fileName?: string): string {
  return `certutil ${userOption(scope)}-repairstore ${storeArgument(scope.store)} "${certId}"${fileName === undefined ? '' : ` ${fileName}`}`;
}

/** `certutil [-user] -v -store <store> "<serial>"`: shows the property after the repair. */
export function verifyCommand(target: Pick<RepairTarget, 'serial' | 'store' | 'userKey' | 'enterprise'>): string {
  return `certutil ${userOption(target)}-v -store ${storeArgument(target.store)} "${target.serial}"`;
}

/** `-user` for a current-user store, `-enterprise` for the machine's enterprise store (docs/formats.md §D.1). */
export function userOption(target: Pick<RepairTarget, 'userKey' | 'enterprise'>): string {
  return `${target.userKey ? '-user ' : ''}${target.enterprise && !target.userKey ? '-enterprise ' : ''}`;
}

function storeArgument(store: string): string {
  return store.includes(' ') ? `"${store}"` : store;
}
