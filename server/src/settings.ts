/** The only file that knows the extension's setting names and defaults (client and server both read it). */

import { defaultCheckOptions, type CheckOptions } from './service/options';
import type { Severity } from './service/types';

/** The configuration section every setting lives in. */
export const settingsSection = 'certutil';

/** Setting keys, relative to the section. */
export const settingKeys = {
  detectDumpsInTextFiles: 'detectDumpsInTextFiles',
  nonCaKeySpecSeverity: 'keySpec.nonCaSeverity',
  maxProblems: 'maxProblems',
  keySpecOnlyAboveMB: 'keySpecOnlyAboveMB',
} as const;

/** What the server reads. */
export type ServerSettings = CheckOptions;

export const defaultServerSettings: ServerSettings = defaultCheckOptions;

const severities: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Validates the raw `certutil` section from the client; anything unknown falls back to its default. */
export function readServerSettings(raw: unknown): ServerSettings {
  const section = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const keySpec = typeof section.keySpec === 'object' && section.keySpec !== null ? (section.keySpec as Record<string, unknown>) : {};
  const nonCa = keySpec.nonCaSeverity;
  const positive = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined);
  const megabytes = positive(section.keySpecOnlyAboveMB);
  return {
    nonCaKeySpecSeverity: severities.includes(nonCa as Severity) ? (nonCa as Severity | 'off') : defaultServerSettings.nonCaKeySpecSeverity,
    maxProblems: Math.floor(positive(section.maxProblems) ?? defaultServerSettings.maxProblems),
    keySpecOnlyAbove: megabytes !== undefined ? megabytes * 1024 * 1024 : defaultServerSettings.keySpecOnlyAbove,
  };
}
