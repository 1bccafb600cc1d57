/**
 * The extension's setting names and defaults: the one home both sides read (package.json is held to it
 * by a test). The server validates the raw values in server/src/readSettings.ts.
 */

/** The configuration section every setting lives in. */
export const settingsSection = 'certutil';

/** Setting keys, relative to the section. */
export const settingKeys = {
  detectDumpsInTextFiles: 'detectDumpsInTextFiles',
  nonCaKeySpecSeverity: 'keySpec.nonCaSeverity',
  maxProblems: 'maxProblems',
  keySpecOnlyAboveMB: 'keySpecOnlyAboveMB',
  // CA key health (issue #15)
  healthSeverity: 'health.severity',
  caExpiringDays: 'health.caExpiringDays',
  expiringDays: 'health.expiringDays',
  minRsaKeyBits: 'health.minRsaKeyBits',
  certificateRoles: 'health.roles',
  // Outline and folding size (issue 18)
  outlineMaxItems: 'outline.maxItems',
} as const;

export type SettingKey = (typeof settingKeys)[keyof typeof settingKeys];

/** The default of every setting, by key (package.json's `default` must say the same). */
export const settingDefaults = {
  [settingKeys.detectDumpsInTextFiles]: true,
  [settingKeys.nonCaKeySpecSeverity]: 'warning',
  [settingKeys.maxProblems]: 1000,
  [settingKeys.keySpecOnlyAboveMB]: 20,
  /** Per-code severity overrides of the CA key health rules (rule code -> severity); the container hash hint is off unless set. */
  [settingKeys.healthSeverity]: {},
  [settingKeys.caExpiringDays]: 90,
  [settingKeys.expiringDays]: 30,
  [settingKeys.minRsaKeyBits]: 2048,
  /** Certificate serial -> role (`ca`, `tls-server`, `adfs`, `none`) where the EKU does not decide. */
  [settingKeys.certificateRoles]: {},
  /** At most this many outline entries and folding ranges per document, as VS Code's JSON server bounds its own. */
  [settingKeys.outlineMaxItems]: 5000,
} as const satisfies Record<SettingKey, unknown>;
