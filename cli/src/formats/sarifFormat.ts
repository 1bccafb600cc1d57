/**
 * SARIF 2.1.0 for pipelines and code-scanning views: one run, the whole rule table as `rules` (with
 * `helpUri`), a result per finding with its 1-based region, the KeyProv.inf a repair creates as a `fix`,
 * and the read errors as tool notifications with `executionSuccessful` false.
 */

import { pathToFileURL } from 'node:url';
import { ruleCodes, rules, type RuleCode, type Severity } from '../../../server/src/service/languageService';
import type { FileReport, Finding, Region } from '../report';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The folder relative artifact URIs are resolved against (the working folder of the scan). */
const ROOT = 'SCANROOT';

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  /** Where the diagnostics are documented: each rule's helpUri. */
  helpUri: string;
}

export function formatSarif(reports: readonly FileReport[], tool: SarifTool, cwd: string, exitCode: number): string {
  const ruleIndex = new Map<string, number>(ruleCodes.map((code, index) => [code, index]));
  const root = pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).toString();
  const location = (report: FileReport): { uri: string; uriBaseId?: string } => {
    if (!report.uri) return { uri: 'stdin' };
    return report.uri.startsWith(root) ? { uri: report.uri.slice(root.length), uriBaseId: ROOT } : { uri: report.uri };
  };
  const fileLocation = (uri: string): { uri: string; uriBaseId?: string } =>
    uri.startsWith(root) ? { uri: uri.slice(root.length), uriBaseId: ROOT } : { uri };
  const artifacts = reports.map((report) => {
    const artifact: Record<string, unknown> = { location: location(report) };
    if (report.bytes !== undefined) artifact.length = report.bytes;
    if (report.encoding) artifact.encoding = report.encoding;
    if (report.language) artifact.sourceLanguage = report.language === 'dump' ? 'certutil-dump' : 'certutil-inf';
    return artifact;
  });
  const results = reports.flatMap((report, artifactIndex) =>
    report.findings.map((finding) => {
      const at = { ...location(report), index: artifactIndex };
      const result: Record<string, unknown> = {
        ruleId: finding.code,
        ruleIndex: ruleIndex.get(finding.code),
        level: levels[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: at, region: region(finding) } }],
      };
      if (finding.related?.length) {
        result.relatedLocations = finding.related.map((r, id) => ({
          id,
          message: { text: r.message },
          physicalLocation: { artifactLocation: at, region: region(r) },
        }));
      }
      if (finding.fix) result.fixes = [fixOf(finding.fix, fileLocation)];
      return result;
    }),
  );
  const notifications = reports.flatMap((report) =>
    report.error === undefined
      ? []
      : [{ level: 'error', message: { text: `${report.path}: ${report.error}` }, locations: [{ physicalLocation: { artifactLocation: location(report) } }] }],
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: ruleCodes.map((code) => ruleOf(code, tool.helpUri)),
          },
        },
        invocations: [
          { executionSuccessful: notifications.length === 0, exitCode, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) },
        ],
        originalUriBaseIds: { [ROOT]: { uri: root } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function ruleOf(code: RuleCode, helpUri: string): Record<string, unknown> {
  const rule = rules[code];
  return {
    id: code,
    name: ruleName(code),
    shortDescription: { text: sentence(plain(rule.doc)) },
    fullDescription: { text: sentence(plain(rule.doc)) },
    helpUri,
    help: { text: sentence(plain(rule.doc)) },
    defaultConfiguration: { level: levels[rule.severity] },
  };
}

/** `keyspec.ksp-nonzero` -> `KeyspecKspNonzero`: SARIF rule names are PascalCase identifiers. */
function ruleName(code: string): string {
  return code
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The README table's Markdown without the backquotes. */
function plain(text: string): string {
  return text.replace(/`/g, '');
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function region(r: Region): Record<string, number> {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function fixOf(fix: NonNullable<Finding['fix']>, fileLocation: (uri: string) => { uri: string; uriBaseId?: string }): Record<string, unknown> {
  return {
    description: { text: sentence(fix.description) },
    artifactChanges: fix.files.map((file) => ({
      artifactLocation: fileLocation(file.uri),
      replacements: [{ deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, insertedContent: { text: file.text } }],
    })),
  };
}
