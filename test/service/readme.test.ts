import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readmePath, renderReadme } from '../../scripts/readmeTables';

describe('README', () => {
  it('lists every diagnostic, setting and command (run `npm run docs` to update it)', () => {
    const readme = fs.readFileSync(readmePath, 'utf8');
    assert.equal(readme, renderReadme(readme));
  });
});
