import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDump, type DumpCheckOptions } from '../../server/src/service/dump/dumpChecks';
import { parseDump } from '../../server/src/service/dump/dumpParser';
import type { RepairTarget, StoreEvidence } from '../../server/src/service/repair/repairTargetOf';
import { unmark } from './marked';
import { caTarget } from './repairTargets';

const fixtures = path.join(__dirname, '..', 'fixtures', 'dump');
const fixture = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');

/** Asserts the problems of `input`: their codes (and severities) in order, on the `⟦ ⟧` ranges. */
function check(input: string, expected: { code: string; severity?: string }[], options?: DumpCheckOptions): void {
  const { text, ranges } = unmark(input);
  const problems = checkDump(parseDump(text), options);
  assert.deepEqual(
    problems.map((p) => ({ code: p.code, severity: p.severity, range: text.slice(p.start, p.end) })),
    expected.map((e, i) => ({
      code: e.code,
      severity: e.severity ?? problems[i]?.severity,
      range: ranges[i] ? text.slice(ranges[i].start, ranges[i].end) : '<no marker>',
    })),
  );
  problems.forEach((p, i) => assert.deepEqual({ start: p.start, end: p.end }, ranges[i], `range of ${p.code}`));
}

const frame = '================ Certificate 0 ================';
const keyProv = (provider: string, providerTypeLine: string, keySpecLine: string, flags = '20 (32)'): string =>
  [
    '  CERT_KEY_PROV_INFO_PROP_ID(2):',
    '    Key Container = Tailspin CA',
    `    Provider = ${provider}`,
    `    ${providerTypeLine}`,
    `  Flags = ${flags}`,
    `    ${keySpecLine}`,
  ].join('\n');

const machineShown: StoreEvidence = { status: 'shown', found: ['the store header "my"', 'AccessState 6 (local machine system store)'] };

