import * as assert from 'node:assert/strict';
import { groupByContainer } from '../../server/src/service/repair/containerGroups';
import { scriptEntries, writeRepairScripts } from '../../server/src/service/repair/repairScript';
import type { RepairTarget } from '../../server/src/service/repair/repairTarget';

const target = (serial: string, change: Partial<RepairTarget> = {}): RepairTarget => ({
  serial,
  subject: 'Fabrikam Issuing CA 1',
  container: 'Fabrikam Issuing CA 1',
  provider: 'Microsoft Software Key Storage Provider',
  flags: 0x20,
  store: 'my',
  userKey: false,
  isCA: true,
  ...change,
});

/** Every line of a cmd script that is not a comment or echo: must be one of the few fixed shapes. */
const cmdCommand = /^(@echo off|if exist "[A-Za-z0-9._-]+" \(echo [A-Za-z0-9 .:,-]+ & exit \/b 1\)|setlocal|endlocal|cd \/d "%~dp0"|certutil (-user )?(-v -store "[A-Za-z][A-Za-z0-9 ]*" "[0-9a-f]+" > "[A-Za-z0-9._-]+"|-repairstore "[A-Za-z][A-Za-z0-9 ]*" "[0-9a-f]+" "[A-Za-z0-9._-]+"|-v -store "[A-Za-z][A-Za-z0-9 ]*" > "[A-Za-z0-9._-]+")|if errorlevel 1 \(echo [A-Za-z0-9 .:,-]+ & exit \/b 1\))$/;

function commandLines(cmd: string): string[] {
  return cmd.split('\r\n').filter((line) => line && !line.startsWith('rem ') && !line.startsWith('echo '));
}

describe('repair scripts', () => {
  it('writes a cmd and a ps1 that back up, repair each certificate, stop on failure and dump again', () => {
    const result = writeRepairScripts(scriptEntries([target('6100000002c0ffee4ab8d1e300000000000002'), target('6100000005d1a2b3c4d5e6f700000000000005')]));
    assert.ok(result.ok);
    const cmd = result.cmd.split('\r\n');
    assert.deepEqual(
      cmd.filter((l) => l.startsWith('certutil')),
      [
        'certutil -v -store "my" "6100000002c0ffee4ab8d1e300000000000002" > "before-6100000002c0ffee4ab8d1e300000000000002.txt"',
        'certutil -repairstore "my" "6100000002c0ffee4ab8d1e300000000000002" "KeyProv-6100000002c0ffee4ab8d1e300000000000002.inf"',
        'certutil -v -store "my" "6100000005d1a2b3c4d5e6f700000000000005" > "before-6100000005d1a2b3c4d5e6f700000000000005.txt"',
        'certutil -repairstore "my" "6100000005d1a2b3c4d5e6f700000000000005" "KeyProv-6100000005d1a2b3c4d5e6f700000000000005.inf"',
        'certutil -v -store "my" > "machine-after.txt"',
      ],
    );
    assert.equal(cmd.filter((l) => l.startsWith('if errorlevel 1')).length, 5);
    assert.equal(cmd.filter((l) => l.startsWith('if exist')).length, 3, 'never overwrites a backup or the later dump');
    for (const line of commandLines(result.cmd)) assert.match(line, cmdCommand);
    const ps = result.ps1.split('\r\n');
    assert.deepEqual(
      ps.filter((l) => l.trim().startsWith('Invoke-Certutil')).map((l) => l.trim()),
      [
        "Invoke-Certutil @('-v', '-store', 'my', '6100000002c0ffee4ab8d1e300000000000002') 'before-6100000002c0ffee4ab8d1e300000000000002.txt'",
        "Invoke-Certutil @('-repairstore', 'my', '6100000002c0ffee4ab8d1e300000000000002', 'KeyProv-6100000002c0ffee4ab8d1e300000000000002.inf')",
        "Invoke-Certutil @('-v', '-store', 'my', '6100000005d1a2b3c4d5e6f700000000000005') 'before-6100000005d1a2b3c4d5e6f700000000000005.txt'",
        "Invoke-Certutil @('-repairstore', 'my', '6100000005d1a2b3c4d5e6f700000000000005', 'KeyProv-6100000005d1a2b3c4d5e6f700000000000005.inf')",
        "Invoke-Certutil @('-v', '-store', 'my') 'machine-after.txt'",
      ],
    );
    assert.ok(ps.includes("$ErrorActionPreference = 'Stop'"));
  });

  it('passes -user for user keys', () => {
    const result = writeRepairScripts(scriptEntries([target('0a1b', { userKey: true, flags: 0 })]));
    assert.ok(result.ok);
    assert.match(result.cmd, /^certutil -user -repairstore "my" "0a1b" "KeyProv-0a1b.inf"$/m);
    assert.match(result.ps1, /Invoke-Certutil @\('-user', '-repairstore', 'my', '0a1b', 'KeyProv-0a1b.inf'\)/);
  });

  const hostile = ['CA (1) ^caret', "O'Brien CA", 'Cost $HOME CA', 'Tick `whoami` CA', 'Pipe | and < > CA', 'Bang !x! CA'];
  for (const name of hostile) {
    it(`keeps "${name}" in a container and subject out of every command line`, () => {
      const result = writeRepairScripts(scriptEntries([target('0a1b', { container: name, subject: name })]));
      assert.ok(result.ok);
      for (const line of commandLines(result.cmd)) assert.match(line, cmdCommand);
      for (const line of result.cmd.split('\r\n').filter((l) => l.startsWith('rem '))) assert.match(line, /^rem [A-Za-z0-9 .,_()=+\-{}:/?"]*$/);
      for (const line of result.ps1.split('\r\n').filter((l) => l.startsWith('#'))) assert.doesNotMatch(line, /[`$'|<>^!]/);
      assert.doesNotMatch(result.ps1.split('\r\n').filter((l) => !l.startsWith('#')).join('\n'), new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    });
  }

  const refused: [string, Partial<RepairTarget>][] = [
    ['& in a container', { container: 'R&D CA' }],
    ['" in a container', { container: 'a"b' }],
    ['% in a container', { container: '100%' }],
    ['a serial with a command', { serial: '0a" & calc & "' }],
    ['a store with a quote', { store: "my'; calc; '" }],
    ['non-ASCII in a provider', { provider: 'Müller Key Storage Provider' }],
  ];
  for (const [name, change] of refused) {
    it(`refuses ${name}`, () => {
      const result = writeRepairScripts(scriptEntries([target('0a1b'), target('0c0d', change)]));
      assert.equal(result.ok, false);
    });
  }

  it('refuses certificates from two stores in one script', () => {
    assert.equal(writeRepairScripts(scriptEntries([target('0a1b'), target('0c0d', { userKey: true })])).ok, false);
  });

  it('refuses an unsafe INF file name', () => {
    assert.equal(writeRepairScripts([{ target: target('0a1b'), infFileName: 'a b&c.inf' }]).ok, false);
  });

  it('groups certificates that share a key container', () => {
    const entries = scriptEntries([target('01'), target('02', { container: 'Other CA' }), target('03')]);
    assert.deepEqual(groupByContainer(entries).map((g) => [g.container, g.entries.map((e) => e.target.serial)]), [
      ['Fabrikam Issuing CA 1', ['01', '03']],
      ['Other CA', ['02']],
    ]);
    const result = writeRepairScripts(entries);
    assert.ok(result.ok);
    assert.match(result.cmd, /rem Key container "Fabrikam Issuing CA 1" in Microsoft Software Key Storage Provider \(one key backs 2 certificates\):/);
  });
});
