/**
 * The CA's registry view (`certutil -getreg ca\csp` pasted into the dump) against its current certificate
 * (docs/formats.md "CA key health" §H8): `careg.provider-mismatch` (Provider/ProviderType differ from the key
 * provider of the current CA certificate: a warning on both), `careg.cng-hash-on-csp` (CNGHashAlgorithm set
 * while the CA is on a CSP, which reads HashAlgorithm), `careg.hash-confusion` (a KSP CA with only the
 * CryptoAPI HashAlgorithm), `careg.interactive` (Interactive = 1 with an HSM provider: the provider may show
 * dialogs when CertSvc uses the key; Information, as some HSM setups need it). The registry view may also be a document of its own beside the dump (a `csp.txt` holding
 * only the getreg output): then each document reports the mismatch on its own line.
 */

import { lookupProvider } from '../../data/providers';
import { report } from '../../rules';
import type { Problem } from '../../types';
import type { CaRegistry } from '../caRegistry';
import { caRegistries } from '../certificateFacts';
import type { Certificate, DumpDocument } from '../dumpParser';
import { isCaCertificate, type HealthContext } from './healthContext';

/** Another open dump document in the same folder: a registry view beside a dump, or the dump beside a registry view. */
export interface BesideDocument {
  /** Its file name, for the message. */
  fileName: string;
  dump: DumpDocument;
  text: string;
}

/** A document beside this one, with the health context its own checks would use. */
export interface Beside {
  fileName: string;
  context: HealthContext;
}

export function checkCaRegistry(context: HealthContext, problems: Problem[], beside: readonly Beside[] = []): void {
  const blocks = caRegistries(context.text, context.dump);
  if (blocks.length === 0 && beside.length === 0) return;
  const current = currentCaCertificate(context);
  for (const block of blocks) checkBlock(context, block, current, problems);
  // A registry view of its own (no CA certificate here) or a dump without one: compared with the document beside it.
  if (blocks.length > 0 === (current !== undefined)) return;
  for (const other of beside) {
    const otherBlocks = caRegistries(other.context.text, other.context.dump);
    const otherCurrent = currentCaCertificate(other.context);
    if (current && otherBlocks.length > 0 && !otherCurrent)
      for (const block of otherBlocks) mismatch(context, block, current, problems, { side: 'certificate', registryIn: other.fileName });
    else if (!current && otherCurrent && otherBlocks.length === 0)
      for (const block of blocks) mismatch(context, block, otherCurrent, problems, { side: 'registry', certificateIn: other.fileName });
  }
}

/** Which lines get the mismatch: both (one document), or only this document's when the other side is beside it. */
type Sides = { side: 'both' } | { side: 'registry'; certificateIn: string } | { side: 'certificate'; registryIn: string };

/** `careg.provider-mismatch` when the block's Provider/ProviderType differ from the key provider of `current`. */
function mismatch(context: HealthContext, block: CaRegistry, current: Certificate, problems: Problem[], sides: Sides): void {
  const provider = block.values['provider'];
  const providerType = block.values['providertype'];
  const keyProv = current.keyProv;
  if (!provider || !keyProv?.provider) return;
  const certificateType = keyProv.providerType?.value;
  const differs =
    provider.raw.toLowerCase() !== keyProv.provider.value.toLowerCase() ||
    (providerType?.number !== undefined && certificateType !== undefined && providerType.number !== certificateType);
  const severity = context.severity('careg.provider-mismatch', 'warning');
  if (!differs || severity === 'off') return;
  const params = {
    registry: `${provider.raw}${providerType?.number !== undefined ? ` (ProviderType ${providerType.number})` : ''}${sides.side === 'certificate' ? ` (in ${sides.registryIn})` : ''}`,
    certificate: `${keyProv.provider.value}${certificateType !== undefined ? ` (ProviderType ${certificateType})` : ''}`,
    index: `${current.index ?? '?'}${sides.side === 'registry' ? ` of ${sides.certificateIn}` : ''}`,
  };
  if (sides.side !== 'certificate')
    problems.push(
      report('careg.provider-mismatch', provider, params, {
        severity,
        ...(sides.side === 'both' ? { related: [{ ...keyProv.provider.line, message: 'The key provider of the current CA certificate' }] } : {}),
      }),
    );
  if (sides.side !== 'registry')
    problems.push(
      report('careg.provider-mismatch', keyProv.provider.line, params, {
        severity,
        ...(sides.side === 'both' ? { related: [{ ...provider, message: "The provider the CA's registry names" }] } : {}),
      }),
    );
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

  if (current) mismatch(context, block, current, problems, { side: 'both' });
  if (cngHash && typeNumber !== undefined && !onKsp) {
    const severity = context.severity('careg.cng-hash-on-csp', 'warning');
    if (severity !== 'off') problems.push(report('careg.cng-hash-on-csp', cngHash, { value: cngHash.raw }, { severity }));
  }
  if (onKsp && !cngHash && hash && hash.number !== undefined && hash.number !== -1) {
    const severity = context.severity('careg.hash-confusion', 'warning');
    if (severity !== 'off') problems.push(report('careg.hash-confusion', hash, { value: hash.raw }, { severity }));
  }
  if (interactive?.number === 1 && provider && isHsm(provider.raw)) {
    const severity = context.severity('careg.interactive', 'information');
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
