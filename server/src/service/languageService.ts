/**
 * The pure language service: one entry per editor feature, dispatching on the document's language.
 * Text and settings go in; problems, symbols, hovers and edits come out, all in offsets.
 */

import { certificateAt } from './dump/certificateAt';
import { compareDumps, comparisonMarkdown, comparisonProblems } from './dump/compare';
import { dumpHover } from './dump/dumpHover';
import { checkDumpInSlices } from './dump/dumpChecks';
import { dumpFolding, dumpSymbols } from './dump/dumpOutline';
import { parseDumpInSlices, type DumpDocument, type DumpParseOptions } from './dump/dumpParser';
import { finish, guardedSlices } from './slices';
import { infQuickFixes, type DumpContainer, type InfQuickFix } from './inf/infQuickFixes';
import { infCompletions, type InfCompletionItem } from './inf/infCompletion';
import { infHover } from './inf/infHover';
import { infKind, parseInf, parseInfInSlices, type InfDocument, type InfKind } from './inf/infParser';
import { infFolding, infSymbols } from './inf/infOutline';
import { validateInfInSlices } from './inf/infChecks';
import { languageIds } from '../../../common/languageIds';
import type { CheckOptions } from './options';
import type { FoldingSpan, OutlineSymbol } from './outlineTypes';
import type { RepairHost } from './repair/fileNames';
import { planRepair, type RepairPlan } from './repair/repairActions';
import { shown } from './repair/repairInf';
import { withStoreChoice, type RepairTarget, type StoreChoice } from './repair/repairTargetOf';
import { isRepairTarget, needsStoreChoice } from '../../../common/repairTarget';
import { guarded, internalErrorProblem, type ErrorSink } from './internalError';
import { keyRepairPlan, keyRepairStoreQuestion, keyRepairWithStoreChoice, type KeyRepair } from './repair/keyRepair';
import { validityHintsInSlices, type ValidityHint } from './dump/checks/validity';
import { URI, Utils } from 'vscode-uri';
import type { BesideDocument } from './dump/checks/caRegistryCheck';
import { keySpecVerdict } from './dump/checks/keySpecCheck';
import { healthReportHtml } from './dump/healthReport';
import { summaryHover } from './dump/healthHover';
import type { ServerLocale } from './l10n/serverMessages';
import { healthSummary, type HealthSummary } from './dump/healthSummary';
import { report } from './rules';
import type { Problem, Severity, Span } from './types';

export { defaultCheckOptions, type CheckOptions } from './options';
export type { CertificateRole } from './dump/checks/healthContext';
export type { BesideDocument } from './dump/checks/caRegistryCheck';
export type { KeyRepair } from './repair/keyRepair';
export { ruleDocsUrl } from './rules';
export { localizeProblem, localizeText, serverLocaleOf, type ServerLocale } from './l10n/serverMessages';
export type { RepairHost } from './repair/fileNames';
export { isInside, normaliseFolder, type NormalFolder } from './repair/writePolicy';
export { groupByContainer } from './repair/containerGroups';
export type { RepairPlan } from './repair/repairActions';
export type { NoRepair, RepairTarget, StoreChoice } from './repair/repairTargetOf';
export { isRepairTarget, needsStoreChoice } from '../../../common/repairTarget';
export type { FoldingSpan, OutlineSymbol, SymbolKindName } from './outlineTypes';
export type { InfCompletionItem } from './inf/infCompletion';
export type { Problem, Severity, Span } from './types';
export { rules, ruleCodes, type Rule, type RuleCode } from './rules';
export type { ErrorSink, InternalError } from './internalError';
/** Where each line starts, with the parsers' line breaks: the command line turns offsets into lines with it, the server an open document's. */
export { lastAtOrBefore, LINE_STARTS_PER_SLICE, lineStarts, lineStartsInSlices } from './text';

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
 * A parser that throws leaves an `internal.error` problem on the part it could not read, and the error in `errors`.
 */
export function parse(languageId: string, text: string, fileName?: string, previous?: Parsed, errors?: ErrorSink, options?: ParseOptions): Parsed | undefined {
  return finish(parseInSlices(languageId, text, fileName, previous, errors, options));
}

