/**
 * The round trip every written KeyProv.inf must survive: read back through this project's own INF parser,
 * the key provider string holds exactly the target's container, provider and flags with ProviderType 0 and
 * KeySpec 0 (what certutil would store), and the project's own validator has nothing loud to say about it.
 */

import { KEY_PROV_INFO_PROP_ID } from '../../server/src/service/data/propertyIds';
import { pairsByName, readKeyProv } from '../../server/src/service/inf/keyProvString';
import { sectionsNamed } from '../../server/src/service/inf/model';
import { infKind, parseInf } from '../../server/src/service/inf/infParser';
import { validateInf } from '../../server/src/service/inf/infChecks';
import { parseNumber } from '../../server/src/service/inf/values';
import type { RepairTarget } from '../../server/src/service/repair/repairTargetOf';

/**
 * Why `text` does not read back as exactly `target`'s key provider information, or undefined when it does.
 * A rollback INF passes the dump's own ProviderType (absent when the dump shows none) and KeySpec as `restores`;
 * it restores the state the validator rightly flags, so the validator is not asked about it.
 */
export function infRoundTripProblem(
  text: string,
  target: RepairTarget,
  restores?: { providerType: number | undefined; keySpec: number | undefined },
): string | undefined {
  const doc = parseInf(text);
  if (infKind(doc, 'KeyProv.inf') !== 'repairstore') return 'the INF is not read as a repairstore INF';
  if (doc.orphans.length > 0) return 'text outside any section';
  const names = doc.sections.map((s) => s.name);
  if (names.join('|') !== 'Version|Properties') return `sections ${JSON.stringify(names)} instead of [Version] and [Properties]`;
  const [properties] = sectionsNamed(doc, 'Properties');
  const heads = properties.entries.filter((e) => !e.isContinue);
  if (heads.length !== 1 || heads[0].key?.text.trim() !== String(KEY_PROV_INFO_PROP_ID))
    return `[Properties] holds ${heads.length} properties, not property 2 alone`;
  const kp = readKeyProv(heads[0]);
  if (kp.missingAmpersands.length > 0 || kp.trailingAmpersand) return 'the key provider string is not joined cleanly';
  const pairCount = restores && restores.providerType === undefined ? 4 : 5;
  if (kp.pairs.length !== pairCount) return `${kp.pairs.length} pairs instead of 5: ${JSON.stringify(kp.pairs.map((p) => p.name))}`;
  const pairs = pairsByName(kp.pairs);
  const read = {
    container: pairs.get('container')?.value,
    provider: pairs.get('provider')?.value,
    providerType: pairs.has('providertype') ? parseNumber(pairs.get('providertype')?.value ?? '') : undefined,
    flags: parseNumber(pairs.get('flags')?.value ?? ''),
    keySpec: parseNumber(pairs.get('keyspec')?.value ?? ''),
  };
  const expected = {
    container: target.container,
    provider: target.provider,
    providerType: restores ? restores.providerType : 0,
    flags: target.flags,
    keySpec: restores ? restores.keySpec : 0,
  };
  if (JSON.stringify(read) !== JSON.stringify(expected))
    return `read back ${JSON.stringify(read).slice(0, 300)}, expected ${JSON.stringify(expected).slice(0, 300)}`;
  if (restores) return undefined;
  const loud = validateInf(doc, 'repairstore').filter((p) => p.severity === 'error' || p.severity === 'warning');
  if (loud.length > 0) return `the project's own validator reports ${loud.map((p) => p.code).join(', ')}`;
  return undefined;
}
