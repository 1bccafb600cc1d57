/**
 * Where a repair goes and what it writes: the policy behind the KeySpec quick fix, the "Generate repair
 * INF" command and the repair job, in one place. The glue only converts the answer to LSP.
 */

import { URI, Utils } from 'vscode-uri';
import type { RepairHost } from './fileNames';
import { repairFiles, type GeneratedFile } from './repairJob';
import { writeRepairInf } from './repairInf';
import { normaliseFolder } from './writePolicy';
import type { RepairTarget } from './repairTargetOf';

/** Files to create (URIs in the folder), INF texts for unsaved editors, or why nothing can be written. */
export type RepairPlan =
  | { kind: 'create'; folder: string; files: (GeneratedFile & { uri: string })[] }
  | { kind: 'untitled'; texts: string[] }
  | { kind: 'refused'; reason: string; askStore?: { serial: string; store: string } };

export interface RepairPlanRequest {
  /** The dump the targets come from. */
  dumpUri: string;
  targets: readonly RepairTarget[];
  /** A folder the user picked for this write; absent: beside the dump. */
  folder?: string;
  /** The whole job: INFs and scripts. */
  scripts: boolean;
}

/**
 * Plans a repair. Beside the dump only when the dump lies in the workspace; an untitled dump (or one outside
 * the workspace, for a single INF) gets unsaved INF text instead: nothing is written outside unasked. Every
 * folder is normalised first (writePolicy.ts), and only a `file` folder with Windows-safe names is written.
 */
export function planRepair(request: RepairPlanRequest, host: RepairHost): RepairPlan {
  let folder: URI;
  if (request.folder !== undefined) {
    const picked = normaliseFolder(request.folder, host.schemes);
    if (!picked.ok) return { kind: 'refused', reason: picked.reason };
    folder = picked.uri;
  } else {
    const dump = URI.parse(request.dumpUri);
    // The dump's folder after normalising: `file:///ws/../outside/x.txt` lies outside `file:///ws`.
    const beside = dump.scheme === 'untitled' ? undefined : normaliseFolder(Utils.dirname(dump).toString(), host.schemes);
    if (!beside?.ok || !host.inWorkspace(beside.uri.toString())) {
      if (request.scripts)
        return {
          kind: 'refused',
          reason: beside && !beside.ok ? beside.reason : 'The dump is outside the workspace: pick the folder to write the repair files to.',
        };
      return untitledTexts(request.targets);
    }
    folder = beside.uri;
  }
  const result = repairFiles({ targets: request.targets, folder: folder.toString(), scripts: request.scripts }, host);
  if (!result.ok) return { kind: 'refused', reason: result.reason };
  return { kind: 'create', folder: folder.toString(), files: result.files.map((file) => ({ ...file, uri: Utils.joinPath(folder, file.fileName).toString() })) };
}

function untitledTexts(targets: readonly RepairTarget[]): RepairPlan {
  const texts: string[] = [];
  for (const target of targets) {
    const inf = writeRepairInf(target);
    if (!inf.ok) return { kind: 'refused', reason: inf.reason };
    texts.push(inf.text);
  }
  return { kind: 'untitled', texts };
}
