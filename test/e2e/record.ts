// Records a mocha run into the results file's shape (results.ts), for both indexes: index.ts in the Node
// extension host and webIndex.ts in the web worker extension host. No Node API.
import { notesKey, type Results, type TestResult } from './results';

/** The part of a mocha Runner and Test this needs (the Node and the browser mocha both have it). */
interface MochaTest {
  fullTitle(): string;
  duration?: number;
}
interface MochaRunner {
  on(event: 'pass', listener: (test: MochaTest) => void): unknown;
  on(event: 'fail', listener: (test: MochaTest, error: unknown) => void): unknown;
}

export function emptyResults(): Results {
  return { done: false, passed: 0, failed: 0, tests: [], failures: [] };
}

/** Adds each finished test to `results` and calls `write` after each. */
export function record(runner: MochaRunner, results: Results, write: () => void): void {
  const add = (test: MochaTest, error?: unknown): void => {
    const result: TestResult = { title: test.fullTitle(), state: error === undefined ? 'passed' : 'failed', durationMs: test.duration ?? 0 };
    // What the test measured (util.note()), printed by the runner under its result.
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
  runner.on('pass', (test) => add(test));
  // A failing hook is reported with the hook as the "test"; it counts as one failure.
  runner.on('fail', (test, error) => add(test, error ?? 'failed without an error'));
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
