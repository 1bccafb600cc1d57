/**
 * The HRESULTs admins meet when certutil works on a CA key: the one table the diagnostics, hovers and the
 * repair scripts read. Values and names are Microsoft's (docs/formats.md §5, "HRESULTs"); the meaning and
 * the next step are this project's words. certutil prints `FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)`
 * and exits with the same code as a signed 32-bit number.
 */

export interface HResult {
  /** The code as an unsigned 32-bit number (0x80090016). */
  code: number;
  /** The symbolic name from winerror.h. */
  name: string;
  /** Microsoft's message text. */
  text: string;
  /** What it means when certutil works on a CA certificate's key. */
  meaning: string;
  /** The next step for the admin. */
  next: string;
  /** Where the value and name are documented. */
  source: string;
}

const nte = 'https://learn.microsoft.com/windows/win32/com/com-error-codes-4';
const common = 'https://learn.microsoft.com/windows/win32/seccrypto/common-hresult-values';

export const hresults: readonly HResult[] = [
  {
    code: 0x80090003,
    name: 'NTE_BAD_KEY',
    text: 'Bad Key.',
    meaning: 'The provider rejected the key handle or key blob.',
    next: 'Check that the Provider and Container in the key-provider property match where the key really is (certutil -key).',
    source: nte,
  },
  {
    code: 0x80090009,
    name: 'NTE_BAD_FLAGS',
    text: 'Invalid flags specified.',
    meaning: 'The provider rejected the Flags of the key-provider property.',
    next: 'Use Flags=0x20 (CRYPT_MACHINE_KEYSET) for a machine key, 0 for a user key.',
    source: nte,
  },
  {
    code: 0x8009000b,
    name: 'NTE_BAD_KEY_STATE',
    text: 'Key not valid for use in specified state.',
    meaning: 'The key exists but cannot be used this way: often a non-exportable key, or a KeySpec the provider does not accept.',
    next: 'For a KSP key set KeySpec=0 with certutil -repairstore and a KeyProv INF.',
    source: nte,
  },
  {
    code: 0x8009000d,
    name: 'NTE_NO_KEY',
    text: 'Key does not exist.',
    meaning: 'The container exists but holds no key of the requested spec.',
    next: 'Check KeySpec: a KSP key takes KeySpec=0; a CSP key the spec it was created with (certutil -key).',
    source: nte,
  },
  {
    code: 0x8009000f,
    name: 'NTE_EXISTS',
    text: 'Object already exists.',
    meaning: 'A key or container of that name already exists.',
    next: 'Do not create the key again: point the certificate at the existing container with certutil -repairstore.',
    source: nte,
  },
  {
    code: 0x80090010,
    name: 'NTE_PERM',
    text: 'Access denied.',
    meaning: 'The account may not use the key.',
    next: 'Run elevated (machine keys), or as the key owner, and check the key file permissions.',
    source: nte,
  },
  {
    code: 0x80090016,
    name: 'NTE_BAD_KEYSET',
    text: 'Keyset does not exist',
    meaning: 'The provider has no container of that name: the certificate points at a key that is not there.',
    next: 'Find the key with certutil -key (or certutil -csp "<provider>" -key), then certutil -repairstore with a KeyProv INF naming the real container.',
    source: nte,
  },
  {
    code: 0x80090019,
    name: 'NTE_KEYSET_NOT_DEF',
    text: 'The keyset is not defined.',
    meaning: 'The provider named in the key-provider property is not installed or not registered.',
    next: 'Check the provider name (certutil -csplist) and that the HSM client is installed.',
    source: nte,
  },
  {
    code: 0x80090027,
    name: 'NTE_INVALID_PARAMETER',
    text: 'The parameter is incorrect.',
    meaning: 'The provider rejected a value of the request: for a KSP, typically a KeySpec other than 0.',
    next: 'Set KeySpec=0 for a KSP key with certutil -repairstore and a KeyProv INF.',
    source: nte,
  },
  {
    code: 0x80090029,
    name: 'NTE_NOT_SUPPORTED',
    text: 'The requested operation is not supported.',
    meaning: 'The provider does not support the operation or algorithm (an HSM KSP that refuses a legacy key spec, or a CSP asked for SHA-2).',
    next: 'Check the provider documentation; for a CSP key on a CA, plan the CSP to KSP migration.',
    source: nte,
  },
  // Added for certutil.failed (issue #15): codes certutil prints when a CA key cannot be opened.
  {
    code: 0x80090011,
    name: 'NTE_NOT_FOUND',
    text: 'Object was not found.',
    meaning: 'The provider has no key or object of that name.',
    next: 'List the provider\'s keys (certutil -csp "<provider>" -key) and point the certificate at the right one with certutil -repairstore.',
    source: nte,
  },
  {
    code: 0x8009001a,
    name: 'NTE_KEYSET_ENTRY_BAD',
    text: 'Keyset as registered is invalid.',
    meaning: 'The key container exists but its stored form is damaged or unreadable.',
    next: "Restore the key from a backup (PFX); for an HSM, check the key with the vendor's tools.",
    source: nte,
  },
  {
    code: 0x80090020,
    name: 'NTE_FAIL',
    text: 'An internal error occurred.',
    meaning: 'The provider failed inside: for an HSM KSP often a lost connection to the HSM.',
    next: "Check the provider's own log and its connection (HSM client), then run the command again.",
    source: nte,
  },
  {
    code: 0x80090030,
    name: 'NTE_DEVICE_NOT_READY',
    text: 'The device that is required by this cryptographic provider is not ready for use.',
    meaning: 'The HSM or smart card that holds the key is not reachable.',
    next: 'Bring the HSM or card online (client service, network, operator card), then run the command again.',
    source: nte,
  },
  {
    code: 0x80092004,
    name: 'CRYPT_E_NOT_FOUND',
    text: 'Cannot find object or property.',
    meaning: 'No certificate with that serial (or hash) is in the store, or it has no such property.',
    next: 'Check the serial and the store (certutil -store my) and whether -user is needed.',
    source: nte,
  },
  {
    code: 0x80070005,
    name: 'E_ACCESSDENIED',
    text: 'General access denied error.',
    meaning: 'The account may not change the store or the key.',
    next: 'Run from an elevated prompt (machine store) or as the certificate owner (user store).',
    source: common,
  },
  {
    code: 0x80070057,
    name: 'E_INVALIDARG',
    text: 'One or more arguments are invalid.',
    meaning: 'certutil rejected its arguments or the INF.',
    next: 'Check the command line and the INF with this extension before running it again.',
    source: common,
  },
  {
    code: 0x80004005,
    name: 'E_FAIL',
    text: 'Unspecified failure',
    meaning: 'certutil or the provider failed without a more specific code.',
    next: 'Read the lines certutil printed before the failure; run the command again with -v for detail.',
    source: common,
  },
];

const byCode = new Map(hresults.map((h) => [h.code, h]));

/** The entry for a code given signed (-2146893802) or unsigned (0x80090016), or undefined. */
export function lookupHResult(code: number): HResult | undefined {
  return byCode.get(code >>> 0);
}

/** `0x80090016`: the form certutil and Microsoft's tables print. */
export function hresultHex(code: number): string {
  return `0x${(code >>> 0).toString(16).padStart(8, '0')}`;
}
