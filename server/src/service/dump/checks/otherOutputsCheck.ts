/**
 * Checks on other certutil outputs (docs/formats.md §D.5): `certutil -getreg ca\csp` (or `ca\EncryptionCSP`)
 * prints the CA's `Provider` and `ProviderType`; a known provider with the wrong type is the same
 * contradiction `provider.type-mismatch` reports in a key-provider block.
 */

import { lookupProvider, mismatchParams } from '../../data/providers';
import { report } from '../../rules';
import type { Problem } from '../../types';
import type { DumpDocument } from '../dumpParser';

/** The checks that apply to the lines of other outputs. */
export function checkOtherOutputs(dump: DumpDocument, problems: Problem[]): void {
  const entries = dump.otherOutputs ?? [];
  let provider: string | undefined;
  for (const entry of entries) {
    if (entry.kind === 'command') provider = undefined;
    if (entry.kind !== 'registry') continue;
    if (entry.name.toLowerCase() === 'provider') provider = entry.detail;
    if (entry.name.toLowerCase() !== 'providertype' || provider === undefined || !entry.value) continue;
    const known = lookupProvider(provider);
    const type = /^(?:0x)?([0-9a-f]+)(?:\s*\((\d+)\))?$/i.exec(entry.value.text);
    if (!known || !type) continue;
    const providerType = type[2] !== undefined ? Number(type[2]) : parseInt(type[1], 16);
    if (known.providerType !== providerType) problems.push(report('provider.type-mismatch', entry.value, mismatchParams(known, providerType)));
  }
}
