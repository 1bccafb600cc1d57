/**
 * The human format, in the manner of eslint's "stylish": findings grouped per file, one line each as
 * `file:line:col  severity  code  message` (terminals make `file:line:col` a link), then one summary line.
 * Colour only when the output is a terminal.
 */

import type { Severity } from '../../../server/src/service/languageService';
import type { FileReport } from '../report';
import type { Summary } from './summary';

const colours = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  information: '\u001b[36m',
  hint: '\u001b[2m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
} as const;

export function formatText(reports: readonly FileReport[], summary: Summary, colour: boolean): string {
  const paint = (what: keyof typeof colours, text: string): string => (colour ? `${colours[what]}${text}${colours.reset}` : text);
  const out: string[] = [];
  for (const report of reports) {
    if (report.error !== undefined) {
      out.push(`${report.path}  ${paint('error', 'error')}  ${report.error}`, '');
      continue;
    }
    if (report.encodingNotice !== undefined) out.push(`${report.path}  ${paint('dim', 'note')}  ${report.encodingNotice}`);
    if (report.findings.length === 0) {
      if (report.encodingNotice !== undefined) out.push('');
      continue;
    }
    const rows = report.findings.map((f) => [`${report.path}:${f.line}:${f.column}`, f.severity, f.code, f.message]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
    for (const row of rows) {
      out.push([paint('dim', row[0].padEnd(widths[0])), paint(row[1] as Severity, row[1].padEnd(widths[1])), row[2].padEnd(widths[2]), row[3]].join('  '));
    }
    out.push('');
  }
  out.push(paint('bold', summaryLine(summary)));
  return `${out.join('\n')}\n`;
}

export function summaryLine(s: Summary): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const kinds = [
    plural(s.bySeverity.error, 'error'),
    plural(s.bySeverity.warning, 'warning'),
    `${s.bySeverity.information} information`,
    plural(s.bySeverity.hint, 'hint'),
  ];
  const files = [`${plural(s.checked, 'file')} checked`, `${s.skipped} skipped (not certutil output or an INF)`];
  if (s.readErrors > 0) files.push(plural(s.readErrors, 'read error'));
  return `${plural(s.findings, 'problem')} (${kinds.join(', ')}); ${files.join(', ')}`;
}
