/**
 * Every check of a dump, in one list. A new dump rule is a row in rules.ts, a file in `checks/` and its
 * test; it is called from here and nowhere else.
 */

import { guarded, internalErrorProblem, type ErrorSink } from '../internalError';
import { finish, guardedSlices } from '../slices';
import type { Problem, Severity } from '../types';
import { checkCaRegistry, type BesideDocument } from './checks/caRegistryCheck';
import { checkCertutilErrors } from './checks/certutilErrors';
import { checkConsumer } from './checks/consumer';
import { checkContainerHash } from './checks/containerHash';
import { checkContainerName } from './checks/containerName';
import { healthContext, healthContextInSlices, type HealthContext, type HealthOptions } from './checks/healthContext';
import { checkKeyMissing, keyDonorsInSlices } from './checks/keyMissing';
import { checkKeySpec } from './checks/keySpecCheck';
import { checkLegacyCsp } from './checks/legacyCsp';
import { checkNotVerbose } from './checks/notVerbose';
import { checkOtherOutputs } from './checks/otherOutputsCheck';
import { checkValidity, latestBySubjectInSlices } from './checks/validity';
import { checkWeakCrypto } from './checks/weakCrypto';
import { caRegistriesInSlices, certutilErrorLinesInSlices } from './certificateFacts';
import { CERTIFICATES_PER_SLICE, type Certificate, type DumpDocument } from './dumpParser';
import { forgetOrigin, moved, movedFrom } from './reuse';

/** The settings the dump checks read. */
export interface DumpCheckOptions {
  /** Severity of `keyspec.ksp-nonzero` on a certificate that is not a CA certificate. */
  nonCaKeySpecSeverity: Severity | 'off';
  /** Run only the KeySpec verdicts (a very large dump). */
  keySpecOnly?: boolean;
  /** The CA key health settings (issue #15); absent: their defaults. */
  health?: HealthOptions;
  /** Today, in milliseconds since 1970, for the validity checks: the glue passes the clock, tests a fixed date. Absent: no validity verdicts. */
  today?: number;
  /**
   * Keep each certificate's findings for the next check of a later version (the editor, issue 18 part 2). A
   * one-time check (the command line) leaves it off: keeping costs a little and would never be used.
   */
  keepFindings?: boolean;
}

export const defaultDumpCheckOptions: DumpCheckOptions = { nonCaKeySpecSeverity: 'warning' };

/** The CA key health checks of one certificate, each with the words `internal.error` uses for it. */
const healthChecks: readonly { what: string; check: (health: HealthContext, certificate: Certificate, problems: Problem[]) => void }[] = [
  { what: 'the lost key check', check: checkKeyMissing },
  { what: 'the container name check', check: checkContainerName },
  { what: 'the container hash check', check: checkContainerHash },
  { what: 'the legacy CSP check', check: checkLegacyCsp },
  { what: 'the signature and key strength check', check: checkWeakCrypto },
  { what: 'the validity check', check: checkValidity },
  { what: 'the key consumer check', check: checkConsumer },
];

/**
 * All problems of a dump. The health checks read lines the parse does not keep, so they run when the dump's
 * `text` is given (the language service always gives it).
 */
export function checkDump(dump: DumpDocument, options: DumpCheckOptions = defaultDumpCheckOptions, text?: string, errors?: ErrorSink): Problem[] {
  return finish(checkDumpInSlices(dump, options, text, errors));
}

/** checkDump in slices of certificates: yields between them so the server stays responsive on a large dump. */
export function* checkDumpInSlices(
  dump: DumpDocument,
  options: DumpCheckOptions = defaultDumpCheckOptions,
  text?: string,
  errors?: ErrorSink,
  /** Other open dumps in the same folder: a `certutil -getreg ca\\csp` view beside the dump is compared with it. */
  beside: readonly BesideDocument[] = [],
): Generator<void, Problem[]> {
  const problems: Problem[] = [];
  const health = options.keySpecOnly || text === undefined ? undefined : yield* healthContextInSlices(dump, text, options);
  // The whole-dump maps the checks read are built here in slices, not on the first certificate that asks (issue 13).
  // One that throws is left unbuilt: the check that asks builds it again, and reports the throw as before.
  if (health) yield* warmUp(latestBySubjectInSlices(health), keyDonorsInSlices(health));
  const reuse = options.keepFindings ? yield* findingsRun(dump, options, health) : undefined;
  let checked = 0;
  for (const certificate of dump.certificates) {
    const kept = reuse?.kept(certificate);
    if (kept) {
      for (const problem of kept) problems.push(problem);
      continue;
    }
    if (++checked % CERTIFICATES_PER_SLICE === 0) yield;
    const first = problems.length;
    const failures = errors?.length ?? 0;
    checkCertificate(dump, certificate, options, problems, errors, health);
    // A check that threw is run again next time, so its error reaches the log of that run too.
    if (reuse && (errors?.length ?? 0) === failures) reuse.keep(certificate, problems.slice(first));
  }
  if (!options.keySpecOnly) {
    guarded(
      'the dump checks',
      { start: 0, end: 0 },
      errors,
      () => checkNotVerbose(dump, problems),
      (p) => void problems.push(p),
    );
    guarded(
      'the checks of other certutil output',
      { start: 0, end: 0 },
      errors,
      () => checkOtherOutputs(dump, problems),
      (p) => void problems.push(p),
    );
  }
  // The other dumps beside this one: their health contexts in slices too.
  const besideContexts = health && beside.length > 0 ? yield* guardedSlices(besideInSlices(beside, options), () => undefined) : undefined;
  if (health) {
    yield* warmUp(certutilErrorLinesInSlices(health.text, dump), caRegistriesInSlices(health.text, dump));
    guarded(
      'the certutil error check',
      { start: 0, end: 0 },
      errors,
      () => checkCertutilErrors(health, problems),
      (p) => void problems.push(p),
    );
    guarded(
      'the CA registry check',
      { start: 0, end: 0 },
      errors,
      () =>
        checkCaRegistry(
          health,
          problems,
          besideContexts ?? beside.map((b) => ({ fileName: b.fileName, context: healthContext(b.dump, b.text, options) })),
        ),
      (p) => void problems.push(p),
    );
  }
  return problems.sort((a, b) => a.start - b.start);
}

