/**
 * The INF sections certutil, certreq and CA setup read: docs/formats.md §2.2-2.5, with the
 * names the public certsrv.h gives them (wszINFSECTION_*). Used for the kind of a file, misspelling hints,
 * completion and hover. Names compare case-insensitively, as SetupAPI does (docs/formats.md §2.1).
 */

/** What an INF file is for, by the sections it holds. */
export type InfKind = 'repairstore' | 'certreq' | 'capolicy' | 'other';

export interface KnownSection {
  name: string;
  /** The files that use it. */
  kinds: readonly Exclude<InfKind, 'other'>[];
  note: string;
}

const all = ['repairstore', 'certreq', 'capolicy'] as const;

export const knownSections: readonly KnownSection[] = [
  {
    name: 'Version',
    kinds: all,
    note: '`Signature="$Windows NT$"`. Optional for certutil and certreq; in CAPolicy.inf the only required section, and it must come first.',
  },
  {
    name: 'Properties',
    kinds: ['repairstore'],
    note: '`certutil -repairstore`: one entry per certificate property, keyed by its decimal property id (`2` key provider, `11` friendly name, `9` EKU ...).',
  },
  {
    name: 'NewRequest',
    kinds: ['certreq'],
    note: '`certreq -new`: the request to build (Subject, key, provider, KeySpec, RequestType ...). Mandatory, with at least one key.',
  },
  { name: 'Extensions', kinds: ['certreq'], note: 'Extensions by OID: `2.5.29.17 = "{text}"` followed by `_continue_` lines, `Critical = <oid>`.' },
  { name: 'EnhancedKeyUsageExtension', kinds: ['certreq', 'capolicy'], note: 'One `OID = x.y.z` line per enhanced key usage.' },
  { name: 'RequestAttributes', kinds: ['certreq'], note: 'Request attributes, e.g. `CertificateTemplate = WebServer`.' },
  { name: 'Strings', kinds: all, note: '`name = value` pairs substituted wherever `%name%` appears.' },
  {
    name: 'PolicyStatementExtension',
    kinds: ['capolicy', 'certreq'],
    note: '`Policies = Name1,Name2`: each name is a section of its own with `OID`, `Notice` and `URL`. Optional `Critical`.',
  },
  { name: 'ApplicationPolicyStatementExtension', kinds: ['capolicy', 'certreq'], note: 'Application policies: `Policies = ...` naming sections with `OID`.' },
  { name: 'BasicConstraintsExtension', kinds: ['capolicy', 'certreq'], note: '`PathLength = n` and `Critical = True`.' },
  {
    name: 'CRLDistributionPoint',
    kinds: ['capolicy'],
    note: '`URL = http://... | ldap://... | file://...`, several allowed; HTTPS is not supported. Left empty, the extension is omitted (recommended for a root CA).',
  },
  {
    name: 'AuthorityInformationAccess',
    kinds: ['capolicy'],
    note: '`URL = http://... | ldap://...`, several allowed; HTTPS is not supported. Left empty, the extension is omitted (recommended for a root CA).',
  },
  {
    name: 'Certsrv_Server',
    kinds: ['capolicy'],
    note: 'CA settings read at install and at renewal: renewal key length and validity, CRL periods, LoadDefaultTemplates, AlternateSignatureAlgorithm ...',
  },
  { name: 'NameConstraintsExtension', kinds: ['capolicy', 'certreq'], note: '`Include` / `Exclude` name sections of permitted and excluded names.' },
  { name: 'PolicyMappingsExtension', kinds: ['capolicy', 'certreq'], note: 'Issuer-to-subject policy OID mappings.' },
  { name: 'ApplicationPolicyMappingsExtension', kinds: ['capolicy', 'certreq'], note: 'Issuer-to-subject application policy OID mappings.' },
  { name: 'PolicyConstraintsExtension', kinds: ['capolicy', 'certreq'], note: '`RequireExplicitPolicy` and `InhibitPolicyMapping` skip counts.' },
  {
    name: 'ApplicationPolicyConstraintsExtension',
    kinds: ['capolicy', 'certreq'],
    note: '`RequireExplicitPolicy` and `InhibitPolicyMapping` for application policies.',
  },
  {
    name: 'CrossCertificateDistributionPointsExtension',
    kinds: ['capolicy'],
    note: 'Cross-certificate distribution points: `URL = ...`, `SyncDeltaTime = seconds`.',
  },
];

const byName = new Map(knownSections.map((s) => [s.name.toLowerCase(), s]));

/**
 * Names admins write for a known section that are more than a slip away from it (docs/formats.md §6.1): the
 * extension's own name without `Extension`, the RFC 5280 wording, the common abbreviation. CA setup and certreq
 * read only the documented names, so each of these sections is silently ignored.
 */
export const sectionAliases: Readonly<Record<string, string>> = {
  authorityinfoaccess: 'AuthorityInformationAccess',
  aia: 'AuthorityInformationAccess',
  cdp: 'CRLDistributionPoint',
  crldistributionpoints: 'CRLDistributionPoint',
  crldistributionpointextension: 'CRLDistributionPoint',
  basicconstraints: 'BasicConstraintsExtension',
  enhancedkeyusage: 'EnhancedKeyUsageExtension',
  eku: 'EnhancedKeyUsageExtension',
  extendedkeyusage: 'EnhancedKeyUsageExtension',
  extendedkeyusageextension: 'EnhancedKeyUsageExtension',
  policystatement: 'PolicyStatementExtension',
  certificatepolicies: 'PolicyStatementExtension',
  applicationpolicystatement: 'ApplicationPolicyStatementExtension',
  applicationpolicies: 'ApplicationPolicyStatementExtension',
  nameconstraints: 'NameConstraintsExtension',
  policyconstraints: 'PolicyConstraintsExtension',
  policymappings: 'PolicyMappingsExtension',
  certsrvserver: 'Certsrv_Server',
  'certsrv server': 'Certsrv_Server',
  requestattribute: 'RequestAttributes',
};

/** The known section an alias names (`AuthorityInfoAccess` -> `AuthorityInformationAccess`), case-insensitive. */
export function sectionForAlias(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(sectionAliases, key) ? sectionAliases[key] : undefined;
}

export function lookupSection(name: string): KnownSection | undefined {
  return byName.get(name.trim().toLowerCase());
}
