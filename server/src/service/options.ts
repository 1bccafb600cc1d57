/** What the checks read from the settings (server/src/readSettings.ts maps the user's settings onto it). */

import { settingDefaults, settingKeys } from '../../../common/settings';
import type { DumpCheckOptions } from './dump/dumpChecks';
import { defaultHealthOptions } from './dump/checks/healthContext';
import type { ServerLocale } from './l10n/serverMessages';

export interface CheckOptions extends DumpCheckOptions {
  /** At most this many problems per document; the rest are summed up in one `limits.too-many-problems`. */
  maxProblems: number;
  /** Above this many characters a dump gets only the KeySpec checks. */
  keySpecOnlyAbove: number;
  /** At most this many outline entries and folding ranges per document (issue 18 part 4). */
  outlineMaxItems: number;
  /** The language of the texts the service writes itself (hovers, reports, notes): `say` in l10n/serverMessages.ts. English when absent. */
  locale?: ServerLocale;
}

/** The settings' defaults (common/settings.ts), as check options. */
export const defaultCheckOptions: CheckOptions = {
  nonCaKeySpecSeverity: settingDefaults[settingKeys.nonCaKeySpecSeverity],
  maxProblems: settingDefaults[settingKeys.maxProblems],
  keySpecOnlyAbove: settingDefaults[settingKeys.keySpecOnlyAboveMB] * 1024 * 1024,
  outlineMaxItems: settingDefaults[settingKeys.outlineMaxItems],
  health: {
    ...defaultHealthOptions,
    caExpiringDays: settingDefaults[settingKeys.caExpiringDays],
    expiringDays: settingDefaults[settingKeys.expiringDays],
    minRsaKeyBits: settingDefaults[settingKeys.minRsaKeyBits],
  },
};
