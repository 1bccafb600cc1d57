/**
 * CAPolicy.inf sections and keys with their documented values: docs/formats.md §2.4 (the CAPolicy.inf syntax
 * page) and the key names of the public certsrv.h (wszINFKEY_*). certreq's `-policy` INFs use the same
 * extension sections (§2.3), so their schemas apply there too; `[Certsrv_Server]` is CA setup's alone.
 */

import type { KeyInfo, NamedValue } from './valueSpec';

/** CRL and renewal period units: the plurals the syntax page lists. `Year` (singular) is a real-world mistake (bendusz sample). */
export const caPeriods: readonly NamedValue[] = [
  { name: 'Hours', note: 'Hours.' },
  { name: 'Days', note: 'Days.' },
  { name: 'Weeks', note: 'Weeks.' },
  { name: 'Months', note: 'Months.' },
  { name: 'Years', note: 'Years.' },
];

const bool = { kind: 'boolean' } as const;
const count = { kind: 'number', min: 0 } as const;
const period = { kind: 'enum', values: caPeriods } as const;
const critical: KeyInfo = { name: 'Critical', spec: bool, note: 'Mark the extension critical.' };

export const certsrvServerKeys: readonly KeyInfo[] = [
  {
    name: 'RenewalKeyLength',
    spec: { kind: 'number', min: 512, max: 16384 },
    note: 'Key length when the CA certificate is renewed with a new key (e.g. 4096).',
  },
  { name: 'RenewalValidityPeriod', spec: period, note: 'Unit of RenewalValidityPeriodUnits.' },
  { name: 'RenewalValidityPeriodUnits', spec: count, note: 'Validity of the renewed CA certificate, in RenewalValidityPeriod units.' },
  { name: 'CRLPeriod', spec: period, note: 'Unit of CRLPeriodUnits.' },
  { name: 'CRLPeriodUnits', spec: count, note: 'Validity of the base CRL, in CRLPeriod units.' },
  { name: 'CRLDeltaPeriod', spec: period, note: 'Unit of CRLDeltaPeriodUnits.' },
  { name: 'CRLDeltaPeriodUnits', spec: count, note: 'Validity of the delta CRL; 0 disables delta CRLs.' },
  { name: 'CRLOverlapPeriod', spec: period, note: 'Unit of CRLOverlapUnits (seen in real files; not on the syntax page).' },
  { name: 'CRLOverlapUnits', spec: count, note: 'CRL overlap, in CRLOverlapPeriod units (seen in real files; not on the syntax page).' },
  { name: 'ClockSkewMinutes', spec: count, note: 'Clock skew allowance for issued certificates, in minutes.' },
  { name: 'LoadDefaultTemplates', spec: bool, note: 'Enterprise CA only: publish the default templates at install (True/False or 1/0).' },
  { name: 'AlternateSignatureAlgorithm', spec: bool, note: '1: sign with PKCS #1 v2.1 (RSASSA-PSS) parameters.' },
  { name: 'ForceUTF8', spec: bool, note: '1: encode subject and issuer names as UTF-8.' },
  { name: 'EnableKeyCounting', spec: bool, note: '1: count key uses (only with an HSM that supports it).' },
  { name: 'ShowAllCSPs', spec: bool, note: '1: list every provider in the setup wizard (certsrv.h).' },
  { name: 'UTF8', spec: bool, note: 'Older spelling read at renewal (certsrv.h).' },
  { name: 'DiscreteSignatureAlgorithm', spec: bool, note: 'Seen in scripts; not on the syntax page.' },
  { name: 'HashAlgorithm', spec: { kind: 'text' }, note: 'Seen in scripts (`RSASHA256`); not on the syntax page.' },
];

/** Keys of a policy section named in `Policies=` (its name is the admin's choice). */
export const policyKeys: readonly KeyInfo[] = [
  { name: 'OID', spec: { kind: 'oid' }, note: 'The policy OID, e.g. `2.5.29.32.0` (any policy).', repeatable: true },
  { name: 'Notice', spec: { kind: 'text' }, note: 'User notice text; quote it when it has spaces.', repeatable: true },
  { name: 'URL', spec: { kind: 'url' }, note: 'Where the policy statement (CPS) is published.', repeatable: true },
];

/** The keys of each known section whose key set is closed; other sections are not judged key by key. */
export const sectionKeys: Readonly<Record<string, readonly KeyInfo[]>> = {
  version: [{ name: 'Signature', spec: { kind: 'text' }, note: 'Always `"$Windows NT$"`, with straight quotes.' }],
  certsrv_server: certsrvServerKeys,
  policystatementextension: [
    { name: 'Policies', spec: { kind: 'sectionList' }, note: 'Comma-separated names of the policy sections (each `[Name]` holds OID, Notice, URL).' },
    critical,
  ],
  applicationpolicystatementextension: [
    { name: 'Policies', spec: { kind: 'sectionList' }, note: 'Comma-separated names of the application policy sections.' },
    critical,
  ],
  basicconstraintsextension: [{ name: 'PathLength', spec: count, note: 'How many CA levels may follow below this CA.' }, critical],
  crldistributionpoint: [
    { name: 'URL', spec: { kind: 'url', noHttps: true }, note: 'A CRL location (http, ldap, file). HTTPS is not supported.', repeatable: true },
    critical,
  ],
  authorityinformationaccess: [
    { name: 'URL', spec: { kind: 'url', noHttps: true }, note: 'A CA certificate location (http, ldap, file). HTTPS is not supported.', repeatable: true },
    critical,
  ],
  enhancedkeyusageextension: [
    { name: 'OID', spec: { kind: 'oid' }, note: 'One enhanced key usage OID, e.g. `1.3.6.1.5.5.7.3.1` (server authentication).', repeatable: true },
    critical,
  ],
  policyconstraintsextension: [
    { name: 'RequireExplicitPolicy', spec: count, note: 'Skip count before an explicit policy is required.' },
    { name: 'InhibitPolicyMapping', spec: count, note: 'Skip count before policy mapping is inhibited.' },
    critical,
  ],
  applicationpolicyconstraintsextension: [
    { name: 'RequireExplicitPolicy', spec: count, note: 'Skip count before an explicit application policy is required.' },
    { name: 'InhibitPolicyMapping', spec: count, note: 'Skip count before application policy mapping is inhibited.' },
    critical,
  ],
  nameconstraintsextension: [
    { name: 'Include', spec: { kind: 'sectionList' }, note: 'The section listing permitted names (DNS, email, UPN, IPAddress, DirectoryName ...).' },
    { name: 'Exclude', spec: { kind: 'sectionList' }, note: 'The section listing excluded names.' },
    critical,
  ],
};

/** The closed key list of a known section, or undefined when its keys are not judged. */
export function keysOfSection(name: string): readonly KeyInfo[] | undefined {
  return sectionKeys[name.trim().toLowerCase()];
}

/** The example OID of Microsoft's CAPolicy.inf article; seen copied into production files (SandmanZac sample). */
export const SAMPLE_POLICY_OID = '1.2.3.4.1455.67.89.5';
