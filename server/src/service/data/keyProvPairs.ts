/**
 * The `Name=Value` pairs of the key provider string (property 2 of a repairstore INF): docs/formats.md §2.2,
 * certutil's own help and the renewal article. Each maps onto a CRYPT_KEY_PROV_INFO field (docs/formats.md §3.1).
 */

export type KeyProvPairName = 'Container' | 'Provider' | 'ProviderType' | 'Flags' | 'KeySpec';

export interface KeyProvPairInfo {
  name: KeyProvPairName;
  /** The CRYPT_KEY_PROV_INFO member it sets. */
  field: string;
  /** Without it the property does not link the certificate to its key (Container, Provider) or the result is undocumented (KeySpec). */
  required: boolean;
  note: string;
}

/** In the order certutil's help writes them, which is also the order a generated INF uses. */
export const keyProvPairs: readonly KeyProvPairInfo[] = [
  {
    name: 'Container',
    field: 'pwszContainerName',
    required: true,
    note: 'The key container (for a KSP, the key name). Copy `Key Container` from `certutil -v -store` verbatim; spaces and parentheses are fine, `&` and `"` cannot be written.',
  },
  {
    name: 'Provider',
    field: 'pwszProvName',
    required: true,
    note: 'The exact CSP or KSP name, as `certutil -csplist` prints it.',
  },
  {
    name: 'ProviderType',
    field: 'dwProvType',
    required: false,
    note: '`0` for any CNG Key Storage Provider; the CSP type number otherwise (1 PROV_RSA_FULL, 12 PROV_RSA_SCHANNEL, 24 PROV_RSA_AES ...).',
  },
  {
    name: 'Flags',
    field: 'dwFlags',
    required: false,
    note: '`0` for a user key, `0x20` (CRYPT_MACHINE_KEYSET) for a machine-store key. Write it in hex with `0x`: the base certutil assumes for a bare number is undocumented.',
  },
  {
    name: 'KeySpec',
    field: 'dwKeySpec',
    required: true,
    note: '`0` for a KSP key (CNG keys have no key spec); `1` (AT_KEYEXCHANGE) or `2` (AT_SIGNATURE) for a legacy CSP key. A KSP key with KeySpec 2 breaks CA renewal with the existing key.',
  },
];

const byName = new Map(keyProvPairs.map((p) => [p.name.toLowerCase(), p]));

/** Case-insensitive: certutil's help and the seed article agree on the case, but nothing says it matters. */
export function lookupKeyProvPair(name: string): KeyProvPairInfo | undefined {
  return byName.get(name.trim().toLowerCase());
}
