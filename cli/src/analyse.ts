/**
 * One file through the same service the language server runs: decode, pick the language as the editor does,
 * parse, diagnose, and turn offsets into 1-based lines and columns. Runs inside a worker (or in-process for
 * standard input); never throws for bad text: the service answers every input.
 */

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { looksLikeDump } from '../../common/dumpSniff';
import { languageIds } from '../../common/languageIds';
import {
  diagnose,
  lastAtOrBefore,
  lineStarts,
  parse,
  parseOptionsFor,
  repairCandidates,
  repairPlan,
  type CheckOptions,
  type Parsed,
  type Problem,
  type Span,
} from '../../server/src/service/languageService';
import { decode, type Encoding } from './decode';
import { FolderHost } from './folderHost';
import type { FileReport, Finding, Region } from './report';

/** What one file is checked with: the settings of its nearest config file. */
export interface FileOptions {
  check: CheckOptions;
  /** `detectDumpsInTextFiles`: recognise dumps by content whatever the file is called. */
  detectDumps: boolean;
  encoding?: Encoding;
  /** Compute the repair file of each KeySpec finding (the JSON and SARIF reports carry it; text does not). */
  fixes?: boolean;
  /** Today, in milliseconds since 1970, for the validity findings (the editor passes its clock the same way). */
  today?: number;
}

/** Which of the editor's languages a file is: `.inf` and `.certdump` by name, any other file by content. */
export function languageOf(fileName: string | undefined, text: string, detectDumps: boolean): string | undefined {
  const extension = fileName === undefined ? '' : path.extname(fileName).toLowerCase();
  if (extension === '.inf') return languageIds.inf;
  if (extension === '.certdump') return languageIds.dump;
  if (fileName === undefined) return looksLikeDump(text) ? languageIds.dump : languageIds.inf;
  return detectDumps && looksLikeDump(text) ? languageIds.dump : undefined;
}

/** Checks one file's bytes. `file` is undefined for standard input. */
export function analyse(shownPath: string, file: string | undefined, bytes: Uint8Array, options: FileOptions): FileReport {
  const { text, encoding, notice } = decode(bytes, options.encoding);
  const report: FileReport = { path: shownPath, encoding, ...(notice ? { encodingNotice: notice } : {}), bytes: bytes.byteLength, findings: [] };
  if (file !== undefined) report.uri = pathToFileURL(file).toString();
  const languageId = languageOf(file === undefined ? undefined : path.basename(file), text, options.detectDumps);
  // A scan parses each text once and never again: oneShot skips the copies and caches kept for the editor's re-parse.
  const parsed =
    languageId === undefined
      ? undefined
      : parse(languageId, text, file === undefined ? undefined : path.basename(file), undefined, undefined, parseOptionsFor(text, options.check, true));
  if (!parsed) return report;
  report.language = parsed.language;
  const problems = diagnose(parsed, options.today === undefined ? options.check : { ...options.check, today: options.today });
  if (problems.length === 0) return report;
  // A dump's parse kept where its lines start (it split the text with them): no second search for the breaks.
  const lines = new LineIndex(text, parsed.language === 'dump' ? parsed.dump.lineStarts : undefined);
  const fixes = file === undefined || options.fixes === false ? undefined : new FixMaker(parsed, file);
  report.findings = problems.map((problem) => toFinding(problem, lines, fixes));
  return report;
}

function toFinding(problem: Problem, lines: LineIndex, fixes: FixMaker | undefined): Finding {
  const finding: Finding = { code: problem.code, severity: problem.severity, message: problem.message, ...lines.region(problem) };
  if (problem.related) finding.related = problem.related.map((r) => ({ message: r.message, ...lines.region(r) }));
  const fix = fixes?.forProblem(problem);
  if (fix) finding.fix = fix;
  return finding;
}

/**
 * The fix of a `keyspec.ksp-nonzero` finding: the KeyProv.inf the editor's quick fix creates beside the dump,
 * named around the files already there (the same repairPlan, so the same name and bytes).
 */
class FixMaker {
  /** One per worker: a scan writes nothing, so each folder is listed once for the whole scan. */
  private static readonly host = new FolderHost();
  private readonly serials: Set<string>;

  constructor(
    private readonly parsed: Parsed,
    private readonly file: string,
  ) {
    this.serials = new Set(repairCandidates(parsed).map((c) => c.target.serial));
  }

  forProblem(problem: Problem): Finding['fix'] {
    const serial = (problem.data as { serial?: unknown } | undefined)?.serial;
    if (problem.code !== 'keyspec.ksp-nonzero' || typeof serial !== 'string' || !this.serials.has(serial)) return undefined;
    const folder = pathToFileURL(path.dirname(this.file)).toString();
    const plan = repairPlan(this.parsed, pathToFileURL(this.file).toString(), { serials: [serial], folder, scripts: false }, FixMaker.host);
    if (plan.kind !== 'create') return undefined;
    const files = plan.files.map((f) => ({ uri: f.uri, fileName: f.fileName, text: f.text }));
    return {
      description: `Create ${files.map((f) => f.fileName).join(', ')} beside the dump (KeySpec=0), then run: ${plan.files[0].command ?? ''}`.trimEnd(),
      files,
    };
  }
}

/** Offsets to 1-based lines and columns; CRLF, LF and a lone CR each end a line, as in the editor. */
export class LineIndex {
  private readonly starts: readonly number[];

  /** `starts`: the text's line starts when already known (lineStarts(text), or the table a dump's parse kept). */
  constructor(
    private readonly text: string,
    starts?: readonly number[],
  ) {
    this.starts = starts ?? lineStarts(text);
  }

  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtOrBefore(this.starts, at);
    return { line: line + 1, column: at - this.starts[line] + 1 };
  }

  region(span: Span): Region {
    const start = this.position(span.start);
    const end = this.position(span.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}
