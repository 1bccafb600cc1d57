/**
 * The `[NewRequest]` keys of a certreq request INF and their documented values: docs/formats.md §2.3 (the certreq
 * reference), with the key names of the public certsrv.h (wszINFKEY_*) for the few it leaves out.
 */

import type { KeyInfo, NamedValue } from './valueSpec';

/** `ValidityPeriod` units: "must be a US English plural" (docs/formats.md §2.3). */
export const validityPeriods: readonly NamedValue[] = [
  { name: 'Years', note: 'Years.' },
  { name: 'Months', note: 'Months.' },
  { name: 'Weeks', note: 'Weeks.' },
  { name: 'Days', note: 'Days.' },
  { name: 'Hours', note: 'Hours.' },
  { name: 'Minutes', note: 'Minutes.' },
  { name: 'Seconds', note: 'Seconds.' },
];

const hashAlgorithms: readonly NamedValue[] = [
  { name: 'sha256', note: 'SHA-256: the usual choice.' },
  { name: 'sha384', note: 'SHA-384.' },
  { name: 'sha512', note: 'SHA-512.' },
  { name: 'sha1', note: 'SHA-1: deprecated for signatures.' },
  { name: 'md5', note: 'MD5: broken; do not use.' },
  { name: 'md4', note: 'MD4: broken; do not use.' },
  { name: 'md2', note: 'MD2: broken; do not use.' },
];

const keyAlgorithms: readonly NamedValue[] = [
  { name: 'RSA', note: 'RSA (the default).' },
  { name: 'DH', note: 'Diffie-Hellman.' },
  { name: 'DSA', note: 'DSA.' },
  { name: 'ECDH_P256', note: 'ECDH on P-256.' },
  { name: 'ECDH_P384', note: 'ECDH on P-384 (the curve the certreq reference lists for ECDSA).' },
  { name: 'ECDH_P521', note: 'ECDH on P-521.' },
  { name: 'ECDSA_P256', note: 'ECDSA on P-256.' },
  { name: 'ECDSA_P384', note: 'ECDSA on P-384.' },
  { name: 'ECDSA_P521', note: 'ECDSA on P-521.' },
];

const requestTypes: readonly NamedValue[] = [
  { name: 'PKCS10', value: 1, note: 'A PKCS #10 request (the default).' },
  { name: 'PKCS7', value: 2, note: 'A PKCS #7 renewal or enrollment-agent request.' },
  { name: 'CMC', value: 3, note: 'A CMC request.' },
  { name: 'Cert', value: 4, note: 'A self-signed certificate instead of a request (NotBefore, NotAfter and ValidityPeriod apply only here).' },
  { name: 'SCEP', value: 0xfd00, note: 'A SCEP request.' },
];

/** X.509 key usage bits, for `KeyUsage` (symbolic names joined with `|`, or a hex number such as 0xa0). */
export const keyUsageFlags: readonly NamedValue[] = [
  { name: 'CERT_DIGITAL_SIGNATURE_KEY_USAGE', value: 0x80, note: 'Digital signature.' },
  { name: 'CERT_NON_REPUDIATION_KEY_USAGE', value: 0x40, note: 'Non-repudiation.' },
  { name: 'CERT_KEY_ENCIPHERMENT_KEY_USAGE', value: 0x20, note: 'Key encipherment.' },
  { name: 'CERT_DATA_ENCIPHERMENT_KEY_USAGE', value: 0x10, note: 'Data encipherment.' },
  { name: 'CERT_KEY_AGREEMENT_KEY_USAGE', value: 0x8, note: 'Key agreement.' },
  { name: 'CERT_KEY_CERT_SIGN_KEY_USAGE', value: 0x4, note: 'Certificate signing (CA keys).' },
  { name: 'CERT_OFFLINE_CRL_SIGN_KEY_USAGE', value: 0x2, note: 'Off-line CRL signing.' },
  { name: 'CERT_CRL_SIGN_KEY_USAGE', value: 0x2, note: 'CRL signing.' },
  { name: 'CERT_ENCIPHER_ONLY_KEY_USAGE', value: 0x1, note: 'Encipher only.' },
  { name: 'CERT_DECIPHER_ONLY_KEY_USAGE', value: 0x8000, note: 'Decipher only.' },
];

const keyUsageProperties: readonly NamedValue[] = [
  { name: 'NCRYPT_ALLOW_DECRYPT_FLAG', value: 0x1, note: 'The key may decrypt.' },
  { name: 'NCRYPT_ALLOW_SIGNING_FLAG', value: 0x2, note: 'The key may sign.' },
  { name: 'NCRYPT_ALLOW_KEY_AGREEMENT_FLAG', value: 0x4, note: 'The key may do key agreement.' },
  { name: 'NCRYPT_ALLOW_ALL_USAGES', value: 0xffffff, note: 'Any usage.' },
];

const keyProtections: readonly NamedValue[] = [
  { name: 'NCRYPT_UI_NO_PROTECTION_FLAG', value: 0, note: 'No strong key protection.' },
  { name: 'NCRYPT_UI_PROTECT_KEY_FLAG', value: 1, note: 'Prompt when the key is used.' },
  { name: 'NCRYPT_UI_FORCE_HIGH_PROTECTION_FLAG', value: 2, note: 'Require a password when the key is used.' },
];

const bool = { kind: 'boolean' } as const;
const text = { kind: 'text' } as const;

