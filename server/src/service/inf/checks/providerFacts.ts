/**
 * The provider, ProviderType and KeySpec judged together, the same way for a KeyProv.inf's key provider string
 * and a certreq `[NewRequest]` (docs/formats.md §3.1-3.3, §6.4-6.9). "Is this a KSP key" is `isKspKey` (data/providers.ts),
 * the rule the dump side uses too. The codes `keyspec.ksp-nonzero` and `provider.type-mismatch` are the dump's:
 * the meaning is the same.
 * Rules: `keyspec.ksp-nonzero`, `provider.type-mismatch`, `keyspec.csp-none`, `provider.type-unknown`,
 * `provider.algorithm-prefix`.
 */

import { keySpecShown } from '../../data/keySpec';
import { isKspKey, lookupProvider, mismatchParams, splitAlgorithmPrefix } from '../../data/providers';
import { lookupProviderType } from '../../data/providerTypes';
import { report } from '../../rules';
import type { Problem, Severity, Span } from '../../types';
import { dataWith, replaceFix, type ChoicesData, type InfFixTable, type ReplaceData } from '../fixData';
import type { InfCheckOptions } from './infCheckContext';

export interface ProviderFacts {
  /** The provider as written; `quoted` when its value is in quotes (a fix keeps them). */
  provider?: { name: string; span: Span; quoted?: boolean };
  providerType?: { value: number; span: Span };
  keySpec?: { value: number; text: string; span: Span };
}

/** Where the facts were read: a KeyProv.inf writes them as is; certreq hands them to CertEnroll, which adjusts. */
export interface ProviderFactsWhere {
  program: 'certutil' | 'certreq';
  options: InfCheckOptions;
}

export function checkProviderFacts({ provider, providerType, keySpec }: ProviderFacts, where: ProviderFactsWhere): Problem[] {
  const problems: Problem[] = [];
  const prefix = provider ? splitAlgorithmPrefix(provider.name) : undefined;
  if (provider && prefix) {
    const data: ReplaceData = { replacement: provider.quoted ? `"${prefix.provider}"` : prefix.provider };
    problems.push(
      report('provider.algorithm-prefix', provider.span, { algorithm: prefix.algorithm, provider: prefix.provider, program: where.program }, { data }),
    );
  }
  // The provider meant, prefix or not: `RSA#Microsoft Software Key Storage Provider` is still a KSP.
  const name = prefix?.provider ?? provider?.name;
  const known = name !== undefined ? lookupProvider(name) : undefined;

  if (known && providerType && known.providerType !== providerType.value) {
    const data: ReplaceData = { replacement: String(known.providerType) };
    const related = provider ? [{ ...provider.span, message: 'The provider named here' }] : undefined;
    problems.push(report('provider.type-mismatch', providerType.span, mismatchParams(known, providerType.value), { data, related }));
  } else if (providerType && !lookupProviderType(providerType.value)) {
    problems.push(report('provider.type-unknown', providerType.span, { value: providerType.value }));
  }

  const ksp = isKspKey(name, providerType?.value);
  if (ksp === true && keySpec && keySpec.value !== 0) {
    const severity = kspNonzeroSeverity(where);
    if (severity !== 'off') {
      // Always the number: every reader of an INF takes `0`, and it needs no symbol name.
      const data: ReplaceData = { replacement: '0' };
      const advice =
        where.program === 'certreq'
          ? 'certreq creates a new CNG key, which has no key spec (CertEnroll sets KeySpec 0 for a KSP); write KeySpec=0 or leave it out so the file says what happens.'
          : 'Set KeySpec=0 here.';
      problems.push(
        report(
          'keyspec.ksp-nonzero',
          keySpec.span,
          {
            certificate: '',
            keySpec: keySpecShown(keySpec.value),
            provider: name ?? `ProviderType ${providerType?.value ?? 0}`,
            advice,
          },
          { severity, data, related: provider ? [{ ...provider.span, message: 'The CNG Key Storage Provider that holds the key' }] : undefined },
        ),
      );
    }
  }
  if (ksp === false && keySpec && keySpec.value === 0) {
    const numeric = isNumeric(keySpec.text);
    const data: ChoicesData = {
      choices: [
        { title: `Set KeySpec to ${keySpecShown(1)}`, replacement: numeric ? '1' : 'AT_KEYEXCHANGE' },
        { title: `Set KeySpec to ${keySpecShown(2)}`, replacement: numeric ? '2' : 'AT_SIGNATURE' },
      ],
    };
    const what = name ?? `ProviderType ${providerType?.value ?? '?'}`;
    // certreq hands KeySpec to CertEnroll, which turns KeySpec 0 into AT_SIGNATURE for a CSP; certutil writes it as is.
    const severity: Severity = where.program === 'certreq' ? 'warning' : 'error';
    problems.push(report('keyspec.csp-none', keySpec.span, { provider: what, program: where.program }, { severity, data }));
  }
  return problems;
}

/** A KeyProv.inf sets the key link as written: error. In a request, the non-CA setting applies (docs/formats.md §6.6). */
function kspNonzeroSeverity(where: ProviderFactsWhere): Severity | 'off' {
  return where.program === 'certutil' ? 'error' : where.options.nonCaKeySpecSeverity;
}

function isNumeric(text: string): boolean {
  return /^\d|^0x/i.test(text.trim());
}

export const providerFactsFixes: InfFixTable = {
  'keyspec.ksp-nonzero': replaceFix('Set KeySpec to {r}', { shown: (r) => (r === '0' ? keySpecShown(0) : r) }),
  'provider.type-mismatch': replaceFix('Set ProviderType to {r}'),
  'provider.algorithm-prefix': replaceFix('Write the provider name alone: {r}'),
  'keyspec.csp-none': ({ problem }) =>
    (dataWith<ChoicesData>(problem, 'choices')?.choices ?? []).map((c) => ({
      title: c.title,
      edits: [{ start: problem.start, end: problem.end, newText: c.replacement }],
    })),
};
