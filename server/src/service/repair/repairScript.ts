/**
 * The scripts that run a whole repair on the CA (`repair-keyspec.cmd` and `.ps1`). Both do the same, in the
 * same order: a preflight that changes nothing (elevation, certutil, input files, every certificate present,
 * every output file free, KeySpec already 0 means skip), the backup warning and its confirmation, then per
 * certificate a properties backup, `-repairstore` and an immediate check that the dump shows `KeySpec = 0`,
 * stopping at the first non-zero exit code; last, a dump of the whole store for the comparison.
 * Every value that reaches a script was checked against a strict alphabet and a length limit first
 * (`unsafeReason`), so it never needs escaping; the cmd.exe facts relied on are in docs/formats.md §R.
 */

import { repairInfFileName, rollbackInfFileName } from './fileNames';
import { SAFE_FILE_NAME, shown, unsafeReason } from './repairInf';
import type { RepairTarget } from './repairTargetOf';
import { cmdScript } from './scriptCmd';
import { powershellScript } from './scriptPs1';
import type { ScriptEntry, ScriptPlan } from './scriptText';

export type { ScriptEntry } from './scriptText';

/** The scripts, or why none could be written. */
export type RepairScripts = { ok: true; cmd: string; ps1: string; afterDumpName: string } | { ok: false; reason: string };

/** The entries for `targets` with their default INF names (`KeyProv-<serial>.inf`, `rollback-<serial>.inf`). */
export function scriptEntries(targets: readonly RepairTarget[]): ScriptEntry[] {
  return targets.map((target) => ({ target, infFileName: repairInfFileName(target.serial), rollbackFileName: rollbackInfFileName(target.serial) }));
}

/** `machine-after.txt` / `user-after.txt` for the `my` store, `machine-<store>-after.txt` for another. */
export function afterDumpFileName(target: RepairTarget): string {
  const scope = target.userKey ? 'user' : 'machine';
  const store = typeof target.store === 'string' ? target.store.toLowerCase().replace(/ /g, '-') : '';
  return store === 'my' ? `${scope}-after.txt` : `${scope}-${store}-after.txt`;
}

/** Writes `repair-keyspec.cmd` and `repair-keyspec.ps1` for `entries`, or refuses with the reason. */
export function writeRepairScripts(entries: readonly ScriptEntry[], afterDumpName?: string): RepairScripts {
  if (entries.length === 0) return { ok: false, reason: 'No certificate to repair.' };
  for (const entry of entries) {
    const reason = unsafeReason(entry.target);
    if (reason) return { ok: false, reason };
    for (const name of [entry.infFileName, entry.rollbackFileName]) {
      if (typeof name !== 'string' || !SAFE_FILE_NAME.test(name) || name.length > 240)
        return { ok: false, reason: `The file name "${shown(name)}" cannot be passed to a script safely.` };
    }
  }
  const stores = new Set(entries.map((e) => `${e.target.userKey ? '-user ' : ''}${e.target.store.toLowerCase()}`));
  if (stores.size > 1) return { ok: false, reason: 'The certificates come from more than one store; repair each store on its own.' };
  const serials = new Set(entries.map((e) => e.target.serial));
  if (serials.size < entries.length) return { ok: false, reason: 'A certificate is listed twice; each serial number can be repaired once per script.' };
  const first = entries[0].target;
  const after = afterDumpName ?? afterDumpFileName(first);
  if (typeof after !== 'string' || !SAFE_FILE_NAME.test(after) || after.length > 240)
    return { ok: false, reason: `The file name "${shown(after)}" cannot be passed to a script safely.` };
  const plan: ScriptPlan = { entries, store: first.store, userStore: first.userKey, afterDumpName: after, anyCA: entries.some((e) => e.target.isCA) };
  return { ok: true, cmd: cmdScript(plan), ps1: powershellScript(plan), afterDumpName: after };
}
