/**
 * The extension's setting names and defaults: the one home both sides read (package.json is held to it
 * by a test). The server validates the raw values in server/src/readSettings.ts.
 */

/** The configuration section every setting lives in. */
export const settingsSection = 'certutil';

/**
 * Setting keys, relative to the section. VS Code's Settings editor makes the label from the key (the last part,
 * camelCase split into words, with the parts before it as a "Group:" prefix), so each key is chosen to read
 * as a label: `keySpec.otherCertificatesSeverity` shows as "Key Spec: Other Certificates Severity". An acronym
 * reads right only at the end of a key (`…ForCA`), because VS Code does not split "CAExpiry".
 */
export const settingKeys = {
  detectDumpsInTextFiles: 'detectDumpsInTextFiles',
  nonCaKeySpecSeverity: 'keySpec.otherCertificatesSeverity',
  maxProblems: 'maxProblems',
  keySpecOnlyAboveMB: 'largeFiles.keySpecChecksOnlyAboveMegabytes',
  // CA key health (issue #15)
  healthSeverity: 'health.severity',
  caExpiringDays: 'health.expiryWarningDaysForCA',
  expiringDays: 'health.expiryWarningDays',
  minRsaKeyBits: 'health.minimumKeySizeForRSA',
  certificateRoles: 'health.certificateRoles',
  // Outline and folding size (issue 18)
  outlineMaxItems: 'outline.maxItems',
} as const;

/**
 * The keys of earlier versions (old key -> the key that replaced it). They stay declared, with a deprecation
 * message, and are still read: the old key's value counts when the new key is at its default (VS Code hands
 * the server the merged section, defaults included, so "at its default" is what "not set" looks like there).
 */
export const renamedSettingKeys = {
  'keySpec.nonCaSeverity': settingKeys.nonCaKeySpecSeverity,
  keySpecOnlyAboveMB: settingKeys.keySpecOnlyAboveMB,
  'health.caExpiringDays': settingKeys.caExpiringDays,
  'health.expiringDays': settingKeys.expiringDays,
  'health.minRsaKeyBits': settingKeys.minRsaKeyBits,
  'health.roles': settingKeys.certificateRoles,
} as const satisfies Record<string, SettingKey>;

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
