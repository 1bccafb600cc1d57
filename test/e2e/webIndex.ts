// The extensionTestsPath of the browser run: code-server's web worker extension host loads this bundle
// (out/e2e/web/index.js, copied by the runner into the web-only extension folder) and awaits `run()`. It
// has no Node: the runner's settings come from `e2e-config.json` beside the workspace folder, read and the
// results written through vscode.workspace.fs (on code-server's machine), and mocha is its browser build.
import * as vscode from 'vscode';
import { describeError, emptyResults, record } from './record';
import { configureRun } from './util';

/** What the runner writes for this index (paths on the code-server machine). */
export interface WebRunConfig {
  resultsFile: string;
  developmentRoot: string;
  screenshotRequests?: string;
  grep?: string;
}

/** The part of the browser mocha this needs. */
interface BrowserMocha {
  setup(options: { ui: 'bdd'; timeout: number; reporter: string; color: boolean }): void;
  grep(pattern: string): void;
  run(done: () => void): Parameters<typeof record>[0];
}

/** Loads the journey files in order; set by the generated entry (scripts/build-e2e.mjs), after mocha is set up. */
let loadJourneys: () => void = () => {
  throw new Error('no journeys were bundled');
};

export function setJourneys(load: () => void): void {
  loadJourneys = load;
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('the browser e2e run has no workspace folder open');
  const onServer = (path: string): vscode.Uri => folder.with({ path });
  const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '..', 'e2e-config.json')))) as WebRunConfig;
  configureRun({
    developmentRoot: onServer(config.developmentRoot),
    build: 'browser',
    ...(config.screenshotRequests ? { screenshotRequests: onServer(config.screenshotRequests) } : {}),
  });
  const results = emptyResults();
  // Writes in order, each the whole file; the runner reads whichever last landed.
  let writing: Promise<void> = Promise.resolve();
  const write = (): void => {
    const text = new TextEncoder().encode(JSON.stringify(results, null, 2));
    writing = writing.then(() => vscode.workspace.fs.writeFile(onServer(config.resultsFile), text)).catch(() => undefined);
  };
  try {
    // The browser build of mocha puts `mocha` (and, once set up, describe/it) on the global object.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('mocha/mocha.js');
    const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
    mocha.setup({ ui: 'bdd', timeout: 60_000, reporter: 'spec', color: false });
    if (config.grep) mocha.grep(config.grep);
    loadJourneys();
    write();
    await new Promise<void>((resolve) =>
      record(
        mocha.run(() => resolve()),
        results,
        write,
      ),
    );
  } catch (error) {
    results.error = describeError(error);
  } finally {
    results.done = true;
    write();
    await writing;
  }
  if (results.error) throw new Error(results.error);
  if (results.failed > 0) throw new Error(`${results.failed} browser e2e test(s) failed`);
}