/** How a document is parsed: `oneShot` for a text parsed once and never edited (the command line's scan; see DumpParseOptions). */
export type ParseOptions = DumpParseOptions;

/** Whether a dump of this text gets only the KeySpec checks (`keySpecOnlyAbove`): then no health check reads its certificates' facts. */
function keySpecOnly(text: string, options: Pick<CheckOptions, 'keySpecOnlyAbove'>): boolean {
  return text.length > options.keySpecOnlyAbove;
}

/** How to parse a text that will be checked with `options`: each certificate's facts read as it goes, unless no check will read them. */
export function parseOptionsFor(text: string, options: Pick<CheckOptions, 'keySpecOnlyAbove'>, oneShot = false): ParseOptions {
  return { ...(oneShot ? { oneShot: true } : {}), facts: !keySpecOnly(text, options) };
}

/**
 * parse in slices: a dump yields between slices of certificates, so the caller can answer other requests
 * and stop (dropping the work) when the version is superseded or the request cancelled. Same result as parse.
 */
export function* parseInSlices(
  languageId: string,
  text: string,
  fileName?: string,
  previous?: Parsed,
  errors?: ErrorSink,
  options?: ParseOptions,
): Generator<void, Parsed | undefined> {
  const whole = { start: 0, end: text.length };
  if (languageId === languageIds.dump) {
    const failed = (): DumpDocument => ({
      certificates: [{ start: 0, end: text.length, frame: { start: 0, end: 0 }, properties: [], extensions: [], failed: true }],
      verbose: false,
      lineCount: 1,
    });
    const steps = parseDumpInSlices(text, previous?.language === 'dump' ? previous : undefined, errors, options);
    const dump = yield* guardedSlices(steps, (error) => {
      errors?.push({ what: 'the dump parser', span: whole, error });
      return failed();
    });
    return { language: 'dump', text, dump };
  }
  if (languageId === languageIds.inf) {
    if (text.length > MAX_INF_CHARS) return { language: 'inf', text, inf: parseInf(''), kind: 'other', tooLarge: true };
    const failed = (problem: Problem): InfDocument => ({ sections: [], orphans: [], comments: [], problems: [{ ...problem, start: 0, end: 0 }], eol: '\r\n' });
    const earlier = previous?.language === 'inf' && !previous.tooLarge ? { text: previous.text, inf: previous.inf } : undefined;
    const inf = yield* guardedSlices(parseInfInSlices(text, errors, earlier), (error) => {
      errors?.push({ what: 'the INF parser', span: whole, error });
      return failed(internalErrorProblem('the INF parser', whole));
    });
    return {
      language: 'inf',
      text,
      inf,
      kind: guarded(
        'the INF parser',
        whole,
        errors,
        () => infKind(inf, fileName),
        () => 'other' as InfKind,
      ),
    };
  }
  return undefined;
}

/**
 * Every problem of the document, most severe first when the limit cuts the list. A check that throws
 * reports `internal.error` on what it could not check and leaves the error in `errors` for the log.
 */
export function diagnose(parsed: Parsed, options: CheckOptions, baseline?: Baseline, errors?: ErrorSink): Problem[] {
  return finish(diagnoseInSlices(parsed, options, baseline, errors));
}

