/**
 * The progress line: on a terminal (a pseudo-terminal from util-linux `script`) once the scan has run for a
 * second, files done / total and MB/s, cleared before the report; nothing at all when stderr is not a terminal.
 */

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateDump } from '../../bench/generate';
import { cliPath, runCli, tempFolder } from './cliRun';

describe('certutil-keyspec scan: the progress line', function () {
  this.timeout(120000);
  let folder: string;
  const files = 150;
  before(() => {
    folder = tempFolder('progress');
    // 150 dumps of 100 certificates (90 MB) on one worker: seconds of work on any machine.
    const dump = generateDump(100);
    for (let i = 0; i < files; i++) fs.writeFileSync(path.join(folder, `ca${String(i).padStart(3, '0')}.txt`), dump);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('shows files done / total and MB/s on a terminal after a second, and clears the line', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} scan . --jobs 1 --format json --output report.json --fail-on never`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: folder, encoding: 'utf8', env: { ...process.env, TERM: 'dumb' } });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const lines = [...run.stdout.matchAll(/\r\[#* *\] (\d+)\/(\d+) files, (\d+\.\d) MB\/s/g)];
    assert.ok(lines.length > 0, JSON.stringify(run.stdout));
    for (const line of lines) {
      assert.equal(Number(line[2]), files);
      assert.ok(Number(line[1]) >= 0 && Number(line[1]) <= files);
      assert.ok(Number(line[3]) >= 0);
    }
    // On a loaded machine the first line may come before the first file is done; a later one shows progress.
    assert.ok(
      lines.some((line) => Number(line[1]) >= 1 && Number(line[3]) > 0),
      JSON.stringify(run.stdout),
    );
    assert.match(run.stdout, /\r\u001b\[2K/);
    assert.equal((JSON.parse(fs.readFileSync(path.join(folder, 'report.json'), 'utf8')) as { summary: { checked: number } }).summary.checked, files);
  });

  it('is quiet when stderr is not a terminal', () => {
    const run = runCli(['scan', '.', '--jobs', '1', '--format', 'json', '--output', 'report2.json', '--fail-on', 'never'], { cwd: folder });
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, '');
  });
});
