/**
 * What a key of a certreq or CAPolicy INF accepts. The schemas (certreqSchema.ts, capolicySchema.ts) say it
 * once per key; validation, completion and hover all read it from there.
 */

/** One documented value of an enumeration, or one flag name. */
export interface NamedValue {
  name: string;
  /** The number it stands for, where the documentation gives one. */
  value?: number;
  note: string;
}

export type ValueSpec =
  /** One of `values` (any case). `open`: the documented list is known to be incomplete, so others only warn. */
  | { kind: 'enum'; values: readonly NamedValue[]; open?: boolean; numeric?: boolean }
  /** True/False (any case); Yes/No and 1/0 are seen in real files and accepted too. */
  | { kind: 'boolean' }
  /** A decimal (or 0x hex) number in [min, max]. */
  | { kind: 'number'; min?: number; max?: number }
  /** Flag names joined by `|`, or a number such as `0xa0`. */
  | { kind: 'flags'; values: readonly NamedValue[] }
  /** A dotted OID such as 1.3.6.1.5.5.7.3.1. */
  | { kind: 'oid' }
  /** A URL (http, ldap, file); `https` is refused where the consumer cannot fetch it. */
  | { kind: 'url'; noHttps?: boolean }
  /** A provider name from providers.ts (unknown names are allowed: third-party providers exist). */
  | { kind: 'provider' }
  /** A ProviderType number from providerTypes.ts. */
  | { kind: 'providerType' }
  /** A KeySpec: number or AT_ symbol (keySpec.ts). */
  | { kind: 'keySpec' }
  /** A comma-separated list of section names defined in the same file. */
  | { kind: 'sectionList' }
  /** Free text: never judged. */
  | { kind: 'text' };

/** One key of a section schema. */
export interface KeyInfo {
  name: string;
  spec: ValueSpec;
  note: string;
  /** The key may appear several times in its section (URL, Notice, OID). */
  repeatable?: boolean;
}

/** TRUE/FALSE as certreq's own table writes them. */
export const booleanValues: readonly NamedValue[] = [
  { name: 'TRUE', value: 1, note: 'Yes.' },
  { name: 'FALSE', value: 0, note: 'No.' },
];

/** Case-insensitive lookup of a key in a schema. */
export function findKey(keys: readonly KeyInfo[], name: string): KeyInfo | undefined {
  const wanted = name.trim().toLowerCase();
  return keys.find((k) => k.name.toLowerCase() === wanted);
}
