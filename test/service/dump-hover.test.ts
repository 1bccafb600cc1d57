import * as assert from 'node:assert/strict';
import { dumpHover } from '../../server/src/service/dump/dumpHover';
import { parseDump } from '../../server/src/service/dump/dumpParser';

/** One certificate with a key-provider block; `|` marks where the hover is asked. */
function hoverAt(provider: string, providerType: string, keySpec: string, marked: 'keySpec' | 'decode'): { text: string; contents: string; covered: string } {
  const lines = [
    'my "Personal"',
    '================ Certificate 0 ================',
    'Serial Number: 0a1b',
    '  CERT_KEY_PROV_INFO_PROP_ID(2):',
    '    Key Container = c1',
    `    Provider = ${provider}`,
    `    ProviderType = ${providerType}`,
    '    Flags = 20 (32)',
    `      ${marked === 'decode' ? 'CRYPT_MACHINE_|KEYSET' : 'CRYPT_MACHINE_KEYSET'} -- 20 (32)`,
    `    ${marked === 'keySpec' ? 'Key|Spec' : 'KeySpec'} = ${keySpec}`,
    '',
  ];
  const markedText = lines.join('\n');
  const offset = markedText.indexOf('|');
  const text = markedText.replace('|', '');
  const hover = dumpHover(parseDump(text), offset);
  assert.ok(hover, `no hover at ${offset}`);
  return { text, contents: hover.contents, covered: text.slice(hover.span.start, hover.span.end) };
}

describe('dump hover', () => {
  it('calls KeySpec 1 right in a legacy CSP and wrong in a KSP', () => {
    const csp = hoverAt('Microsoft RSA SChannel Cryptographic Provider', 'c (12)', '1 -- AT_KEYEXCHANGE', 'keySpec');
    assert.equal(csp.covered, 'KeySpec = 1 -- AT_KEYEXCHANGE');
    assert.doesNotMatch(csp.contents, /KeySpec must be 0/);
    const ksp = hoverAt('Microsoft Software Key Storage Provider', '0', '1 -- AT_KEYEXCHANGE', 'keySpec');
    assert.match(ksp.contents, /KeySpec must be 0/);
  });

  it('explains the flag names certutil prints under Flags', () => {
    const hover = hoverAt('Microsoft Software Key Storage Provider', '0', '0 -- XCN_AT_NONE', 'decode');
    assert.equal(hover.covered.trim(), 'CRYPT_MACHINE_KEYSET -- 20 (32)');
    assert.match(hover.contents, /^\*\*Flags\*\* 0x20 \(32\): CRYPT_MACHINE_KEYSET/);
  });
});
