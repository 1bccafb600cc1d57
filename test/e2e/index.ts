// The extensionTestsPath: VS Code's extension host (code-server's or VS Code desktop's) loads this
// bundle and awaits `run()`. It runs mocha over the compiled journeys next to it and writes the
// results file after each test, so the runner can report progress and failures without an exit code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { describeError, emptyResults, record } from './record';
import { env } from './results';
import { configureRun } from './util';

export async function run(): Promise<void> {
  const resultsFile = process.env[env.resultsFile];
  const suite = process.env[env.suite] ?? 'e2e';
  const results = emptyResults();
  const requests = process.env[env.screenshotRequests];
  // out/e2e/index.js is two folders below the project root.
  configureRun({
    developmentRoot: vscode.Uri.file(path.resolve(__dirname, '..', '..')),
    build: 'node',
    ...(requests ? { screenshotRequests: vscode.Uri.file(requests) } : {}),
  });
  const write = (): void => {
    if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  };
  try {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
    const grep = process.env[env.grep];
    if (grep) mocha.grep(grep);
    const dir = path.join(__dirname, suite === 'smoke' ? 'smoke' : 'suite');
    const files = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(suite === 'smoke' ? '.smoke.js' : '.e2e.js'))
      .sort();
    if (files.length === 0) throw new Error(`no test files in ${dir}`);
    for (const file of files) mocha.addFile(path.join(dir, file));
    write();

    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      record(runner, results, write);
    });
  } catch (error) {
    results.error = describeError(error);
  } finally {
    results.done = true;
    write();
  }
  if (results.error) throw new Error(results.error);
  // VS Code desktop (@vscode/test-electron) takes a rejected run() as a failed run.
  if (results.failed > 0) throw new Error(`${results.failed} e2e test(s) failed`);
}
