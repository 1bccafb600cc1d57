import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { codesAt, fixtures, repoRoot, runCli, scanJson, tempFolder } from './cliRun';

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'docs', 'cli-json-schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
const renewed = 'test/fixtures/dump/renewed-ca.txt';
const broken = 'test/fixtures/inf/keyprov-broken.inf';
/** No store header, one KSP key with KeySpec 2 on a certificate without CA evidence: a warning by default. */
const seed = 'test/fixtures/dump/seed-flattened.txt';
const clean = 'test/fixtures/inf/keyprov-clean.inf';

/** Checks the report as printed, not the test's parse of it. */
function assertSchema(report: { run: { stdout: string } }): void {
  assert.ok(validate(JSON.parse(report.run.stdout)), JSON.stringify(validate.errors, null, 2));
}

describe('certutil-keyspec scan', function () {
  this.timeout(60000);
  let folder: string;
  beforeEach(() => (folder = tempFolder('scan')));
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints --help with the exit codes, and --version', () => {
    const help = runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Exit codes \(scan\):\n {2}0 {2}no finding at or above --fail-on/);
    const scanHelp = runCli(['scan', '--help']);
    assert.equal(scanHelp.status, 0);
    assert.match(scanHelp.stdout, /--fail-on <severity>/);
    const version = runCli(['--version']);
    assert.equal(version.stdout.trim(), (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('prints the text report like the golden file: grouped per file, a summary, no colour off a terminal', () => {
    const run = runCli(['scan', renewed, broken, seed, clean, '--today', '2025-06-01']);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, fs.readFileSync(path.join(fixtures, 'cli', 'scan-text.golden'), 'utf8'));
    assert.doesNotMatch(run.stdout, /\u001b\[/);
    assert.match(runCli(['scan', renewed, '--color']).stdout, /\u001b\[31merror/);
  });

  it("writes a JSON report that the documented schema accepts, with the editor's codes, lines and fixes", () => {
    const report = scanJson([renewed, broken, seed, clean]);
    assertSchema(report);
    assert.equal(report.schemaVersion, 1);
    assert.deepEqual(
      report.files.map((f) => [f.path, f.language, f.encoding]),
      [
        [renewed, 'dump', 'utf8'],
        [broken, 'inf', 'utf8'],
        [seed, 'dump', 'utf8'],
        [clean, 'inf', 'utf8bom'],
      ],
    );
    assert.deepEqual(codesAt(report.files[0]), ['keyspec.ksp-nonzero 81:5', 'keyspec.ksp-nonzero 173:5']);
    const fix = report.files[0].findings[0].fix!;
    assert.deepEqual(
      fix.files.map((f) => f.fileName),
      ['KeyProv-6100000002c0ffee4ab8d1e300000000000002.inf'],
    );
    assert.match(fix.files[0].text, /^_continue_ = "KeySpec=0"\r$/m);
    assert.deepEqual(report.summary, {
      files: 4,
      checked: 4,
      skipped: 0,
      readErrors: 0,
      findings: 11,
      bySeverity: { error: 6, warning: 5, information: 0, hint: 0 },
    });
  });

  it('sets the exit code from --fail-on: 0, 1, and 2 for a missing file, a bad option or a bad config', () => {
    assert.equal(runCli(['scan', clean]).status, 0);
    assert.equal(runCli(['scan', renewed]).status, 1);
    assert.equal(runCli(['scan', renewed, '--fail-on', 'never']).status, 0);
    // The seed dump has a warning only.
    assert.equal(runCli(['scan', seed]).status, 0);
    assert.equal(runCli(['scan', seed, '--fail-on', 'warning']).status, 1);
    const missing = scanJson([seed, 'no-such-dump.txt']);
    assert.equal(missing.run.status, 2);
    assertSchema(missing);
    assert.equal(missing.files[1].error, 'no such file or folder');
    assert.equal(missing.files[0].findings.length, 1);
    assert.equal(runCli(['scan', seed, '--format', 'xml']).status, 2);
    assert.equal(runCli(['scan']).status, 2);
    assert.equal(runCli(['frobnicate']).status, 2);
    fs.writeFileSync(path.join(folder, 'certutil-keyspec.json'), '{ not json');
    fs.copyFileSync(path.join(repoRoot, seed), path.join(folder, 'machine.txt'));
    const badConfig = runCli(['scan', folder]);
    assert.equal(badConfig.status, 2);
    assert.match(badConfig.stderr, /config: .*certutil-keyspec\.json/);
  });

  it('reads standard input for -', () => {
    const dump = fs.readFileSync(path.join(repoRoot, renewed));
    const report = scanJson(['-'], { input: dump });
    assert.deepEqual(
      report.files.map((f) => [f.path, f.language, f.uri]),
      [['-', 'dump', undefined]],
    );
    assert.deepEqual(codesAt(report.files[0]), ['keyspec.ksp-nonzero 81:5', 'keyspec.ksp-nonzero 173:5']);
    const inf = scanJson(['-'], { input: fs.readFileSync(path.join(repoRoot, broken)) });
    assert.equal(inf.files[0].language, 'inf');
    assert.deepEqual(codesAt(inf.files[0]), codesAt(scanJson([broken]).files[0]));
  });

  it('walks folders with --include and --exclude, and expands a glob the shell left alone', () => {
    fs.mkdirSync(path.join(folder, 'ca01', 'old'), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, renewed), path.join(folder, 'ca01', 'machine.txt'));
    fs.copyFileSync(path.join(repoRoot, seed), path.join(folder, 'ca01', 'old', 'machine.txt'));
    fs.copyFileSync(path.join(repoRoot, broken), path.join(folder, 'KeyProv.inf'));
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'Renew the issuing CA in March.\r\n');
    fs.writeFileSync(path.join(folder, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const all = scanJson(['.'], { cwd: folder });
    assert.deepEqual(
      all.files.map((f) => [f.path, f.language ?? 'skipped']),
      [
        ['KeyProv.inf', 'inf'],
        ['ca01/machine.txt', 'dump'],
        ['ca01/old/machine.txt', 'dump'],
        ['notes.txt', 'skipped'],
      ],
    );
    assert.equal(all.summary.skipped, 1);
    const some = scanJson(['.', '--include', '**/*.txt', '--exclude', '**/old/**'], { cwd: folder });
    assert.deepEqual(
      some.files.map((f) => f.path),
      ['ca01/machine.txt', 'notes.txt'],
    );
    const globbed = scanJson(['ca01/**/*.txt'], { cwd: folder });
    assert.deepEqual(
      globbed.files.map((f) => f.path),
      ['ca01/machine.txt', 'ca01/old/machine.txt'],
    );
  });

  it("reads certutil-keyspec.json or .certutilrc.json from the nearest folder up, with the editor's setting keys", () => {
    fs.mkdirSync(path.join(folder, 'strict', 'ca02'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'quiet'));
    fs.copyFileSync(path.join(repoRoot, seed), path.join(folder, 'machine.txt'));
    fs.copyFileSync(path.join(repoRoot, seed), path.join(folder, 'strict', 'ca02', 'machine.txt'));
    fs.copyFileSync(path.join(repoRoot, seed), path.join(folder, 'quiet', 'machine.txt'));
    fs.writeFileSync(path.join(folder, 'strict', 'certutil-keyspec.json'), JSON.stringify({ 'certutil.keySpec.nonCaSeverity': 'error' }));
    fs.writeFileSync(path.join(folder, 'quiet', '.certutilrc.json'), JSON.stringify({ keySpec: { nonCaSeverity: 'off' } }));
    const report = scanJson(['.'], { cwd: folder });
    assert.deepEqual(
      report.files.map((f) => [f.path, f.findings.map((x) => x.severity)]),
      [
        ['machine.txt', ['warning']],
        ['quiet/machine.txt', []],
        ['strict/ca02/machine.txt', ['error']],
      ],
    );
    assert.equal(report.exitCode, 1);
    fs.writeFileSync(path.join(folder, 'other.json'), JSON.stringify({ maxProblems: 1, 'keySpec.nonCaSeverity': 'information' }));
    const explicit = scanJson(['.', '--config', 'other.json'], { cwd: folder });
    assert.deepEqual(
      explicit.files.map((f) => f.findings.map((x) => x.severity)),
      [['information'], ['information'], ['information']],
    );
  });

  it('neither stalls on a FIFO named like a dump nor reports a file twice through a link back up the tree', () => {
    fs.copyFileSync(path.join(repoRoot, seed), path.join(folder, 'a.txt'));
    assert.equal(spawnSync('mkfifo', [path.join(folder, 'pipe.txt')]).status, 0);
    fs.mkdirSync(path.join(folder, 'loop'));
    fs.symlinkSync(folder, path.join(folder, 'loop', 'back'));
    const report = scanJson(['.', 'pipe.txt'], { cwd: folder });
    assert.deepEqual(
      report.files.map((f) => [f.path, f.error ?? codesAt(f).length]),
      [
        ['a.txt', 1],
        ['pipe.txt', 'not a regular file or folder'],
      ],
    );
    assert.equal(report.exitCode, 2);
  });

  it('gives the same report with one worker as with several', () => {
    const names: string[] = [];
    for (const [i, file] of [
      renewed,
      broken,
      seed,
      clean,
      'test/fixtures/dump/german-v.txt',
      'test/fixtures/dump/old-build-hsm.txt',
      'test/fixtures/inf/capolicy-issuing.inf',
      'test/fixtures/inf/request-ksp.inf',
    ].entries()) {
      for (let copy = 0; copy < 4; copy++) {
        const name = `${String(copy)}-${String(i)}-${path.basename(file)}`;
        fs.copyFileSync(path.join(repoRoot, file), path.join(folder, name));
        names.push(name);
      }
    }
    const serial = scanJson(['.', '--jobs', '1'], { cwd: folder });
    const parallel = scanJson(['.', '--jobs', '4'], { cwd: folder });
    assert.equal(serial.files.length, 32);
    assert.ok(serial.summary.findings > 32);
    assert.deepEqual(parallel, { ...serial, run: parallel.run });
    assert.deepEqual(parallel.run.stdout, serial.run.stdout);
  });

  it('reports a file that kills its worker as a read error and completes the rest of the scan', () => {
    fs.copyFileSync(path.join(repoRoot, renewed), path.join(folder, 'a.txt'));
    fs.copyFileSync(path.join(repoRoot, seed), path.join(folder, 'c.txt'));
    // A text a 16 MB worker heap holds, but not its parse: the worker dies of it, as it would on a hostile file.
    const block = fs.readFileSync(path.join(repoRoot, renewed), 'utf8');
    fs.writeFileSync(path.join(folder, 'b.txt'), block.repeat(Math.ceil((3 * 1024 * 1024) / block.length)));
    fs.symlinkSync(path.join(folder, 'gone.txt'), path.join(folder, 'd.txt'));
    // More text than the heap holds at all: refused before it is read (read at once, it ended the whole process).
    fs.writeFileSync(path.join(folder, 'e.txt'), block.repeat(Math.ceil((24 * 1024 * 1024) / block.length)));
    const report = scanJson(['.', 'd.txt', '--jobs', '1', '--worker-memory', '16'], { cwd: folder });
    assertSchema(report);
    assert.equal(report.exitCode, 2);
    assert.equal(report.run.status, 2);
    assert.deepEqual(
      report.files.map((f) => [f.path, f.error === undefined ? codesAt(f).length : 'read error']),
      [
        ['a.txt', 2],
        ['b.txt', 'read error'],
        ['c.txt', 1],
        ['e.txt', 'read error'],
        ['d.txt', 'read error'],
      ],
    );
    assert.match(report.files[1].error!, /worker .* failed/);
    assert.match(report.files[3].error!, /too large for a worker's heap of 16 MB \(raise --worker-memory\)/);
    assert.match(report.files[4].error!, /ENOENT/);
    assert.equal(report.summary.readErrors, 3);
  });
});
