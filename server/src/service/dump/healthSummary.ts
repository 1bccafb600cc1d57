/**
 * One line per dump that says what stands between the admin and a CA renewal: "2 KeySpec repairs, 1 lost key,
 * 1 CA certificate expires in 43 days". Shown as a code lens and a hover on the store header. Counted from the
 * same problems the diagnostics show (default severities), so the summary never says what the list does not.
 */

import { say, type ServerLocale } from '../l10n/serverMessages';
import type { Problem } from '../types';
import type { DumpDocument } from './dumpParser';

export interface HealthSummary {
  /** The one line; "No CA key problems found" when there is nothing above Information. */
  text: string;
  /** Where it goes: the store header, or the first certificate's frame. */
  at: { start: number; end: number };
  /** How many problems above Information it sums up. */
  count: number;
  /** How many of them are KeySpec repairs. */
  keySpecRepairs: number;
}

/** The summary of `problems` (the dump's diagnostics) in `locale` (English when absent), or undefined for a dump with no place to show it. */
export function healthSummary(dump: DumpDocument, problems: readonly Problem[], locale?: ServerLocale): HealthSummary | undefined {
  const at = dump.store ?? dump.certificates[0]?.frame;
  if (!at) return undefined;
  const serious = problems.filter((p) => p.severity === 'error' || p.severity === 'warning');
  const count = (code: string): number => serious.filter((p) => p.code === code).length;
  // Each count has its own two templates (one, many), so every language words its plural itself.
  const parts: string[] = [];
  const keySpec = count('keyspec.ksp-nonzero');
  if (keySpec) parts.push(keySpec === 1 ? say(locale, '{n} KeySpec repair', { n: keySpec }) : say(locale, '{n} KeySpec repairs', { n: keySpec }));
  const lost = count('key.missing');
  if (lost) parts.push(lost === 1 ? say(locale, '{n} lost key', { n: lost }) : say(locale, '{n} lost keys', { n: lost }));
  const consumer = count('keyspec.consumer');
  if (consumer)
    parts.push(consumer === 1 ? say(locale, '{n} TLS key with KeySpec 2', { n: consumer }) : say(locale, '{n} TLS keys with KeySpec 2', { n: consumer }));
  const expired = serious.filter((p) => p.code === 'cert.expired');
  if (expired.length)
    parts.push(
      expired.length === 1
        ? say(locale, '{n} CA certificate expired', { n: expired.length })
        : say(locale, '{n} CA certificates expired', { n: expired.length }),
    );
  const expiringProblems = serious.filter((p) => p.code === 'cert.expiring' && daysOf(p) !== undefined);
  const expiring = expiringProblems.map((p) => daysOf(p)!);
  // "CA certificate" when every one of them is a CA's (the validity check says so in the problem's data).
  const allCa = expiringProblems.every((p) => (p.data as { ca?: unknown } | undefined)?.ca === true);
  if (expiring.length) {
    const days = { days: Math.min(...expiring) };
    parts.push(
      allCa
        ? expiring.length === 1
          ? say(locale, '{n} CA certificate expires in {days} days', { n: expiring.length, ...days })
          : say(locale, '{n} CA certificates expire in {days} days', { n: expiring.length, ...days })
        : expiring.length === 1
          ? say(locale, '{n} certificate expires in {days} days', { n: expiring.length, ...days })
          : say(locale, '{n} certificates expire in {days} days', { n: expiring.length, ...days }),
    );
  }
  const failed = count('certutil.failed');
  if (failed) parts.push(failed === 1 ? say(locale, '{n} certutil error', { n: failed }) : say(locale, '{n} certutil errors', { n: failed }));
  const summed = keySpec + lost + consumer + expired.length + expiring.length + failed;
  const other = serious.length - summed;
  if (other > 0) parts.push(other === 1 ? say(locale, '{n} other problem', { n: other }) : say(locale, '{n} other problems', { n: other }));
  return {
    text: parts.length ? parts.join(', ') : say(locale, 'No CA key problems found'),
    at: { start: at.start, end: at.end },
    count: serious.length,
    keySpecRepairs: keySpec,
  };
}

/** The days of a `cert.expiring` problem, from what it carries. */
function daysOf(problem: Problem): number | undefined {
  const data = problem.data as { days?: unknown } | undefined;
  return typeof data?.days === 'number' ? data.days : undefined;
}
