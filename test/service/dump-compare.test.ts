import * as assert from 'node:assert/strict';
import { changeText, compareDumps, comparisonMarkdown, comparisonProblems } from '../../server/src/service/dump/compare';
import { parseDump } from '../../server/src/service/dump/dumpParser';
import { fixtureText } from '../fixtureText';

const before = fixtureText('dump', 'renewed-ca.txt');

/** The after-repair dump: KeySpec 0 on both CA certificates. */
const fixedAll = before.replace(/KeySpec = 2 -- AT_SIGNATURE/g, 'KeySpec = 0 -- XCN_AT_NONE');

describe('compare dumps', () => {
  it('reports every CA certificate fixed, plainly', () => {
    const comparison = compareDumps(parseDump(before), parseDump(fixedAll));
    assert.deepEqual(
      comparison.rows.map((r) => [r.serial, r.outcome]),
      [
        ['6100000002c0ffee4ab8d1e300000000000002', 'fixed'],
        ['6100000005d1a2b3c4d5e6f700000000000005', 'fixed'],
        ['3a00000017be5f9c1d2e3f40a50000000017', 'fine'],
      ],
    );
    assert.equal(comparison.allCaFixed, true);
    assert.match(comparisonMarkdown(comparison, 'machine.txt', 'machine-after.txt'), /Every CA certificate is fixed/);
  });

  it('tells still broken, changed, appeared and disappeared apart', () => {
    const after = before
      .replace('KeySpec = 2 -- AT_SIGNATURE', 'KeySpec = 0 -- XCN_AT_NONE')
      .replace('Provider = Microsoft RSA SChannel Cryptographic Provider', 'Provider = Microsoft Enhanced RSA and AES Cryptographic Provider')
      .replace('ProviderType = c (12)', 'ProviderType = 18 (24)')
      .replace('Serial Number: 6100000005d1a2b3c4d5e6f700000000000005', 'Serial Number: 7700000009aa');
    const comparison = compareDumps(parseDump(before), parseDump(after));
    assert.deepEqual(
      comparison.rows.map((r) => [r.serial, r.outcome]),
      [
        ['6100000002c0ffee4ab8d1e300000000000002', 'fixed'],
        ['3a00000017be5f9c1d2e3f40a50000000017', 'changed'],
        ['7700000009aa', 'appeared'],
        ['6100000005d1a2b3c4d5e6f700000000000005', 'disappeared'],
      ],
    );
    assert.equal(comparison.allCaFixed, false);
    assert.deepEqual(
      comparison.rows.find((r) => r.outcome === 'changed')?.changes.map((c) => changeText(c)),
      ['Provider: Microsoft RSA SChannel Cryptographic Provider → Microsoft Enhanced RSA and AES Cryptographic Provider', 'ProviderType: 12 → 24'],
    );
  });

  it('says what is still broken when nothing was repaired', () => {
    const comparison = compareDumps(parseDump(before), parseDump(before));
    assert.deepEqual(
      comparison.rows.map((r) => r.outcome),
      ['still-broken', 'still-broken', 'fine'],
    );
    assert.equal(comparison.allCaFixed, false);
    assert.match(comparisonMarkdown(comparison, 'machine.txt', 'machine.txt'), /2 certificate\(s\) still need KeySpec 0/);
  });

  it('marks a certificate only in the later dump as appeared', () => {
    const after = `${fixedAll}\n================ Certificate 3 ================\nSerial Number: 0fed\nSubject:\n    CN=New\n`;
    const comparison = compareDumps(parseDump(before), parseDump(after));
    assert.deepEqual(
      comparison.rows.filter((r) => r.outcome === 'appeared').map((r) => r.serial),
      ['0fed'],
    );
  });

  it('puts fixed, changed and appeared on the later dump as problems', () => {
    const after = fixedAll.replace(
      'Provider = Microsoft RSA SChannel Cryptographic Provider',
      'Provider = Microsoft Enhanced RSA and AES Cryptographic Provider',
    );
    const problems = comparisonProblems(compareDumps(parseDump(before), parseDump(after)), 'machine.txt');
    assert.deepEqual(
      problems.map((p) => [p.code, after.slice(p.start, p.end)]),
      [
        ['compare.fixed', 'KeySpec = 0 -- XCN_AT_NONE'],
        ['compare.fixed', 'KeySpec = 0 -- XCN_AT_NONE'],
        ['compare.changed', 'KeySpec = 1 -- AT_KEYEXCHANGE'],
      ],
    );
  });

  it('shows dump text in the report as written: HTML and Markdown escaped, one row per certificate in three columns', () => {
    const hostile = before.replace(/CN=Fabrikam Issuing CA 1/g, 'CN=<img src=x onerror=alert(1)> *CA* | [x](http://e) & co');
    const comparison = compareDumps(parseDump(hostile), parseDump(hostile.replace(/KeySpec = 2 -- AT_SIGNATURE/g, 'KeySpec = 0 -- XCN_AT_NONE')));
    const markdown = comparisonMarkdown(comparison, 'a<b>.txt', 'b.txt');
    assert.doesNotMatch(markdown, /<img|<b>/);
    assert.match(markdown, /^# KeySpec repair: a&lt;b&gt;\.txt → b\.txt$/m);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| fixed'));
    assert.equal(rows.length, 2, markdown);
    for (const row of rows) {
      assert.equal(row.split(/(?<!\\)\|/).length, 5, `a row with other than three columns: ${row}`);
      assert.match(
        row,
        /^\| fixed \| 2 → 0 \| &lt;img src=x onerror=alert\(1\)&gt; \\\*CA\\\* \\\| \\\[x\\\]\(http:\/\/e\) &amp; co \(CA\)<br>`61[0-9a-f]+` \|$/,
      );
    }
  });
});
