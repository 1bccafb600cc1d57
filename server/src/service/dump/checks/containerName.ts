/**
 * `key.container-inconsistent`: the container name in the certificate's key-provider property is not the
 * name of the key's container (docs/formats.md "CA key health" §H1): certutil's own `ERROR: Container name
 * inconsistent:` line, an empty `Key Container =`, or a `Key Container` that is neither the `Simple container
 * name` certutil read from the key nor that key's unique (file) name, which CSPs also accept.
 */

import { report } from '../../rules';
import type { Problem, Related } from '../../types';
import type { Certificate } from '../dumpParser';
import type { HealthContext } from './healthContext';

/** `<32 hex>_<machine GUID>`: the unique container name, the name of the key's file (docs/formats.md §1.5). */
export const UNIQUE_CONTAINER_NAME = /^([0-9a-f]{32})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function checkContainerName(context: HealthContext, certificate: Certificate, problems: Problem[]): void {
  const facts = context.facts(certificate);
  const keyProv = certificate.keyProv;
  const container = keyProv?.container;
  const simple = facts.simpleContainerName?.value;
  const severity = context.severity('key.container-inconsistent', 'warning');
  if (severity === 'off') return;
  const related: Related[] = [];
  if (facts.simpleContainerName) related.push({ ...facts.simpleContainerName.line, message: 'The name certutil read from the key itself' });
  const which = simple
    ? `Container= in a KeyProv INF takes the Simple container name "${simple}": it is the name the provider knows the key by; the Key Container value is what the certificate remembers.`
    : 'Container= in a KeyProv INF takes the name the provider lists for this key (certutil -key, or certutil -csp "<provider>" -key): the Key Container value is only what the certificate remembers.';

  if (facts.containerInconsistent) {
    problems.push(
      report(
        'key.container-inconsistent',
        facts.containerInconsistent.line,
        { detail: "certutil found that the container named in the certificate is not the key's own container.", which },
        { severity, related },
      ),
    );
    return;
  }
  if (!container) return;
  if (container.value.trim() === '') {
    problems.push(
      report(
        'key.container-inconsistent',
        container.line,
        { detail: 'Key Container is empty: the certificate names no container, so no provider can open its key.', which },
        { severity, related },
      ),
    );
    return;
  }
  if (simple === undefined || simple === container.value || UNIQUE_CONTAINER_NAME.test(container.value)) return;
  problems.push(
    report(
      'key.container-inconsistent',
      container.line,
      { detail: `Key Container "${container.value}" is not the key's container name "${simple}".`, which },
      { severity, related },
    ),
  );
}