export const newRequestKeys: readonly KeyInfo[] = [
  { name: 'Subject', spec: text, note: 'The subject as an RDN string, e.g. `"CN=server.contoso.com,O=Contoso"`. Quote it when it has spaces or commas.' },
  { name: 'Exportable', spec: bool, note: 'TRUE: the private key can be exported.' },
  { name: 'ExportableEncrypted', spec: bool, note: 'TRUE: the private key can be exported encrypted only.' },
  { name: 'HashAlgorithm', spec: { kind: 'enum', values: hashAlgorithms, open: true }, note: 'Hash of the request signature.' },
  { name: 'KeyAlgorithm', spec: { kind: 'enum', values: keyAlgorithms, open: true }, note: 'The public key algorithm.' },
  { name: 'KeyAlgorithmParameters', spec: text, note: 'Algorithm parameters (certsrv.h).' },
  { name: 'KeyContainer', spec: text, note: 'Use an existing key container (list them with `certutil -key [-user]`).' },
  { name: 'KeyLength', spec: { kind: 'number', min: 256, max: 16384 }, note: 'Key size in bits, as the provider supports (2048 or more for RSA).' },
  { name: 'KeySpec', spec: { kind: 'keySpec' }, note: '0 (`XCN_AT_NONE`) for a KSP key; `AT_KEYEXCHANGE` (1) or `AT_SIGNATURE` (2) for a legacy CSP key.' },
  {
    name: 'KeyUsage',
    spec: { kind: 'flags', values: keyUsageFlags },
    note: 'The key usage extension: flag names joined with `|` (quote the value) or a hex number such as `0xa0`.',
  },
  { name: 'KeyUsageProperty', spec: { kind: 'flags', values: keyUsageProperties }, note: 'What the private key may be used for (NCRYPT_ALLOW_*).' },
  { name: 'MachineKeySet', spec: bool, note: 'TRUE: the key belongs to the machine (the default is the user).' },
  { name: 'NotBefore', spec: text, note: 'Start date; only with `RequestType = Cert`. Locale-sensitive: prefer month names.' },
  { name: 'NotAfter', spec: text, note: 'End date; only with `RequestType = Cert`.' },
  { name: 'PrivateKeyArchive', spec: bool, note: 'TRUE: archive the key at the CA (CMC requests only).' },
  { name: 'EncryptionAlgorithm', spec: text, note: 'Symmetric algorithm for key archival (see `certutil -oid 2`).' },
  { name: 'EncryptionLength', spec: { kind: 'number' }, note: 'Key length of EncryptionAlgorithm.' },
  { name: 'ProviderName', spec: { kind: 'provider' }, note: 'The exact CSP or KSP name (`certutil -csplist`).' },
  { name: 'ProviderType', spec: { kind: 'providerType' }, note: 'The CSP type number (`certutil -csplist`); 0 for a KSP.' },
  { name: 'RenewalCert', spec: text, note: 'SHA-1 thumbprint of the certificate being renewed.' },
  { name: 'RequesterName', spec: text, note: '`Domain\\User` on whose behalf the request is made (PKCS7/CMC only).' },
  { name: 'RequestType', spec: { kind: 'enum', values: requestTypes, numeric: true }, note: 'What certreq produces.' },
  { name: 'SecurityDescriptor', spec: text, note: 'SDDL for the private key.' },
  { name: 'AlternateSignatureAlgorithm', spec: bool, note: 'TRUE: sign with PKCS #1 v2.1 (RSASSA-PSS) style parameters.' },
  { name: 'Silent', spec: bool, note: 'TRUE: no UI while the key is created.' },
  { name: 'SMIME', spec: bool, note: 'TRUE: add the S/MIME capabilities extension.' },
  { name: 'UseExistingKeySet', spec: bool, note: 'TRUE: use the key in KeyContainer instead of creating one.' },
  { name: 'SuppressDefaults', spec: bool, note: 'TRUE: leave out the default extensions and attributes.' },
  { name: 'UserProtected', spec: bool, note: 'TRUE: protect the key with strong key protection (seen in nearly every real file).' },
  { name: 'KeyProtection', spec: { kind: 'enum', values: keyProtections, numeric: true }, note: 'Strong key protection level (NCRYPT_UI_*).' },
  { name: 'FriendlyName', spec: text, note: 'Friendly name of the new certificate.' },
  {
    name: 'ValidityPeriod',
    spec: { kind: 'enum', values: validityPeriods },
    note: 'Unit of ValidityPeriodUnits; a US English plural. Only with `RequestType = Cert`.',
  },
  { name: 'ValidityPeriodUnits', spec: { kind: 'number', min: 1 }, note: 'Validity in ValidityPeriod units. Only with `RequestType = Cert`.' },
  { name: 'SubjectNameFlags', spec: text, note: 'How the subject name is built (flag names from S4).' },
  { name: 'X500NameFlags', spec: text, note: 'How the subject string is encoded (CERT_NAME_STR_* flag names).' },
  { name: 'ReaderName', spec: text, note: 'Smart card reader to use (certsrv.h).' },
  { name: 'UIContextMessage', spec: text, note: 'Text shown in the key-use prompt (certsrv.h).' },
  { name: 'AttestPrivateKey', spec: bool, note: 'TRUE: attest a TPM key (certsrv.h).' },
  { name: 'PublicKey', spec: text, note: 'An existing public key file (certsrv.h).' },
  { name: 'PublicKeyParameters', spec: text, note: 'Parameters of PublicKey (certsrv.h).' },
  { name: 'SerialNumber', spec: text, note: 'Serial number of a self-signed certificate (certsrv.h).' },
  { name: 'ChallengePassword', spec: text, note: 'SCEP challenge password (certsrv.h).' },
];
