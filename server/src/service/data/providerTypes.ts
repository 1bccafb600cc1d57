/**
 * ProviderType (dwProvType) values: docs/formats.md §3.2 and §6.5. 0 is CNG; the others are wincrypt.h's PROV_* list (the
 * same numbers as certenroll.h's X509ProviderType): a number outside it is no provider type Windows defines.
 */

export interface ProviderTypeInfo {
  value: number;
  name: string;
  note: string;
}

export const providerTypes: readonly ProviderTypeInfo[] = [
  { value: 0, name: 'CNG', note: 'A CNG Key Storage Provider (KSP). KeySpec must be 0.' },
  { value: 1, name: 'PROV_RSA_FULL', note: 'Legacy CryptoAPI CSP for RSA signing and key exchange.' },
  { value: 2, name: 'PROV_RSA_SIG', note: 'Legacy CryptoAPI CSP for RSA signatures.' },
  { value: 3, name: 'PROV_DSS', note: 'Legacy CryptoAPI CSP for DSS signatures.' },
  { value: 4, name: 'PROV_FORTEZZA', note: 'Legacy Fortezza CSP.' },
  { value: 5, name: 'PROV_MS_EXCHANGE', note: 'Legacy Microsoft Exchange CSP.' },
  { value: 6, name: 'PROV_SSL', note: 'Legacy SSL CSP.' },
  { value: 12, name: 'PROV_RSA_SCHANNEL', note: 'Legacy CryptoAPI CSP for RSA SChannel.' },
  { value: 13, name: 'PROV_DSS_DH', note: 'Legacy CryptoAPI CSP for DSS and Diffie-Hellman.' },
  { value: 14, name: 'PROV_EC_ECDSA_SIG', note: 'Legacy elliptic-curve signature CSP type (Microsoft ships none).' },
  { value: 15, name: 'PROV_EC_ECNRA_SIG', note: 'Legacy elliptic-curve signature CSP type (Microsoft ships none).' },
  { value: 16, name: 'PROV_EC_ECDSA_FULL', note: 'Legacy elliptic-curve CSP type (Microsoft ships none).' },
  { value: 17, name: 'PROV_EC_ECNRA_FULL', note: 'Legacy elliptic-curve CSP type (Microsoft ships none).' },
  { value: 18, name: 'PROV_DH_SCHANNEL', note: 'Legacy CryptoAPI CSP for Diffie-Hellman SChannel.' },
  { value: 20, name: 'PROV_SPYRUS_LYNKS', note: 'Legacy Spyrus LYNKS card CSP type.' },
  { value: 21, name: 'PROV_RNG', note: 'Legacy random-number-generator CSP type.' },
  { value: 22, name: 'PROV_INTEL_SEC', note: 'Legacy Intel security CSP type.' },
  { value: 23, name: 'PROV_REPLACE_OWF', note: 'Legacy one-way-function replacement CSP type.' },
  { value: 24, name: 'PROV_RSA_AES', note: 'Legacy CryptoAPI CSP for RSA with AES.' },
];

export function lookupProviderType(value: number): ProviderTypeInfo | undefined {
  return providerTypes.find((t) => t.value === value);
}
