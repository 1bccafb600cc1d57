/**
 * Cryptographic providers: the one list of provider names, what kind each is, and its ProviderType.
 * Sources: docs/formats.md §3.3 (certutil -csplist output, certutil's -csp aliases, vendor docs).
 */

import { lookupProviderType } from './providerTypes';

/** A CNG Key Storage Provider (ProviderType 0, KeySpec 0) or a legacy CryptoAPI CSP. */
export type ProviderKind = 'ksp' | 'csp';

/** One known provider. */
export interface Provider {
  name: string;
  kind: ProviderKind;
  /** dwProvType: 0 for every KSP; the CSP's type number otherwise. */
  providerType: number;
  /** One line for hover and completion. */
  note: string;
  /** A PROV_RSA_FULL CSP that cannot hash with SHA-2, so a CA key in it cannot sign with SHA-256 (docs/formats.md "CA key health" §H4). */
  noSha2?: true;
  /** A KeySpec fact about this provider that is not plain "a KSP takes KeySpec 0" (docs/formats.md §D.6). */
  keySpecFact?: KeySpecFact;
}

/** Why a provider may need a KeySpec other than 0, with its public source. */
export interface KeySpecFact {
  /** `legacy-keyspec`: the vendor reports that opening a key with KeySpec 0 fails; `card-containers`: keys are addressed by their key spec. */
  kind: 'legacy-keyspec' | 'card-containers';
  /** One or two sentences for the diagnostic. */
  explanation: string;
  source: string;
}

/** A CNG Key Storage Provider: ProviderType 0, whoever makes it. */
const ksp = (name: string, note: string, more: Pick<Provider, 'keySpecFact'> = {}): Provider => ({ name, kind: 'ksp', providerType: 0, note, ...more });
/** A legacy CryptoAPI CSP, with its ProviderType. */
const csp = (name: string, providerType: number, note: string, more: Pick<Provider, 'noSha2'> = {}): Provider => ({
  name,
  kind: 'csp',
  providerType,
  note,
  ...more,
});

export const providers: readonly Provider[] = [
  ksp('Microsoft Software Key Storage Provider', 'The default CNG KSP (certutil -csp KSP). Keys live under ...\\Crypto\\Keys.'),
  ksp('Microsoft Platform Crypto Provider', 'CNG KSP for keys held in the TPM (certutil -csp TPM).'),
  ksp('Microsoft Smart Card Key Storage Provider', 'CNG KSP for smart cards (certutil -csp SC).', {
    keySpecFact: {
      kind: 'card-containers',
      explanation:
        'A smart-card container holds up to two keys, one AT_KEYEXCHANGE and one AT_SIGNATURE, and the card minidriver creates and reads each by that key spec, so KeySpec here names which key of the container the certificate uses.',
      source:
        'https://learn.microsoft.com/previous-versions/windows/desktop/secsmart/cardcreatecontainer (dwKeySpec), https://learn.microsoft.com/previous-versions/windows/desktop/secsmart/container-info',
    },
  }),
  ksp('Microsoft Passport Key Storage Provider', 'CNG KSP for Windows Hello / NGC keys (certutil -csp NGC).'),
  ksp('nCipher Security World Key Storage Provider', 'Entrust/nCipher nShield HSM KSP.'),
  ksp('SafeNet Key Storage Provider', 'SafeNet/Thales Luna HSM KSP.'),
  ksp('Thales Luna Key Storage Provider', 'Thales Luna HSM KSP.'),
  ksp('Cavium Key Storage Provider', 'AWS CloudHSM KSP (Client SDK 3 and 5).'),
  ksp('Utimaco CryptoServer Key Storage Provider', 'Utimaco CryptoServer HSM KSP.'),
  ksp('YubiHSM Key Storage Provider', 'Yubico YubiHSM 2 KSP.'),
  ksp('Google Cloud KMS Provider', 'Google Cloud KMS CNG provider (kmscng): keys live in Cloud KMS.', {
    keySpecFact: {
      kind: 'legacy-keyspec',
      explanation:
        'Google Cloud KMS Provider has been reported to refuse opening a key with KeySpec 0 ("unsupported legacy key spec specified: 0", NTE_NOT_SUPPORTED), so setting KeySpec=0 can leave the key unusable through this provider.',
      source: 'https://github.com/GoogleCloudPlatform/kms-integrations/issues/67',
    },
  }),
  csp('Microsoft Base Cryptographic Provider v1.0', 1, 'Legacy CryptoAPI CSP, PROV_RSA_FULL: no SHA-2.', { noSha2: true }),
  csp('Microsoft Enhanced Cryptographic Provider v1.0', 1, 'Legacy CryptoAPI CSP, PROV_RSA_FULL: no SHA-2.', { noSha2: true }),
  csp('Microsoft Strong Cryptographic Provider', 1, 'Legacy CryptoAPI CSP, PROV_RSA_FULL: no SHA-2.', { noSha2: true }),
  csp('Microsoft Base Smart Card Crypto Provider', 1, 'Legacy smart card CSP, PROV_RSA_FULL.'),
  csp('Microsoft Enhanced RSA and AES Cryptographic Provider', 24, 'Legacy CryptoAPI CSP, PROV_RSA_AES.'),
  csp('Microsoft RSA SChannel Cryptographic Provider', 12, 'Legacy CryptoAPI CSP, PROV_RSA_SCHANNEL.'),
  csp('Microsoft Base DSS Cryptographic Provider', 3, 'Legacy CryptoAPI CSP, PROV_DSS.'),
  csp('Microsoft Base DSS and Diffie-Hellman Cryptographic Provider', 13, 'Legacy CryptoAPI CSP, PROV_DSS_DH.'),
  csp('Microsoft Enhanced DSS and Diffie-Hellman Cryptographic Provider', 13, 'Legacy CryptoAPI CSP, PROV_DSS_DH.'),
  csp('Microsoft DH SChannel Cryptographic Provider', 18, 'Legacy CryptoAPI CSP, PROV_DH_SCHANNEL.'),
  csp('Luna Cryptographic Services for Microsoft Windows', 1, 'SafeNet Luna legacy CSP, PROV_RSA_FULL.'),
];

