/** The custom requests between the client and the server: one typed definition used by both sides. */

import { RequestType } from 'vscode-languageserver-protocol';
import type { RepairInfResult } from './service/repairInf';
import type { RepairTarget } from './service/repairTarget';

/** A certificate whose KeySpec needs repair, with the line of its KeySpec diagnostic. */
export interface RepairCandidate {
  target: RepairTarget;
  /** 0-based line of the KeySpec line in the dump. */
  line: number;
}

export interface RepairCandidatesParams {
  uri: string;
}

/** Every certificate of an open dump that `keyspec.ksp-nonzero` flags. */
export const repairCandidatesRequest = new RequestType<RepairCandidatesParams, RepairCandidate[], void>('certutil/repairCandidates');

export interface RepairInfParams {
  target: RepairTarget;
  fileName: string;
}

/** The KeyProv.inf text for one target under a file name the client chose. */
export const repairInfRequest = new RequestType<RepairInfParams, RepairInfResult, void>('certutil/repairInf');

/** Client-side commands the server's code actions may name. */
export const clientCommands = {
  /** Opens a generated file (saving it first) so the admin sees what was written. */
  showGeneratedFile: 'certutil.showGeneratedFile',
  /** Opens INF text in an untitled editor (for an untitled dump, which has no folder). */
  openUntitledInf: 'certutil.openUntitledInf',
} as const;

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

/** Server commands (workspace/executeCommand), usable by any LSP client. */
export const serverCommands = {
  /** Arguments: dump URI, optional folder URI. Returns a WorkspaceEdit that creates every repair file, or throws. */
  repairFiles: 'certutil.server.repairFiles',
} as const;
