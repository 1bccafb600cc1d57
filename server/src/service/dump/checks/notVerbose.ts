/** `dump.not-verbose`: a `-store` dump made without `-v` shows no KeySpec, so none can be judged (docs/formats.md §1.4). */

import { report } from '../../rules';
import type { Problem } from '../../types';
import type { DumpDocument } from '../dumpParser';

const STORE_RUNS = new Set(['store', 'viewstore', 'dump']);

function isStoreRun(verb: string | undefined): boolean {
  return verb === undefined || STORE_RUNS.has(verb);
}

/** Once per dump, on the first plain key line. */
export function checkNotVerbose(dump: DumpDocument, problems: Problem[]): void {
  if (dump.verbose) return;
  // Only a store or dump run is "made without -v": `-scinfo`, `-key` and other verbs print key lines of their own.
  const plain = dump.certificates.find((c) => (c.plainKey?.container ?? c.plainKey?.provider) && isStoreRun(c.context?.command?.verb));
  const line = plain?.plainKey?.container?.line ?? plain?.plainKey?.provider?.line;
  if (line) problems.push(report('dump.not-verbose', line, { store: dump.store?.name ?? 'my' }));
}
