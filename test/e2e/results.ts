// The results file: the only way a run inside the extension host reports back, because neither
// code-server's page nor its extension host gives the runner an exit code. What the host prints with
// console.* cannot be captured there (VS Code redefines console's methods as unwritable getters and
// forwards them to the page), so the runner reports the extension host's log files instead.

/** One finished test, titled with its suites ("dump detection opens machine.txt ..."). */
export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
  /** What the test measured, in a line each (`note()` in util.ts): printed under its result. */
  notes?: string[];
}

/** Where `note()` leaves its lines for the index (a global: the journeys and the index are separate bundles). */
export const notesKey = '__certutilE2eNotes';

/** Written by the index after every test, and with `done` set once mocha has finished. */
export interface Results {
  done: boolean;
  passed: number;
  failed: number;
  tests: TestResult[];
  failures: { title: string; error: string }[];
  /** Set when the run could not start or crashed outside a test. */
  error?: string;
}

/** Environment variables that the runners set for the extension host. */
export const env = {
  /** Absolute path of the results file. */
  resultsFile: 'CERTUTIL_E2E_RESULTS',
  /** Which tests to run: `e2e` (default, out/e2e/suite) or `smoke` (out/e2e/smoke). */
  suite: 'CERTUTIL_E2E_SUITE',
  /** Optional mocha grep. */
  grep: 'CERTUTIL_E2E_GREP',
  /** Folder where `screenshot(name)` drops `name.request` for the runner; unset means no screenshots. */
  screenshotRequests: 'CERTUTIL_E2E_SCREENSHOT_REQUESTS',
  /** The extensions folder of an installed-VSIX run, so the smoke suite can check where the extension came from. */
  extensionsDir: 'CERTUTIL_E2E_EXTENSIONS_DIR',
  /** For `npm run test:electron`: a VS Code executable on the machine, used instead of a download. */
  vscodeExecutable: 'CERTUTIL_E2E_VSCODE',
} as const;

export function formatTest(test: TestResult): string {
  const mark = test.state === 'passed' ? 'ok  ' : 'FAIL';
  const line = `  ${mark} ${test.title} (${test.durationMs} ms)${(test.notes ?? []).map((n) => `\n       note: ${n}`).join('')}`;
  return test.error ? `${line}\n${indent(test.error, '       ')}` : line;
}

export function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
