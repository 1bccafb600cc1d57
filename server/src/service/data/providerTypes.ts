/** ProviderType (dwProvType) values: docs/formats.md §3.2 (CRYPT_KEY_PROV_INFO, certutil -csplist). */

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
  { value: 18, name: 'PROV_DH_SCHANNEL', note: 'Legacy CryptoAPI CSP for Diffie-Hellman SChannel.' },
  { value: 24, name: 'PROV_RSA_AES', note: 'Legacy CryptoAPI CSP for RSA with AES.' },
];

export function lookupProviderType(value: number): ProviderTypeInfo | undefined {
  return providerTypes.find((t) => t.value === value);
}
