/**
 * The files of a repair: one KeyProv INF per chosen certificate (from the one INF writer) and, for the
 * whole job, the cmd and ps1 scripts that run them with one rollback INF per certificate (which puts its key
 * provider property back as the dump showed it), each under a name that is not taken yet.
 */

import { NamePicker, repairInfFileName, repairScriptFileName, rollbackInfFileName, type RepairHost } from './fileNames';
import { repairCommand } from './repairCommands';
import { shown, writeRepairInf, writeRollbackInf } from './repairInf';
import { writeRepairScripts, type ScriptEntry } from './repairScript';
import type { RepairTarget } from './repairTargetOf';

/** One file of a repair, named in its folder. */
export interface GeneratedFile {
  fileName: string;
  text: string;
  /** For an INF: the certutil command that applies it. */
  command?: string;
}

export type RepairFiles = { ok: true; files: GeneratedFile[] } | { ok: false; reason: string };

export interface RepairJobRequest {
  targets: readonly RepairTarget[];
  /** The folder URI the files go to. */
  folder: string;
  /** Also write repair-keyspec.cmd / .ps1 and the rollback INFs they name. */
  scripts: boolean;
}

/** The files for a repair job, named around what the host says is in the folder, or why they cannot be written. */
export function repairFiles(request: RepairJobRequest, host: RepairHost): RepairFiles {
  if (request.targets.length === 0) return { ok: false, reason: 'No certificate in this dump needs a KeySpec repair.' };
  const picker = new NamePicker(host, request.folder);
  const files: GeneratedFile[] = [];
  const infNames: string[] = [];
  for (const target of request.targets) {
    const fileName = picker.pick((attempt) => repairInfFileName(target.serial, attempt));
    if (!fileName) return { ok: false, reason: `${repairInfFileName(shown(target.serial))} and every numbered copy of it already exist in the folder.` };
    const inf = writeRepairInf(target, fileName);
    if (!inf.ok) return { ok: false, reason: `Serial ${shown(target.serial)}: ${inf.reason}` };
    files.push({ fileName, text: inf.text, command: repairCommand(target, fileName) });
    infNames.push(fileName);
  }
  if (!request.scripts) return { ok: true, files };
  const entries: ScriptEntry[] = [];
  for (const [i, target] of request.targets.entries()) {
    const fileName = picker.pick((attempt) => rollbackInfFileName(target.serial, attempt));
    if (!fileName) return { ok: false, reason: `${rollbackInfFileName(shown(target.serial))} and every numbered copy of it already exist in the folder.` };
    const rollback = writeRollbackInf(target, fileName);
    if (!rollback.ok) return { ok: false, reason: `Serial ${shown(target.serial)}: ${rollback.reason}` };
    // No `command`: a rollback is for undoing, never one of the commands to run.
    files.push({ fileName, text: rollback.text });
    entries.push({ target, infFileName: infNames[i], rollbackFileName: fileName });
  }
  const cmdName = picker.pick((attempt) => repairScriptFileName('cmd', attempt));
  const ps1Name = picker.pick((attempt) => repairScriptFileName('ps1', attempt));
  if (!cmdName || !ps1Name) return { ok: false, reason: 'Every name for the repair scripts is taken in the folder.' };
  const scripts = writeRepairScripts(entries);
  if (!scripts.ok) return scripts;
  files.push({ fileName: cmdName, text: scripts.cmd }, { fileName: ps1Name, text: scripts.ps1 });
  return { ok: true, files };
}
