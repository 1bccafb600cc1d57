/** dwFlags bits of CRYPT_KEY_PROV_INFO: docs/formats.md §3.4 (CRYPT_KEY_PROV_INFO). */

export interface FlagInfo {
  value: number;
  names: readonly string[];
  note: string;
}

/** CRYPT_MACHINE_KEYSET: the key belongs to the machine, not the user. */
export const CRYPT_MACHINE_KEYSET = 0x20;

export const keyProvFlags: readonly FlagInfo[] = [
  { value: 0x1, names: ['CERT_SET_KEY_CONTEXT_PROP_ID', 'CERT_SET_KEY_PROV_HANDLE_PROP_ID'], note: 'Keep the key handle open.' },
  {
    value: CRYPT_MACHINE_KEYSET,
    names: ['CRYPT_MACHINE_KEYSET', 'NCRYPT_MACHINE_KEY_FLAG'],
    note: "A machine key (machine store). Without it the key is the user's.",
  },
  { value: 0x40, names: ['CRYPT_SILENT', 'NCRYPT_SILENT_FLAG'], note: 'Never show UI when the key is used.' },
];

/** The names of the bits set in `flags`, and any bits no name covers. */
export function describeFlags(flags: number): string[] {
  const names: string[] = [];
  let rest = flags;
  for (const flag of keyProvFlags) {
    if (flags & flag.value) {
      names.push(flag.names[0]);
      rest &= ~flag.value;
    }
  }
  if (rest) names.push(`0x${rest.toString(16)}`);
  return names;
}

/** `0x20` style, the only spelling a generated INF uses (certutil's base for bare numbers is undocumented). */
export function formatFlags(flags: number): string {
  return flags === 0 ? '0' : `0x${flags.toString(16)}`;
}
