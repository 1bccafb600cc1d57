/**
 * The pure language service: one entry per editor feature, dispatching on the document's language.
 * Text and settings go in; problems, symbols, hovers and edits come out, all in offsets.
 */

import { compareDumps, comparisonMarkdown, comparisonProblems } from './dump/compare';
import { dumpHover } from './dump/hover';
import { checkDump } from './dump/dumpChecks';
import { dumpFolding, dumpSymbols } from './dump/outline';
import { parseDump, type DumpDocument } from './dump/parser';
import { infQuickFixes, type DumpContainer, type InfQuickFix } from './inf/actions';
import { infCompletions, type InfCompletionItem } from './inf/completion';
import { infHover } from './inf/hover';
import { infKind, parseInf, type InfDocument, type InfKind } from './inf/parser';
import { infFolding, infSymbols } from './inf/symbols';
import { validateInf } from './inf/validate';
import { languageIds } from '../../../common/languageIds';
import type { CheckOptions } from './options';
import type { FoldingSpan, OutlineSymbol } from './outline';
import type { RepairHost } from './repair/fileNames';
import { planRepair, type RepairPlan } from './repair/repairActions';
import { withStoreChoice, type RepairTarget, type StoreChoice } from './repair/repairTarget';
import { isRepairTarget, needsStoreChoice } from '../../../common/repairTarget';
import { report } from './rules';
import type { Problem, Severity, Span } from './types';

export { defaultCheckOptions, type CheckOptions } from './options';
export type { RepairHost } from './repair/fileNames';
export { groupByContainer } from './repair/containerGroups';
export type { RepairPlan } from './repair/repairActions';
export type { NoRepair, RepairTarget, StoreChoice } from './repair/repairTarget';
export { isRepairTarget, needsStoreChoice } from '../../../common/repairTarget';
export type { FoldingSpan, OutlineSymbol, SymbolKindName } from './outline';
export type { InfCompletionItem } from './inf/completion';
export type { Problem, Severity, Span } from './types';

/** One parse of one document version; every feature reads it, nothing parses twice. */
export type Parsed =
  | { language: 'dump'; text: string; dump: DumpDocument }
  | { language: 'inf'; text: string; inf: InfDocument; kind: InfKind; tooLarge?: boolean };

/** No certutil INF comes near this size; a larger file is not parsed (it would hold up the server for seconds). */
export const MAX_INF_CHARS = 1024 * 1024;


/** An earlier dump this document is compared with ("Compare with a later dump"). */
export interface Baseline {
  name: string;
  dump: DumpDocument;
}

export interface HoverResult {
  contents: string;
  span: Span;
}

/**
 * Parses a document of a language this service knows, or undefined for any other language. `previous`, the
 * parse of an earlier version of the same document, lets a dump re-parse only the certificates an edit touched.
 */
export function parse(languageId: string, text: string, fileName?: string, previous?: Parsed): Parsed | undefined {
  if (languageId === languageIds.dump) return { language: 'dump', text, dump: parseDump(text, previous?.language === 'dump' ? previous : undefined) };
  if (languageId === languageIds.inf) {
    if (text.length > MAX_INF_CHARS) return { language: 'inf', text, inf: parseInf(''), kind: 'other', tooLarge: true };
    const inf = parseInf(text);
    return { language: 'inf', text, inf, kind: infKind(inf, fileName) };
  }
  return undefined;
}

/** Every problem of the document, most severe first when the limit cuts the list. */
export function diagnose(parsed: Parsed, options: CheckOptions, baseline?: Baseline): Problem[] {
  let problems: Problem[];
  if (parsed.language === 'inf') {
    if (parsed.tooLarge) return [report('limits.inf-too-large', { start: 0, end: 0 }, { size: (parsed.text.length / 1024 / 1024).toFixed(1) })];
    problems = validateInf(parsed.inf, parsed.kind);
  } else {
    problems = checkDump(parsed.dump, { ...options, keySpecOnly: parsed.text.length > options.keySpecOnlyAbove });
    if (baseline) problems = [...problems, ...comparisonProblems(compareDumps(baseline.dump, parsed.dump), baseline.name)];
  }
  return limit(problems, options.maxProblems);
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

function limit(problems: Problem[], max: number): Problem[] {
  if (problems.length <= max) return problems;
  const kept = [...problems].sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || a.start - b.start).slice(0, Math.max(0, max));
  kept.sort((a, b) => a.start - b.start);
  return [...kept, report('limits.too-many-problems', { start: 0, end: 0 }, { shown: kept.length, total: problems.length })];
}

/** Compares an earlier dump with this later one. */
export function compare(before: Parsed, after: Parsed, beforeName: string, afterName: string): { baseline: Baseline; markdown: string; allCaFixed: boolean } | undefined {
  if (before.language !== 'dump' || after.language !== 'dump') return undefined;
  const comparison = compareDumps(before.dump, after.dump);
  return { baseline: { name: beforeName, dump: before.dump }, markdown: comparisonMarkdown(comparison, beforeName, afterName), allCaFixed: comparison.allCaFixed };
}

