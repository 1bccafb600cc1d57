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
  /** Where the rule is explained at length (a section of docs/rules.md), sent as the diagnostic's codeDescription. */
  docs?: string;
}

/** docs/rules.md as published: every rule with a section there links to `#<code>`. */
export const RULES_DOCS_URL = 'https://github.com/certutil-tools/certutil-keyspec/blob/main/docs/rules.md';

const rulesDoc = (code: string): string => `${RULES_DOCS_URL}#${code}`;
const HEALTH_SEVERITY = 'certutil.health.severity';

export const rules = {
  // ---- certutil dumps -------------------------------------------------------------------------
  /** A CNG (KSP) key recorded with a KeySpec other than 0: CA renewal with the existing key fails. */
  'keyspec.ksp-nonzero': {
    severity: 'error',
    message:
      '{certificate}KeySpec is {keySpec}, but the key is in a CNG Key Storage Provider ({provider}). A CNG key has no key spec, so KeySpec must be 0, or renewing the certificate with its existing key fails. {advice}',
    doc: 'A KSP key (ProviderType 0, or a known KSP name) whose KeySpec is not 0. Error on CA certificates, the `certutil.keySpec.otherCertificatesSeverity` setting on others.',
    setting: 'certutil.keySpec.otherCertificatesSeverity',
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
  /** Comparison with an earlier dump: this certificate's KeySpec was fixed. */
  'compare.fixed': {
    severity: 'information',
    message: 'Fixed since {before}: KeySpec was {keySpecBefore}, now {keySpecAfter}.',
    doc: 'After "Compare with Later Dump": a certificate whose KSP key had KeySpec ≠ 0 in the earlier dump and has 0 now.',
  },
  /** Comparison with an earlier dump: the key-provider property changed in another way. */
  'compare.changed': {
    severity: 'warning',
    message: 'Changed since {before}: {changes}. Check that this was intended.',
    doc: 'After "Compare with Later Dump": the container, provider, ProviderType or Flags of a certificate changed.',
  },
  /** Comparison with an earlier dump: the certificate is not in the earlier dump. */
  'compare.appeared': {
    severity: 'information',
    message: 'This certificate is not in {before}.',
    doc: 'After "Compare with Later Dump": a certificate that only the later dump has.',
  },
  // ---- CA key health (issue #15; docs/rules.md, docs/formats.md "CA key health") ------------------
  /** certutil says the certificate's private key cannot be found or does not match (a lost key association). */
  'key.missing': {
    severity: 'error',
    message: '{what}: this certificate has lost the link to its private key, so renewing with the existing key, signing and decrypting fail. {repair}',
    doc: '`Missing stored keyset`, `No key provider information`, `Encryption test FAILED`, `Signature test FAILED` and the like. Error on CA certificates; warning on others whose key fails, Information on others without a key; the fix is `certutil -repairstore`.',
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('key.missing'),
  },
  /** The container name stored in the certificate is not the name of the key's container. */
  'key.container-inconsistent': {
    severity: 'warning',
    message: '{detail} {which}',
    doc: "certutil's `ERROR: Container name inconsistent`, an empty `Key Container`, or a `Key Container` that is neither the `Simple container name` nor its unique file name.",
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('key.container-inconsistent'),
  },
  /** The unique container name does not start with the MD5 of the container name (an edited or retyped dump). */
  'key.container-hash': {
    severity: 'information',
    message:
      'The unique container name starts with {actual}, but the MD5 of the lower-cased container name "{container}" ({encoding}) is {expected}. The dump may have been edited or retyped: copy the names from a fresh `certutil -v -store`.',
    doc: 'Off by default (`certutil.health.severity`): the hex before `_<MachineGuid>` of a unique container name is not the MD5 of the lower-cased container name. Never above Information.',
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('key.container-hash'),
  },
  /** A CA certificate's key in a PROV_RSA_FULL CSP, which cannot sign with SHA-2. */
  'ca.csp-no-sha2': {
    severity: 'warning',
    message:
      'This CA key is in {provider} (PROV_RSA_FULL), which cannot sign with SHA-2. Move the CA key to a Key Storage Provider (CSP to KSP migration) before renewing with SHA-256.',
    doc: "A CA certificate whose key is in a Base, Strong or Enhanced v1.0 CSP (PROV_RSA_FULL); the advice is Microsoft's CSP to KSP migration.",
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('ca.csp-no-sha2'),
  },
  /** A CA certificate signed with SHA-1 (or MD5), other than a root's self-signature. */
  'ca.sha1': {
    severity: 'warning',
    message: 'This CA certificate is signed with {algorithm}. Clients reject SHA-1 signatures on CA certificates: renew it with SHA-256 from its issuer.',
    doc: "A CA certificate signed with SHA-1 or MD5 that is not a root's self-signature (a root is trusted as itself, not by its signature).",
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('ca.sha1'),
  },
  /** An RSA key shorter than the configured minimum. */
  'key.short': {
    severity: 'warning',
    message: 'The RSA key is {bits} bits, below {minimum}. Renewing with the existing key keeps it this short: renew with a new key of {minimum} bits or more.',
    doc: 'An RSA key below `certutil.health.minimumKeySizeForRSA` (2048).',
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('key.short'),
  },
  /** NotAfter is in the past. */
  'cert.expired': {
    severity: 'warning',
    message: 'This {what} expired on {date} ({days} days ago).{superseded}',
    doc: 'NotAfter is in the past. Error on a CA certificate that no newer certificate of the same subject replaces; Information otherwise (a renewed CA keeps its old certificates).',
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('cert.expired'),
  },
  /** NotAfter is within the configured number of days. */
  'cert.expiring': {
    severity: 'warning',
    message: 'This {what} expires on {date}, in {days} days.{advice}',
    doc: 'NotAfter is within `certutil.health.expiryWarningDaysForCA` (CA certificates, 90) or `certutil.health.expiryWarningDays` (others, 30) days.',
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('cert.expiring'),
  },
  /** A legacy CSP key with KeySpec 2 on a certificate a TLS server (Schannel) uses. */
  'keyspec.consumer': {
    severity: 'warning',
    message:
      'KeySpec is 2 (AT_SIGNATURE) on a legacy CSP key, but {rule}: Schannel (IIS, SQL Server, RDP) needs AT_KEYEXCHANGE (KeySpec 1) for a CSP key. Generate a repair INF (quick fix) that sets KeySpec=1.',
    doc: 'A legacy CSP key with KeySpec 2 on a TLS server certificate (Server Authentication EKU, or the role set in `certutil.health.certificateRoles`).',
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('keyspec.consumer'),
  },
  /** One of certutil's own error lines, anywhere in the dump. */
  'certutil.failed': {
    severity: 'error',
    message: '{source} failed with {hex} {name}: {meaning} Next: {next}',
    doc: '`CertUtil: -<verb> command FAILED: 0x…` or `<API> failed: 8009…` anywhere in the dump, explained from the HRESULT table.',
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('certutil.failed'),
  },
  /** `certutil -getreg ca\\csp` names another provider than the current CA certificate's key. */
  'careg.provider-mismatch': {
    severity: 'warning',
    message:
      "The CA's registry (ca\\csp) names {registry}, but the key of its current CA certificate (certificate {index}) is in {certificate}. CertSvc opens the provider the registry names: make them agree (certutil -setreg ca\\csp\\Provider, ProviderType) or repair the certificate.",
    doc: 'A pasted `certutil -getreg ca\\csp` whose `Provider`/`ProviderType` differ from the key provider of the current CA certificate; reported on both lines.',
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('careg.provider-mismatch'),
  },
  /** CNGHashAlgorithm set while the CA's provider is a CSP. */
  'careg.cng-hash-on-csp': {
    severity: 'warning',
    message:
      "CNGHashAlgorithm is {value}, but the CA's provider is a CSP, which signs with HashAlgorithm: this value has no effect until the CA key moves to a KSP.",
    doc: "`CNGHashAlgorithm` in `ca\\csp` while `ProviderType` is a CSP's (a half-done CSP to KSP migration).",
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('careg.cng-hash-on-csp'),
  },
  /** A KSP CA whose ca\csp has only the CryptoAPI HashAlgorithm. */
  'careg.hash-confusion': {
    severity: 'warning',
    message:
      'HashAlgorithm is {value}, but a CA on a Key Storage Provider signs with CNGHashAlgorithm, which is not set. Set it: certutil -setreg ca\\csp\\CNGHashAlgorithm SHA256.',
    doc: 'A KSP CA whose `ca\\csp` has `HashAlgorithm` (CryptoAPI) but no `CNGHashAlgorithm`.',
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('careg.hash-confusion'),
  },
  /** Interactive = 1 with an HSM provider: documented as "the provider may interact", not as a fault (docs/formats.md "CA key health" §H8). */
  'careg.interactive': {
    severity: 'information',
    message:
      'Interactive is 1 with {provider}: the CA lets the provider show its own dialogs (operator card, passphrase) when CertSvc uses the key. If the HSM is not set up to need an operator, set it to 0 (certutil -setreg ca\\csp\\Interactive 0); if it is, someone must answer at the console whenever CertSvc starts or signs.',
    doc: "`Interactive = 1` in `ca\\csp` with a provider that is not one of Microsoft's (an HSM): Information, since some HSM setups need it.",
    setting: HEALTH_SEVERITY,
    docs: rulesDoc('careg.interactive'),
  },
  // ---- limits ---------------------------------------------------------------------------------
  /** More problems than `certutil.maxProblems`: the most severe are shown, this one says how many are not. */
  'limits.too-many-problems': {
    severity: 'information',
    message: 'Showing the {shown} most severe of {total} problems (setting certutil.maxProblems).',
    doc: 'The document has more problems than `certutil.maxProblems`; the most severe are shown.',
    setting: 'certutil.maxProblems',
  },
  /** An INF far larger than any certutil INF: not checked. */
  'limits.inf-too-large': {
    severity: 'information',
    message: 'This INF is {size} MB, far larger than any certutil INF, so it is not checked.',
    doc: 'An INF over 1 MB is not parsed or checked (certutil, certreq and CAPolicy INFs are a few KB).',
  },
  /** A parser or check threw on this part: it is not checked, and the error is in the server log. */
  'internal.error': {
    severity: 'information',
    message: 'This part could not be checked: {what} failed on it. The error is in the Certutil output channel; please report it.',
    doc: 'A parser or check of the extension failed on this part, so it is not checked (never silence that looks clean). The error is in the server log.',
  },
  // ---- certutil INF files (owned by service/inf) ----------------------------------------------
  // INF-RULES-BEGIN
  // Lexical: any INF, driver INFs included (docs/formats.md §2.1).
  /** A `"` with no closing quote on its line: the rest of the line, `;` included, becomes value text. */
  'inf.unterminated-quote': {
    severity: 'error',
    message: 'This quoted string is not closed: INF quotes end on the same line, so the rest of the line (a `;` comment too) is read as value text.',
    doc: 'A `"` without its closing quote on the same line.',
  },
  /** An entry before the first `[Section]` header. */
  'inf.outside-section': {
    severity: 'error',
    message: 'This entry is outside any section, so certutil and certreq ignore it. Put it under a [Section] header.',
    doc: 'An entry above the first `[Section]` header.',
  },
  /** A `[Section]` header without its `]`, or with text after it. */
  'inf.bad-section-header': {
    severity: 'error',
    message: 'A section header is `[Name]` alone on its line (a `;` comment may follow). {detail}',
    doc: 'A section header without `]`, or with text after the `]`.',
  },
  /** `//` or `#` used as a comment: to certutil it is value text (only `;` starts a comment). */
  'inf.slash-comment': {
    severity: 'error',
    message: '`{marker}` does not start a comment in an INF file: certutil reads this text as part of the value. Only `;` starts a comment.',
    doc: "`//` or `#` used as a comment marker; certutil reads the text as value (the seed article's KeyProv.inf has one).",
  },
  /** A line in a certutil, certreq or CAPolicy INF that is not `key = value`. */
  'inf.not-key-value': {
    severity: 'error',
    message: 'This line is not `key = value`, so {program} cannot read it.',
    doc: 'A line without `=` (or with nothing before it) in a certutil, certreq or CAPolicy INF.',
  },
  /** A section name one or two letters away from a known one; the section is silently ignored. */
  'inf.misspelt-section': {
    severity: 'warning',
    message: 'Unknown section [{name}]: did you mean [{suggestion}]? A misspelt section is silently ignored.',
    doc: 'A section name close to a known one (`[Propertes]` for `[Properties]`).',
  },
  /** `[Version] Signature` other than `"$Windows NT$"` (curly quotes are a real-world slip). */
  'inf.signature': {
    severity: 'warning',
    message: 'The signature should be "$Windows NT$" (with straight quotes), not {value}.',
    doc: '`Signature` in `[Version]` is not `"$Windows NT$"`.',
  },
  /** The same single-valued key twice in a section: which one wins is not documented. */
  'inf.duplicate-key': {
    severity: 'warning',
    message: '{key} is set more than once in [{section}]; which value is used is not documented. Keep one.',
    doc: 'A key that takes one value appears twice in its section (`[Properties]`, `[NewRequest]`, `[Certsrv_Server]`).',
  },
  /** `_continue_` with no entry above it in its section: there is nothing to append to. */
  'inf.continue-without-key': {
    severity: 'error',
    message: '`_continue_` appends to the entry above it, but there is none in this section.',
    doc: 'A `_continue_` line with no entry before it in its section.',
  },
  /** A value that is still a template placeholder (`CONTAINER_NAME`, `<name>`, a backquoted name). */
  'inf.placeholder': {
    severity: 'error',
    message: '{value} looks like a placeholder left in from a template. Replace it with the real {what}.',
    doc: 'A placeholder left in a value: `CONTAINER_NAME`, `<...>`, a backquoted name.',
  },
  // repairstore [Properties] (docs/formats.md §2.2).
  /** A `[Properties]` key that is not a decimal property id in 1-65535. */
  'inf.property-id': {
    severity: 'error',
    message: '{key} is not a property id: [Properties] keys are decimal numbers such as 2 (key provider) or 11 (friendly name).{hint}',
    doc: 'A `[Properties]` key that is not a decimal property id from 1 to 65535.',
  },
  /** A property id inside the range wincrypt.h defines that it leaves undefined. */
  'inf.property-id-unknown': {
    severity: 'information',
    message: 'Property id {id} is not defined in wincrypt.h (ids 1-107); check the number.',
    doc: 'A property id in the gaps of the wincrypt.h list (31-63, 88).',
  },
  /** EKU property (9) or `[EnhancedKeyUsageExtension]` entry that is not a dotted OID. */
  'inf.eku-not-oid': {
    severity: 'error',
    message: '{value} is not an OID: enhanced key usages are written as dotted numbers such as 1.3.6.1.5.5.7.3.1.',
    doc: 'An EKU list item (property 9, `[EnhancedKeyUsageExtension]`) that is not a dotted OID.',
  },
  /** A key-provider fragment without its closing `&`: two pairs are glued together. */
  'keyprov.missing-ampersand': {
    severity: 'error',
    message: 'This fragment does not end with `&`, so certutil glues it to the next one ({glued}). Every fragment but the last ends with `&`.',
    doc: 'A key provider `_continue_` fragment without its closing `&`.',
  },
  /** A `&` after the last key-provider pair. */
  'keyprov.trailing-ampersand': {
    severity: 'warning',
    message:
      "The last pair should not end with `&` (certutil's help and the seed article write `KeySpec=...` without it); certutil may read an empty pair after it.",
    doc: 'A `&` after the last pair of the key provider string.',
  },
  /** A key-provider pair name certutil does not know. */
  'keyprov.unknown-pair': {
    severity: 'error',
    message: '{name} is not a key provider field. The fields are Container, Provider, ProviderType, Flags and KeySpec.{hint}',
    doc: 'A pair name other than Container, Provider, ProviderType, Flags, KeySpec.',
  },
  /** A key-provider piece that is not `Name=Value`. */
  'keyprov.bad-pair': {
    severity: 'error',
    message: '{text} is not a `Name=Value` pair.',
    doc: 'A piece of the key provider string without `=`.',
  },
  /** The same key-provider pair twice. */
  'keyprov.duplicate-pair': {
    severity: 'error',
    message: '{name} is given twice in this key provider string; which one certutil keeps is not documented.',
    doc: 'A pair (Container, Provider ...) given twice.',
  },
  /** Container, Provider or KeySpec missing from the key-provider string. */
  'keyprov.missing-pair': {
    severity: 'error',
    message: 'The key provider information has no {name}. {why}',
    doc: 'Container, Provider or KeySpec missing (error); ProviderType missing for a CSP (warning).',
  },
  /** ProviderType, Flags or KeySpec that is not a number certutil can read. */
  'keyprov.bad-value': {
    severity: 'error',
    message: '{name}={value} is not valid: {expected}',
    doc: 'A ProviderType, Flags or KeySpec value that is not a valid number, or an empty Container or Provider.',
  },
  /** `Flags` written as a bare number of 10 or more: certutil's base is not documented. */
  'keyprov.flags-not-hex': {
    severity: 'warning',
    message:
      'Flags={value} can be read two ways. certutil -v prints Flags in hex, but it is not documented whether certutil reads a bare number in an INF as hex or decimal. Write {asHex} if you mean hex {value}, or {asDecimal} if you mean decimal {value}.',
    doc: '`Flags` written as a bare number of 10 or more (write `0x20`, not `20`).',
  },
  // certreq [NewRequest] (docs/formats.md §2.3).
  /** A `[NewRequest]` key certreq does not document. */
  'certreq.unknown-key': {
    severity: 'warning',
    message: '{key} is not a [NewRequest] key certreq documents.{hint}',
    doc: 'A `[NewRequest]` key that certreq does not document.',
  },
  /** A `[NewRequest]` value outside its documented set. */
  'certreq.bad-value': {
    severity: 'error',
    message: '{value} is not a valid {key}: expected {expected}.{hint}',
    doc: 'A `[NewRequest]` value outside the documented set (KeyLength not a number, an unknown RequestType ...).',
  },
  /** An RSA key shorter than 2048 bits. */
  'certreq.weak-key': {
    severity: 'information',
    message: 'KeyLength {value} is weak for RSA; use 2048 or more.',
    doc: 'An RSA `KeyLength` below 2048.',
  },
  // CAPolicy.inf and the extension sections certreq shares with it (docs/formats.md §2.4).
  /** A key the section does not document. */
  'capolicy.unknown-key': {
    severity: 'warning',
    message: '{key} is not a key of [{section}].{hint}',
    doc: 'A key that its CAPolicy section does not document.',
  },
  /** A value outside its documented set (`CRLPeriod=Year`, `OID=OID: 1.2...`). */
  'capolicy.bad-value': {
    severity: 'error',
    message: '{value} is not a valid {key}: expected {expected}.{hint}',
    doc: 'A CAPolicy value outside the documented set (`CRLPeriod=Year` must be `Years`; an OID with an `OID:` prefix).',
  },
  /** An https URL in the CDP or AIA section, which CA setup does not support. */
  'capolicy.https-url': {
    severity: 'warning',
    message: 'HTTPS is not supported for CRL distribution points and AIA locations; clients would fail to fetch {value}. Use http or ldap.',
    doc: 'An `https://` URL in `[CRLDistributionPoint]` or `[AuthorityInformationAccess]`.',
  },
  /** `Policies=` names a section that the file does not define. */
  'capolicy.missing-policy-section': {
    severity: 'error',
    message: 'Policies names {name}, but there is no [{name}] section with its OID.',
    doc: 'A `Policies=` name without its `[Name]` section.',
  },
  /** A policy section (it has an OID) that no `Policies=` list names: it has no effect. */
  'capolicy.unreferenced-policy': {
    severity: 'information',
    message: '[{name}] is not listed in any Policies= line, so it has no effect.',
    doc: 'A policy section that no `Policies=` line names.',
  },
  /** The example policy OID of Microsoft's CAPolicy article, copied into a real file. */
  'capolicy.sample-oid': {
    severity: 'information',
    message: "{value} is the example OID from Microsoft's CAPolicy.inf article; use an OID from your own arc.",
    doc: "The documentation's example OID `1.2.3.4.1455.67.89.5` used as a real policy OID.",
  },
  /** A CAPolicy.inf without `[Version]`, its only required section. */
  'capolicy.missing-version': {
    severity: 'warning',
    message: 'CAPolicy.inf needs a [Version] section with Signature="$Windows NT$" at the top; it is the only required section.',
    doc: 'A CAPolicy.inf without `[Version]`.',
  },
  // Issue 12 part 7: provider facts, section names, policy sections and placeholders (docs/formats.md §2.3-3.4).
  /** A legacy CSP key (known CSP, or a ProviderType other than 0) with KeySpec 0: a CSP key has no key without a key spec. */
  'keyspec.csp-none': {
    severity: 'error',
    message:
      'KeySpec is 0 (XCN_AT_NONE) but {provider} is a legacy CryptoAPI CSP: a CSP addresses its keys by AT_KEYEXCHANGE (1) or AT_SIGNATURE (2), so KeySpec 0 names no usable key. Write the key spec the key was created with ({program} reads this value).',
    doc: 'A legacy CSP (known CSP name, or ProviderType ≠ 0) with KeySpec 0: no usable key. Error in a KeyProv.inf; warning in a certreq INF, where CertEnroll substitutes AT_SIGNATURE.',
  },
  /** `RSA#Microsoft Software Key Storage Provider`: the Install-AdcsCertificationAuthority spelling, not a provider name. */
  'provider.algorithm-prefix': {
    severity: 'error',
    message:
      '`{algorithm}#` is how Install-AdcsCertificationAuthority -CryptoProviderName writes the key algorithm; {program} expects the provider name alone ({provider}) and finds no provider of this name.',
    doc: 'A provider value with an algorithm prefix (`RSA#`, `ECDSA_P256#`): the Install-AdcsCertificationAuthority spelling, which certutil and certreq do not read.',
  },
  /** A ProviderType that is neither 0 (CNG) nor a PROV_* value of wincrypt.h. */
  'provider.type-unknown': {
    severity: 'warning',
    message:
      'ProviderType {value} is not a provider type Windows defines (0 for a KSP, or a PROV_* value such as 1 PROV_RSA_FULL or 24 PROV_RSA_AES). Check the type with certutil -csplist.',
    doc: 'A ProviderType that is neither 0 (KSP) nor one of the PROV_* values of wincrypt.h.',
  },
  /** A section of a CAPolicy.inf that CA setup does not read and the file does not name. */
  'capolicy.unknown-section': {
    severity: 'warning',
    message: 'CA setup does not read a [{name}] section, and no Policies=, Include= or Exclude= line names it, so it is ignored.',
    doc: 'A CAPolicy.inf section that is neither documented, nor close to a documented name, nor named by `Policies=`/`Include=`/`Exclude=`.',
  },
  /** A section that `Policies=` names but that has no `OID`. */
  'capolicy.policy-without-oid': {
    severity: 'error',
    message: '[{name}] is named in Policies= but has no OID; every policy needs its OID, so CA setup cannot build this policy.',
    doc: 'A policy section named in `Policies=` without its `OID=`.',
  },
  /** A policy section (it has an OID) left out of the file's `Policies=` list. */
  'capolicy.unlisted-policy': {
    severity: 'warning',
    message: '[{name}] looks like a policy section, but the Policies= line does not list it, so it never takes effect.',
    doc: "A policy section (it has an `OID`) that the file's `Policies=` line leaves out: it never takes effect.",
  },
  /** A certreq value that still holds a template placeholder where a DNS name or a DN belongs. */
  'certreq.placeholder': {
    severity: 'error',
    message: '{value} looks like a placeholder left in from a template; certreq would put it into the request as is. Replace it with the real {what}.',
    doc: 'A certreq placeholder: `TODO`, or an upper-case name with underscores where a DNS name or a distinguished name belongs (`CN=SERVER_FQDN`).',
  },
  // INF-RULES-END
} satisfies Record<string, Rule>;

/** A stable diagnostic code. */
export type RuleCode = keyof typeof rules;

/** Every code, for tables and documentation. */
export const ruleCodes = Object.keys(rules) as RuleCode[];

/** The codeDescription link of a code: its section of docs/rules.md, when it has one. */
export function ruleDocsUrl(code: string): string | undefined {
  return code in rules ? (rules[code as RuleCode] as Rule).docs : undefined;
}

/** Fills a rule's message template. Unknown parameters stay visible, so a missing one is noticed. */
export function formatMessage(code: RuleCode, params: Record<string, string | number> = {}): string {
  return fillTemplate(rules[code].message, params);
}

/** Fills `{name}` holes of any template (a rule's, or its translation in l10n/serverMessages.ts). */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
  if (Object.keys(params).length > 0) problem.params = params;
  if (extra.related) problem.related = extra.related;
  if (extra.data !== undefined) problem.data = extra.data;
  if (extra.unnecessary) problem.unnecessary = true;
  return problem;
}
