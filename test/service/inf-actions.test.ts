import * as assert from 'node:assert/strict';
import { infQuickFixes, type DumpContainer, type InfQuickFix } from '../../server/src/service/inf/infQuickFixes';
import { infKind, parseInf } from '../../server/src/service/inf/infParser';
import { validateInf } from '../../server/src/service/inf/infChecks';
import type { TextEdit } from '../../server/src/service/types';

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/** The quick fixes for the first problem with `code` in `text`. */
function fixesFor(text: string, code: string, dumpContainers?: DumpContainer[]): InfQuickFix[] {
  const doc = parseInf(text);
  const problem = validateInf(doc, infKind(doc)).find((p) => p.code === code);
  assert.ok(problem, `no ${code} in ${JSON.stringify(text)}`);
  return infQuickFixes(doc, text, problem, { dumpContainers });
}

/**
 * Applies fix number `index` for the first `code` problem of `input`, asserts the edited text, and that the
 * edited text no longer has that problem where the fix is preferred (the fix is certain).
 */
function check(input: string, code: string, expected: string, index = 0): InfQuickFix {
  const fixes = fixesFor(input, code);
  assert.ok(fixes[index], `no fix #${index} for ${code}`);
  const output = apply(input, fixes[index].edits);
  assert.equal(output, expected);
  if (fixes[index].isPreferred) {
    const doc = parseInf(output);
    assert.deepEqual(
      validateInf(doc, infKind(doc))
        .filter((p) => p.code === code)
        .map((p) => output.slice(p.start, p.end)),
      [],
    );
  }
  return fixes[index];
}

const lines = (...rows: string[]): string => rows.join('\r\n') + '\r\n';
const head = ['[Properties]', '2 = "{text}"'];
const ksp = '_continue_ = "Provider=Microsoft Software Key Storage Provider&"';

