// The extensionTestsPath: VS Code's extension host (code-server's or VS Code desktop's) loads this
// bundle and awaits `run()`. It runs mocha over the compiled journeys next to it and writes the
// results file after each test, so the runner can report progress and failures without an exit code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { env, notesKey, type Results, type TestResult } from './results';

export async function run(): Promise<void> {
  const resultsFile = process.env[env.resultsFile];
  const suite = process.env[env.suite] ?? 'e2e';
  const results: Results = { done: false, passed: 0, failed: 0, tests: [], failures: [] };
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
      const record = (test: Mocha.Test, error?: unknown): void => {
        const result: TestResult = { title: test.fullTitle(), state: error === undefined ? 'passed' : 'failed', durationMs: test.duration ?? 0 };
        const notes = (globalThis as Record<string, unknown>)[notesKey];
        if (Array.isArray(notes) && notes.length > 0) result.notes = notes.splice(0).map(String);
        if (error !== undefined) {
          result.error = describeError(error);
          results.failures.push({ title: result.title, error: result.error });
          results.failed++;
        } else {
          results.passed++;
        }
        results.tests.push(result);
        write();
      };
      runner.on('pass', (test) => record(test));
      // A failing hook is reported with the hook as the "test"; it counts as one failure.
      runner.on('fail', (test, error) => record(test, error ?? 'failed without an error'));
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

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