describe('dump diagnostics', () => {
  it('flags a KSP key with KeySpec 2 on the KeySpec line (warning on a leaf)', () => {
    check([frame, 'Serial Number: 0a1b', keyProv('Microsoft Software Key Storage Provider', 'ProviderType = 0', '⟦KeySpec = 2 -- AT_SIGNATURE⟧')].join('\n'), [
      { code: 'keyspec.ksp-nonzero', severity: 'warning' },
    ]);
  });

  it('is an error on a CA certificate (Basic Constraints Subject Type=CA)', () => {
    const text = [
      frame,
      'Serial Number: 0a1b',
      '    2.5.29.19: Flags = 1(Critical), Length = 5',
      '    Basic Constraints',
      '        Subject Type=CA',
      '',
      keyProv('Microsoft Software Key Storage Provider', 'ProviderType = 0', '⟦KeySpec = 2 -- AT_SIGNATURE⟧'),
    ].join('\n');
    check(text, [{ code: 'keyspec.ksp-nonzero', severity: 'error' }]);
  });

  it('is an error on a CA certificate known by its CA Version extension', () => {
    const text = [
      frame,
      'Serial Number: 0a1b',
      '    1.3.6.1.4.1.311.21.1: Flags = 0, Length = 3',
      '    CA Version',
      '        V0.0',
      '',
      keyProv('Microsoft Software Key Storage Provider', 'ProviderType = 0', '⟦KeySpec = 2 -- AT_SIGNATURE⟧'),
    ].join('\n');
    check(text, [{ code: 'keyspec.ksp-nonzero', severity: 'error' }]);
  });

  it('takes the non-CA severity from the options, and can turn it off', () => {
    const text = [frame, 'Serial Number: 0a1b', keyProv('Microsoft Software Key Storage Provider', 'ProviderType = 0', '⟦KeySpec = 1 -- AT_KEYEXCHANGE⟧')].join(
      '\n',
    );
    check(text, [{ code: 'keyspec.ksp-nonzero', severity: 'information' }], { nonCaKeySpecSeverity: 'information' });
    check(text.replace(/[⟦⟧]/g, ''), [], { nonCaKeySpecSeverity: 'off' });
  });

  it('judges by the provider name when it is a known KSP (and says the type contradicts it)', () => {
    check([frame, 'Serial Number: 0a1b', keyProv('Microsoft Platform Crypto Provider', '⟦ProviderType = 1⟧', '⟦KeySpec = 2 -- AT_SIGNATURE⟧')].join('\n'), [
      { code: 'provider.type-mismatch' },
      { code: 'keyspec.ksp-nonzero' },
    ]);
  });

  it('judges an unknown HSM vendor KSP by ProviderType 0', () => {
    check([frame, 'Serial Number: 0a1b', keyProv('Contoso HSM Provider', 'ProviderType = 0', '⟦KeySpec = 2 -- AT_SIGNATURE⟧')].join('\n'), [
      { code: 'keyspec.ksp-nonzero' },
    ]);
  });

  it('leaves a legacy CSP with KeySpec 1 or 2 alone', () => {
    check([frame, 'Serial Number: 0a1b', keyProv('Microsoft Strong Cryptographic Provider', 'ProviderType = 1', 'KeySpec = 2 -- AT_SIGNATURE')].join('\n'), []);
    check(
      [frame, 'Serial Number: 0a1b', keyProv('Microsoft Enhanced Cryptographic Provider v1.0', 'ProviderType = 1', 'KeySpec = 1 -- AT_KEYEXCHANGE')].join('\n'),
      [],
    );
  });

  it('flags a CSP recorded with ProviderType 0', () => {
    check([frame, 'Serial Number: 0a1b', keyProv('Microsoft Strong Cryptographic Provider', '⟦ProviderType = 0⟧', 'KeySpec = 0 -- XCN_AT_NONE')].join('\n'), [
      { code: 'provider.type-mismatch' },
    ]);
  });

  it('is silent on a KSP key with KeySpec 0, in new and old spellings', () => {
    check([frame, 'Serial Number: 0a1b', keyProv('Microsoft Software Key Storage Provider', 'ProviderType = 0', 'KeySpec = 0 -- XCN_AT_NONE')].join('\n'), []);
    check([frame, 'Serial Number: 0a1b', keyProv('nCipher Security World Key Storage Provider', 'ProviderType = 0', 'KeySpec = 0', '20')].join('\n'), []);
  });

  it('says it cannot judge a truncated block instead of guessing', () => {
    const text = [
      frame,
      'Serial Number: 0a1b',
      '  ⟦CERT_KEY_PROV_INFO_PROP_ID(2):⟧',
      '    Key Container = Tailspin CA',
      '    Provider = Microsoft Software Key Storage Provider',
      '    ProviderType = 0',
    ].join('\n');
    check(text, [{ code: 'keyprov.incomplete', severity: 'information' }]);
  });

  it('asks for -v on a dump without key-provider blocks', () => {
    const text = [
      'my "Personal"',
      frame,
      'Serial Number: 0a1b',
      'Subject: CN=web01',
      '  ⟦Key Container = {5F5DD854-CC3B-4F6F-8B99-89FB55FFB67D}⟧',
      '  Provider = Microsoft Software Key Storage Provider',
      'Encryption test passed',
    ].join('\n');
    check(text, [{ code: 'dump.not-verbose', severity: 'information' }]);
  });

  it('carries the repair target in the KeySpec diagnostic', () => {
    const problems = checkDump(parseDump(fixture('renewed-ca.txt')));
    const targets = problems.filter((p) => p.code === 'keyspec.ksp-nonzero').map((p) => p.data as RepairTarget);
    // Both certificates show the store header and AccessState 6 (local machine): the store is shown.
    assert.deepEqual(targets, [
      caTarget('6100000002c0ffee4ab8d1e300000000000002', { index: 0, storeEvidence: machineShown }),
      caTarget('6100000005d1a2b3c4d5e6f700000000000005', { index: 1, storeEvidence: machineShown }),
    ]);
  });

  it('keeps Flags=0 for the INF but does not take it for a user store: without evidence the store is asked', () => {
    const text = [
      'my "Personal"',
      frame,
      'Serial Number: 0a1b',
      'Subject:',
      '    CN=alice',
      keyProv('Microsoft Software Key Storage Provider', 'ProviderType = 0', 'KeySpec = 2 -- AT_SIGNATURE', '0'),
    ].join('\n');
    const [problem] = checkDump(parseDump(text));
    const target = problem.data as RepairTarget;
    assert.deepEqual(
      { ...target, storeEvidence: target.storeEvidence?.status },
      {
        serial: '0a1b',
        subject: 'alice',
        container: 'Tailspin CA',
        provider: 'Microsoft Software Key Storage Provider',
        flags: 0,
        store: 'my',
        userKey: false,
        index: 0,
        isCA: false,
        keySpec: 2,
        providerType: 0,
        storeEvidence: 'missing',
      },
    );
  });

  it('marks a certificate of an echoed `certutil -user` run for -user, whatever its Flags', () => {
    const text = [
      'C:\\>certutil -v -user -store my',
      'my "Personal"',
      frame,
      'Serial Number: 0a1b',
      keyProv('Microsoft Software Key Storage Provider', 'ProviderType = 0', 'KeySpec = 2 -- AT_SIGNATURE', '20 (32)'),
    ].join('\n');
    const target = checkDump(parseDump(text))[0].data as RepairTarget;
    assert.deepEqual([target.store, target.userKey, target.flags, target.storeEvidence?.status], ['my', true, 0x20, 'shown']);
  });

  it('points related information at the container and provider lines', () => {
    const text = fixture('renewed-ca.txt');
    const problem = checkDump(parseDump(text))[0];
    assert.deepEqual(
      problem.related?.map((r) => text.slice(r.start, r.end)),
      ['Key Container = Fabrikam Issuing CA 1', 'Provider = Microsoft Software Key Storage Provider', '2.5.29.19: Flags = 1(Critical), Length = 5'],
    );
  });

  describe('whole fixtures', () => {
    const lineOf = (text: string, offset: number): number => text.slice(0, offset).split(/\r\n|\r|\n/).length - 1;
    const cases: { file: string; crlf?: boolean; expected: [code: string, line: number, severity: string][] }[] = [
      {
        file: 'renewed-ca.txt',
        expected: [
          ['keyspec.ksp-nonzero', 80, 'error'],
          ['keyspec.ksp-nonzero', 172, 'error'],
        ],
      },
      {
        file: 'renewed-ca.txt',
        crlf: true,
        expected: [
          ['keyspec.ksp-nonzero', 80, 'error'],
          ['keyspec.ksp-nonzero', 172, 'error'],
        ],
      },
      { file: 'seed-flattened.txt', expected: [['keyspec.ksp-nonzero', 28, 'warning']] },
      { file: 'german-v.txt', expected: [['keyspec.ksp-nonzero', 41, 'error']] },
      { file: 'old-build-hsm.txt', expected: [['keyspec.ksp-nonzero', 36, 'error']] },
    ];
    for (const c of cases) {
      it(`${c.file}${c.crlf ? ' (CRLF)' : ''}`, () => {
        let text = fixture(c.file);
        if (c.crlf) text = text.replace(/\r?\n/g, '\r\n');
        const problems = checkDump(parseDump(text));
        assert.deepEqual(
          problems.map((p) => [p.code, lineOf(text, p.start), p.severity]),
          c.expected,
        );
        for (const p of problems) assert.match(text.slice(p.start, p.end), /^KeySpec = 2/);
      });
    }
  });
});
