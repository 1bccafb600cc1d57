/**
 * The SARIF report through Microsoft's own validator (`@microsoft/sarif-multitool`, `validate` verb): zero
 * errors and zero warnings, on a scan with findings, fixes, related locations and a read error.
 */

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXED_DAY, fixtures, runCli, scanJson, tempFolder } from './cliRun';

/** The package's index answers the path of the validator binary for this platform. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multitool = require('@microsoft/sarif-multitool') as string;

interface SarifLog {
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } };
    invocations: { executionSuccessful: boolean; exitCode?: number; toolExecutionNotifications?: unknown[] }[];
    results: {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
      fixes?: unknown[];
    }[];
  }[];
}

/** Runs the validator and answers its errors and warnings (it exits 0 with warnings, so its own log is read). */
function validateSarif(file: string, folder: string): { errors: string[]; warnings: string[]; status: number | null; stdout: string } {
  const log = path.join(folder, `${path.basename(file)}.validation.sarif`);
  const run = spawnSync(multitool, ['validate', file, '--output', log], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  assert.ok(fs.existsSync(log), `the validator wrote no log (exit ${String(run.status)}): ${run.stdout}${run.stderr}`);
  const results = (
    JSON.parse(fs.readFileSync(log, 'utf8')) as {
      runs: { results?: { level?: string; message: { text?: string; id?: string; arguments?: string[] }; ruleId: string }[] }[];
    }
  ).runs.flatMap((r) => r.results ?? []);
  const describe = (r: (typeof results)[number]): string => `${r.ruleId}: ${r.message.text ?? r.message.id ?? ''} ${(r.message.arguments ?? []).join(' | ')}`;
  // A result without a level is a warning (SARIF 2.1.0 §3.27.10).
  return {
    errors: results.filter((r) => r.level === 'error').map(describe),
    warnings: results.filter((r) => (r.level ?? 'warning') === 'warning').map(describe),
    status: run.status,
    stdout: run.stdout,
  };
}

describe('certutil-keyspec scan --format sarif', function () {
  this.timeout(120000);
  let folder: string;
  before(() => {
    folder = tempFolder('sarif');
    fs.copyFileSync(path.join(fixtures, 'dump', 'renewed-ca.txt'), path.join(folder, 'ca01.txt'));
    fs.copyFileSync(path.join(fixtures, 'dump', 'seed-flattened.txt'), path.join(folder, 'ca02.txt'));
    fs.copyFileSync(path.join(fixtures, 'inf', 'keyprov-broken.inf'), path.join(folder, 'KeyProv.inf'));
    fs.copyFileSync(path.join(fixtures, 'inf', 'capolicy-issuing.inf'), path.join(folder, 'CAPolicy.inf'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('the validator check sees warnings: a log without tool version or information URI has some', () => {
    const file = path.join(folder, 'bare.sarif');
    fs.writeFileSync(
      file,
      JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'bare' } }, results: [] }],
      }),
    );
    assert.ok(validateSarif(file, folder).warnings.length >= 2);
  });

  it('validates with zero errors and zero warnings, with every finding on its line and the fixes', () => {
    const run = runCli(['scan', '.', '--format', 'sarif', '--output', 'keyspec.sarif', '--today', FIXED_DAY], { cwd: folder });
    assert.equal(run.status, 1, run.stderr);
    const file = path.join(folder, 'keyspec.sarif');
    const validation = validateSarif(file, folder);
    assert.deepEqual({ errors: validation.errors, warnings: validation.warnings }, { errors: [], warnings: [] });
    assert.equal(validation.status, 0, validation.stdout);

    const sarif = JSON.parse(fs.readFileSync(file, 'utf8')) as SarifLog;
    const json = scanJson(['.'], { cwd: folder });
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'certutil-keyspec');
    assert.ok(run0.tool.driver.rules.length > 30);
    assert.ok(run0.tool.driver.rules.every((r) => typeof r.helpUri === 'string' && /^[a-z]+:/.test(r.helpUri)));
    assert.deepEqual(
      run0.invocations.map((i) => [i.executionSuccessful, i.exitCode]),
      [[true, 1]],
    );
    const expected = json.files.flatMap((f) => f.findings.map((x) => [x.code, x.line, x.column]));
    assert.deepEqual(
      run0.results.map((r) => [r.ruleId, r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn]),
      expected,
    );
    const keySpecResults = run0.results.filter((r) => r.ruleId === 'keyspec.ksp-nonzero' && r.locations[0].physicalLocation.region.startColumn === 5);
    assert.equal(keySpecResults.length, 3);
    // ca02.txt (the seed excerpt) shows no store: its repair is asked for, never guessed, so it carries no fix.
    assert.deepEqual(
      keySpecResults.map((r) => [r.locations[0].physicalLocation.artifactLocation.uri.split('/').pop(), r.fixes?.length ?? 0]),
      [
        ['ca01.txt', 1],
        ['ca01.txt', 1],
        ['ca02.txt', 0],
      ],
    );
  });

  it('reports a file it cannot read as a failed invocation, and still validates', () => {
    const run = runCli(['scan', 'ca02.txt', 'missing.txt', '-', '--format', 'sarif', '--output', 'partial.sarif'], {
      cwd: folder,
      input: fs.readFileSync(path.join(fixtures, 'inf', 'keyprov-broken.inf')),
    });
    assert.equal(run.status, 2, run.stderr);
    const file = path.join(folder, 'partial.sarif');
    const validation = validateSarif(file, folder);
    assert.deepEqual({ errors: validation.errors, warnings: validation.warnings }, { errors: [], warnings: [] });
    const invocation = (JSON.parse(fs.readFileSync(file, 'utf8')) as SarifLog).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications?.length, 1);
  });
});
