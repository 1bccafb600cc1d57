/**
 * The provider, ProviderType and KeySpec judged together, the same way for a KeyProv.inf's key provider
 * string and a certreq `[NewRequest]`: a KSP takes KeySpec 0 (docs/formats.md §1.5 rule 8, §3.1), and a known provider
 * has one ProviderType (docs/formats.md §3.2-3.3). The codes are the dump's: the meaning is the same.
 */

import { lookupKeySpec } from '../data/keySpec';
import { lookupProvider, mismatchParams } from '../data/providers';
import { report } from '../rules';
import type { Problem, Span } from '../types';
import type { ReplaceData } from './fixData';

export interface ProviderFacts {
  provider?: { name: string; span: Span };
  providerType?: { value: number; span: Span };
  keySpec?: { value: number; text: string; span: Span };
}

export function checkProviderFacts({ provider, providerType, keySpec }: ProviderFacts): Problem[] {
  const problems: Problem[] = [];
  const known = provider ? lookupProvider(provider.name) : undefined;

  if (known && providerType && known.providerType !== providerType.value) {
    const data: ReplaceData = { replacement: String(known.providerType) };
    problems.push(
      report(
        'provider.type-mismatch',
        providerType.span,
        mismatchParams(known, providerType.value),
        { data, related: provider ? [{ ...provider.span, message: 'The provider named here' }] : undefined },
      ),
    );
  }

  // In an INF the provider name is the author's choice, so a known name decides; a ProviderType of 0
  // decides only for a provider this extension does not know (the dump trusts ProviderType instead,
  // because there it is what the store holds).
  const isKsp = known ? known.kind === 'ksp' : providerType?.value === 0;
  if (isKsp && keySpec && keySpec.value !== 0) {
    const symbol = lookupKeySpec(keySpec.value)?.names[0];
    const data: ReplaceData = { replacement: /^\d|^0x/i.test(keySpec.text.trim()) ? '0' : 'AT_NONE' };
    problems.push(
      report(
        'keyspec.ksp-nonzero',
        keySpec.span,
        { keySpec: symbol ? `${keySpec.value} (${symbol})` : keySpec.value, provider: provider?.name ?? `ProviderType ${providerType?.value ?? 0}`, advice: 'Set KeySpec=0 here.' },
        { data, related: provider ? [{ ...provider.span, message: 'The CNG Key Storage Provider that holds the key' }] : undefined },
      ),
    );
  }
  return problems;
}