describe('INF quick fixes', () => {
  it('adds the missing &', () => {
    const input = lines(...head, '_continue_ = "Container=c&"', '_continue_ = "Provider=Microsoft Software Key Storage Provider"', '_continue_ = "KeySpec=0"');
    assert.equal(check(input, 'keyprov.missing-ampersand', input.replace('Provider"', 'Provider&"')).isPreferred, true);
  });

  it('removes a trailing &', () => {
    const input = lines(...head, '_continue_ = "Container=c&"', ksp, '_continue_ = "KeySpec=0&"');
    check(input, 'keyprov.trailing-ampersand', input.replace('KeySpec=0&', 'KeySpec=0'));
  });

  it("moves the seed article's // remark to a ; comment line of its own", () => {
    const input = lines(
      '[Properties]',
      '2 = "{text}" ; Add Key Provider Information property',
      '_continue_="Container = Contoso CA&"   // Replace the "CONTAINER_NAME" with the CA Key Container name; Keep the sign \'&\' in the end;',
      '_continue_="Provider = Microsoft Software Key Storage Provider&"',
      '_continue_="KeySpec = 0"',
    );
    const expected = lines(
      '[Properties]',
      '2 = "{text}" ; Add Key Provider Information property',
      '; Replace the "CONTAINER_NAME" with the CA Key Container name',
      '_continue_="Container = Contoso CA&" ; Keep the sign \'&\' in the end;',
      '_continue_="Provider = Microsoft Software Key Storage Provider&"',
      '_continue_="KeySpec = 0"',
    );
    const fix = check(input, 'inf.slash-comment', expected);
    assert.equal(fix.isPreferred, true);
  });

  it('offers to delete a trailing remark, keeping the indentation of the line', () => {
    const input = '[Version]\n  Signature="$Windows NT$" // required\n';
    check(input, 'inf.slash-comment', '[Version]\n  ; required\n  Signature="$Windows NT$"\n');
    check(input, 'inf.slash-comment', '[Version]\n  Signature="$Windows NT$"\n', 1);
  });

  it('turns a // line into a ; comment', () => {
    check('[Properties]\n  // friendly name\n11 = Empty\n', 'inf.slash-comment', '[Properties]\n  ; friendly name\n11 = Empty\n');
  });

  it('sets KeySpec to 0 for a KSP, as the number whichever way the file spelled it', () => {
    const input = lines(...head, '_continue_ = "Container=c&"', ksp, '_continue_ = "KeySpec = 2"');
    assert.equal(check(input, 'keyspec.ksp-nonzero', input.replace('KeySpec = 2', 'KeySpec = 0')).title, 'Set KeySpec to 0 (XCN_AT_NONE)');
    const request = '[NewRequest]\nProviderName = "Microsoft Software Key Storage Provider"\nKeySpec = AT_SIGNATURE\n';
    check(request, 'keyspec.ksp-nonzero', request.replace('AT_SIGNATURE', '0'));
  });

  it('sets the ProviderType the provider has', () => {
    const request = '[NewRequest]\nProviderName = "Microsoft Base Smart Card Crypto Provider"\nProviderType = 0\n';
    assert.equal(check(request, 'provider.type-mismatch', request.replace('= 0', '= 1')).title, 'Set ProviderType to 1');
  });

  it('adds KeySpec=0 to a KSP string that lacks it, with the & the last string needs', () => {
    const input = lines(...head, '_continue_ = "Container=c&"', '_continue_ = "Provider=Microsoft Software Key Storage Provider" ; no KeySpec');
    const expected = lines(
      ...head,
      '_continue_ = "Container=c&"',
      '_continue_ = "Provider=Microsoft Software Key Storage Provider&" ; no KeySpec',
      '_continue_ = "KeySpec=0"',
    );
    assert.equal(check(input, 'keyprov.missing-pair', expected).title, 'Add KeySpec=0');
  });

  it('corrects a misspelt section, value or key', () => {
    check('[Propertes]\n11 = Empty\n', 'inf.misspelt-section', '[Properties]\n11 = Empty\n');
    const policy = '[Version]\nSignature="$Windows NT$"\n[Certsrv_Server]\nCRLPeriod=Year\n';
    assert.equal(check(policy, 'capolicy.bad-value', policy.replace('Year', 'Years')).title, 'Change to Years');
    const oid = '[Version]\nSignature="$Windows NT$"\n[PolicyStatementExtension]\nPolicies=P\n[P]\nOID=OID: 1.3.6.1.4.1.49378.1\n';
    check(oid, 'capolicy.bad-value', oid.replace('OID: ', ''));
    check('[NewRequest]\nValidityPeriod = "Month"\n', 'certreq.bad-value', '[NewRequest]\nValidityPeriod = "Months"\n');
    const key = check('[NewRequest]\nKeyLenght = 2048\n', 'certreq.unknown-key', '[NewRequest]\nKeyLength = 2048\n');
    assert.equal(key.isPreferred, false);
    check(
      lines(...head, '_continue_ = "Container=c&"', ksp, '_continue_ = "KeySepc=0"'),
      'keyprov.unknown-pair',
      lines(...head, '_continue_ = "Container=c&"', ksp, '_continue_ = "KeySpec=0"'),
    );
  });

  it('writes a property id for its name, a straight-quoted signature, a closing quote', () => {
    check('[Properties]\nCERT_FRIENDLY_NAME_PROP_ID = "{text}x"\n', 'inf.property-id', '[Properties]\n11 = "{text}x"\n');
    check('[Version]\nSignature=”$Windows NT$”\n[Properties]\n', 'inf.signature', '[Version]\nSignature="$Windows NT$"\n[Properties]\n');
    check('[Properties]\n11 = "{text}x ; y\n', 'inf.unterminated-quote', '[Properties]\n11 = "{text}x ; y"\n');
    check('[Properties\n11 = Empty\n', 'inf.bad-section-header', '[Properties]\n11 = Empty\n');
  });

  it('offers both readings of a bare Flags number, neither preferred', () => {
    const input = lines(...head, '_continue_ = "Container=c&"', ksp, '_continue_ = "Flags=20&"', '_continue_ = "KeySpec=0"');
    const fixes = fixesFor(input, 'keyprov.flags-not-hex');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.isPreferred ?? false, apply(input, f.edits).includes('Flags=0x20&'), apply(input, f.edits).includes('Flags=0x14&')]),
      [
        ['Write 0x20 (certutil -v prints Flags in hex)', false, true, false],
        ['Write 0x14 (20 read as decimal)', false, false, true],
      ],
    );
  });

  describe('fills a Container placeholder from the open dumps', () => {
    const input = lines(...head, '_continue_ = "Container=CONTAINER_NAME&"', ksp, '_continue_ = "KeySpec=0"');
    const containers: DumpContainer[] = [
      { container: 'Contoso CA', provider: 'Microsoft Software Key Storage Provider', serial: '2100aa', subject: 'CN=Contoso CA' },
      { container: 'Contoso CA(1)', provider: 'Microsoft Software Key Storage Provider', serial: '2100bb' },
      { container: 'Contoso CA', provider: 'Microsoft Software Key Storage Provider', serial: '2100aa' },
      { container: 'le-web-1234', provider: 'Microsoft RSA SChannel Cryptographic Provider', serial: '33cc' },
      { container: 'bad&name', provider: 'Microsoft Software Key Storage Provider', serial: '44dd' },
    ];

    it('one fix per KSP container, none preferred when there are several', () => {
      const fixes = fixesFor(input, 'inf.placeholder', containers);
      assert.deepEqual(
        fixes.map((f) => [f.title, f.isPreferred]),
        [
          ['Use container "Contoso CA" (CN=Contoso CA, serial 2100aa)', false],
          ['Use container "Contoso CA(1)" (serial 2100bb)', false],
        ],
      );
      assert.equal(apply(input, fixes[1].edits), input.replace('CONTAINER_NAME', 'Contoso CA(1)'));
    });

    it('the only container of the named provider is preferred', () => {
      const fixes = fixesFor(
        input.replace('Microsoft Software Key Storage Provider', 'Microsoft RSA SChannel Cryptographic Provider'),
        'inf.placeholder',
        containers,
      );
      assert.deepEqual(
        fixes.map((f) => [f.title, f.isPreferred]),
        [['Use container "le-web-1234" (serial 33cc)', true]],
      );
    });

    it('nothing without dumps, or for a placeholder that is not a container', () => {
      assert.deepEqual(fixesFor(input, 'inf.placeholder'), []);
      assert.deepEqual(fixesFor('[Properties]\n11 = "{text}<name>"\n', 'inf.placeholder', containers), []);
    });
  });

  it('offers nothing where the fix is not certain', () => {
    const input = lines(
      ...head,
      '_continue_ = "Container=c&"',
      ksp,
      '_continue_ = "Provider=Microsoft Software Key Storage Provider&"',
      '_continue_ = "KeySpec=0"',
    );
    assert.deepEqual(fixesFor(input, 'keyprov.duplicate-pair'), []);
    assert.deepEqual(fixesFor('[NewRequest]\nKeyLength = 1024\n', 'certreq.weak-key'), []);
  });
});