/** diagnose in slices: a dump's certificates are checked a slice at a time, yielding in between. */
export function* diagnoseInSlices(
  parsed: Parsed,
  options: CheckOptions,
  baseline?: Baseline,
  errors?: ErrorSink,
  beside: readonly BesideDocument[] = [],
): Generator<void, Problem[]> {
  let problems: Problem[];
  if (parsed.language === 'inf') {
    if (parsed.tooLarge) return [report('limits.inf-too-large', { start: 0, end: 0 }, { size: (parsed.text.length / 1024 / 1024).toFixed(1) })];
    problems = yield* validateInfInSlices(parsed.inf, parsed.kind, options, errors);
  } else {
    problems = yield* checkDumpInSlices(parsed.dump, { ...options, keySpecOnly: keySpecOnly(parsed.text, options) }, parsed.text, errors, beside);
    // Its KeySpec findings are the repair candidates' unless non-CA ones are off: the repairs need no check of their own.
    if (options.nonCaKeySpecSeverity !== 'off' && !candidatesOfParse.has(parsed)) candidatesOfParse.set(parsed, candidatesFrom(parsed.dump, problems));
    if (baseline) {
      const compared = guarded(
        'the comparison',
        { start: 0, end: 0 },
        errors,
        () => comparisonProblems(compareDumps(baseline.dump, parsed.dump), baseline.name),
        (p) => [p],
      );
      problems = [...problems, ...compared];
    }
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
export function compare(
  before: Parsed,
  after: Parsed,
  beforeName: string,
  afterName: string,
  locale?: ServerLocale,
): { baseline: Baseline; markdown: string; allCaFixed: boolean } | undefined {
  if (before.language !== 'dump' || after.language !== 'dump') return undefined;
  const comparison = compareDumps(before.dump, after.dump);
  return {
    baseline: { name: beforeName, dump: before.dump },
    markdown: comparisonMarkdown(comparison, beforeName, afterName, locale),
    allCaFixed: comparison.allCaFixed,
  };
}

/** The outline, at most `maxItems` entries for a dump; property blocks only under certificates whose key needs a look. */
export function symbols(parsed: Parsed, maxItems = Infinity): OutlineSymbol[] {
  return parsed.language === 'dump' ? dumpSymbols(parsed.dump, maxItems, (c) => keySpecVerdict(c.keyProv) !== 'ok') : infSymbols(parsed.inf);
}

export function folding(parsed: Parsed, maxItems = Infinity): FoldingSpan[] {
  return parsed.language === 'dump' ? dumpFolding(parsed.dump, maxItems) : infFolding(parsed.inf);
}

export function hover(parsed: Parsed, offset: number, options?: CheckOptions): HoverResult | undefined {
  return finish(hoverInSlices(parsed, offset, options));
}

/** hover in slices: the summary on the store header needs the whole dump checked (in slices, once per version). */
export function* hoverInSlices(parsed: Parsed, offset: number, options?: CheckOptions): Generator<void, HoverResult | undefined> {
  // Only the store header shows the summary: the whole dump is checked for it, so never for any other hover.
  const header = parsed.language === 'dump' ? (parsed.dump.store ?? parsed.dump.certificates[0]?.frame) : undefined;
  if (parsed.language === 'dump' && options && header && header.start <= offset && offset <= header.end) {
    const summary = yield* dumpSummaryInSlices(parsed, options);
    if (summary && summary.at.start <= offset && offset <= summary.at.end) return { span: summary.at, contents: summaryHover(summary, options.locale) };
  }
  return parsed.language === 'dump' ? dumpHover(parsed.dump, offset, parsed.text, options?.locale) : infHover(parsed.inf, parsed.text, offset, options?.locale);
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
  request: { serials?: readonly string[]; folder?: string; scripts: boolean; storeChoice?: StoreChoice; unknownStore?: StoreAnswer },
  host: RepairHost,
): RepairPlan {
  const wanted = request.serials;
  let targets = (wanted ? candidatesFor(parsed, wanted) : repairCandidates(parsed)).map((c) => c.target);
  if (targets.length === 0)
    return { kind: 'refused', reason: wanted ? 'None of these certificates needs a KeySpec repair.' : 'No certificate in this dump needs a KeySpec repair.' };
  // A store the dump does not show is asked for, never guessed (docs/formats.md §D.1): in the editor by a
  // quick pick (`storeChoice`), on the command line by --store / --user (`unknownStore`).
  if (request.unknownStore) {
    const answered = answerStore(targets, request.unknownStore);
    if (typeof answered === 'string') return { kind: 'refused', reason: answered };
    targets = answered;
  }
  const choice = request.storeChoice;
  // The choice can come from a client request: check its shape, never trust it.
  if (choice && ((choice.location !== 'machine' && choice.location !== 'user') || (choice.store !== undefined && typeof choice.store !== 'string'))) {
    return { kind: 'refused', reason: 'The store choice must be the machine or the user store.' };
  }
  if (choice) targets = targets.map((t) => (needsStoreChoice(t) ? withStoreChoice(t, choice) : t));
  const unsure = targets.find(needsStoreChoice);
  if (unsure)
    return {
      kind: 'refused',
      reason: `Serial ${unsure.serial}: ${unsure.storeEvidence?.question ?? 'choose the store first.'}`,
      askStore: { serial: unsure.serial, store: unsure.store },
    };
  return planRepair({ dumpUri, targets, scripts: request.scripts, ...(request.folder !== undefined ? { folder: request.folder } : {}) }, host);
}

/** The user's answer where a dump does not tell which store a certificate is in (`--store`, `--user` on the command line). */
export interface StoreAnswer {
  store?: string;
  userKey?: boolean;
}

/** Applies the answer to the targets whose store the dump does not show; where it shows another, refuses rather than guess. */
function answerStore(targets: readonly RepairTarget[], answer: StoreAnswer): RepairTarget[] | string {
  const answered: RepairTarget[] = [];
  for (const target of targets) {
    if (needsStoreChoice(target)) {
      const location = (answer.userKey ?? target.userKey) ? 'user' : 'machine';
      answered.push(withStoreChoice(target, { location, ...(answer.store !== undefined ? { store: answer.store } : {}) }));
      continue;
    }
    if (answer.store !== undefined && answer.store.toLowerCase() !== target.store.toLowerCase()) {
      return `The dump shows that serial ${shown(target.serial)} is in the ${shown(target.store)} store; a store given by hand applies only where the dump cannot tell.`;
    }
    if (answer.userKey !== undefined && answer.userKey !== target.userKey) {
      return `The dump shows that the key of serial ${shown(target.serial)} is a ${target.userKey ? 'user' : 'machine'} key; a key location given by hand applies only where the dump cannot tell.`;
    }
    answered.push(target);
  }
  return answered;
}

/** Code lenses: one "Generate repair INF" above each certificate that needs one. */
export function repairLenses(parsed: Parsed): { serial: string; start: number; end: number }[] {
  return finish(repairLensesInSlices(parsed));
}

/** repairLenses in slices; each lens finds its certificate by binary search (certificateAt). */
export function* repairLensesInSlices(parsed: Parsed): Generator<void, { serial: string; start: number; end: number }[]> {
  if (parsed.language !== 'dump') return [];
  const { list } = yield* candidatesInSlices(parsed);
  return list.map((c) => {
    const certificate = certificateAt(parsed.dump, c.offset);
    const at = certificate?.frame ?? { start: c.offset, end: c.offset };
    return { serial: c.target.serial, start: at.start, end: at.end };
  });
}

/** Repair candidates per parse: the code lenses, the commands and INF quick fixes all ask on the same version. */
const candidatesOfParse = new WeakMap<Parsed, Candidates>();

/** A dump's repair candidates in document order, and their indices by serial. */
type Candidates = { list: RepairCandidate[]; bySerial: Map<string, number[]> };

/** A certificate to repair: its target, the offset of its KeySpec line, and where the certificate stands (for "the one under the cursor"). */
type RepairCandidate = { target: RepairTarget; offset: number; certificate: { start: number; end: number; notBefore?: string; notAfter?: string } };

/**
 * The certificates of a dump that need a repair INF, with their KeySpec line's offset. Severity settings
 * do not matter: a certificate the admin chose not to see flagged can still be repaired.
 */
export function repairCandidates(parsed: Parsed): RepairCandidate[] {
  return finish(candidatesInSlices(parsed)).list;
}

/**
 * repairCandidates in slices (the whole dump is checked for them, once per version): what the server runs before
 * a request that needs them, so a code lens on a huge dump never holds up another document.
 */
export function* repairCandidatesInSlices(parsed: Parsed): Generator<void, void> {
  yield* candidatesInSlices(parsed);
}

function* candidatesInSlices(parsed: Parsed): Generator<void, Candidates> {
  if (parsed.language !== 'dump') return { list: [], bySerial: new Map() };
  let candidates = candidatesOfParse.get(parsed);
  if (!candidates) {
    candidates = candidatesFrom(parsed.dump, yield* checkDumpInSlices(parsed.dump, { nonCaKeySpecSeverity: 'warning' }));
    candidatesOfParse.set(parsed, candidates);
  }
  return candidates;
}

/**
 * The repair candidates among a check's findings of `dump`. A check's `keyspec.ksp-nonzero` findings and their data
 * depend on no setting but the severity of non-CA ones, so any check that reports those finds every candidate.
 */
function candidatesFrom(dump: DumpDocument, problems: readonly Problem[]): Candidates {
  const list = problems
    .filter((p) => p.code === 'keyspec.ksp-nonzero' && isRepairTarget(p.data))
    .map((p) => ({ target: p.data as RepairTarget, offset: p.start, certificate: certificateAround(dump, p.start) }));
  // By serial, so a quick fix finds its certificate without a pass over all of them.
  const bySerial = new Map<string, number[]>();
  list.forEach((c, i) => {
    const same = bySerial.get(c.target.serial);
    if (same) same.push(i);
    else bySerial.set(c.target.serial, [i]);
  });
  return { list, bySerial };
}

/** The candidates for `serials`, in document order, each once: an index lookup per serial. */
function candidatesFor(parsed: Parsed, serials: readonly string[]): RepairCandidate[] {
  const { list, bySerial } = finish(candidatesInSlices(parsed));
  const indices = [...new Set(serials.flatMap((serial) => (typeof serial === 'string' ? (bySerial.get(serial) ?? []) : [])))].sort((a, b) => a - b);
  return indices.map((i) => list[i]);
}

function certificateAround(dump: DumpDocument, offset: number): RepairCandidate['certificate'] {
  // Certificates are in document order: a binary search keeps many candidates in a huge dump linear-ish.
  const list = dump.certificates;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const cert = list[mid];
    if (offset < cert.start) high = mid - 1;
    else if (offset > cert.end) low = mid + 1;
    else {
      const around: RepairCandidate['certificate'] = { start: cert.start, end: cert.end };
      if (cert.notBefore) around.notBefore = cert.notBefore.value;
      if (cert.notAfter) around.notAfter = cert.notAfter.value;
      return around;
    }
  }
  return { start: offset, end: offset };
}

/** Inlay hints after each NotAfter: "expires in 43 days", "expired 12 days ago"; `today` comes from the glue's clock. */
export function inlayHints(parsed: Parsed, today: number, range?: Span): ValidityHint[] {
  return finish(inlayHintsInSlices(parsed, today, range));
}

/** inlayHints in slices: the dates of the whole dump are read for them (issue 13). */
export function* inlayHintsInSlices(parsed: Parsed, today: number, range?: Span): Generator<void, ValidityHint[]> {
  if (parsed.language !== 'dump' || parsed.text.length > MAX_HINT_DUMP_CHARS) return [];
  const hints = yield* validityHintsInSlices(parsed.dump, parsed.text, today);
  return range ? hints.filter((h) => range.start <= h.offset && h.offset <= range.end) : hints;
}

/** Hints on a dump this large would cost a pass over all of it per request: the KeySpec-only limit applies here too. */
const MAX_HINT_DUMP_CHARS = 20 * 1024 * 1024;

/**
 * The file of a key-binding quick fix (`key.missing`, `keyspec.consumer`): the repair its diagnostic carries,
 * as a file beside the dump or unsaved text. The repair comes from a client: it is re-checked by the writers.
 */
export function keyRepair(dumpUri: string, repair: unknown, host: RepairHost, storeChoice?: StoreChoice): RepairPlan {
  if (!isKeyRepair(repair)) return { kind: 'refused', reason: 'This diagnostic carries no repair.' };
  return keyRepairPlan(dumpUri, storeChoice ? keyRepairWithStoreChoice(repair, storeChoice) : repair, host);
}

/** The store question a key-binding repair needs answered before it is written (docs/formats.md §D.1), or undefined. */
export function keyRepairQuestion(repair: unknown): { serial: string; store: string; question: string } | undefined {
  return isKeyRepair(repair) ? keyRepairStoreQuestion(repair) : undefined;
}

function isKeyRepair(value: unknown): value is KeyRepair {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  if (kind === 'repairstore') return true;
  const { target, key } = value as { target?: unknown; key?: unknown };
  return kind === 'inf' && typeof target === 'object' && target !== null && typeof key === 'object' && key !== null;
}

/**
 * The open dumps in the folder of `uri` (not itself), for the CA registry check: a `certutil -getreg ca\\csp`
 * output open as a document of its own (`csp.txt`) is compared with the dump beside it, both ways.
 */
export function besideDocuments(uri: string, parsed: Parsed, open: readonly { uri: string; parsed: Parsed }[]): BesideDocument[] {
  if (parsed.language !== 'dump') return [];
  // A dump is compared with the registry views beside it, a registry view (no certificate) with the dumps beside it.
  const registryView = parsed.dump.certificates.length === 0;
  return open.flatMap((o) =>
    o.uri !== uri &&
    o.parsed.language === 'dump' &&
    (o.parsed.dump.certificates.length === 0) !== registryView &&
    o.parsed.text.length <= MAX_BESIDE_CHARS &&
    inSameFolder(o.uri, uri)
      ? [{ fileName: Utils.basename(URI.parse(o.uri)), dump: o.parsed.dump, text: o.parsed.text }]
      : [],
  );
}

/** True when two document URIs are in the same folder (the registry view and the dump it is compared with). */
export function inSameFolder(a: string, b: string): boolean {
  return Utils.dirname(URI.parse(a)).toString() === Utils.dirname(URI.parse(b)).toString();
}

/**
 * The open dumps beside `uri` whose diagnostics may change when it opens, changes or closes: every dump in its folder
 * when it holds no certificate (a registry view) or is unknown, else only the registry views beside it.
 */

export function besideToRecheck(uri: string, parsed: Parsed | undefined, open: readonly { uri: string; parsed: Parsed }[]): string[] {
  const registryOnly = (p: Parsed): boolean => p.language === 'dump' && p.dump.certificates.length === 0;
  return open
    .filter((o) => o.uri !== uri && o.parsed.language === 'dump' && inSameFolder(o.uri, uri))
    .filter((o) => !parsed || registryOnly(parsed) || registryOnly(o.parsed))
    .map((o) => o.uri);
}

/** A document beside the dump larger than this is not read for the registry comparison (each check would read it). */
const MAX_BESIDE_CHARS = 4 * 1024 * 1024;

/** The one-line health summary of a dump (code lens and hover on its store header); `options.today` dates it. */
export function dumpSummary(parsed: Parsed, options: CheckOptions): HealthSummary | undefined {
  return finish(dumpSummaryInSlices(parsed, options));
}

/** dumpSummary in slices: the whole dump is checked for it (once per version, day and settings). */
export function* dumpSummaryInSlices(parsed: Parsed, options: CheckOptions): Generator<void, HealthSummary | undefined> {
  if (parsed.language !== 'dump') return undefined;
  // The lens and the hover ask on the same version: check it once per day and settings, not once per request.
  // The language is not part of the key: the lens (English, translated at the edge) and a German hover share one check.
  const day = options.today === undefined ? undefined : Math.floor(options.today / 86_400_000);
  const key = JSON.stringify({ ...options, today: undefined, locale: undefined });
  const cached = summaryOfParse.get(parsed);
  const problems = cached && cached.day === day && cached.options === key ? cached.problems : yield* diagnoseInSlices(parsed, options);
  summaryOfParse.set(parsed, { day, options: key, problems });
  return healthSummary(parsed.dump, problems, options.locale);
}

const summaryOfParse = new WeakMap<Parsed, { day: number | undefined; options: string; problems: readonly Problem[] }>();

/** The CA key health report of a dump as webview HTML, with `nonce` for its Content-Security-Policy. */
export function healthReport(parsed: Parsed, options: CheckOptions, nonce: string): string | undefined {
  return finish(healthReportInSlices(parsed, options, nonce));
}

/** healthReport in slices: the whole dump is checked for it (issue 13). */
export function* healthReportInSlices(parsed: Parsed, options: CheckOptions, nonce: string): Generator<void, string | undefined> {
  if (parsed.language !== 'dump' || options.today === undefined) return undefined;
  return healthReportHtml(parsed.dump, parsed.text, yield* diagnoseInSlices(parsed, options), options.today, nonce, options.locale);
}
