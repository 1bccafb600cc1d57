/**
 * The one place that writes a KeyProv.inf: the repairstore property INF that rewrites a certificate's
 * key-provider property (id 2) with KeySpec=0 (docs/formats.md §2.2).
 * Both the quick fix and the "Generate repair INF" command call it.
 */

import { formatFlags } from '../data/flags';
import { keySpecAsPrinted } from '../data/keySpec';
import { KEY_PROV_INFO_PROP_ID } from '../data/propertyIds';
import { isPlaceholder } from '../inf/values';
import { repairInfFileName, rollbackInfFileName } from './fileNames';
import { repairCommand, verifyCommand } from './repairCommands';
import type { RepairTarget } from './repairTargetOf';

export { repairCommand, verifyCommand } from './repairCommands';
export { repairInfFileName, rollbackInfFileName } from './fileNames';

/** A written INF, or the reason none could be written safely. */
export type RepairInfResult = { ok: true; fileName: string; text: string } | { ok: false; reason: string };

const EOL = '\r\n';
/** File names the INF comments, the scripts and the client's folder join take plainly: no path, quote or shell metacharacter. */
export const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** RFC 5280 allows 20 octets; this leaves room for odd certificates while `KeyProv-<serial>-<n>.inf` stays a legal file name. */
const MAX_SERIAL_DIGITS = 200;
/**
 * Length limits for every dump value that reaches an INF or a script: they keep each generated line under
 * 1,000 characters, far below cmd.exe's 8,191 (docs/formats.md §R3). CNG and CryptoAPI take container and
 * provider names up to MAX_PATH (260); a longer value is not one a real key has.
 */
export const MAX_LENGTH = { container: 260, provider: 260, subject: 400, store: 64 } as const;

/** Why a value cannot go into the INF or onto a certutil command line unchanged, or undefined when it can. */
export function unsafeReason(target: RepairTarget): string | undefined {
  // A target can come from a client request: check the types too, never trust the shape.
  if (typeof target.serial !== 'string' || !/^[0-9a-f]+$/.test(target.serial))
    return `The serial number "${shown(target.serial)}" is not plain hex, so it cannot be passed to certutil safely.`;
  if (target.serial.length > MAX_SERIAL_DIGITS) return `The serial number ${shown(target.serial)} is too long to name a file after.`;
  if (typeof target.store !== 'string' || !/^[A-Za-z][A-Za-z0-9 ]*$/.test(target.store) || target.store !== target.store.trim())
    return `The store name "${shown(target.store)}" is not a plain store name.`;
  if (target.store.length > MAX_LENGTH.store) return `The store name ${shown(target.store)} is longer than ${MAX_LENGTH.store} characters.`;
  if (target.subject !== undefined && (typeof target.subject !== 'string' || target.subject.length > MAX_LENGTH.subject))
    return `The subject "${shown(target.subject)}" is longer than ${MAX_LENGTH.subject} characters, more than a script comment should carry.`;
  if (!Number.isInteger(target.flags) || target.flags < 0 || target.flags > 0xffffffff)
    return `The Flags value ${shown(target.flags)} is not a 32-bit number, so it cannot be written as dwFlags.`;
  for (const [what, value] of [
    ['container', target.container],
    ['provider', target.provider],
  ] as const) {
    const problem =
      typeof value !== 'string'
        ? 'is missing'
        : value.length > MAX_LENGTH[what]
          ? `is longer than ${MAX_LENGTH[what]} characters, which no real key has`
          : unsafeInValue(value);
    if (problem) return `The ${what} name "${shown(value)}" ${problem}. Write this KeyProv.inf by hand and check it with certutil.`;
  }
  return undefined;
}

/**
 * A value as a refusal shows it: printable ASCII without the brackets of a Markdown link (VS Code turns
 * `[text](command:...)` in a notification into a link), cut short. The value came from a dump: untrusted.
 */