/** Runs each sliced computation to its end for what it caches; one that throws is dropped (its check asks again). */
function* warmUp(...steps: Generator<void, unknown>[]): Generator<void, void> {
  for (const step of steps) yield* guardedSlices(step, () => undefined);
}

function* besideInSlices(beside: readonly BesideDocument[], options: DumpCheckOptions): Generator<void, { fileName: string; context: HealthContext }[]> {
  const contexts: { fileName: string; context: HealthContext }[] = [];
  for (const b of beside) contexts.push({ fileName: b.fileName, context: yield* healthContextInSlices(b.dump, b.text, options) });
  return contexts;
}

/**
 * The findings of a certificate checked in an earlier run, kept on its parse node (issue 18 part 2): the
 * incremental parse hands the same node (or a moved copy, `carried`) to the next version, so only the
 * certificates it read anew are checked again.
 */
interface KeptFindings {
  /** The whole-dump inputs of the run: settings, the calendar day, the dump's date order and store. */
  inputs: string;
  /** Per cross-certificate key of the certificate (subject, Key Id Hash): who else had it, and where. */
  related: readonly string[];
  /** The store header and echoed command before the certificate, without their offsets (no finding points at them). */
  context: string;
  problems: Problem[];
}

const keptFindings = new WeakMap<Certificate, KeptFindings>();

/** A certificate's identity across versions: a moved copy keeps the id of the node it was moved from. */
const nodeIds = new WeakMap<Certificate, number>();
let nextNodeId = 1;

