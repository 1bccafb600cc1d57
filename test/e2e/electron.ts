// Runs the same e2e suite in VS Code desktop through @vscode/test-electron, where VS Code can be
// downloaded (not on these machines: there only the code-server runner works). On a Linux machine
// without a display, run it under xvfb-run. CERTUTIL_E2E_VSCODE may name a VS Code executable
// already on the machine instead of the download.
//
//   node out/e2e/electron.js
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { env, formatTest, indent, type Results } from './results';
import { prepareWorkspace, projectRoot } from './workspace';

/** The VS Code that package.json's engines and the code-server runner (code-server 4.100.3) use. */
const vscodeVersion = '1.100.3';

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-electron-'));
  const folder = prepareWorkspace(tmp);
  const resultsFile = path.join(tmp, 'results.json');
  let exitCode = 1;
  try {
    const executable = process.env[env.vscodeExecutable];
    exitCode = await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: vscodeVersion }),
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: path.join(projectRoot, 'out', 'e2e', 'index.js'),
      launchArgs: [
        folder,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--user-data-dir',
        path.join(tmp, 'user-data'),
        '--skip-welcome',
        '--skip-release-notes',
      ],
      extensionTestsEnv: { [env.resultsFile]: resultsFile, [env.suite]: 'e2e' },
    });
  } catch (error) {
    console.error(`[electron] ${error instanceof Error ? error.message : String(error)}`);
  }
  let summary = 'electron: 0 passed, 1 failed';
  if (fs.existsSync(resultsFile)) {
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results;
    results.tests.forEach((test) => console.log(formatTest(test)));
    if (results.error) console.log(`the run itself failed:\n${indent(results.error, '    ')}`);
    summary = `electron: ${results.passed} passed, ${results.failed} failed`;
    if (results.failed > 0 || results.error || results.passed === 0) exitCode = exitCode || 1;
  } else {
    exitCode = exitCode || 1;
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(summary);
  return exitCode;
}

void main().then((code) => process.exit(code));
