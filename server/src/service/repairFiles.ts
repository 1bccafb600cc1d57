/**
 * Every file of a whole repair job: one KeyProv INF per affected certificate (from the one INF writer)
 * and the cmd and ps1 scripts that run them, each under a name that is not taken yet.
 */

import { repairInfFileName, shown, writeRepairInf } from './repairInf';
import { writeRepairScripts, type ScriptEntry } from './repairScript';
import type { RepairTarget } from './repairTarget';

export interface GeneratedFile {
  fileName: string;
  text: string;
}

export type RepairFiles = { ok: true; files: GeneratedFile[] } | { ok: false; reason: string };

const MAX_ATTEMPTS = 99;

/** The files for `targets`, named around `isTaken` (and each other), or why they cannot be written. */
export function repairFiles(targets: readonly RepairTarget[], isTaken: (fileName: string) => boolean): RepairFiles {
  if (targets.length === 0) return { ok: false, reason: 'No certificate in this dump needs a KeySpec repair.' };
  const used = new Set<string>();
  const free = (name: (attempt: number) => string): string | undefined => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const candidate = name(attempt);
      if (!used.has(candidate.toLowerCase()) && !isTaken(candidate)) {
        used.add(candidate.toLowerCase());
        return candidate;
      }
    }
    return undefined;
  };

  const files: GeneratedFile[] = [];
  const entries: ScriptEntry[] = [];
  for (const target of targets) {
    const fileName = free((attempt) => repairInfFileName(target.serial, attempt));
    if (!fileName) return { ok: false, reason: `Every name for the INF of ${shown(target.serial)} is taken.` };
    const inf = writeRepairInf(target, fileName);
    if (!inf.ok) return { ok: false, reason: `Serial ${shown(target.serial)}: ${inf.reason}` };
    files.push({ fileName, text: inf.text });
    entries.push({ target, infFileName: fileName });
  }
  const scriptBase = (attempt: number, extension: string): string => `repair-keyspec${attempt > 1 ? `-${attempt}` : ''}.${extension}`;
  const cmdName = free((attempt) => scriptBase(attempt, 'cmd'));
  const ps1Name = free((attempt) => scriptBase(attempt, 'ps1'));
  if (!cmdName || !ps1Name) return { ok: false, reason: 'Every name for the repair scripts is taken.' };
  const scripts = writeRepairScripts(entries);
  if (!scripts.ok) return scripts;
  files.push({ fileName: cmdName, text: scripts.cmd }, { fileName: ps1Name, text: scripts.ps1 });
  return { ok: true, files };
}
