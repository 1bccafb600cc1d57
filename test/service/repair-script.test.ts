import * as assert from 'node:assert/strict';
import { groupByContainer } from '../../server/src/service/repair/containerGroups';
import { scriptEntries, writeRepairScripts } from '../../server/src/service/repair/repairScript';
import type { RepairTarget } from '../../server/src/service/repair/repairTargetOf';
import { caTarget as target } from './repairTargets';

const A = '6100000002c0ffee4ab8d1e300000000000002';
const B = '6100000005d1a2b3c4d5e6f700000000000005';

/** The command lines of a cmd script that run a program: every one must call certutil or net by full path. */
function cmdCommands(cmd: string): string[] {
  return cmd.split('\r\n').filter((line) => /^"%(CERTUTIL|SystemRoot)%/.test(line));
}

/** Lines of a cmd script that are neither comments, echoes nor `set`: the control flow. */
function commandLines(cmd: string): string[] {
  return cmd.split('\r\n').filter((line) => line && !line.startsWith('rem ') && !line.startsWith('echo '));
}

/** The certutil calls of the ps1, in the order the script makes them (the table drives the loops). */
function psCertutilCalls(ps1: string): string[] {
  return ps1
    .split('\r\n')
    .filter((l) => /Invoke-Certutil \(/.test(l))
    .map((l) => l.trim().replace(/^(if \(-not.*|\$\w+ = )/, ''));
}

describe('repair scripts', () => {
  it('writes a cmd that preflights, then backs up, repairs and checks each certificate, stopping on any non-zero exit code', () => {
    const result = writeRepairScripts(scriptEntries([target(A), target(B)]));
    assert.ok(result.ok);
    assert.deepEqual(cmdCommands(result.cmd), [
      '"%SystemRoot%\\System32\\net.exe" session >nul 2>&1',
      `"%CERTUTIL%" -v -store "my" "${A}" > "%SCRATCH%"`,
      `"%CERTUTIL%" -v -store "my" "${B}" > "%SCRATCH%"`,
      `"%CERTUTIL%" -v -store "my" "${A}" > "before-${A}.txt"`,
      `"%CERTUTIL%" -repairstore "my" "${A}" "KeyProv-${A}.inf"`,
      `"%CERTUTIL%" -v -store "my" "${A}" > "after-${A}.txt"`,
      `"%CERTUTIL%" -v -store "my" "${B}" > "before-${B}.txt"`,
      `"%CERTUTIL%" -repairstore "my" "${B}" "KeyProv-${B}.inf"`,
      `"%CERTUTIL%" -v -store "my" "${B}" > "after-${B}.txt"`,
      '"%CERTUTIL%" -v -store "my" > "machine-after.txt"',
    ]);
    const lines = result.cmd.split('\r\n');
    assert.ok(lines.includes('set "CERTUTIL=%SystemRoot%\\System32\\certutil.exe"'));
    // Every call is followed by the capture of its code and a test that negative codes fail too.
    lines.forEach((line, i) => {
      if (!line.startsWith('"%CERTUTIL%"')) return;
      assert.equal(lines[i + 1], 'set "RC=%ERRORLEVEL%"', `no exit code check after ${line}`);
      assert.match(lines[i + 2], /^if not "%RC%"=="0" goto :(failed|refused_certutil)$/);
    });
    assert.ok(!lines.some((l) => /^certutil|errorlevel 1 \(echo|&& *certutil/.test(l)), 'a bare certutil or an `if errorlevel 1` check');
    assert.ok(
      lines.some((l) => l === 'if "%RC%"=="-2146885628" set "RCNAME= CRYPT_E_NOT_FOUND"'),
      'the HRESULT table is not in the script',
    );
    assert.ok(lines.includes('if /i "%~1"=="/whatif" (set "WHATIF=1" & shift & goto :options)'));
    assert.ok(lines.includes('if not defined FORCE pause'));
    assert.ok(lines.includes('setlocal EnableExtensions DisableDelayedExpansion'));
    assert.ok(lines.some((l) => l.includes('certutil -backupKey')));
    assert.equal(result.afterDumpName, 'machine-after.txt');
  });

  it('writes a ps1 that makes the same certutil calls in the same order, quoted as literals, with PowerShell conventions', () => {
    const result = writeRepairScripts(scriptEntries([target(A), target(B)]));
    assert.ok(result.ok);
    const ps = result.ps1.split('\r\n');
    assert.deepEqual(ps.slice(0, 2), ['#Requires -Version 5.1', '#Requires -RunAsAdministrator']);
    for (const line of [
      '[CmdletBinding(SupportsShouldProcess)]',
      'param([switch] $Force)',
      "$ErrorActionPreference = 'Stop'",
      "$certutil = Join-Path $env:SystemRoot 'System32\\certutil.exe'",
      '$scope = @()',
      "$store = 'my'",
      "$afterDump = 'machine-after.txt'",
      'Start-Transcript -LiteralPath $log -NoClobber | Out-Null',
      '  $lines = @(& $certutil @Arguments)',
    ]) {
      assert.ok(ps.includes(line), `missing: ${line}`);
    }
    const table = ps.slice(ps.indexOf('$certificates = @('), ps.indexOf(')', ps.indexOf('$certificates = @(')) + 1);
    const entry = (serial: string, last: string): string[] => [
      '  [pscustomobject] @{',
      `    Serial = '${serial}'`,
      `    Inf = 'KeyProv-${serial}.inf'`,
      `    Rollback = 'rollback-${serial}.inf'`,
      `    Before = 'before-${serial}.txt'`,
      `    After = 'after-${serial}.txt'`,
      '    Todo = $false',
      `  }${last}`,
    ];
    assert.deepEqual(table, ['$certificates = @(', ...entry(A, ','), ...entry(B, ''), ')']);
    assert.deepEqual(psCertutilCalls(result.ps1), [
      "Invoke-Certutil ($scope + @('-v', '-store', $store, $c.Serial))",
      "Invoke-Certutil ($scope + @('-v', '-store', $store, $c.Serial)) $c.Before",
      "Invoke-Certutil ($scope + @('-repairstore', $store, $c.Serial, $c.Inf))",
      "Invoke-Certutil ($scope + @('-v', '-store', $store, $c.Serial)) $c.After",
      "Invoke-Certutil ($scope + @('-v', '-store', $store)) $afterDump",
    ]);
    // The only program the ps1 starts is $certutil, through the call operator.
    assert.deepEqual(
      ps.filter((l) => /(^|[\s(])&\s/.test(l)).map((l) => l.trim()),
      ['$lines = @(& $certutil @Arguments)'],
    );
    assert.ok(!ps.some((l) => /Write-Error|certutil\.exe @|^\s*certutil /.test(l)), 'Write-Error or a certutil found on PATH');
    assert.ok(
      ps.some((l) => l.includes('if ($WhatIfPreference)')),
      'no -WhatIf plan',
    );
    assert.deepEqual(
      [...result.ps1.matchAll(/Stop-Run (\d)/g)]
        .map((m) => m[1])
        .filter((c, i, all) => all.indexOf(c) === i)
        .sort(),
      ['0', '1', '2'],
    );
    assert.ok(ps.includes("  '0x80092004' = 'CRYPT_E_NOT_FOUND'"));
  });

  it('passes -user for user keys, says to run as the owner, checks no elevation and names the dump after the store', () => {
    const result = writeRepairScripts(scriptEntries([target('0a1b', { userKey: true, flags: 0 })]));
    assert.ok(result.ok);
    const calls = cmdCommands(result.cmd);
    assert.equal(calls.length, 5);
    for (const call of calls) assert.match(call, /^"%CERTUTIL%" -user /);
    assert.equal(result.afterDumpName, 'user-after.txt');
    assert.match(result.cmd, /"%CERTUTIL%" -user -v -store "my" > "user-after.txt"/);
    assert.doesNotMatch(result.cmd, /net\.exe|elevated/);
    assert.match(result.cmd, /owner of the certificate/);
    assert.ok(result.ps1.includes("$scope = @('-user')"));
    assert.doesNotMatch(result.ps1, /RunAsAdministrator|elevated/);
    assert.match(result.ps1, /owner of the certificate/);
  });

  it('names the dump after another store', () => {
    const result = writeRepairScripts(scriptEntries([target('0a1b', { store: 'Remote Desktop' })]));
    assert.ok(result.ok);
    assert.equal(result.afterDumpName, 'machine-remote-desktop-after.txt');
  });

  const hostile = ['CA (1) ^caret', "O'Brien CA", 'Cost $HOME CA', 'Tick `whoami` CA', 'Pipe | and < > CA', 'Bang !x! CA'];
  for (const name of hostile) {
    it(`keeps "${name}" in a container and subject out of every command line`, () => {
      const result = writeRepairScripts(scriptEntries([target('0a1b', { container: name, subject: name })]));
      assert.ok(result.ok);
      for (const line of commandLines(result.cmd)) assert.doesNotMatch(line, /Bang|Brien|Cost|Tick|Pipe|caret/);
      for (const line of result.cmd.split('\r\n').filter((l) => l.startsWith('rem '))) assert.match(line, /^rem [A-Za-z0-9 .,_()=+\-{}:/?"]*$/);
      for (const line of result.ps1.split('\r\n').filter((l) => /^(# | Key container|   serial)/.test(l))) assert.doesNotMatch(line, /[`$'|<>^!]/);
      assert.doesNotMatch(
        result.ps1
          .split('\r\n')
          .filter((l) => !l.startsWith('#'))
          .join('\n'),
        new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
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
    assert.equal(writeRepairScripts([{ target: target('0a1b'), infFileName: 'a b&c.inf', rollbackFileName: 'rollback-0a1b.inf' }]).ok, false);
    assert.equal(writeRepairScripts([{ target: target('0a1b'), infFileName: 'KeyProv-0a1b.inf', rollbackFileName: '..\\x.inf' }]).ok, false);
  });

  it('refuses a serial listed twice', () => {
    assert.equal(writeRepairScripts(scriptEntries([target('0a1b'), target('0a1b')])).ok, false);
  });

  const tooLong: [string, Partial<RepairTarget>][] = [
    ['a container', { container: 'x'.repeat(261) }],
    ['a provider', { provider: 'x'.repeat(261) }],
    ['a subject', { subject: 'x'.repeat(401) }],
    ['a store', { store: 'x'.repeat(65) }],
  ];
  for (const [name, change] of tooLong) {
    it(`refuses ${name} past its length limit, and keeps every line under 1,000 characters at the limit`, () => {
      assert.equal(writeRepairScripts(scriptEntries([target('0a1b', change)])).ok, false);
      const atLimit = Object.fromEntries(Object.entries(change).map(([k, v]) => [k, (v as string).slice(1)]));
      const result = writeRepairScripts(scriptEntries([target('0a1b'.repeat(50), atLimit)]));
      assert.ok(result.ok, result.ok ? '' : result.reason);
      for (const line of [...result.cmd.split('\r\n'), ...result.ps1.split('\r\n')])
        assert.ok(line.length < 1000, `${line.length} characters: ${line.slice(0, 80)}`);
    });
  }

  it('groups certificates that share a key container', () => {
    const entries = scriptEntries([target('01'), target('02', { container: 'Other CA' }), target('03')]);
    assert.deepEqual(
      groupByContainer(entries).map((g) => [g.container, g.entries.map((e) => e.target.serial)]),
      [
        ['Fabrikam Issuing CA 1', ['01', '03']],
        ['Other CA', ['02']],
      ],
    );
    const result = writeRepairScripts(entries);
    assert.ok(result.ok);
    assert.match(result.cmd, /rem Key container "Fabrikam Issuing CA 1" in Microsoft Software Key Storage Provider \(one key backs 2 certificates\):/);
  });
});
