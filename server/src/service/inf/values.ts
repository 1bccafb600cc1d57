/**
 * Judging one value against its ValueSpec (data/valueSpec.ts), and spotting placeholders left in from a
 * template. Pure functions of text: validation decides what to report and where.
 */

import { isKeySpecValue, keySpecs, keySpecShown, parseKeySpec } from '../data/keySpec';
import type { NamedValue, ValueSpec } from '../data/valueSpec';
import { closest } from './suggest';

/** The verdict on a value: fine, or what was expected and (when certain enough) the value meant. */
export type Verdict = { ok: true } | { ok: false; expected: string; suggestion?: string; doubtful?: boolean };

const OK: Verdict = { ok: true };
const OID = /^[0-2](\.\d+)+$/;

/** A decimal number, or a 0x hex number; undefined for anything else. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return parseInt(t, 10);
  if (/^0x[0-9a-f]+$/i.test(t)) return parseInt(t, 16);
  return undefined;
}

export function isOid(text: string): boolean {
  return OID.test(text.trim());
}

/** A value holding a `%strkey%` substitution cannot be judged before [Strings] is applied (docs/formats.md §2.1). */
export function hasSubstitution(text: string): boolean {
  return /%[^%\s]+%/.test(text);
}

export function checkValue(spec: ValueSpec, raw: string): Verdict {
  const text = raw.trim();
  if (hasSubstitution(text)) return OK;
  switch (spec.kind) {
    case 'enum':
      return checkEnum(spec.values, text, spec.open === true, spec.numeric === true);
    case 'boolean':
      return /^(true|false|yes|no|1|0)$/i.test(text) ? OK : { ok: false, expected: 'TRUE or FALSE', suggestion: closest(text, ['TRUE', 'FALSE']) };
    case 'number': {
      const n = parseNumber(text);
      const range = spec.max !== undefined ? ` from ${spec.min ?? 0} to ${spec.max}` : spec.min !== undefined ? ` of at least ${spec.min}` : '';
      if (n === undefined || (spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
        return { ok: false, expected: `a number${range}` };
      }
      return OK;
    }
    case 'flags':
      return checkFlags(spec.values, text);
    case 'oid': {
      if (isOid(text)) return OK;
      const stripped = text.replace(/^oid\s*[:=]\s*/i, '');
      return { ok: false, expected: 'a dotted OID such as 2.5.29.32.0', suggestion: stripped !== text && isOid(stripped) ? stripped : undefined };
    }
    case 'url':
      // LDAP URLs carry DNs with spaces (`CN=Public Key Services`), so only the scheme is judged.
      return /^(https?|ldap|file):\/\/./i.test(text) || /^\\\\/.test(text) ? OK : { ok: false, expected: 'a URL (http://, ldap:// or file://)' };
    case 'keySpec': {
      const keySpec = parseKeySpec(text);
      return keySpec !== undefined && isKeySpecValue(keySpec) ? OK : { ok: false, expected: keySpecs.map((k) => keySpecShown(k.value)).join(', ') };
    }
    case 'providerType':
      return parseNumber(text) !== undefined ? OK : { ok: false, expected: 'a ProviderType number (0 for a KSP)' };
    case 'provider':
    case 'sectionList':
    case 'text':
      return OK;
  }
}

function checkEnum(values: readonly NamedValue[], text: string, open: boolean, numeric: boolean): Verdict {
  const lower = text.toLowerCase();
  if (values.some((v) => v.name.toLowerCase() === lower)) return OK;
  if (numeric && parseNumber(text) !== undefined) return OK;
  const names = values.map((v) => v.name);
  // `Year` for `Years`: the units must be plural (docs/formats.md §2.3), and the singular is a real-world slip (bendusz sample).
  const plural = names.find((n) => n.toLowerCase() === `${lower}s`);
  return { ok: false, expected: `one of ${names.join(', ')}`, suggestion: plural ?? closest(text, names), doubtful: open };
}

function checkFlags(values: readonly NamedValue[], text: string): Verdict {
  if (parseNumber(text) !== undefined) return OK;
  const parts = text.split('|').map((p) => p.trim());
  const known = (p: string): boolean => values.some((v) => v.name.toLowerCase() === p.replace(/^xcn_/i, '').toLowerCase());
  if (parts.every((p) => p !== '' && (known(p) || parseNumber(p) !== undefined))) return OK;
  return { ok: false, expected: 'flag names joined by | or a hex number such as 0xa0' };
}

/**
 * A value still holding a template placeholder: `<name>`, a backquoted name (AWS writes
 * `` `key-container-name` ``) or an all-caps `..._NAME`-style token (`CONTAINER_NAME` in the renewal article; docs/formats.md §2.2).
 */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  // `<container name>`: a word in angle brackets (`< >` alone, as in "Pipe | and < > CA", is no placeholder).
  if (/<\s*[A-Za-z][^<>]*>/.test(t) || /^`[^`]*`$/.test(t)) return true;
  return /^[A-Z0-9]+(_[A-Z0-9]+)+$/.test(t) && /(^|_)(NAME|CONTAINER|YOUR|HERE|PLACEHOLDER|SERIAL|PROVIDER|TODO)(_|$)/.test(t);
}
