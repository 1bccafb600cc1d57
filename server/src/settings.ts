/** Reads the user's settings (names and defaults from common/settings.ts) into what the service checks with. */

import { settingKeys } from '../../common/settings';
import { defaultCheckOptions, type CheckOptions, type Severity } from './service/languageService';

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
  };
}

/** The value at a dotted key (`keySpec.nonCaSeverity`) of the raw section, which VS Code sends nested. */
function settingAt(raw: unknown, key: string): unknown {
  let value = raw;
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}
