/** Rule codes the tests pick by family, read from the one table (server/src/service/rules.ts), never listed again. */

import { settingKeys, settingsSection } from '../../common/settings';
import { rules, type Rule, type RuleCode } from '../../server/src/service/rules';

const table: Record<RuleCode, Rule> = rules;

/** The CA key health codes: every rule whose severity the `certutil.health.severity` setting overrides. */
export const healthCodes: readonly string[] = (Object.keys(table) as RuleCode[]).filter(
  (code) => table[code].setting === `${settingsSection}.${settingKeys.healthSeverity}`,
);
