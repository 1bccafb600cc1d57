/** Finding the certificate at an offset: a binary search over the certificates' starts, never a scan. */

import type { Certificate, DumpDocument } from './dumpParser';

/**
 * The certificate whose span holds `offset` (start and end included), in O(log n). Certificates come in text
 * order and do not overlap, so the last one starting at or before `offset` is the only candidate.
 */
export function certificateAt(dump: DumpDocument, offset: number): Certificate | undefined {
  const certificates = dump.certificates;
  let low = 0;
  let high = certificates.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (certificates[middle].start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const certificate = found >= 0 ? certificates[found] : undefined;
  return certificate && offset <= certificate.end ? certificate : undefined;
}
