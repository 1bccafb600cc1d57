/**
 * What every CA key health check of one dump shares: the facts of each certificate, the dump's date order,
 * and the severity the settings give each code. Built once per check run; the facts are cached per
 * certificate (dump/certificateFacts.ts).
 */

import { finish } from '../../slices';
import { certificateFacts, type CertificateFacts } from '../certificateFacts';
import { dumpDateOrder, readDate, type DateOrder, type DateParts, type ReadDate } from '../dumpDates';
import type { RuleCode } from '../../rules';
import type { Severity } from '../../types';
import type { DumpCheckOptions } from '../dumpChecks';
import type { Certificate, DumpDocument } from '../dumpParser';

/** What a certificate is used for, where its EKU does not say (setting `certutil.health.certificateRoles`). */
export type CertificateRole = 'ca' | 'tls-server' | 'adfs' | 'none';

/** The CA key health settings. */
export interface HealthOptions {
  /** Per-code overrides; `default` (or absent) keeps the rule's own severity. */
  severities: Partial<Record<string, Severity | 'off' | 'default'>>;
  caExpiringDays: number;
  expiringDays: number;
  minRsaKeyBits: number;
  /** Serial (lower-case hex, no spaces) -> role. */
  roles: Record<string, CertificateRole>;
}

export const defaultHealthOptions: HealthOptions = { severities: {}, caExpiringDays: 90, expiringDays: 30, minRsaKeyBits: 2048, roles: {} };

/** Codes that are off unless a setting turns them on, and the highest severity each may have. */
const offByDefault: Partial<Record<RuleCode, Severity>> = { 'key.container-hash': 'information' };
const rank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface HealthContext {
  dump: DumpDocument;
  text: string;
  options: HealthOptions;
  today?: number;
  dateOrder?: DateOrder;
  facts(certificate: Certificate): CertificateFacts;
  /** The severity of `code` for a finding whose own severity is `natural`, or 'off'. */
  severity(code: RuleCode, natural: Severity): Severity | 'off';
  /** A date of this dump, read with the dump's order. */
  date(parts: DateParts | undefined): ReadDate | undefined;
}

export function healthContext(dump: DumpDocument, text: string, options: DumpCheckOptions): HealthContext {
  return finish(healthContextInSlices(dump, text, options));
}

/** How many certificates' facts are read between two pauses of healthContextInSlices. */
const FACTS_PER_SLICE = 16;

/** healthContext in slices: every certificate's facts are read for it, so a large dump yields in between. */
export function* healthContextInSlices(dump: DumpDocument, text: string, options: DumpCheckOptions): Generator<void, HealthContext> {
  const health = options.health ?? defaultHealthOptions;
  const facts = (certificate: Certificate): CertificateFacts => certificateFacts(text, certificate, dump.oneShot);
  const dates: DateParts[] = [];
  const languages = new Map<string, number>();
  for (let i = 0; i < dump.certificates.length; i++) {
    if (i % FACTS_PER_SLICE === FACTS_PER_SLICE - 1) yield;
    const f = facts(dump.certificates[i]);
    if (f.notBefore?.value) dates.push(f.notBefore.value);
    if (f.notAfter?.value) dates.push(f.notAfter.value);
    if (f.language) languages.set(f.language, (languages.get(f.language) ?? 0) + 1);
  }
  // The labels of one dump are in one language; a mixed paste has no single language to decide by.
  const language = languages.size === 1 ? [...languages.keys()][0] : undefined;
  const dateOrder = dumpDateOrder(dates, language);
  // Each date is read once per run, however many checks ask (validity, supersession, the current CA certificate).
  const dates_ = new WeakMap<DateParts, ReadDate>();
  const context: HealthContext = {
    dump,
    text,
    options: health,
    facts,
    severity(code, natural) {
      const chosen = health.severities[code];
      const ceiling = offByDefault[code];
      if (chosen === 'off') return 'off';
      if (ceiling) {
        if (chosen === undefined || chosen === 'default') return 'off';
        return rank[chosen] < rank[ceiling] ? ceiling : chosen;
      }
      return chosen === undefined || chosen === 'default' ? natural : chosen;
    },
    date: (parts) => {
      if (!parts) return undefined;
      let read = dates_.get(parts);
      if (!read) dates_.set(parts, (read = readDate(parts, dateOrder)));
      return read;
    },
  };
  if (options.today !== undefined) context.today = options.today;
  if (dateOrder) context.dateOrder = dateOrder;
  return context;
}

/** True for a CA certificate: the dump shows it, or the roles setting says so. */
export function isCaCertificate(context: HealthContext, certificate: Certificate): boolean {
  const role = certificate.serial ? context.options.roles[certificate.serial.value] : undefined;
  return role === 'ca' || (role === undefined && certificate.caEvidence !== undefined);
}
