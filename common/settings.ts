/**
 * The extension's setting names and defaults: the one home both sides read (package.json is held to it
 * by a test). The server validates the raw values in server/src/settings.ts.
 */

/** The configuration section every setting lives in. */
export const settingsSection = 'certutil';

/** Setting keys, relative to the section. */
export const settingKeys = {
  detectDumpsInTextFiles: 'detectDumpsInTextFiles',
  nonCaKeySpecSeverity: 'keySpec.nonCaSeverity',
  maxProblems: 'maxProblems',
  keySpecOnlyAboveMB: 'keySpecOnlyAboveMB',
} as const;

export type SettingKey = (typeof settingKeys)[keyof typeof settingKeys];

/** The default of every setting, by key (package.json's `default` must say the same). */
export const settingDefaults = {
  [settingKeys.detectDumpsInTextFiles]: true,
  [settingKeys.nonCaKeySpecSeverity]: 'warning',
  [settingKeys.maxProblems]: 1000,
  [settingKeys.keySpecOnlyAboveMB]: 20,
} as const satisfies Record<SettingKey, unknown>;
