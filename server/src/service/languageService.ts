/**
 * The pure language service: one entry per editor feature, dispatching on the document's language.
 * Text and settings go in; problems, symbols, hovers and edits come out, all in offsets.
 */

import { compareDumps, comparisonMarkdown, comparisonProblems } from './dump/compare';
import { checkDump, type DumpCheckOptions } from './dump/keySpecCheck';
import { dumpHover, type HoverResult } from './dump/hover';
import { dumpFolding, dumpSymbols } from './dump/outline';
import { parseDump, type DumpDocument } from './dump/parser';
import type { FoldingSpan, OutlineSymbol } from './outline';
import type { RepairTarget } from './repairTarget';
import type { Problem } from './types';

export type { HoverResult } from './dump/hover';

/** The language ids the service understands (package.json declares them). */
export const languageIds = { dump: 'certutil-dump', inf: 'certutil-inf' } as const;

/** One parse of one document version; every feature reads it, nothing parses twice. */
export type Parsed = { language: 'dump'; text: string; dump: DumpDocument };

/** Parses a document of a language this service knows, or undefined for any other language. */
export function parse(languageId: string, text: string): Parsed | undefined {
  if (languageId === languageIds.dump) return { language: 'dump', text, dump: parseDump(text) };
  return undefined;
}

/** An earlier dump this document is compared with ("Compare with a later dump"). */
export interface Baseline {
  name: string;
  dump: DumpDocument;
}

/** Every problem of the document. */
export function diagnose(parsed: Parsed, options: DumpCheckOptions, baseline?: Baseline): Problem[] {
  const problems = checkDump(parsed.dump, options);
  return baseline ? [...problems, ...comparisonProblems(compareDumps(baseline.dump, parsed.dump), baseline.name)] : problems;
}

/** Compares an earlier dump with this later one. */
export function compare(before: Parsed, after: Parsed, beforeName: string, afterName: string): { baseline: Baseline; markdown: string; allCaFixed: boolean } {
  const comparison = compareDumps(before.dump, after.dump);
  return { baseline: { name: beforeName, dump: before.dump }, markdown: comparisonMarkdown(comparison, beforeName, afterName), allCaFixed: comparison.allCaFixed };
}

export function symbols(parsed: Parsed): OutlineSymbol[] {
  return dumpSymbols(parsed.dump);
}

export function folding(parsed: Parsed): FoldingSpan[] {
  return dumpFolding(parsed.dump);
}

export function hover(parsed: Parsed, offset: number): HoverResult | undefined {
  return dumpHover(parsed.dump, offset);
}

/** Code lenses: one "Generate repair INF" above each certificate that needs one. */
export function repairLenses(parsed: Parsed, options: DumpCheckOptions): { serial: string; start: number; end: number }[] {
  return repairCandidates(parsed, options).map((c) => {
    const certificate = parsed.dump.certificates.find((cert) => cert.start <= c.offset && c.offset <= cert.end);
    const at = certificate?.frame ?? { start: c.offset, end: c.offset };
    return { serial: c.target.serial, start: at.start, end: at.end };
  });
}

/** The certificates of a dump that need a repair INF, with the offset of their KeySpec line. */
export function repairCandidates(parsed: Parsed, options: DumpCheckOptions): { target: RepairTarget; offset: number }[] {
  return diagnose(parsed, { ...options, nonCaKeySpecSeverity: 'warning' })
    .filter((p) => p.code === 'keyspec.ksp-nonzero' && p.data !== undefined)
    .map((p) => ({ target: p.data as RepairTarget, offset: p.start }));
}
