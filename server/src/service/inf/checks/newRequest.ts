/**
 * A certreq request INF's `[NewRequest]` (docs/formats.md §2.3): its keys and values (schemaKeys.ts), then the
 * lint ideas the corpus taught: the provider facts (a KSP ProviderName with a KeySpec other than AT_NONE, a
 * provider and ProviderType that contradict each other; providerFacts.ts), a short RSA key.
 * Rule: `certreq.weak-key` (no fix: the length is the admin's choice).
 */

import { newRequestKeys } from '../../data/certreqSchema';
import { parseKeySpec } from '../../data/keySpec';
import { report } from '../../rules';
import type { Problem } from '../../types';
import { sectionsNamed, type InfEntry } from '../model';
import { parseNumber } from '../values';
import type { InfCheckContext } from './infCheckContext';
import { checkProviderFacts } from './providerFacts';
import { checkKeyedEntries, type EntriesByKey } from './schemaKeys';

export function checkNewRequest({ doc, kind, options }: InfCheckContext): Problem[] {
  if (kind !== 'certreq') return [];
  const sections = sectionsNamed(doc, 'NewRequest');
  const { problems, byKey } = checkKeyedEntries(sections, newRequestKeys, { unknownKey: 'certreq.unknown-key', badValue: 'certreq.bad-value' });
  problems.push(...checkProviderFacts(providerFacts(byKey), { program: 'certreq', options }));
  problems.push(...checkKeyLength(byKey));
  return problems;
}

function providerFacts(byKey: EntriesByKey): Parameters<typeof checkProviderFacts>[0] {
  const provider = byKey.get('ProviderName');
  const providerType = byKey.get('ProviderType');
  const keySpec = byKey.get('KeySpec');
  const typeValue = providerType ? parseNumber(providerType.value.text) : undefined;
  const keySpecValue = keySpec ? parseKeySpec(keySpec.value.text) : undefined;
  return {
    provider:
      provider && provider.value.text.trim() !== ''
        ? { name: provider.value.text.trim(), span: provider.value.span, quoted: provider.value.quoted }
        : undefined,
    providerType: providerType && typeValue !== undefined ? { value: typeValue, span: providerType.value.span } : undefined,
    keySpec: keySpec && keySpecValue !== undefined ? { value: keySpecValue, text: keySpec.value.text, span: keySpec.value.span } : undefined,
  };
}

function checkKeyLength(byKey: EntriesByKey): Problem[] {
  const length: InfEntry | undefined = byKey.get('KeyLength');
  const algorithm = byKey.get('KeyAlgorithm')?.value.text.trim().toUpperCase() ?? 'RSA';
  const bits = length ? parseNumber(length.value.text) : undefined;
  if (!length || bits === undefined || algorithm !== 'RSA' || bits >= 2048) return [];
  return [report('certreq.weak-key', length.value.span, { value: bits })];
}
