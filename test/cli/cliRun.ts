/** Runs the built `dist/cli.js` as a user would, and reads its JSON report. */

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.join(__dirname, '..', '..');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');
export const fixtures = path.join(repoRoot, 'test', 'fixtures');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON report's shape (docs/cli-json-schema.json). */
export interface JsonReport {
  schemaVersion: number;
  exitCode: number;
  summary: { files: number; checked: number; skipped: number; readErrors: number; findings: number; bySeverity: Record<string, number> };
  files: {
    path: string;
    uri?: string;
    language?: string;
    encoding?: string;
    encodingNotice?: string;
    bytes?: number;
    error?: string;
    findings: {
      code: string;
      severity: string;
      message: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
      fix?: { description: string; files: { uri: string; fileName: string; text: string }[] };
    }[];
  }[];
}

/** The day the scans of these tests judge validity on, so their findings do not change as the fixtures' certificates age. */
export const FIXED_DAY = '2025-06-01';

/** `scan --format json`, as of FIXED_DAY unless `clock: 'now'` (to compare with the editor, which uses its clock). */
export function scanJson(args: readonly string[], options: Parameters<typeof runCli>[1] & { clock?: 'now' } = {}): JsonReport & { run: CliRun } {
  const run = runCli(['scan', '--format', 'json', ...(options.clock === 'now' ? [] : ['--today', FIXED_DAY]), ...args], options);
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`no JSON report (exit ${String(run.status)}): ${run.stderr}`);
  }
  return { ...report, run };
}

/** A fresh temp folder, removed by the returned function. */
export function tempFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `certutil-cli-${prefix}-`));
}

/** `code line:column` of every finding of a file: what the tests compare. */
export function codesAt(file: JsonReport['files'][number]): string[] {
  return file.findings.map((f) => `${f.code} ${f.line}:${f.column}`);
}
