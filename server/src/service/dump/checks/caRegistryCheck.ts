/**
 * The CA's registry view (`certutil -getreg ca\csp` pasted into the dump) against its current certificate
 * (docs/formats.md "CA key health" §H8): `careg.provider-mismatch` (Provider/ProviderType differ from the key
 * provider of the current CA certificate: a warning on both), `careg.cng-hash-on-csp` (CNGHashAlgorithm set
 * while the CA is on a CSP, which reads HashAlgorithm), `careg.hash-confusion` (a KSP CA with only the
 * CryptoAPI HashAlgorithm), `careg.interactive` (Interactive = 1 with an HSM provider: CertSvc waits for a
 * prompt no one sees).
 */

import { lookupProvider } from '../../data/providers';
import { report } from '../../rules';
import type { Problem } from '../../types';
import type { CaRegistry } from '../caRegistry';
import { caRegistries } from '../certificateFacts';
import type { Certificate } from '../dumpParser';
import { isCaCertificate, type HealthContext } from './healthContext';

export function checkCaRegistry(context: HealthContext, problems: Problem[]): void {
  const blocks = caRegistries(context.text, context.dump);
  if (blocks.length === 0) return;
  const current = currentCaCertificate(context);
  for (const block of blocks) checkBlock(context, block, current, problems);
}

function checkBlock(context: HealthContext, block: CaRegistry, current: Certificate | undefined, problems: Problem[]): void {
  const provider = block.values['provider'];
  const providerType = block.values['providertype'];
  const cngHash = block.values['cnghashalgorithm'];
  const hash = block.values['hashalgorithm'];
  const interactive = block.values['interactive'];
  const known = provider ? lookupProvider(provider.raw) : undefined;
  const typeNumber = providerType?.number ?? known?.providerType;
  const onKsp = typeNumber === 0 || known?.kind === 'ksp';

  const keyProv = current?.keyProv;
  if (provider && keyProv?.provider) {
    const certificateType = keyProv.providerType?.value;
    const differs =
      provider.raw.toLowerCase() !== keyProv.provider.value.toLowerCase() ||
      (providerType?.number !== undefined && certificateType !== undefined && providerType.number !== certificateType);
    const severity = context.severity('careg.provider-mismatch', 'warning');
    if (differs && severity !== 'off') {
      const params = {
        registry: `${provider.raw}${providerType?.number !== undefined ? ` (ProviderType ${providerType.number})` : ''}`,
        certificate: `${keyProv.provider.value}${certificateType !== undefined ? ` (ProviderType ${certificateType})` : ''}`,
        index: current?.index ?? '?',
      };
      problems.push(
        report('careg.provider-mismatch', provider, params, {
          severity,
          related: [{ ...keyProv.provider.line, message: 'The key provider of the current CA certificate' }],
        }),
      );
      problems.push(
        report('careg.provider-mismatch', keyProv.provider.line, params, {
          severity,
          related: [{ ...provider, message: "The provider the CA's registry names" }],
        }),
      );
    }
  }
  if (cngHash && typeNumber !== undefined && !onKsp) {
    const severity = context.severity('careg.cng-hash-on-csp', 'warning');
    if (severity !== 'off') problems.push(report('careg.cng-hash-on-csp', cngHash, { value: cngHash.raw }, { severity }));
  }
  if (onKsp && !cngHash && hash && hash.number !== undefined && hash.number !== -1) {
    const severity = context.severity('careg.hash-confusion', 'warning');
    if (severity !== 'off') problems.push(report('careg.hash-confusion', hash, { value: hash.raw }, { severity }));
  }
  if (interactive?.number === 1 && provider && isHsm(provider.raw)) {
    const severity = context.severity('careg.interactive', 'warning');
    if (severity !== 'off') problems.push(report('careg.interactive', interactive, { provider: provider.raw }, { severity }));
  }
}

/** A provider that is not one of Microsoft's software providers: an HSM, whose prompts a service cannot show. */
function isHsm(name: string): boolean {
  return !name.trim().toLowerCase().startsWith('microsoft ');
}

/** The CA certificate with a key that is valid longest: the one CertSvc signs with. */
function currentCaCertificate(context: HealthContext): Certificate | undefined {
  let best: { certificate: Certificate; value: number } | undefined;
  let last: Certificate | undefined;
  for (const certificate of context.dump.certificates) {
    if (!certificate.keyProv || !isCaCertificate(context, certificate)) continue;
    last = certificate;
    const read = context.date(context.facts(certificate).notAfter?.value);
    if (read?.kind === 'date' && (!best || read.value > best.value)) best = { certificate, value: read.value };
  }
  return best?.certificate ?? last;
}
