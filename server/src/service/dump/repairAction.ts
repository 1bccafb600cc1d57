/** The KeyProv.inf a quick fix or a command creates for one certificate, named so that nothing is overwritten. */

import { repairInfFileName, writeRepairInf, type RepairInfResult } from '../repairInf';
import type { RepairTarget } from '../repairTarget';

/** How many `-2`, `-3` ... names are tried before giving up. */
const MAX_ATTEMPTS = 99;

/** The first free `KeyProv-<serial>[-n].inf` per `isTaken`, with its text; or why none can be written. */
export function repairInfForFolder(target: RepairTarget, isTaken: (fileName: string) => boolean): RepairInfResult {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const fileName = repairInfFileName(target.serial, attempt);
    if (!isTaken(fileName)) return writeRepairInf(target, fileName);
  }
  return { ok: false, reason: `${repairInfFileName(target.serial)} and ${MAX_ATTEMPTS - 1} numbered copies already exist beside the dump.` };
}
