import * as assert from 'node:assert/strict';
import { repairFiles } from '../../server/src/service/repair/repairJob';
import type { RepairHost } from '../../server/src/service/repair/fileNames';
import { checkDump } from '../../server/src/service/dump/dumpChecks';
import { parseDump } from '../../server/src/service/dump/dumpParser';
import { writeRepairInf, writeRollbackInf } from '../../server/src/service/repair/repairInf';
import type { RepairTarget } from '../../server/src/service/repair/repairTargetOf';
import { seedTarget } from './repairTargets';
import { fixtureText } from '../fixtureText';

const seedInf = [
  '; KeyProv-21000000044a30cdeaaaae7b08000000000004.inf: sets KeySpec=0 on the key provider information of one certificate.',
  '; Subject: Contoso CA',
  '; Serial number: 21000000044a30cdeaaaae7b08000000000004',
  '; Container, Provider and Flags are copied from the certutil dump.',
  ';',
  '; Repair (elevated command prompt, in the folder of this file):',
  ';   certutil -repairstore my "21000000044a30cdeaaaae7b08000000000004" KeyProv-21000000044a30cdeaaaae7b08000000000004.inf',
  '; Verify (CERT_KEY_PROV_INFO_PROP_ID(2) must show KeySpec = 0 -- XCN_AT_NONE):',
  ';   certutil -v -store my "21000000044a30cdeaaaae7b08000000000004"',
  '',
  '[Version]',
  'Signature="$Windows NT$"',
  '',
  '[Properties]',
  '2 = "{text}"',
  '_continue_ = "Container=Contoso CA&"',
  '_continue_ = "Provider=Microsoft Software Key Storage Provider&"',
  '_continue_ = "ProviderType=0&"',
  '_continue_ = "Flags=0x20&"',
  '_continue_ = "KeySpec=0"',
  '',
].join('\r\n');

describe('repair INF', () => {
  it("writes the seed article certificate's KeyProv.inf byte for byte", () => {
    assert.deepEqual(writeRepairInf(seedTarget), { ok: true, fileName: 'KeyProv-21000000044a30cdeaaaae7b08000000000004.inf', text: seedInf });
  });

  it('writes it from the dump: the Key Container, not the unique container name', () => {
    const text = fixtureText('dump', 'seed-flattened.txt');
    const [problem] = checkDump(parseDump(text));
    assert.deepEqual(writeRepairInf(problem.data as RepairTarget), { ok: true, fileName: 'KeyProv-21000000044a30cdeaaaae7b08000000000004.inf', text: seedInf });
  });

  it('gives a user key Flags=0 and -user in both commands', () => {
    const result = writeRepairInf({ ...seedTarget, flags: 0, userKey: true });
    assert.ok(result.ok);
    assert.match(result.text, /\r\n_continue_ = "Flags=0&"\r\n/);
    assert.match(result.text, /;   certutil -user -repairstore my "21000000044a30cdeaaaae7b08000000000004" KeyProv-/);
    assert.match(result.text, /;   certutil -user -v -store my "21000000044a30cdeaaaae7b08000000000004"\r\n/);
  });

  it('keeps other flag bits in hex and quotes a store name with a space', () => {
    const result = writeRepairInf({ ...seedTarget, flags: 0x60, store: 'Remote Desktop' });
    assert.ok(result.ok);
    assert.match(result.text, /"Flags=0x60&"/);
    assert.match(result.text, /-repairstore "Remote Desktop" "21000000044a30cdeaaaae7b08000000000004"/);
  });

  it('keeps spaces and parentheses in a container verbatim', () => {
    const result = writeRepairInf({ ...seedTarget, container: 'Certificate-LTD-CA(1)' });
    assert.ok(result.ok);
    assert.match(result.text, /"Container=Certificate-LTD-CA\(1\)&"/);
  });

  const refusals: [string, Partial<RepairTarget>][] = [
    ['an & in the container', { container: 'R&D CA' }],
    ['a quote in the container', { container: 'The "Best" CA' }],
    ['a % in the provider', { provider: '100% HSM Key Storage Provider' }],
    ['non-ASCII in the container', { container: 'Müller CA' }],
    ['a control character in the container', { container: 'CA\u0007' }],
    ['a leading space in the container', { container: ' CA' }],
    ['an empty container', { container: '' }],
    ['a serial that is not hex', { serial: '21000000" & calc & "' }],
    ['a store name with a quote', { store: 'my" & calc' }],
  ];
  for (const [name, change] of refusals) {
    it(`refuses ${name}, saying why`, () => {
      const result = writeRepairInf({ ...seedTarget, ...change });
      assert.equal(result.ok, false);
      assert.ok(!result.ok && result.reason.length > 20);
    });
  }

  it('never overwrites: takes the first free numbered name', () => {
    const taken = new Set(['KeyProv-21000000044a30cdeaaaae7b08000000000004.inf', 'KeyProv-21000000044a30cdeaaaae7b08000000000004-2.inf']);
    const job = repairFiles(
      { targets: [seedTarget], folder: 'file:///ws', scripts: false },
      hostTaking((name) => taken.has(name)),
    );
    assert.ok(job.ok);
    const result = job.files[0];
    assert.equal(result.fileName, 'KeyProv-21000000044a30cdeaaaae7b08000000000004-3.inf');
    assert.match(result.text, /^; KeyProv-21000000044a30cdeaaaae7b08000000000004-3\.inf: /);
    assert.match(result.text, / KeyProv-21000000044a30cdeaaaae7b08000000000004-3\.inf\r\n/);
  });

  it('gives up with a reason when every name is taken', () => {
    const result = repairFiles(
      { targets: [seedTarget], folder: 'file:///ws', scripts: false },
      hostTaking(() => true),
    );
    assert.equal(result.ok, false);
  });
});