export function shown(value: unknown): string {
  const text = String(value).replace(/[^A-Za-z0-9 .,:;_=+'@#/\\{}()!?$^~|*<>-]/g, '?');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// Inside the `{text}` string, `&` separates the pairs and `"` ends the string, and no escape for either is
// documented (docs/formats.md §2.2); `%` starts a string substitution in INF syntax (§2.1). certutil reads an INF
// without a BOM in the ANSI code page, so non-ASCII text would be misread. Spaces at the ends may be trimmed.
function unsafeInValue(value: string): string | undefined {
  if (value.length === 0) return 'is empty';
  if (/[&"%]/.test(value)) return 'contains & or " or %, which a KeyProv.inf cannot carry';
  if (/[^\x20-\x7e]/.test(value)) return 'contains characters outside printable ASCII, which certutil may misread in an INF';
  if (value !== value.trim()) return 'starts or ends with a space, which certutil may trim';
  // The INF validator would flag the written file as an unfilled template: never write what our own checks call wrong.
  if (isPlaceholder(value)) return 'looks like a template placeholder, not a value copied from a dump';
  return undefined;
}

/** Writes the KeyProv.inf for `target`, or says why it cannot. */
/** The key spec and provider type an INF writes: KeySpec=0 with ProviderType=0 (a KSP key) unless a repair needs a CSP's. */
export interface RepairInfKey {
  keySpec: number;
  providerType: number;
}

/** Writes the KeyProv.inf for `target` (KeySpec=0 on a KSP unless `key` says otherwise), or says why it cannot. */
export function writeRepairInf(
  target: RepairTarget,
  fileName = repairInfFileName(target.serial),
  key: RepairInfKey = { keySpec: 0, providerType: 0 },
): RepairInfResult {
  if (![0, 1, 2].includes(key.keySpec) || !Number.isInteger(key.providerType) || key.providerType < 0 || key.providerType > 0xffff) {
    return { ok: false, reason: `KeySpec ${shown(key.keySpec)} with ProviderType ${shown(key.providerType)} is not a key spec a KeyProv.inf can carry.` };
  }
  const reason = unsafeReason(target) ?? unsafeFileName(fileName);
  if (reason) return { ok: false, reason };
  const keySpecShown = keySpecAsPrinted(key.keySpec);
  return {
    ok: true,
    fileName,
    text: propertyInf(
      target,
      [
        `; ${fileName}: sets KeySpec=${key.keySpec} on the key provider information of one certificate.`,
        ...aboutLines(target),
        '; Container, Provider and Flags are copied from the certutil dump.',
        ';',
        `; Repair (${where(target)}, in the folder of this file):`,
        `;   ${repairCommand(target, fileName)}`,
        `; Verify (CERT_KEY_PROV_INFO_PROP_ID(2) must show KeySpec = ${keySpecShown}):`,
        `;   ${verifyCommand(target)}`,
      ],
      key,
    ),
  };
}

/**
 * Writes `rollback-<serial>.inf`: the same property INF, with ProviderType and KeySpec as the dump shows them
 * before the repair, so `certutil -repairstore` with it puts the key provider property back exactly. Same checks
 * as the repair INF; refuses when the dump does not show the KeySpec to put back.
 */
export function writeRollbackInf(target: RepairTarget, fileName = rollbackInfFileName(target.serial)): RepairInfResult {
  const reason =
    unsafeReason(target) ??
    unsafeFileName(fileName) ??
    unsafeNumber('KeySpec', target.keySpec) ??
    (target.providerType === undefined ? undefined : unsafeNumber('ProviderType', target.providerType));
  if (reason) return { ok: false, reason };
  return {
    ok: true,
    fileName,
    text: propertyInf(
      target,
      [
        `; ${fileName}: puts back the key provider information of one certificate as the dump showed it before the repair.`,
        ...aboutLines(target),
        '; Container, Provider, ProviderType, Flags and KeySpec are copied from the certutil dump: this is the state',
        '; the repair changed, so the KeySpec checks of this extension flag it on purpose.',
        ';',
        `; Undo the repair (${where(target)}, in the folder of this file):`,
        `;   ${repairCommand(target, fileName)}`,
      ],
      { providerType: target.providerType, keySpec: target.keySpec ?? 0 },
    ),
  };
}

function unsafeFileName(fileName: unknown): string | undefined {
  return typeof fileName === 'string' && SAFE_FILE_NAME.test(fileName)
    ? undefined
    : `The file name "${shown(fileName)}" is not a plain file name (letters, digits, . _ -).`;
}

function unsafeNumber(what: string, value: unknown): string | undefined {
  if (value === undefined) return `The dump does not show the ${what} of this certificate, so no rollback INF can restore it.`;
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff
    ? undefined
    : `The ${what} value ${shown(value)} is not a 32-bit number.`;
}

function where(target: RepairTarget): string {
  return target.userKey ? 'as the owner of the certificate' : 'elevated command prompt';
}

function aboutLines(target: RepairTarget): string[] {
  return [`; Subject: ${(target.subject ?? '(no subject in the dump)').replace(/[^\x20-\x7e]/g, '?')}`, `; Serial number: ${target.serial}`];
}

/** The `[Version]` + `[Properties]` INF that sets property 2 from `target` with the given ProviderType and KeySpec. */
function propertyInf(target: RepairTarget, comments: string[], values: { providerType: number | undefined; keySpec: number }): string {
  const lines = [
    ...comments,
    '',
    '[Version]',
    'Signature="$Windows NT$"',
    '',
    '[Properties]',
    `${KEY_PROV_INFO_PROP_ID} = "{text}"`,
    `_continue_ = "Container=${target.container}&"`,
    `_continue_ = "Provider=${target.provider}&"`,
    ...(values.providerType === undefined ? [] : [`_continue_ = "ProviderType=${values.providerType}&"`]),
    `_continue_ = "Flags=${formatFlags(target.flags)}&"`,
    `_continue_ = "KeySpec=${values.keySpec}"`,
    '',
  ];
  return lines.join(EOL);
}
