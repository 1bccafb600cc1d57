/** KeySpec (dwKeySpec) values: docs/formats.md §3.1 (CRYPT_KEY_PROV_INFO, X509KeySpec, the renewal article). */

export interface KeySpecInfo {
  value: number;
  /**
   * The symbols certutil and certreq accept for it. The first is the one name the extension shows: the one
   * `certutil -v -store` prints after the number (docs/formats.md §3.1).
   */
  names: readonly string[];
  note: string;
}

export const keySpecs: readonly KeySpecInfo[] = [
  { value: 0, names: ['XCN_AT_NONE', 'AT_NONE'], note: 'No key spec: the only right value for a CNG (KSP) key.' },
  { value: 1, names: ['AT_KEYEXCHANGE'], note: 'Legacy CSP key for key exchange (encryption) and signing.' },
  { value: 2, names: ['AT_SIGNATURE'], note: 'Legacy CSP key for signing only. On a KSP key it breaks CA renewal with the existing key.' },
];

export function lookupKeySpec(value: number): KeySpecInfo | undefined {
  return keySpecs.find((k) => k.value === value);
}

/** How the extension names a KeySpec in its messages: `0 (XCN_AT_NONE)`, `2 (AT_SIGNATURE)`; a value outside the table bare. */
export function keySpecShown(value: number): string {
  const name = lookupKeySpec(value)?.names[0];
  return name ? `${value} (${name})` : String(value);
}

/** A KeySpec as certutil prints it in a dump: `0 -- XCN_AT_NONE`. */
export function keySpecAsPrinted(value: number): string {
  const name = lookupKeySpec(value)?.names[0];
  return name ? `${value} -- ${name}` : String(value);
}

/** A KeySpec value certutil and certreq accept: one of the table's (0, 1, 2). */
export function isKeySpecValue(value: number): boolean {
  return lookupKeySpec(value) !== undefined;
}

/** A KeySpec given by symbol (`AT_SIGNATURE`) or number (`2`, `0x2`); undefined when neither. */
export function parseKeySpec(text: string): number | undefined {
  const t = text.trim();
  const bySymbol = keySpecs.find((k) => k.names.some((n) => n.toLowerCase() === t.toLowerCase()));
  if (bySymbol) return bySymbol.value;
  if (/^0x[0-9a-f]+$/i.test(t)) return parseInt(t, 16);
  if (/^\d+$/.test(t)) return parseInt(t, 10);
  return undefined;
}