const byName = new Map(providers.map((p) => [p.name.toLowerCase(), p]));

/**
 * What is known about a provider name: an exact (case-insensitive) entry, or a KSP by the
 * "Key Storage Provider" suffix rule (docs/formats.md §3.3 holds it for every KSP it lists but the TPM one).
 */
export function lookupProvider(name: string): Provider | undefined {
  const key = name.trim().toLowerCase();
  const known = byName.get(key);
  if (known) return known;
  if (key.endsWith('key storage provider')) {
    return ksp(name.trim(), 'A CNG Key Storage Provider (by its name).');
  }
  return undefined;
}

/**
 * Is this a CNG (KSP) key? The one rule, for dumps and INFs alike (docs/formats.md §6.9): a provider the table
 * knows (or names itself a Key Storage Provider) decides by its kind, because then a contradicting ProviderType
 * is the slip (`provider.type-mismatch` says so); only for a provider it does not know does ProviderType 0 decide.
 * Undefined when neither tells (no known provider and no ProviderType).
 */
export function isKspKey(providerName: string | undefined, providerType: number | undefined): boolean | undefined {
  const known = providerName !== undefined ? lookupProvider(providerName) : undefined;
  if (known) return known.kind === 'ksp';
  return providerType === undefined ? undefined : providerType === 0;
}

/**
 * `RSA#Microsoft Software Key Storage Provider`: Install-AdcsCertificationAuthority's `-CryptoProviderName` puts
 * the key algorithm before `#` (docs/formats.md §6.4); certutil and certreq take the provider name alone. The
 * split of such a value, or undefined when it has no algorithm prefix.
 */
export function splitAlgorithmPrefix(value: string): { algorithm: string; provider: string } | undefined {
  const hash = value.indexOf('#');
  if (hash <= 0) return undefined;
  const algorithm = value.slice(0, hash).trimStart();
  const provider = value.slice(hash + 1).trim();
  if (!CNG_KEY_ALGORITHMS.has(algorithm.toUpperCase()) || provider === '') return undefined;
  return { algorithm, provider };
}

/** The CNG key algorithm ids the cmdlet takes before `#` (BCRYPT_*_ALGORITHM names; docs/formats.md §6.4). */
const CNG_KEY_ALGORITHMS: ReadonlySet<string> = new Set([
  'RSA',
  'DSA',
  'DH',
  'ECDSA',
  'ECDH',
  'ECDSA_P256',
  'ECDSA_P384',
  'ECDSA_P521',
  'ECDH_P256',
  'ECDH_P384',
  'ECDH_P521',
]);

/** The `provider.type-mismatch` message parameters for a known provider: what it is and the type it takes. */
export function mismatchParams(known: Provider, providerType: number): Record<string, string | number> {
  return {
    provider: known.name,
    providerKind: known.kind === 'ksp' ? 'a CNG Key Storage Provider' : 'a legacy CryptoAPI provider',
    providerType,
    expected:
      known.kind === 'ksp'
        ? 'A KSP has ProviderType 0.'
        : `This CSP has ProviderType ${known.providerType} (${lookupProviderType(known.providerType)?.name ?? '?'}).`,
  };
}
