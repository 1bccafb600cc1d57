/**
 * `cert.expired`, `cert.expiring`: NotAfter in the past, or within the configured days (CA certificates 90,
 * others 30), read from the date formats of docs/formats.md "CA key health" §H2 with the dump's day/month
 * order. A date whose order the dump does not decide is judged only when both readings agree. A certificate
 * superseded by a later one of the same subject (a renewed CA keeps its old certificates) is not a problem:
 * its expiry is Information at most. The inlay hints after NotAfter come from the same reading.
 */

import { report } from '../../rules';
import type { Problem } from '../../types';
import { daysFrom, type ReadDate } from '../dumpDates';
import { finish } from '../../slices';
import { CERTIFICATES_PER_SLICE, type Certificate, type DumpDocument } from '../dumpParser';
import { healthContextInSlices, isCaCertificate, type HealthContext } from './healthContext';

/** Days until NotAfter (negative: since), as one number or the two readings of an undecided date. */
export type Remaining = { kind: 'days'; days: number } | { kind: 'ambiguous'; days: [mdy: number, dmy: number] };

export function remainingDays(read: ReadDate | undefined, today: number): Remaining | undefined {
  if (!read || read.kind === 'invalid') return undefined;
  if (read.kind === 'date') return { kind: 'days', days: daysFrom(today, read.value) };
  return { kind: 'ambiguous', days: [daysFrom(today, read.values[0]), daysFrom(today, read.values[1])] };
}

export function checkValidity(context: HealthContext, certificate: Certificate, problems: Problem[]): void {
  const today = context.today;
  const notAfter = context.facts(certificate).notAfter;
  if (today === undefined || !notAfter) return;
  const remaining = remainingDays(context.date(notAfter.value), today);
  if (!remaining) return;
  // Both readings of an undecided date must agree, and the message uses the one nearer to today's side.
  const [low, high] = remaining.kind === 'days' ? [remaining.days, remaining.days] : [Math.min(...remaining.days), Math.max(...remaining.days)];
  const isCA = isCaCertificate(context, certificate);
  const what = isCA ? 'CA certificate' : 'certificate';
  const successor = supersededBy(context, certificate);
  const superseded = successor ? ` Certificate ${successor.index ?? '?'} of the same subject is valid longer, so this one is an earlier generation.` : '';
  const data = remaining.kind === 'ambiguous' ? { ambiguousDate: true } : undefined;
  if (high < 0) {
    // The CA's current certificate expired: it can no longer sign. Any other expired certificate is history.
    const severity = context.severity('cert.expired', !successor && isCA ? 'error' : 'information');
    if (severity === 'off') return;
    problems.push(
      report('cert.expired', notAfter.line, { what, date: rawDate(context, notAfter), days: -high, superseded }, { severity, ...(data ? { data } : {}) }),
    );
    return;
  }
  const window = isCA ? context.options.caExpiringDays : context.options.expiringDays;
  if (low < 0 || high > window || successor) return;
  const severity = context.severity('cert.expiring', 'warning');
  if (severity === 'off') return;
  const advice = isCA ? ' Renew the CA certificate now (with the existing key only if its KeySpec and provider are healthy).' : ' Renew it before then.';
  problems.push(
    report(
      'cert.expiring',
      notAfter.line,
      { what, date: rawDate(context, notAfter), days: low, advice },
      { severity, data: { days: low, ...(isCA ? { ca: true } : {}), ...(data ?? {}) } },
    ),
  );
}

function rawDate(context: HealthContext, field: { start: number; end: number }): string {
  return context.text.slice(field.start, field.end);
}

/**
 * True for an earlier generation that has expired: a later certificate of the same subject is valid longer and this
 * one's NotAfter has passed (both readings of an undecided date agree). Nothing checks its signature or signs with
 * its key any more, so its weak algorithms are history: Information at most.
 */
export function isRetiredGeneration(context: HealthContext, certificate: Certificate): boolean {
  const today = context.today;
  if (today === undefined || !supersededBy(context, certificate)) return false;
  const remaining = remainingDays(context.date(context.facts(certificate).notAfter?.value), today);
  return remaining !== undefined && (remaining.kind === 'days' ? remaining.days : Math.max(...remaining.days)) < 0;
}

/** A later certificate of the same subject whose NotAfter is later: this one has been renewed. */
function supersededBy(context: HealthContext, certificate: Certificate): Certificate | undefined {
  const subject = certificate.subject?.value;
  const mine = context.date(context.facts(certificate).notAfter?.value);
  if (subject === undefined || mine?.kind !== 'date') return undefined;
  const latest = latestBySubject(context).get(subject);
  return latest && latest.value > mine.value ? latest.certificate : undefined;
}

const latestOf = new WeakMap<HealthContext, Map<string, { value: number; certificate: Certificate }>>();

/** Per subject, the certificate with the latest NotAfter: one pass per check run, not one per certificate. */
function latestBySubject(context: HealthContext): Map<string, { value: number; certificate: Certificate }> {
  return finish(latestBySubjectInSlices(context));
}

/** latestBySubject in slices of certificates: the sliced check builds it before its first certificate (issue 13). */
export function* latestBySubjectInSlices(context: HealthContext): Generator<void, Map<string, { value: number; certificate: Certificate }>> {
  const known = latestOf.get(context);
  if (known) return known;
  const latest = new Map<string, { value: number; certificate: Certificate }>();
  const certificates = context.dump.certificates;
  for (let k = 0; k < certificates.length; k++) {
    if (k % CERTIFICATES_PER_SLICE === CERTIFICATES_PER_SLICE - 1) yield;
    const certificate = certificates[k];
    const subject = certificate.subject?.value;
    const read = context.date(context.facts(certificate).notAfter?.value);
    if (subject === undefined || read?.kind !== 'date') continue;
    const before = latest.get(subject);
    if (!before || read.value > before.value) latest.set(subject, { value: read.value, certificate });
  }
  latestOf.set(context, latest);
  return latest;
}

/** An inlay hint after a NotAfter date. */
export interface ValidityHint {
  offset: number;
  label: string;
}

/** "expires in 43 days" / "expired 12 days ago" after every NotAfter the dump's dates let us read. */
export function validityHints(dump: DumpDocument, text: string, today: number): ValidityHint[] {
  return finish(validityHintsInSlices(dump, text, today));
}

/** validityHints in slices of certificates (issue 13): the inlay hint request of a large dump yields as it goes. */
export function* validityHintsInSlices(dump: DumpDocument, text: string, today: number): Generator<void, ValidityHint[]> {
  const context = yield* healthContextInSlices(dump, text, { nonCaKeySpecSeverity: 'warning', today });
  const hints: ValidityHint[] = [];
  for (let k = 0; k < dump.certificates.length; k++) {
    if (k % CERTIFICATES_PER_SLICE === CERTIFICATES_PER_SLICE - 1) yield;
    const certificate = dump.certificates[k];
    const notAfter = context.facts(certificate).notAfter;
    if (!notAfter) continue;
    const remaining = remainingDays(context.date(notAfter.value), today);
    if (!remaining) continue;
    const label =
      remaining.kind === 'days'
        ? phrase(remaining.days)
        : `day/month order unknown: ${phrase(remaining.days[0])} if month first, ${phrase(remaining.days[1])} if day first`;
    hints.push({ offset: notAfter.end, label });
  }
  return hints;
}

function phrase(days: number): string {
  if (days === 0) return 'expires today';
  if (days > 0) return `expires in ${days} day${days === 1 ? '' : 's'}`;
  return `expired ${-days} day${days === -1 ? '' : 's'} ago`;
}
