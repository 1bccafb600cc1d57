/**
 * Issue 11: the generated repair-keyspec.cmd run by Wine's cmd.exe against a fake certutil.exe (fakeCertutil.c,
 * built here with mingw) installed as %SystemRoot%\System32\certutil.exe and net.exe in a private WINEPREFIX.
 * One wine start per journey. What Wine can and cannot show is listed in the README ("Safety").
 */

import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repairFiles } from '../../server/src/service/repair/repairJob';
import type { RepairTarget } from '../../server/src/service/repair/repairTargetOf';
import { repairStoreScriptFileName, writeRepairStoreScript } from '../../server/src/service/repair/keyRepair';

const A = '6100000002c0ffee4ab8d1e300000000000002';
const B = '6100000005d1a2b3c4d5e6f700000000000005';
const CRYPT_E_NOT_FOUND = -2146885628;
const NTE_BAD_KEYSET = -2146893802;

const target = (serial: string, userKey = false): RepairTarget => ({
  serial,
  subject: 'Fabrikam Issuing CA 1',
  container: 'Fabrikam Issuing CA 1',
  provider: 'Microsoft Software Key Storage Provider',
  flags: userKey ? 0 : 0x20,
  store: 'my',
  userKey,
  isCA: true,
  keySpec: 2,
  providerType: 0,
});

let root: string;
let prefix: string;
let env: NodeJS.ProcessEnv;
let folders = 0;

function fakeDir(): string {
  return path.join(prefix, 'drive_c', 'fake');
}

/** Writes the repair files for `targets` into a new folder named `name`, as the extension would. */
function repairFolder(targets: RepairTarget[], name = `job ${++folders}`): string {
  const folder = path.join(root, name);
  fs.mkdirSync(folder);
  const result = repairFiles({ targets, folder: 'file:///job', scripts: true }, { inWorkspace: () => true, isTaken: () => false });
  assert.ok(result.ok, result.ok ? '' : result.reason);
  for (const file of result.files) fs.writeFileSync(path.join(folder, file.fileName), file.text);
  return folder;
}

interface Run {
  exit: number | null;
  stdout: string;
  /** Each call the fakes saw: program, then its arguments. */
  calls: string[][];
}

/** The fake's state before a run: exit codes and outputs per call number, net's answer, KeySpec per serial. */
interface Fakes {
  rc?: Record<number, number>;
  out?: Record<number, string>;
  net?: number;
  keySpec?: Record<string, number>;
}

function resetFakes(fakes: Fakes): void {
  fs.rmSync(fakeDir(), { recursive: true, force: true });
  fs.mkdirSync(fakeDir());
  for (const [n, rc] of Object.entries(fakes.rc ?? {})) fs.writeFileSync(path.join(fakeDir(), `rc-${n}.txt`), `${rc}\n`);
  for (const [n, out] of Object.entries(fakes.out ?? {})) fs.writeFileSync(path.join(fakeDir(), `out-${n}.txt`), out);
  if (fakes.net !== undefined) fs.writeFileSync(path.join(fakeDir(), 'net-rc.txt'), `${fakes.net}\n`);
  for (const [serial, keySpec] of Object.entries(fakes.keySpec ?? {})) fs.writeFileSync(path.join(fakeDir(), `keyspec-${serial}`), `${keySpec}\n`);
}

function calls(): string[][] {
  const log = path.join(fakeDir(), 'log.txt');
  return fs.existsSync(log)
    ? fs
        .readFileSync(log, 'latin1')
        .split(/\r?\n/)
        .filter(Boolean)
        .map((line) => line.split('\t'))
    : [];
}

