/**
 * The diagnostic table: every code the extension reports, with its default severity and message.
 * Codes are stable strings: never renumbered, renamed or reused. Tests assert codes, never messages.
 * Messages take `{name}` parameters filled by `report`.
 */

import type { Problem, Related, Severity, Span } from './types';

/** One row of the table. */
export interface Rule {
  /** Default severity; a setting may override it where `setting` names one. */
  severity: Severity;
  /** Message template; `{name}` is replaced from the report's parameters. */
  message: string;
  /** One line for the README's diagnostics table. */
  doc: string;
  /** The setting that changes this rule's severity, if any. */
  setting?: string;
}

export const rules = {
  // ---- certutil dumps -------------------------------------------------------------------------
  /** A CNG (KSP) key recorded with a KeySpec other than 0: CA renewal with the existing key fails. */
  'keyspec.ksp-nonzero': {
    severity: 'error',
    message:
      'KeySpec is {keySpec} but the key lives in a CNG Key Storage Provider ({provider}). CNG keys have no key spec: it must be 0, or renewing this certificate with its existing key pair fails. Generate a repair INF to set KeySpec=0.',
    doc: 'A KSP key (ProviderType 0, or a known KSP name) whose KeySpec is not 0. Error on CA certificates, the `certutil.keySpec.nonCaSeverity` setting on others.',
    setting: 'certutil.keySpec.nonCaSeverity',
  },
  /** The provider name and ProviderType disagree (a KSP with a CSP type, or a CSP with type 0). */
  'provider.type-mismatch': {
    severity: 'warning',
    message: '{provider} is {providerKind}, but ProviderType is {providerType}. {expected}',
    doc: 'The provider name and the ProviderType contradict each other (a known KSP with a non-zero type, or a known CSP with type 0 or another type).',
  },
  /** A `-store` dump without `-v`: KeySpec, ProviderType and Flags are not printed. */
  'dump.not-verbose': {
    severity: 'information',
    message:
      'This dump was made without -v, so it does not show ProviderType, Flags or KeySpec. Re-run `certutil -v -store {store}` to check the KeySpec of its keys.',
    doc: 'Key information without a `CERT_KEY_PROV_INFO_PROP_ID(2)` block: the dump was made without `-v`, so KeySpec cannot be checked.',
  },
  /** A key-provider block that stops before KeySpec (truncated or mangled): no verdict is given. */
  'keyprov.incomplete': {
    severity: 'information',
    message: 'This key-provider block is incomplete (no {missing}), so its KeySpec cannot be judged.',
    doc: 'A `CERT_KEY_PROV_INFO_PROP_ID(2)` block that lacks ProviderType, KeySpec or Provider: the extension says it cannot judge rather than guess.',
  },
  // ---- certutil INF files (owned by service/inf) ----------------------------------------------
  // INF-RULES-BEGIN
  // INF-RULES-END
} satisfies Record<string, Rule>;

/** A stable diagnostic code. */
export type RuleCode = keyof typeof rules;

/** Every code, for tables and documentation. */
export const ruleCodes = Object.keys(rules) as RuleCode[];

/** Fills a rule's message template. Unknown parameters stay visible, so a missing one is noticed. */
export function formatMessage(code: RuleCode, params: Record<string, string | number> = {}): string {
  return rules[code].message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Builds a problem for `code` at `span` with the table's severity and message. */
export function report(
  code: RuleCode,
  span: Span,
  params: Record<string, string | number> = {},
  extra: { severity?: Severity; related?: Related[]; data?: unknown; unnecessary?: boolean } = {},
): Problem {
  const problem: Problem = {
    code,
    start: span.start,
    end: span.end,
    severity: extra.severity ?? rules[code].severity,
    message: formatMessage(code, params),
  };
  if (extra.related) problem.related = extra.related;
  if (extra.data !== undefined) problem.data = extra.data;
  if (extra.unnecessary) problem.unnecessary = true;
  return problem;
}
