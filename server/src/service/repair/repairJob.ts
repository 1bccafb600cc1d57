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
  /** The folder holds this file under this name with this text already (an earlier write): it is used, not written again. */
  alreadyWritten?: true;
  /** Why the file did not get its first name: a different file of that name is in the folder (never overwritten). */
  note?: string;
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
  const place = (name: (attempt: number) => string, write: (fileName: string) => Written): Placed => placeFile(host, request.folder, picker, name, write);
  const files: GeneratedFile[] = [];
  const infNames: string[] = [];
  for (const target of request.targets) {
    const placed = place(
      (attempt) => repairInfFileName(target.serial, attempt),
      (fileName) => inSerial(target, writeRepairInf(target, fileName)),
    );
    if (!placed.ok) return placed;
    files.push({ ...placed.file, command: repairCommand(target, placed.file.fileName) });
    infNames.push(placed.file.fileName);
  }
  if (!request.scripts) return { ok: true, files };
  const entries: ScriptEntry[] = [];
  for (const [i, target] of request.targets.entries()) {
    const placed = place(
      (attempt) => rollbackInfFileName(target.serial, attempt),
      (fileName) => inSerial(target, writeRollbackInf(target, fileName)),
    );
    if (!placed.ok) return placed;
    // No `command`: a rollback is for undoing, never one of the commands to run.
    files.push(placed.file);
    entries.push({ target, infFileName: infNames[i], rollbackFileName: placed.file.fileName });
  }
  const scripts = writeRepairScripts(entries);
  if (!scripts.ok) return scripts;
  for (const [extension, text] of [
    ['cmd', scripts.cmd],
    ['ps1', scripts.ps1],
  ] as const) {
    const placed = place(
      (attempt) => repairScriptFileName(extension, attempt),
      () => ({ ok: true, text }),
    );
    if (!placed.ok) return { ok: false, reason: 'Every name for the repair scripts is taken in the folder.' };
    files.push(placed.file);
  }
  return { ok: true, files };
}

type Written = { ok: true; text: string } | { ok: false; reason: string };
type Placed = { ok: true; file: GeneratedFile } | { ok: false; reason: string };

function inSerial(target: RepairTarget, written: Written): Written {
  return written.ok ? written : { ok: false, reason: `Serial ${shown(target.serial)}: ${written.reason}` };
}

/**
 * Names one file. When its first name is in the folder already with the very text this write would give it,
 * that file is the one (reported "already written", not written twice); a different file of that name is never
 * overwritten: the file gets the next free name, and a note says why.
 */
function placeFile(host: RepairHost, folder: string, picker: NamePicker, name: (attempt: number) => string, write: (fileName: string) => Written): Placed {
  const first = name(1);
  const firstText = write(first);
  if (!firstText.ok) return firstText;
  const taken = host.isTaken(folder, first);
  if (taken) {
    const existing = host.readText?.(folder, first);
    if (existing !== undefined && sameText(existing, firstText.text) && picker.claim(first))
      return { ok: true, file: { fileName: first, text: firstText.text, alreadyWritten: true } };
  }
  const fileName = picker.pick(name);
  if (!fileName) return { ok: false, reason: `${shown(first)} and every numbered copy of it already exist in the folder.` };
  const text = fileName === first ? firstText : write(fileName);
  if (!text.ok) return text;
  const note = taken ? `${first} is in the folder with other content, so it was kept and this file is ${fileName}.` : undefined;
  return { ok: true, file: { fileName, text: text.text, ...(note ? { note } : {}) } };
}

/** The same file apart from how it was saved: line endings (the editor saves CRLF) and a UTF-8 byte order mark. */
function sameText(a: string, b: string): boolean {
  const normal = (text: string): string => (text.startsWith('\ufeff') ? text.slice(1) : text).replace(/\r\n/g, '\n');
  return normal(a) === normal(b);
}