describe('rollback INF', () => {
  const before: RepairTarget = { ...seedTarget, keySpec: 2, providerType: 0 };

  it('puts the key provider property back exactly as the dump showed it, KeySpec and ProviderType included', () => {
    const result = writeRollbackInf(before);
    assert.ok(result.ok);
    assert.equal(result.fileName, 'rollback-21000000044a30cdeaaaae7b08000000000004.inf');
    const body = result.text.split('\r\n').filter((l) => l && !l.startsWith(';'));
    assert.deepEqual(body, [
      '[Version]',
      'Signature="$Windows NT$"',
      '[Properties]',
      '2 = "{text}"',
      '_continue_ = "Container=Contoso CA&"',
      '_continue_ = "Provider=Microsoft Software Key Storage Provider&"',
      '_continue_ = "ProviderType=0&"',
      '_continue_ = "Flags=0x20&"',
      '_continue_ = "KeySpec=2"',
    ]);
    assert.match(result.text, /;   certutil -repairstore my "21000000044a30cdeaaaae7b08000000000004" rollback-21000000044a30cdeaaaae7b08000000000004\.inf\r\n/);
  });

  it('leaves ProviderType out when the dump shows none, and keeps a CSP key spec', () => {
    const result = writeRollbackInf({ ...before, keySpec: 1, providerType: undefined, provider: 'Microsoft Enhanced RSA and AES Cryptographic Provider' });
    assert.ok(result.ok);
    assert.doesNotMatch(result.text, /ProviderType=/);
    assert.match(result.text, /_continue_ = "KeySpec=1"\r\n/);
  });

  const refusals: [string, Partial<RepairTarget>][] = [
    ['no KeySpec in the dump', { keySpec: undefined }],
    ['a KeySpec that is not a 32-bit number', { keySpec: -1 }],
    ['a ProviderType that is not a number', { providerType: 1.5 }],
    ['a container the repair INF refuses too', { container: 'R&D CA' }],
  ];
  for (const [name, change] of refusals) {
    it(`refuses ${name}`, () => {
      const result = writeRollbackInf({ ...before, ...change });
      assert.ok(!result.ok && result.reason.length > 20);
    });
  }

  it('is part of the files of a job with scripts, under a free name, with no command to run', () => {
    const job = repairFiles(
      { targets: [before], folder: 'file:///ws', scripts: true },
      hostTaking((name) => name === 'rollback-21000000044a30cdeaaaae7b08000000000004.inf'),
    );
    assert.ok(job.ok);
    assert.deepEqual(
      job.files.map((f) => [f.fileName, f.command !== undefined]),
      [
        ['KeyProv-21000000044a30cdeaaaae7b08000000000004.inf', true],
        ['rollback-21000000044a30cdeaaaae7b08000000000004-2.inf', false],
        ['repair-keyspec.cmd', false],
        ['repair-keyspec.ps1', false],
      ],
    );
    assert.match(job.files[2].text, /if not exist "rollback-21000000044a30cdeaaaae7b08000000000004-2\.inf"/);
  });
});

function hostTaking(isTaken: (name: string) => boolean): RepairHost {
  return { inWorkspace: () => true, isTaken: (_folder, name) => isTaken(name) };
}
