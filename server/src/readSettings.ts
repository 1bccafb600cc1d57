/** Reads the user's settings (names and defaults from common/settings.ts) into what the service checks with. */

import { settingKeys } from '../../common/settings';
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

/** The value at a dotted key (`keySpec.nonCaSeverity`) of the raw section, which VS Code sends nested. */
function settingAt(raw: unknown, key: string): unknown {
  let value = raw;
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}
