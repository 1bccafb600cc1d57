/** The counts every format prints and the exit code is judged from. */

import type { Severity } from '../../../server/src/service/languageService';
import type { FileReport } from '../report';

/** `--fail-on`: findings at or above this severity make the exit code 1; `never` reports without failing. */
export const failLevels = ['error', 'warning', 'information', 'hint', 'never'] as const;
export type FailLevel = (typeof failLevels)[number];

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface Summary {
  /** Files read (checked or skipped) and files that could not be read. */
  files: number;
  checked: number;
  skipped: number;
  readErrors: number;
  findings: number;
  bySeverity: Record<Severity, number>;
}

export function summarise(reports: readonly FileReport[]): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let checked = 0;
  let skipped = 0;
  let readErrors = 0;
  for (const report of reports) {
    if (report.error !== undefined) readErrors++;
    else if (report.language) checked++;
    else skipped++;
    for (const finding of report.findings) bySeverity[finding.severity]++;
  }
  const findings = bySeverity.error + bySeverity.warning + bySeverity.information + bySeverity.hint;
  return { files: reports.length, checked, skipped, readErrors, findings, bySeverity };
}

/** 2: a file could not be read; 1: a finding at or above `failOn`; 0: neither. */
export function exitCodeOf(reports: readonly FileReport[], failOn: FailLevel): 0 | 1 | 2 {
  if (reports.some((r) => r.error !== undefined)) return 2;
  if (failOn === 'never') return 0;
  const limit = severityRank[failOn];
  return reports.some((r) => r.findings.some((f) => severityRank[f.severity] <= limit)) ? 1 : 0;
}
