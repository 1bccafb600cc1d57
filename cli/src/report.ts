/**
 * What the command line reports per file: the shapes the formats print and the JSON schema
 * (docs/cli-json-schema.json) describes. Lines and columns are 1-based; columns count UTF-16 code units,
 * as the editor does.
 */

import type { Severity } from '../../server/src/service/languageService';

/** Version of the JSON report; raised when a field changes meaning or goes away (adding one does not). */
export const JSON_SCHEMA_VERSION = 1;

export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A file a repair would create, as the editor's quick fix names and writes it. */
export interface FixFile {
  uri: string;
  fileName: string;
  text: string;
}

export interface Finding extends Region {
  code: string;
  severity: Severity;
  message: string;
  related?: (Region & { message: string })[];
  /** Where a repair exists: the file the editor's quick fix creates. */
  fix?: { description: string; files: FixFile[] };
}

export interface FileReport {
  /** The path as given or found (relative to the working folder for a walk); `-` for standard input. */
  path: string;
  /** file:// URI of the file (absent for standard input). */
  uri?: string;
  /** `dump` or `inf`; absent when the file is not certutil output or an INF (skipped) or could not be read. */
  language?: 'dump' | 'inf';
  encoding?: string;
  /** Said when the bytes could not decide the encoding and a default was kept (OEM 850 over 437). */
  encodingNotice?: string;
  bytes?: number;
  findings: Finding[];
  /** Why the file could not be read or checked: a read error (exit code 2). */
  error?: string;
}
