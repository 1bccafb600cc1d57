/**
 * `key.container-hash` (Information, off by default): the hex before `_<MachineGuid>` in a unique container
 * name is derived from the container name: MD5 over the lower-cased name with its terminating NUL, ANSI bytes
 * for a CryptoAPI (CSP) key and UTF-16LE for a CNG (KSP) key, printed as four 32-bit words. Checked against
 * the public samples of docs/formats.md "CA key health" §H3. A mismatch means the dump was edited or retyped.
 */

import { lookupProvider } from '../../data/providers';
import { report } from '../../rules';
import type { Problem } from '../../types';
import { md5Words } from '../md5';
import type { Certificate } from '../dumpParser';
import { UNIQUE_CONTAINER_NAME } from './containerName';
import type { HealthContext } from './healthContext';

/** The hex a unique container name starts with for `name` in a key of this kind, or undefined when it cannot be computed. */
export function containerHash(name: string, kind: 'ksp' | 'csp'): string | undefined {
  const lower = name.toLowerCase();
  let bytes: Uint8Array;
  if (kind === 'ksp') {
    bytes = new Uint8Array((lower.length + 1) * 2);
    for (let i = 0; i < lower.length; i++) {
      bytes[2 * i] = lower.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = lower.charCodeAt(i) >>> 8;
    }
  } else {
    // The ANSI code page of the machine is not in the dump: only ASCII names have known bytes.
    if (/[^\x00-\x7f]/.test(lower)) return undefined;
    bytes = new Uint8Array(lower.length + 1);
    for (let i = 0; i < lower.length; i++) bytes[i] = lower.charCodeAt(i);
  }
  return md5Words(bytes)
    .map((w) => w.toString(16).padStart(8, '0'))
    .join('');
}

export function checkContainerHash(context: HealthContext, certificate: Certificate, problems: Problem[]): void {
  const severity = context.severity('key.container-hash', 'information');
  const keyProv = certificate.keyProv;
  if (severity === 'off' || !keyProv?.container) return;
  const facts = context.facts(certificate);
  const container = keyProv.container.value;
  // The KSP form names the key and shows the file; the other CSP form stores the file name and shows the simple name.
  const storedIsUnique = UNIQUE_CONTAINER_NAME.exec(container);
  const name = storedIsUnique ? facts.simpleContainerName?.value : container;
  const uniqueField = storedIsUnique
    ? keyProv.container
    : (facts.uniqueContainerName ?? (keyProv.containerName && UNIQUE_CONTAINER_NAME.test(keyProv.containerName.value) ? keyProv.containerName : undefined));
  const unique = uniqueField ? UNIQUE_CONTAINER_NAME.exec(uniqueField.value) : null;
  if (name === undefined || !uniqueField || !unique) return;
  const providerType = keyProv.providerType?.value;
  const known = keyProv.provider ? lookupProvider(keyProv.provider.value) : undefined;
  const kind = providerType === 0 || known?.kind === 'ksp' ? 'ksp' : providerType !== undefined || known ? 'csp' : undefined;
  if (!kind) return;
  const expected = containerHash(name, kind);
  const actual = unique[1].toLowerCase();
  if (expected === undefined || expected === actual) return;
  problems.push(
    report(
      'key.container-hash',
      uniqueField.line,
      { actual, container: name, encoding: kind === 'ksp' ? 'UTF-16LE, CNG key' : 'ANSI, CryptoAPI key', expected },
      { severity: severity === 'hint' ? 'hint' : 'information' },
    ),
  );
}
