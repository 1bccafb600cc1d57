/** `dump.not-verbose`: a `-store` dump made without `-v` shows no KeySpec, so none can be judged (docs/formats.md §1.4). */

import { report } from '../../rules';
import type { Problem } from '../../types';
import type { DumpDocument } from '../parser';

/** Once per dump, on the first plain key line. */
export function checkNotVerbose(dump: DumpDocument, problems: Problem[]): void {
  if (dump.verbose) return;
  const plain = dump.certificates.find((c) => c.plainKey?.container ?? c.plainKey?.provider);
  const line = plain?.plainKey?.container?.line ?? plain?.plainKey?.provider?.line;
  if (line) problems.push(report('dump.not-verbose', line, { store: dump.store?.name ?? 'my' }));
}