function nodeId(certificate: Certificate): number {
  let id = nodeIds.get(certificate);
  if (id === undefined) {
    const origin = movedFrom(certificate);
    id = (origin && nodeIds.get(origin.from)) ?? nextNodeId++;
    nodeIds.set(certificate, id);
  }
  return id;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const alone: readonly string[] = [];

/** The keys by which other certificates' findings read this one: its subject and each Key Id Hash. Per node. */
const crossKeysOf = new WeakMap<Certificate, readonly string[]>();

function crossKeys(health: HealthContext, certificate: Certificate): readonly string[] {
  let keys = crossKeysOf.get(certificate);
  if (!keys) {
    const origin = movedFrom(certificate);
    keys = origin && crossKeysOf.get(origin.from);
    if (!keys) {
      const own: string[] = [];
      if (certificate.subject !== undefined) own.push(`subject ${certificate.subject.value}`);
      for (const [alg, value] of Object.entries(health.facts(certificate).keyIdHashes)) own.push(`key ${alg}:${value}`);
      keys = own;
    }
    crossKeysOf.set(certificate, keys);
  }
  return keys;
}

/**
 * Each distinct list of members (a signature) gets a number, and a certificate's findings keep the numbers of its
 * keys' lists: a list as long as the certificates sharing a subject is then built once per key and run, not kept
 * and compared once per member (quadratic: 9,000 copies of one certificate would keep a gigabyte of lists). A
 * number is never given out again, so clearing the table (bounded in characters) only costs a re-check.
 */
const signatureIds = new Map<string, number>();
let signatureChars = 0;
let nextSignatureId = 1;
const MAX_SIGNATURE_CHARS = 16 * 1024 * 1024;

function signatureId(signature: string): number {
  let id = signatureIds.get(signature);
  if (id === undefined) {
    if (signatureChars + signature.length > MAX_SIGNATURE_CHARS) {
      signatureIds.clear();
      signatureChars = 0;
    }
    id = nextSignatureId++;
    signatureIds.set(signature, id);
    signatureChars += signature.length;
  }
  return id;
}

/** One run context is shared by every certificate of its run: its key is computed once. */
const contextKeys = new WeakMap<object, string>();

function contextOf(certificate: Certificate): string {
  const context = certificate.context;
  if (!context) return '';
  let key = contextKeys.get(context);
  if (key === undefined) {
    key = JSON.stringify(context, (name, value: unknown) => (name === 'start' || name === 'end' ? undefined : value));
    contextKeys.set(context, key);
  }
  return key;
}

/**
 * What one run may take over from the last. A certificate's findings depend on its own text and offsets, on the
 * whole-dump inputs, and on the other certificates that share its subject (the renewal that supersedes it) or a
 * Key Id Hash (the certificate that still has its key). They are taken over when all of these are as before:
 * the same inputs, and for each of its keys the same members (by node id) at the same distances from each other.
 */
function* findingsRun(
  dump: DumpDocument,
  options: DumpCheckOptions,
  health: HealthContext | undefined,
): Generator<void, { kept(certificate: Certificate): Problem[] | undefined; keep(certificate: Certificate, problems: Problem[]): void }> {
  // Only the calendar day of `today` reaches a finding (dumpDates.ts daysFrom).
  const inputs = JSON.stringify([
    options.nonCaKeySpecSeverity,
    options.keySpecOnly === true,
    options.health ?? null,
    options.today === undefined ? null : Math.floor(options.today / DAY_MS),
    health?.dateOrder ?? null,
    dump.store?.name ?? null,
  ]);
  const counts = new Map<string, number>();
  // Who shares a key, and at which distance from each other: only for the keys more than one certificate has.
  const signatures = new Map<string, number>();
  if (health) {
    // Three passes over the certificates, each yielding every CERTIFICATES_PER_SLICE (issue 13).
    let k = 0;
    for (const certificate of dump.certificates) {
      if (++k % CERTIFICATES_PER_SLICE === 0) yield;
      for (const key of crossKeys(health, certificate)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const members = new Map<string, Certificate[]>();
    for (const certificate of dump.certificates) {
      if (++k % CERTIFICATES_PER_SLICE === 0) yield;
      for (const key of crossKeys(health, certificate)) if (counts.get(key)! > 1) (members.get(key) ?? members.set(key, []).get(key)!).push(certificate);
    }
    for (const [key, list] of members) {
      k += list.length;
      if (k >= CERTIFICATES_PER_SLICE) {
        k = 0;
        yield;
      }
      signatures.set(key, signatureId(list.map((m) => `${nodeId(m)}@${m.start - list[0].start}`).join(',')));
    }
  }
  // A certificate that shares no key with another has nothing but itself to compare: `alone`.
  const relatedOf = (certificate: Certificate): readonly string[] => {
    const keys = health ? crossKeys(health, certificate) : alone;
    if (keys.every((key) => counts.get(key) === 1)) return alone;
    return keys.map((key) => `${key}=${signatures.get(key) ?? 'alone'}`);
  };
  return {
    kept(certificate) {
      let delta = 0;
      let found = keptFindings.get(certificate);
      if (!found) {
        const origin = movedFrom(certificate);
        found = origin && keptFindings.get(origin.from);
        if (!found || !origin) return undefined;
        delta = origin.delta;
      }
      if (found.inputs !== inputs || found.context !== contextOf(certificate)) return undefined;
      const related = relatedOf(certificate);
      if (related !== found.related && (related.length !== found.related.length || related.some((r, i) => r !== found.related[i]))) return undefined;
      const problems = delta === 0 ? found.problems : moved(found.problems, delta);
      if (delta !== 0) keptFindings.set(certificate, { ...found, problems });
      nodeId(certificate);
      forgetOrigin(certificate);
      return problems;
    },
    keep(certificate, problems) {
      nodeId(certificate);
      keptFindings.set(certificate, { inputs, related: relatedOf(certificate), context: contextOf(certificate), problems });
      forgetOrigin(certificate);
    },
  };
}

/** The checks of one certificate; one that cannot be parsed or checked says so on its frame. */
export function checkCertificate(
  dump: DumpDocument,
  certificate: Certificate,
  options: DumpCheckOptions,
  problems: Problem[],
  errors?: ErrorSink,
  health?: HealthContext,
): void {
  const at = certificate.frame ?? { start: certificate.start, end: certificate.start };
  if (certificate.failed) {
    problems.push(internalErrorProblem('the dump parser', at));
    return;
  }
  // One internal.error per certificate: after a check throws, its other checks would only repeat it.
  const run = (what: string, check: () => void): boolean =>
    guarded(
      what,
      at,
      errors,
      () => (check(), true),
      (p) => (problems.push(p), false),
    );
  if (!run('the KeySpec check', () => checkKeySpec(dump, certificate, options, problems)) || !health) return;
  for (const { what, check } of healthChecks) if (!run(what, () => check(health, certificate, problems))) return;
}
