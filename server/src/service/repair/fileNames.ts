/**
 * The one file-name picker of a repair: `KeyProv-<serial>.inf`, `repair-keyspec.cmd`, or the first
 * `-2`, `-3` ... variant that is free. Names are compared case-insensitively (Windows folds case, and the
 * files are copied to a CA), against each other and against what the host says is in the folder. A name
 * Windows would not read back as written (writePolicy.ts) is never picked.
 */

import { refusedName } from './writePolicy';

/** What the host knows of the folders a repair writes to: injected, so the service never touches a disk. */
export interface RepairHost {
  /** True when `folder` (a URI in normal form, writePolicy.ts) lies inside a workspace folder, normalised the same way. */
  inWorkspace(folder: string): boolean;
  /** True when a file of this name exists in `folder`, case folded (the files go to Windows); a dangling link counts. */
  isTaken(folder: string, fileName: string): boolean;
  /** The URI schemes whose folders may be written: `file` when absent; the browser build writes through VS Code's file system. */
  readonly schemes?: readonly string[];
  /**
   * The text of the plain file of this name in `folder` (no link, small enough to be a repair file), or undefined.
   * A host without it never reuses a file: every existing name is simply taken.
   */
  readText?(folder: string, fileName: string): string | undefined;
}

/** How many names are tried for one file before giving up. */
export const MAX_NAME_ATTEMPTS = 99;

/** Picks free names in one folder for one write: no two picks collide, case folded. */
export class NamePicker {
  private readonly used = new Set<string>();

  constructor(
    private readonly host: RepairHost,
    private readonly folder: string,
  ) {}

  /** Takes a name that exists already (a file reused as it is), unless this write picked it before. */
  claim(fileName: string): boolean {
    const key = fileName.toLowerCase();
    if (this.used.has(key)) return false;
    this.used.add(key);
    return true;
  }

  /** The first free `name(attempt)` for attempt 1, 2, ... up to the limit, or undefined. */
  pick(name: (attempt: number) => string): string | undefined {
    for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
      const candidate = name(attempt);
      const key = candidate.toLowerCase();
      if (refusedName(candidate) || this.used.has(key) || this.host.isTaken(this.folder, candidate)) continue;
      this.used.add(key);
      return candidate;
    }
    return undefined;
  }
}

/** `KeyProv-<serial>.inf`, or `KeyProv-<serial>-<n>.inf` for the n-th choice when earlier names are taken. */
export function repairInfFileName(serial: string, attempt = 1): string {
  return attempt <= 1 ? `KeyProv-${serial}.inf` : `KeyProv-${serial}-${attempt}.inf`;
}

/** `rollback-<serial>.inf`, or `rollback-<serial>-<n>.inf`: puts the key provider property back as the dump showed it. */
export function rollbackInfFileName(serial: string, attempt = 1): string {
  return attempt <= 1 ? `rollback-${serial}.inf` : `rollback-${serial}-${attempt}.inf`;
}

/** `repair-keyspec.cmd`, `repair-keyspec-2.cmd`, ... */
export function repairScriptFileName(extension: 'cmd' | 'ps1', attempt = 1): string {
  return `repair-keyspec${attempt > 1 ? `-${attempt}` : ''}.${extension}`;
}