export function symbols(parsed: Parsed): OutlineSymbol[] {
  return parsed.language === 'dump' ? dumpSymbols(parsed.dump) : infSymbols(parsed.inf);
}

export function folding(parsed: Parsed): FoldingSpan[] {
  return parsed.language === 'dump' ? dumpFolding(parsed.dump) : infFolding(parsed.inf);
}

export function hover(parsed: Parsed, offset: number): HoverResult | undefined {
  return parsed.language === 'dump' ? dumpHover(parsed.dump, offset) : infHover(parsed.inf, parsed.text, offset);
}

export function completions(parsed: Parsed, offset: number): InfCompletionItem[] {
  return parsed.language === 'inf' ? infCompletions(parsed.inf, parsed.text, offset) : [];
}

/** Quick fixes for one INF problem; `dumps` are the open dumps whose KSP containers can fill a placeholder. */
export function infFixes(parsed: Parsed, problem: Problem, dumps: readonly Parsed[]): InfQuickFix[] {
  if (parsed.language !== 'inf') return [];
  return infQuickFixes(parsed.inf, parsed.text, problem, { dumpContainers: dumps.flatMap(kspContainers) });
}

function kspContainers(parsed: Parsed): DumpContainer[] {
  return repairCandidates(parsed).map(({ target }) => {
    const container: DumpContainer = { container: target.container, provider: target.provider, serial: target.serial };
    if (target.subject) container.subject = target.subject;
    return container;
  });
}

/**
 * The files a repair writes for `serials` of a dump (all its candidates when absent), in `folder` or beside
 * the dump: the one way the quick fix, the commands and the repair job name and write files.
 */
export function repairPlan(
  parsed: Parsed,
  dumpUri: string,
  request: { serials?: readonly string[]; folder?: string; scripts: boolean; storeChoice?: StoreChoice },
  host: RepairHost,
): RepairPlan {
  const candidates = repairCandidates(parsed);
  const wanted = request.serials ? new Set(request.serials) : undefined;
  let targets = candidates.map((c) => c.target).filter((t) => !wanted || wanted.has(t.serial));
  if (targets.length === 0) return { kind: 'refused', reason: wanted ? 'None of these certificates needs a KeySpec repair.' : 'No certificate in this dump needs a KeySpec repair.' };
  // A store the dump does not show is asked for, never guessed (docs/formats.md §D.1).
  const choice = request.storeChoice;
  // The choice can come from a client request: check its shape, never trust it.
  if (choice && ((choice.location !== 'machine' && choice.location !== 'user') || (choice.store !== undefined && typeof choice.store !== 'string'))) {
    return { kind: 'refused', reason: 'The store choice must be the machine or the user store.' };
  }
  if (choice) targets = targets.map((t) => (needsStoreChoice(t) ? withStoreChoice(t, choice) : t));
  const unsure = targets.find(needsStoreChoice);
  if (unsure) return { kind: 'refused', reason: `Serial ${unsure.serial}: ${unsure.storeEvidence?.question ?? 'choose the store first.'}`, askStore: { serial: unsure.serial, store: unsure.store } };
  return planRepair({ dumpUri, targets, scripts: request.scripts, ...(request.folder !== undefined ? { folder: request.folder } : {}) }, host);
}

/** Code lenses: one "Generate repair INF" above each certificate that needs one. */
export function repairLenses(parsed: Parsed): { serial: string; start: number; end: number }[] {
  if (parsed.language !== 'dump') return [];
  return repairCandidates(parsed).map((c) => {
    const certificate = parsed.dump.certificates.find((cert) => cert.start <= c.offset && c.offset <= cert.end);
    const at = certificate?.frame ?? { start: c.offset, end: c.offset };
    return { serial: c.target.serial, start: at.start, end: at.end };
  });
}

/** Repair candidates per parse: the code lenses, the commands and INF quick fixes all ask on the same version. */
const candidatesOfParse = new WeakMap<Parsed, RepairCandidate[]>();

type RepairCandidate = { target: RepairTarget; offset: number };

/**
 * The certificates of a dump that need a repair INF, with their KeySpec line's offset. Severity settings
 * do not matter: a certificate the admin chose not to see flagged can still be repaired.
 */
export function repairCandidates(parsed: Parsed): RepairCandidate[] {
  if (parsed.language !== 'dump') return [];
  let candidates = candidatesOfParse.get(parsed);
  if (!candidates) {
    candidates = checkDump(parsed.dump, { nonCaKeySpecSeverity: 'warning' })
      .filter((p) => p.code === 'keyspec.ksp-nonzero' && isRepairTarget(p.data))
      .map((p) => ({ target: p.data as RepairTarget, offset: p.start }));
    candidatesOfParse.set(parsed, candidates);
  }
  return candidates;
}
