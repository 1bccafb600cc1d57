/**
 * One line per dump that says what stands between the admin and a CA renewal: "2 KeySpec repairs, 1 lost key,
 * 1 CA certificate expires in 43 days". Shown as a code lens and a hover on the store header. Counted from the
 * same problems the diagnostics show (default severities), so the summary never says what the list does not.
 */

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

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The summary of `problems` (the dump's diagnostics), or undefined for a dump with no place to show it. */
export function healthSummary(dump: DumpDocument, problems: readonly Problem[]): HealthSummary | undefined {
  const at = dump.store ?? dump.certificates[0]?.frame;
  if (!at) return undefined;
  const serious = problems.filter((p) => p.severity === 'error' || p.severity === 'warning');
  const count = (code: string): number => serious.filter((p) => p.code === code).length;
  const parts: string[] = [];
  const keySpec = count('keyspec.ksp-nonzero');
  if (keySpec) parts.push(plural(keySpec, 'KeySpec repair'));
  const lost = count('key.missing');
  if (lost) parts.push(plural(lost, 'lost key'));
  const consumer = count('keyspec.consumer');
  if (consumer) parts.push(plural(consumer, 'TLS key with KeySpec 2', 'TLS keys with KeySpec 2'));
  const expired = serious.filter((p) => p.code === 'cert.expired');
  if (expired.length) parts.push(`${plural(expired.length, 'CA certificate')} expired`);
  const expiringProblems = serious.filter((p) => p.code === 'cert.expiring' && daysOf(p) !== undefined);
  const expiring = expiringProblems.map((p) => daysOf(p)!);
  // "CA certificate" when every one of them is a CA's (the validity check says so in the problem's data).
  const what = expiringProblems.every((p) => (p.data as { ca?: unknown } | undefined)?.ca === true) ? 'CA certificate' : 'certificate';
  if (expiring.length) parts.push(`${plural(expiring.length, what)} ${expiring.length === 1 ? 'expires' : 'expire'} in ${Math.min(...expiring)} days`);
  const failed = count('certutil.failed');
  if (failed) parts.push(plural(failed, 'certutil error'));
  const counted = keySpec + lost + consumer + expired.length + expiring.length + failed;
  const other = serious.length - counted;
  if (other > 0) parts.push(plural(other, 'other problem'));
  return {
    text: parts.length ? parts.join(', ') : 'No CA key problems found',
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