/** Runs `repair-keyspec.cmd <args>` in `folder` (the admin's prompt in that folder), keeping the fakes' state unless `fakes` is given. */
function run(folder: string, args: string[], fakes?: Fakes, input = ''): Run {
  if (fakes) resetFakes(fakes);
  else fs.rmSync(path.join(fakeDir(), 'log.txt'), { force: true });
  const start = (): SpawnSyncReturns<string> =>
    spawnSync('wine', ['cmd', '/c', 'repair-keyspec.cmd', ...args], { cwd: folder, env, input, encoding: 'latin1', timeout: 60_000 });
  let result = start();
  // The script prints before it runs anything, so no output at all means Wine itself did not start cmd.exe (seen
  // once in CI, wineserver busy): that run is Wine's failure, not the script's, so it is started once more.
  if (result.stdout === '' && calls().length === 0) {
    console.warn(
      `    wine cmd printed nothing (exit ${result.status}, ${result.error?.message ?? 'no error'}): ${result.stderr.slice(0, 500)}; starting it again`,
    );
    result = start();
  }
  if (result.stdout === '') throw new Error(`wine cmd printed nothing (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  return { exit: result.status, stdout: result.stdout, calls: calls() };
}

/** What the fakes see on a clean run of the two-certificate job: machine store, both KeySpec 2. */
function successCalls(user = false): string[][] {
  const u = user ? ['-user'] : [];
  const read = (serial: string): string[] => ['certutil', ...u, '-v', '-store', 'my', serial];
  return [
    ...(user ? [] : [['net', 'session']]),
    read(A),
    read(B),
    ...[A, B].flatMap((serial) => [read(serial), ['certutil', ...u, '-repairstore', 'my', serial, `KeyProv-${serial}.inf`], read(serial)]),
    ['certutil', ...u, '-v', '-store', 'my'],
  ];
}

function files(folder: string): string[] {
  return fs.readdirSync(folder).sort();
}

const inputs = [`KeyProv-${A}.inf`, `KeyProv-${B}.inf`, 'repair-keyspec.cmd', 'repair-keyspec.ps1', `rollback-${A}.inf`, `rollback-${B}.inf`];
const outputs = [`after-${A}.txt`, `after-${B}.txt`, `before-${A}.txt`, `before-${B}.txt`, 'machine-after.txt'];

describe('repair-keyspec.cmd under Wine cmd.exe with a fake certutil', function () {
  this.timeout(180_000);

  before(() => {
    for (const tool of ['wine', 'x86_64-w64-mingw32-gcc']) {
      const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
      assert.ok(found, `${tool} is missing: install the Debian packages wine, wine64 and gcc-mingw-w64-x86-64 (node scripts/ensure-runtime.mjs does)`);
    }
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'keyspec-wine-'));
    prefix = path.join(root, 'prefix');
    env = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'certutil.exe,net.exe=n;winemenubuilder.exe=d', DISPLAY: '' };
    const exe = path.join(root, 'fakeCertutil.exe');
    execFileSync('x86_64-w64-mingw32-gcc', ['-O1', '-o', exe, path.join(__dirname, 'fakeCertutil.c')]);
    // The first start creates the prefix (slow, once per run).
    execFileSync('wine', ['cmd', '/c', 'exit 0'], { env, stdio: 'ignore', timeout: 150_000 });
    const system32 = path.join(prefix, 'drive_c', 'windows', 'system32');
    for (const name of ['certutil.exe', 'net.exe']) fs.copyFileSync(exe, path.join(system32, name));
  });

  after(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('success: preflight, then backup, repair and check per certificate, then the store dump, in exactly this order', () => {
    const folder = repairFolder([target(A), target(B)]);
    const result = run(folder, ['/force'], {});
    assert.equal(result.exit, 0, result.stdout);
    assert.deepEqual(result.calls, successCalls());
    assert.deepEqual(files(folder), [...inputs, ...outputs].sort());
    assert.match(fs.readFileSync(path.join(folder, `before-${A}.txt`), 'latin1'), /KeySpec = 2 /);
    assert.match(fs.readFileSync(path.join(folder, `after-${A}.txt`), 'latin1'), /KeySpec = 0 /);
  });

  it('started from C:\\Windows\\System32 (as Run as administrator starts it), works in its own folder', () => {
    const folder = repairFolder([target(A), target(B)], 'runasadmin');
    resetFakes({});
    // A launcher, because Wine's cmd /c cannot take a quoted path and its `call` loses the exit code.
    const launcher = [
      '@echo off',
      'cd /d C:\\windows\\system32',
      `cmd /c Z:${folder.replace(/\//g, '\\')}\\repair-keyspec.cmd /force`,
      '> C:\\fake\\exit.txt echo %ERRORLEVEL%',
      '',
    ].join('\r\n');
    fs.writeFileSync(path.join(prefix, 'drive_c', 'launch.cmd'), launcher);
    const result = spawnSync('wine', ['cmd', '/c', 'C:\\launch.cmd'], { cwd: root, env, encoding: 'latin1', timeout: 60_000 });
    assert.equal(fs.readFileSync(path.join(fakeDir(), 'exit.txt'), 'latin1').trim(), '0', result.stdout);
    assert.deepEqual(calls(), successCalls());
    assert.deepEqual(files(folder), [...inputs, ...outputs].sort());
  });

  it('a rerun after success changes nothing and exits 0', () => {
    const folder = repairFolder([target(A), target(B)]);
    assert.equal(run(folder, ['/force'], {}).exit, 0);
    const before = fs.readFileSync(path.join(folder, `before-${A}.txt`));
    const again = run(folder, ['/force']);
    assert.equal(again.exit, 0, again.stdout);
    assert.deepEqual(again.calls, successCalls().slice(0, 3), 'the rerun only reads');
    assert.deepEqual(files(folder), [...inputs, ...outputs].sort());
    assert.deepEqual(fs.readFileSync(path.join(folder, `before-${A}.txt`)), before, 'the first backup is kept');
  });

  it('skips a certificate whose KeySpec is already 0 and repairs the other', () => {
    const folder = repairFolder([target(A), target(B)]);
    const result = run(folder, ['/force'], { keySpec: { [A]: 0 } });
    assert.equal(result.exit, 0, result.stdout);
    assert.deepEqual(result.calls, [...successCalls().slice(0, 3), ...successCalls().slice(6)]);
    assert.ok(!fs.existsSync(path.join(folder, `before-${A}.txt`)));
  });

  // Every call of the success run, failing in turn: nothing after it runs and the exit is not 0.
  const steps = successCalls();
  for (let n = 1; n <= steps.length; n++) {
    const codes = n === 5 ? [1, CRYPT_E_NOT_FOUND, NTE_BAD_KEYSET] : [1, CRYPT_E_NOT_FOUND];
    for (const code of codes) {
      it(`stops when call ${n} (${steps[n - 1].slice(0, 3).join(' ')}) exits with ${code}`, () => {
        const folder = repairFolder([target(A), target(B)]);
        const result = run(folder, ['/force'], { rc: { [n]: code } });
        assert.deepEqual(result.calls, steps.slice(0, n), 'a call ran after the failure');
        const preflight = n <= 3;
        assert.equal(result.exit, preflight ? 2 : 1, result.stdout);
        if (preflight) assert.deepEqual(files(folder), inputs, 'the preflight left a file behind');
        if (n > 1) {
          const hex = `0x${(code >>> 0).toString(16).padStart(8, '0')}`;
          assert.ok(result.stdout.includes(`${code} = ${hex}`), `the exit code is not shown as ${hex}:\n${result.stdout}`);
          if (code === CRYPT_E_NOT_FOUND) assert.match(result.stdout, /CRYPT_E_NOT_FOUND/);
          if (code === NTE_BAD_KEYSET) assert.match(result.stdout, /NTE_BAD_KEYSET/);
        }
      });
    }
  }

  it('stops when the dump after a repair still shows a KeySpec other than 0', () => {
    const folder = repairFolder([target(A), target(B)]);
    const result = run(folder, ['/force'], { out: { 6: 'Serial Number: x\r\n    KeySpec = 2 -- AT_SIGNATURE\r\n' } });
    assert.equal(result.exit, 1, result.stdout);
    assert.deepEqual(result.calls, steps.slice(0, 6));
    assert.match(result.stdout, /NOT VERIFIED/);
  });

  it('never runs a certutil.bat, certutil.cmd, net.bat or net.cmd planted in the folder', () => {
    const folder = repairFolder([target(A), target(B)]);
    for (const name of ['certutil.bat', 'certutil.cmd', 'net.bat', 'net.cmd'])
      fs.writeFileSync(path.join(folder, name), `@echo planted> planted-${name}.txt\r\n@exit /b 0\r\n`);
    const result = run(folder, ['/force'], {});
    assert.equal(result.exit, 0, result.stdout);
    assert.deepEqual(result.calls, successCalls());
    assert.deepEqual(
      files(folder).filter((f) => f.startsWith('planted-')),
      [],
    );
  });

  const refusals: [string, (folder: string) => Fakes, number][] = [
    ['not elevated (net session fails)', () => ({ net: 2 }), 1],
    ['an INF missing from the folder', (folder) => (fs.rmSync(path.join(folder, `rollback-${B}.inf`)), {}), 0],
    ['the backup of the second certificate exists', (folder) => (fs.writeFileSync(path.join(folder, `before-${B}.txt`), 'mine'), {}), 3],
    ['the store dump exists', (folder) => (fs.writeFileSync(path.join(folder, 'machine-after.txt'), 'mine'), {}), 3],
    ['the second certificate is not in the store', () => ({ rc: { 3: CRYPT_E_NOT_FOUND } }), 3],
    ['no KeySpec line in a dump', () => ({ out: { 2: 'Serial Number: x\r\n' } }), 2],
  ];
  for (const [name, setup, callCount] of refusals) {
    it(`preflight refusal, nothing changed: ${name}`, () => {
      const folder = repairFolder([target(A), target(B)]);
      const fakes = setup(folder);
      const present = files(folder);
      const result = run(folder, ['/force'], fakes);
      assert.equal(result.exit, 2, result.stdout);
      assert.deepEqual(result.calls, steps.slice(0, callCount));
      assert.deepEqual(files(folder), present);
      assert.match(result.stdout, /Nothing was changed/);
    });
  }

  it('asks for the backup and stops, changing nothing, unless YES is typed', () => {
    const folder = repairFolder([target(A), target(B)]);
    const declined = run(folder, [], {}, 'no\n');
    assert.equal(declined.exit, 2, declined.stdout);
    assert.deepEqual(declined.calls, steps.slice(0, 3));
    assert.match(declined.stdout, /certutil -backupKey/);
    assert.deepEqual(files(folder), inputs);
    // One line only: Wine's set /p takes in the next piped line too (Windows reads one line).
    const confirmed = run(folder, [], {}, 'YES\n');
    assert.equal(confirmed.exit, 0, confirmed.stdout);
    assert.deepEqual(confirmed.calls, successCalls());
  });

  it('/whatif shows every command and runs no certutil', () => {
    const folder = repairFolder([target(A), target(B)]);
    const result = run(folder, ['/whatif', '/force'], {});
    assert.equal(result.exit, 0, result.stdout);
    assert.deepEqual(result.calls, []);
    assert.deepEqual(files(folder), inputs);
    const shown = result.stdout
      .split(/\r?\n/)
      .filter((l) => l.includes('certutil.exe"'))
      .map((l) => l.trim().replace(/^"[^"]*" /, ''));
    assert.deepEqual(shown.slice(2), [
      `-v -store "my" "${A}" > "before-${A}.txt"`,
      `-repairstore "my" "${A}" "KeyProv-${A}.inf"`,
      `-v -store "my" "${A}" > "after-${A}.txt"`,
      `-v -store "my" "${B}" > "before-${B}.txt"`,
      `-repairstore "my" "${B}" "KeyProv-${B}.inf"`,
      `-v -store "my" "${B}" > "after-${B}.txt"`,
      '-v -store "my" > "machine-after.txt"',
    ]);
  });

  it('works in a folder named with & ( ) ! and spaces', () => {
    const folder = repairFolder([target(A), target(B)], 'CA files & (backup) !x! 2026');
    const result = run(folder, ['/force'], {});
    assert.equal(result.exit, 0, result.stdout);
    assert.deepEqual(result.calls, successCalls());
    assert.deepEqual(files(folder), [...inputs, ...outputs].sort());
  });

  it('in a folder named with %, where Wine expands %~dp0 a second time (Windows does not), refuses and changes nothing', () => {
    const folder = repairFolder([target(A), target(B)], 'CA 100% %PATH% files');
    const result = run(folder, ['/force'], {});
    assert.equal(result.exit, 2, result.stdout);
    assert.deepEqual(result.calls, []);
    assert.deepEqual(files(folder), inputs);
  });

  it('a user-store job passes -user on every call, checks no elevation and names the dump after the store', () => {
    const folder = repairFolder([target(A, true), target(B, true)]);
    const result = run(folder, ['/force'], {});
    assert.equal(result.exit, 0, result.stdout);
    assert.deepEqual(result.calls, successCalls(true));
    assert.ok(fs.existsSync(path.join(folder, 'user-after.txt')));
  });

  it('refuses an unknown option before anything runs', () => {
    const folder = repairFolder([target(A)]);
    const result = run(folder, ['/fore'], {});
    assert.equal(result.exit, 2, result.stdout);
    assert.deepEqual(result.calls, []);
  });

  // Issue #15: the keyless repairstore-<serial>.cmd of a lost key (certutil searches the providers itself).
  /** Writes the keyless script of `serial` into a new folder and runs it there under Wine's cmd.exe. */
  function runKeyless(serial: string, userKey: boolean, fakes: Fakes): Run & { folder: string } {
    const folder = path.join(root, `keyless ${++folders}`);
    fs.mkdirSync(folder);
    const fileName = repairStoreScriptFileName(serial);
    const script = writeRepairStoreScript({ serial, store: 'my', userKey }, fileName);
    assert.ok(script.ok, script.ok ? '' : script.reason);
    fs.writeFileSync(path.join(folder, fileName), script.text);
    resetFakes(fakes);
    const result = spawnSync('wine', ['cmd', '/c', fileName], { cwd: folder, env, encoding: 'latin1', timeout: 60_000 });
    return { exit: result.status, stdout: result.stdout, calls: calls(), folder };
  }

  for (const userKey of [false, true]) {
    it(`the keyless repairstore script (${userKey ? 'current user' : 'local machine'} store) repairs, then shows the certificate, ${userKey ? 'with' : 'without'} -user`, () => {
      const u = userKey ? ['-user'] : [];
      const result = runKeyless(A, userKey, {});
      assert.equal(result.exit, 0, result.stdout);
      assert.deepEqual(result.calls, [
        ['certutil', ...u, '-repairstore', 'my', A],
        ['certutil', ...u, '-v', '-store', 'my', A],
      ]);
      assert.deepEqual(files(result.folder), [repairStoreScriptFileName(A)], 'the keyless repair wrote a file');
    });
  }

  for (const code of [CRYPT_E_NOT_FOUND, NTE_BAD_KEYSET, 1]) {
    it(`the keyless repairstore script stops with exit 1 and runs nothing more when certutil exits with ${code}`, () => {
      const result = runKeyless(B, false, { rc: { 1: code } });
      assert.equal(result.exit, 1, result.stdout);
      assert.deepEqual(result.calls, [['certutil', '-repairstore', 'my', B]]);
      assert.ok(result.stdout.includes(`failed with exit code ${code}: nothing was changed.`), result.stdout);
    });
  }
});
