import * as assert from 'node:assert/strict';
import { diagnose, healthReport, parse } from '../../server/src/service/languageService';
import { defaultCheckOptions } from '../../server/src/service/options';

const TODAY = Date.UTC(2026, 11, 1);
const NONCE = 'abcdefghijklmnop1234';

function caCert(index: number, serial: string, subject: string, notBefore: string, notAfter: string, hash: string, status: string): string {
  return [
    `================ Certificate ${index} ================`,
    `Serial Number: ${serial}`,
    ` NotBefore: ${notBefore}`,
    ` NotAfter: ${notAfter}`,
    'Subject:',
    `    CN=${subject}`,
    '    2.5.29.19: Flags = 1(Critical), Length = 5',
    '    Basic Constraints',
    '        Subject Type=CA',
    '',
    `Key Id Hash(sha1): ${hash}`,
    status,
  ].join('\n');
}

const text = [
  'my "Personal"',
  caCert(0, '01', 'Fabrikam <script>alert(1)</script> CA', '3/2/2016 9:24 AM', '3/2/2026 9:24 AM', 'aa'.repeat(20), 'Signature test passed'),
  caCert(1, '02', 'Fabrikam <script>alert(1)</script> CA', '3/2/2026 9:24 AM', '3/2/2036 9:24 AM', 'aa'.repeat(20), 'Missing stored keyset'),
].join('\n');

describe('CA key health report', () => {
  const parsed = parse('certutil-dump', text)!;
  const options = { ...defaultCheckOptions, today: TODAY };
  const html = healthReport(parsed, options, NONCE)!;

  it("sets a strict Content-Security-Policy whose only allowance is the style block's nonce", () => {
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abcdefghijklmnop1234';">/);
    assert.equal((html.match(/<style nonce="abcdefghijklmnop1234">/g) ?? []).length, 1);
    assert.doesNotMatch(html, /<script/i);
  });
  it('escapes every value from the dump', () => {
    assert.match(html, /Fabrikam &lt;script&gt;alert\(1\)&lt;\/script&gt; CA/);
  });
  it('draws one bar per CA generation, joins bars of one key, marks today and the broken one', () => {
    assert.equal((html.match(/<rect class="bar/g) ?? []).length, 2);
    assert.equal((html.match(/<rect class="bar broken"/g) ?? []).length, 1);
    assert.equal((html.match(/<line class="link"/g) ?? []).length, 1);
    assert.equal((html.match(/<line class="today"/g) ?? []).length, 1);
  });
  it('lists each finding under its certificate', () => {
    for (const p of diagnose(parsed, options)) assert.ok(html.includes(`<code>${p.code}</code>`), p.code);
  });
  it('refuses a nonce that is not plain, and needs today', () => {
    assert.equal(healthReport(parsed, options, "x' 'unsafe-inline"), undefined);
    assert.equal(healthReport(parsed, defaultCheckOptions, NONCE), undefined);
  });
});
