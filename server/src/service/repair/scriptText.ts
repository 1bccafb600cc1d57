/** What both repair scripts share: the plan they are written from and the words they say. */

import { groupByContainer } from './containerGroups';
import type { RepairTarget } from './repairTargetOf';

/** One certificate in a script: its target and the INF files written for it. */
export interface ScriptEntry {
  target: RepairTarget;
  infFileName: string;
  /** The INF that puts the key provider property back as the dump showed it. */
  rollbackFileName: string;
}

/** What both script writers work from: checked values only. */
export interface ScriptPlan {
  entries: readonly ScriptEntry[];
  store: string;
  userStore: boolean;
  /** The dump of the whole store written at the end, named after the store. */
  afterDumpName: string;
  /** Some certificate is a CA's: the backup warning names the CA. */
  anyCA: boolean;
}

/** Per certificate, the files the script itself writes: the properties before and after its repair. */
export function runFileNames(serial: string): { before: string; after: string } {
  return { before: `before-${serial}.txt`, after: `after-${serial}.txt` };
}

/** Text for a comment line of either script: cmd.exe expands `%` even in `rem`, so keep a plain alphabet. */
export function commentText(value: string): string {
  return value.replace(/[^A-Za-z0-9 .,_()=+\-{}:/]/g, '?');
}

/** The certificates, grouped by the key that backs them, as comment lines. */
export function describeGroups(entries: readonly ScriptEntry[], comment: string): string[] {
  const lines: string[] = [];
  for (const group of groupByContainer(entries)) {
    const shared = group.entries.length > 1 ? ` (one key backs ${group.entries.length} certificates)` : '';
    lines.push(`${comment} Key container "${commentText(group.container)}" in ${commentText(group.provider)}${shared}:`);
    for (const entry of group.entries) {
      lines.push(`${comment}   serial ${entry.target.serial}${entry.target.subject ? `  ${commentText(entry.target.subject)}` : ''}`);
    }
  }
  return lines;
}

/** What the scripts say before any change: back up the CA and its key (docs/formats.md §R6). */
export function backupWarning(plan: ScriptPlan): string[] {
  const lines = [
    plan.anyCA ? 'Back up the CA and its key before you go on:' : "Back up the certificate's key before you go on:",
    '  software key: certutil -backupKey C:\\CABackup  or  Backup-CARoleService -Path C:\\CABackup -KeyOnly',
    "  HSM key: follow the HSM vendor's backup procedure.",
    'Each certificate gets a properties backup and a rollback INF; they do not back up the key.',
  ];
  return plan.anyCA ? lines : [lines[0], '  exportable key: certutil -exportPFX, or the Certificates console.', lines[3]];
}

/** The words for who must run the script: elevated for the machine store, the owner for a user store. */
export function whoRuns(plan: ScriptPlan, shell: string): string {
  return plan.userStore
    ? `Run it as the owner of the certificates, the user whose ${plan.store} store holds them, from a ${shell} of that user.`
    : `Run it from an elevated ${shell} (Run as administrator).`;
}
