/** The repair targets the repair and quick-fix tests start from, written once (values as the dump fixtures show them). */

import type { RepairTarget } from '../../server/src/service/repair/repairTargetOf';

/** The certificate of the seed article (a CNG key in the machine store): the INF it gets is written out in repair-inf.test.ts. */
export const seedTarget: RepairTarget = {
  serial: '21000000044a30cdeaaaae7b08000000000004',
  subject: 'Contoso CA',
  container: 'Contoso CA',
  provider: 'Microsoft Software Key Storage Provider',
  flags: 0x20,
  store: 'my',
  userKey: false,
  index: 3,
  isCA: false,
};

/** A CA certificate of test/fixtures/dump/renewed-ca.txt: a KSP key in the machine store recorded with KeySpec 2. */
export const caTarget = (serial: string, change: Partial<RepairTarget> = {}): RepairTarget => ({
  serial,
  subject: 'Fabrikam Issuing CA 1',
  container: 'Fabrikam Issuing CA 1',
  provider: 'Microsoft Software Key Storage Provider',
  flags: 0x20,
  store: 'my',
  userKey: false,
  isCA: true,
  keySpec: 2,
  providerType: 0,
  ...change,
});
