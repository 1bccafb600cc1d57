/** Issue 13 part 3: the certificate at an offset, by binary search: the same answer as a scan, at every offset. */

import * as assert from 'node:assert/strict';
import { certificateAt } from '../../server/src/service/dump/certificateAt';
import { parseDump } from '../../server/src/service/dump/dumpParser';
import { fixtureText } from '../fixtureText';

describe('certificateAt', () => {
  for (const name of ['renewed-ca.txt', 'german-v.txt', 'seed-flattened.txt', 'old-build-hsm.txt']) {
    it(`${name}: agrees with a scan of the certificates at every offset`, () => {
      const text = fixtureText('dump', name);
      const dump = parseDump(text);
      assert.ok(dump.certificates.length > 0);
      for (let offset = 0; offset <= text.length; offset++) {
        const scanned = dump.certificates.find((c) => c.start <= offset && offset <= c.end);
        assert.equal(certificateAt(dump, offset), scanned, `offset ${offset}`);
      }
    });
  }
  it('finds nothing in an empty dump, before the first or after the last certificate', () => {
    assert.equal(certificateAt(parseDump(''), 0), undefined);
    const dump = parseDump('my "Personal"\n================ Certificate 0 ================\nSerial Number: 01\n\n\n');
    assert.equal(certificateAt(dump, 0), undefined);
    assert.equal(certificateAt(dump, dump.certificates[0].start), dump.certificates[0]);
    assert.equal(certificateAt(dump, dump.certificates[0].end + 1), undefined);
  });
});
