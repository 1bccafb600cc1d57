/** The custom requests between the client and the server: one typed definition used by both sides. */

import { RequestType, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { RepairTarget, StoreChoice } from './repairTarget';

export type { RepairTarget, StoreChoice } from './repairTarget';

/** A certificate whose KeySpec needs repair, with the line of its KeySpec diagnostic. */
export interface RepairCandidate {
  target: RepairTarget;
  /** 0-based line of the KeySpec line in the dump. */
  line: number;
  /** The certificate's first and last line (0-based) and its validity as the dump prints it: to find the one under the cursor and tell generations apart. */
  certificate: { startLine: number; endLine: number; notBefore?: string; notAfter?: string };
  /** The key container group (certificates that share one key): its number in the dump and how many it holds. Candidates come grouped. */
  group: { index: number; size: number };
}

export interface RepairCandidatesParams {
  uri: string;
}

/** Every certificate of an open dump that `keyspec.ksp-nonzero` flags. */
export const repairCandidatesRequest = new RequestType<RepairCandidatesParams, RepairCandidate[], void>('certutil/repairCandidates');

export interface RepairEditParams {
  /** The open dump. */
  uri: string;
  /** The certificates to write a KeyProv INF for, by serial; all candidates when absent. */
  serials?: string[];
  /** The folder to write to: one the user picked for this write. Absent: beside the dump, which must lie in the workspace. */
  folder?: string;
  /** Also write the repair scripts (the whole job). */
  scripts?: boolean;
  /** The admin's answer to the store question, for certificates whose dump does not show their store (docs/formats.md §D.1). */
  storeChoice?: StoreChoice;
}

/** One file a repair edit creates. */
export interface RepairFileInfo {
  uri: string;
  fileName: string;
  /** The certutil command that applies this file on the CA, for an INF. */
  command?: string;
  /** The folder has this very file already (an earlier write): nothing is written for it. */
  alreadyWritten?: true;
  /** Why it did not get its first name (a different file of that name is kept). */
  note?: string;
}

/**
 * The files of a repair, as the server named them (never over an existing file): a WorkspaceEdit that
 * creates them, or for an untitled dump the INF texts to open unsaved, or why nothing can be written.
 */
export type RepairEditResult =
  | { ok: true; edit: WorkspaceEdit; files: RepairFileInfo[] }
  | { ok: true; untitled: string[] }
  | {
      ok: false;
      reason: string;
      /** Set when the store must be chosen first: ask, then send the request again with `storeChoice`. */ askStore?: { serial: string; store: string };
    };

export const repairEditRequest = new RequestType<RepairEditParams, RepairEditResult, void>('certutil/repairEdit');

export interface CompareParams {
  /** The earlier dump (open in the editor). */
  beforeUri: string;
  /** The later dump (open in the editor); the comparison's problems are published on it. */
  afterUri: string;
}

export interface CompareResult {
  markdown: string;
  allCaFixed: boolean;
}

/** Compares two open dumps by serial; the server keeps the earlier one as the later one's baseline. */
export const compareRequest = new RequestType<CompareParams, CompareResult | null, void>('certutil/compare');

// ---- CA key health report (issue #15) ----
export interface HealthReportParams {
  uri: string;
  /** The nonce of the webview's Content-Security-Policy (letters and digits, 16 or more): the report's style carries it. */
  nonce: string;
}

/** The CA key health report of an open dump as HTML for a webview with scripts off, or null. */
export const healthReportRequest = new RequestType<HealthReportParams, { html: string } | null, void>('certutil/healthReport');

export interface ReadDirectoryParams {
  /** A folder a repair would write to. */
  uri: string;
}

export interface ReadDirectoryResult {
  names: string[];
  /**
   * The text of each plain file (no link) in the folder that could be a repair file: `.inf`, `.cmd` or `.ps1`,
   * at most `repairFileTextLimit` bytes, by name. A repair whose file is there with the same text reuses it.
   */
  texts: Record<string, string>;
}

/** The largest file whose text is read to see whether it is the repair file a write would give. */
export const repairFileTextLimit = 1024 * 1024;

/**
 * Server to client, browser build only: the names in a folder, read with `vscode.workspace.fs` (a web worker
 * has no file system), so the repair picks free names; null when the folder cannot be read.
 */
export const readDirectoryRequest = new RequestType<ReadDirectoryParams, ReadDirectoryResult | null, void>('certutil/readDirectory');

/**
 * Browser build only, not LSP: what the server posts once when it runs in a web worker and listens, so the
 * client knows the worker loaded (a worker whose script fails to load fires `error` instead) before it
 * starts the language client on that worker.
 */
export const workerReadyMessage = { certutilServer: 'ready' } as const;

export function isWorkerReady(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { certutilServer?: unknown }).certutilServer === workerReadyMessage.certutilServer;
}

// ---- Key-binding repairs with the store asked (issue #15) ----
export interface KeyRepairEditParams {
  /** The open dump. */
  uri: string;
  /** The `data` of the `key.missing` / `keyspec.consumer` diagnostic, as the server sent it. */
  repair: unknown;
  /** The admin's answer to the store question the dump leaves open. */
  storeChoice: StoreChoice;
}

/** The file of a key-binding repair written with the admin's store choice: the same result as `repairEditRequest`. */
export const keyRepairEditRequest = new RequestType<KeyRepairEditParams, RepairEditResult, void>('certutil/keyRepairEdit');

// ---- The status bar's one-line CA key health summary (issue #15) ----
export interface HealthSummaryParams {
  uri: string;
}

/** The server's health summary of an open dump ("2 KeySpec repairs, 1 lost key, …"), the same as its code lens says. */
export interface HealthSummaryResult {
  /** The one line; "No CA key problems found" when nothing is above Information. */
  text: string;
  /** How many problems above Information it sums up. */
  count: number;
  /** How many of them are KeySpec repairs (`keyspec.ksp-nonzero`): a click then writes their repair files. */
  keySpecRepairs: number;
}

export const healthSummaryRequest = new RequestType<HealthSummaryParams, HealthSummaryResult | null, void>('certutil/healthSummary');
