/** Reads the user's settings (names and defaults from common/settings.ts) into what the service checks with. */

import { renamedSettingKeys, settingDefaults, settingKeys, type SettingKey } from '../../common/settings';
import { defaultCheckOptions, type CertificateRole, type CheckOptions, type Severity } from './service/languageService';

export { settingsSection } from '../../common/settings';

/** What the server reads. */
export type ServerSettings = CheckOptions;

export const defaultServerSettings: ServerSettings = defaultCheckOptions;

const severities: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Validates the raw `certutil` section from the client; anything unknown falls back to its default. */
export function readServerSettings(raw: unknown): ServerSettings {
  const nonCa = settingAt(raw, settingKeys.nonCaKeySpecSeverity);
  const positive = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined);
  const megabytes = positive(settingAt(raw, settingKeys.keySpecOnlyAboveMB));
  return {
    nonCaKeySpecSeverity: severities.includes(nonCa as Severity) ? (nonCa as Severity | 'off') : defaultServerSettings.nonCaKeySpecSeverity,
    maxProblems: Math.floor(positive(settingAt(raw, settingKeys.maxProblems)) ?? defaultServerSettings.maxProblems),
    keySpecOnlyAbove: megabytes !== undefined ? megabytes * 1024 * 1024 : defaultServerSettings.keySpecOnlyAbove,
    health: readHealth(raw),
    outlineMaxItems: Math.floor(positive(settingAt(raw, settingKeys.outlineMaxItems)) ?? defaultServerSettings.outlineMaxItems),
  };
}

const healthSeverities: readonly string[] = [...severities, 'default'];
const roles: readonly CertificateRole[] = ['ca', 'tls-server', 'adfs', 'none'];

/** The CA key health settings; an unknown code, severity or role is dropped, a bad number falls back. */
function readHealth(raw: unknown): NonNullable<CheckOptions['health']> {
  const defaults = defaultServerSettings.health!;
  const days = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback);
  const severitySetting = settingAt(raw, settingKeys.healthSeverity);
  const severitiesByCode: NonNullable<CheckOptions['health']>['severities'] = {};
  if (typeof severitySetting === 'object' && severitySetting !== null) {
    for (const [code, value] of Object.entries(severitySetting as Record<string, unknown>)) {
      if (typeof value === 'string' && healthSeverities.includes(value)) severitiesByCode[code] = value as Severity | 'off' | 'default';
    }
  }
  const roleSetting = settingAt(raw, settingKeys.certificateRoles);
  const rolesBySerial: Record<string, CertificateRole> = {};
  if (typeof roleSetting === 'object' && roleSetting !== null) {
    for (const [serial, value] of Object.entries(roleSetting as Record<string, unknown>)) {
      // Serials are matched as the dump parse keeps them: lower-case hex without spaces.
      if (typeof value === 'string' && roles.includes(value as CertificateRole))
        rolesBySerial[serial.replace(/\s/g, '').toLowerCase()] = value as CertificateRole;
    }
  }
  const bits = settingAt(raw, settingKeys.minRsaKeyBits);
  return {
    severities: severitiesByCode,
    caExpiringDays: days(settingAt(raw, settingKeys.caExpiringDays), defaults.caExpiringDays),
    expiringDays: days(settingAt(raw, settingKeys.expiringDays), defaults.expiringDays),
    minRsaKeyBits: typeof bits === 'number' && Number.isFinite(bits) && bits > 0 ? Math.floor(bits) : defaults.minRsaKeyBits,
    roles: rolesBySerial,
  };
}

/**
 * The value of a setting in the raw section. A key that was renamed is still honoured: when the new key is
 * unset or at its default, a value under the old key counts (common/settings.ts `renamedSettingKeys`).
 */
function settingAt(raw: unknown, key: SettingKey): unknown {
  const value = valueAt(raw, key);
  if (value !== undefined && !sameJson(value, settingDefaults[key])) return value;
  for (const [oldKey, newKey] of Object.entries(renamedSettingKeys)) {
    if (newKey !== key) continue;
    const old = valueAt(raw, oldKey);
    if (old !== undefined && !sameJson(old, settingDefaults[key])) return old;
  }
  return value;
}

/** The value at a dotted key (`keySpec.otherCertificatesSeverity`) of the raw section, which VS Code sends nested. */
function valueAt(raw: unknown, key: string): unknown {
  let value = raw;
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** Settings values are JSON; defaults are small, so comparing their JSON text is enough. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The workspace's config file over the VS Code settings (README "Configuration as code"): each setting the file
 * gives replaces the one from settings, whole (an object setting such as `health.severity` too); every other
 * setting stays as VS Code has it. A renamed key in the file counts as its new key.
 */
export function withConfigFile(raw: unknown, file: Record<string, unknown>): Record<string, unknown> {
  const merged = copyOf(raw);
  for (const key of Object.values(settingKeys)) {
    const oldKeys = Object.entries(renamedSettingKeys).flatMap(([oldKey, newKey]) => (newKey === key ? [oldKey] : []));
    const fromFile = [key, ...oldKeys].map((k) => valueAt(file, k)).find((value) => value !== undefined);
    if (fromFile === undefined) continue;
    setAt(merged, key, fromFile);
    // The file's value is the one: an old key in the settings must not win over it.
    for (const oldKey of oldKeys) setAt(merged, oldKey, undefined);
  }
  return merged;
}

function copyOf(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (JSON.parse(JSON.stringify(raw)) as Record<string, unknown>) : {};
}

function setAt(section: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let at = section;
  for (const part of parts.slice(0, -1)) {
    if (typeof at[part] !== 'object' || at[part] === null || Array.isArray(at[part])) {
      if (value === undefined) return;
      at[part] = {};
    }
    at = at[part] as Record<string, unknown>;
  }
  if (value === undefined) delete at[parts[parts.length - 1]];
  else at[parts[parts.length - 1]] = value;
}
