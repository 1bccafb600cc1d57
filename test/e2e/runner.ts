// Runs the e2e journeys in a real VS Code: code-server's extension host, opened in Debian's
// headless Chromium by playwright-core. Builds nothing: `npm run build` and scripts/build-e2e.mjs
// come first, scripts/ensure-runtime.mjs installs code-server and Chromium.
//
//   node out/e2e/runner.js [--vsix <file> | --web] [--screenshots <dir>] [--grep <text>] [--timeout <s>] [--keep] [--locale <tag>]
//
// Without --vsix the extension is loaded from the project (extensionDevelopmentPath) and the suite
// in out/e2e/suite runs. With --vsix the VSIX is installed with `code-server --install-extension`
// and the smoke suite in out/e2e/smoke runs against the installed copy. VS Code only runs an
// extensionTestsPath beside an extensionDevelopmentPath (checked in code-server 4.100.3: without
// one, run() is never called), so that run develops test/e2e/driver, an empty extension, and the
// smoke suite checks that the extension it exercises is the one in the extensions folder.
//
// With --web the same journeys run against the browser build in code-server's web worker extension host:
// the runner assembles a web-only copy of the extension (the manifest without `main`, `extensionKind`
// ["web"], the browser bundles, and out/e2e/web/index.js inside it, because VS Code runs the tests in the
// host of the extension whose folder holds them) and develops that. The index there has no Node: it reads
// e2e-config.json beside the workspace and writes the results file through vscode.workspace.fs.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildLanguagePack, indexLanguagePack } from './languagePack';
import { chromiumArgs, chromiumPath, installExtension, remotePath, startCodeServer, workbenchUrl, type CodeServer } from './codeServer';
import { env, formatTest, indent, type Results } from './results';
import { prepareWorkspace, projectRoot } from './workspace';

const { values: args } = parseArgs({
  options: {
    vsix: { type: 'string' },
    web: { type: 'boolean', default: false },
    screenshots: { type: 'string' },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
    locale: { type: 'string' },
  },
});
const label = args.vsix ? 'smoke' : args.web ? 'web' : 'e2e';
const screenshotsDir = args.screenshots ?? path.join(projectRoot, 'test-results', args.web ? 'screenshots-web' : 'screenshots');

function log(message: string): void {
  console.log(`[${label}] ${message}`);
}

async function main(): Promise<number> {
  const deadline = Date.now() + Number(args.timeout) * 1000;
  const nodeIndex = path.join(projectRoot, 'out', 'e2e', 'index.js');
  for (const [file, hint] of [
    [nodeIndex, 'node scripts/build-e2e.mjs'],
    [path.join(projectRoot, 'out', 'e2e', 'web', 'index.js'), 'node scripts/build-e2e.mjs'],
    [path.join(projectRoot, 'dist', 'entry.js'), 'npm run build'],
    [path.join(projectRoot, 'dist', 'client.js'), 'npm run build'],
    [path.join(projectRoot, 'dist', 'browserClient.js'), 'npm run build'],
    [chromiumPath, 'node scripts/ensure-runtime.mjs'],
  ] as const) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run ${hint}`);
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `certutil-${label}-`));
  const folder = prepareWorkspace(tmp);
  const resultsFile = path.join(tmp, 'results.json');
  const requests = path.join(tmp, 'screenshot-requests');
  const extensionsDir = path.join(tmp, 'extensions');
  const screenshots = path.resolve(screenshotsDir);
  fs.mkdirSync(requests, { recursive: true });
  fs.mkdirSync(screenshots, { recursive: true });
  log(`state in ${tmp}`);

  if (args.locale) {
    log(`installing a stand-in language pack for ${args.locale}`);
    log(installExtension(buildLanguagePack(args.locale, tmp, projectRoot), { stateDir: tmp, extensionsDir }));
    indexLanguagePack(args.locale, path.join(tmp, 'user-data'), extensionsDir);
  }
  if (args.vsix) {
    log(`installing ${args.vsix}`);
    log(installExtension(args.vsix, { stateDir: tmp, extensionsDir }));
  }

  let developmentPath = args.vsix ? path.join(projectRoot, 'test', 'e2e', 'driver') : projectRoot;
  let indexFile = nodeIndex;
  if (args.web) {
    developmentPath = webExtension(tmp);
    indexFile = path.join(developmentPath, 'e2e', 'index.js');
    const config = { resultsFile, developmentRoot: developmentPath, screenshotRequests: requests, ...(args.grep ? { grep: args.grep } : {}) };
    fs.writeFileSync(path.join(tmp, 'e2e-config.json'), JSON.stringify(config, null, 2));
    log(`web-only extension in ${developmentPath}`);
  }

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const pageLog: string[] = [];
  let ok = false;
  let summary = `${label}: 0 passed, 1 failed`;
  try {
    server = await startCodeServer({
      stateDir: tmp,
      folder,
      port: 0,
      extensionsDir,
      ...(args.locale ? { locale: args.locale } : {}),
      env: {
        [env.resultsFile]: resultsFile,
        [env.suite]: label,
        [env.screenshotRequests]: requests,
        [env.extensionsDir]: extensionsDir,
        ...(args.grep ? { [env.grep]: args.grep } : {}),
      },
    });
    log(`code-server at ${server.origin}`);
    const url = workbenchUrl(server, folder, [
      remotePath(server, 'extensionDevelopmentPath', developmentPath),
      remotePath(server, 'extensionTestsPath', indexFile),
    ]);

    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('console', (message) => pageLog.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => pageLog.push(`[pageerror] ${error.stack ?? error.message}`));
    await page.goto(url);

    const results = await watch(server, page, resultsFile, requests, screenshots, deadline);
    ({ ok, summary } = report(results));
  } catch (error) {
    // Still end on a count: what finished, plus the run that did not.
    console.error(`[${label}] ${error instanceof Error ? error.message : String(error)}`);
    const partial = readResults(resultsFile);
    if (partial) summary = report(partial, 1).summary;
  } finally {
    fs.writeFileSync(path.join(tmp, 'page-console.log'), pageLog.join('\n'));
    if (server) fs.writeFileSync(path.join(tmp, 'code-server.log'), server.output.join('\n'));
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
  if (!ok) {
    printErrors(tmp, server, pageLog);
    log(`kept ${tmp}: code-server.log, page-console.log, results.json, and the extension host logs under user-data/logs`);
  } else if (args.keep) {
    log(`kept ${tmp}`);
  } else {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // The last line, in the form CI reads: "e2e: N passed, N failed".
  console.log(summary);
  return ok ? 0 : 1;
}

/**
 * A copy of the extension that VS Code can only run in the web worker extension host: the manifest without
 * `main` and with `extensionKind: ["web"]`, what a web VSIX carries, and the browser test index inside it.
 */
function webExtension(tmp: string): string {
  const folder = path.join(tmp, 'web-extension');
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.main;
  manifest.extensionKind = ['web'];
  fs.mkdirSync(path.join(folder, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const file of ['browserClient.js', 'browserServer.js']) fs.copyFileSync(path.join(projectRoot, 'dist', file), path.join(folder, 'dist', file));
  // The manifest's %keys% and the client's strings come from these, as in the VSIX.
  for (const file of fs.readdirSync(projectRoot).filter((name) => /^package\.nls(\.[\w-]+)?\.json$/.test(name)))
    fs.copyFileSync(path.join(projectRoot, file), path.join(folder, file));
  for (const dir of ['syntaxes', 'snippets', 'language-configuration', 'l10n', 'media'])
    if (fs.existsSync(path.join(projectRoot, dir))) fs.cpSync(path.join(projectRoot, dir), path.join(folder, dir), { recursive: true });
  fs.mkdirSync(path.join(folder, 'e2e'));
  fs.copyFileSync(path.join(projectRoot, 'out', 'e2e', 'web', 'index.js'), path.join(folder, 'e2e', 'index.js'));
  return folder;
}

/** Polls the results file until the index is done, printing tests as they finish and taking requested screenshots. */
async function watch(server: CodeServer, page: Page, resultsFile: string, requests: string, screenshots: string, deadline: number): Promise<Results> {
  let printed = 0;
  let hostExitedAt: number | undefined;
  for (;;) {
    const results = readResults(resultsFile);
    if (results) {
      for (; printed < results.tests.length; printed++) console.log(formatTest(results.tests[printed]));
      if (results.done) return results;
    }
    await takeScreenshots(page, requests, screenshots);
    await answerQueries(page, requests);

    if (server.process.exitCode !== null) throw new Error(`code-server exited with ${server.process.exitCode} before the tests finished`);
    if (page.isClosed()) throw new Error('the page closed before the tests finished');
    // The results are written before run() returns; an extension host that is gone without them
    // failed to load the index (or crashed). Give the last write a moment to land, then stop.
    if (hostExitedAt === undefined && server.output.some((line) => /Extension Host Process exited/.test(line))) hostExitedAt = Date.now();
    if (hostExitedAt !== undefined && Date.now() - hostExitedAt > 3_000) {
      throw new Error(`the extension host exited before the tests finished${results ? '' : ' (the index never wrote results: did it load?)'}`);
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${args.timeout} s${results ? ` with ${results.tests.length} test(s) finished` : ' before the index wrote any results'}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function readResults(file: string): Results | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Results;
  } catch {
    return undefined; // Not written yet, or caught mid-write.
  }
}

/** Answers the `<name>.request` files that util.screenshot() drops: a PNG of the page, then the request is removed. */
async function takeScreenshots(page: Page, requests: string, screenshots: string): Promise<void> {
  for (const request of fs.readdirSync(requests).filter((name) => name.endsWith('.request'))) {
    const name = request.slice(0, -'.request'.length);
    try {
      // Let the workbench paint what the extension host just changed.
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
      await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
      log(`screenshot ${path.relative(projectRoot, path.join(screenshots, `${name}.png`))}`);
    } catch (error) {
      fs.writeFileSync(path.join(requests, `${name}.error`), error instanceof Error ? error.message : String(error));
    }
    fs.rmSync(path.join(requests, request), { force: true });
  }
}

/** Answers the `<name>.query` files that util.pageTexts() drops (a CSS selector): `<name>.answer` holds the texts of the matching elements. */
async function answerQueries(page: Page, requests: string): Promise<void> {
  for (const query of fs.readdirSync(requests).filter((name) => name.endsWith('.query'))) {
    const name = query.slice(0, -'.query'.length);
    const selector = fs.readFileSync(path.join(requests, query), 'utf8');
    let answer: string;
    try {
      answer = JSON.stringify(await page.locator(selector).allInnerTexts());
    } catch (error) {
      answer = JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
    }
    fs.rmSync(path.join(requests, query), { force: true });
    // Written whole, then renamed: the extension host never reads half an answer.
    fs.writeFileSync(path.join(requests, `${name}.partial`), answer);
    fs.renameSync(path.join(requests, `${name}.partial`), path.join(requests, `${name}.answer`));
  }
}

/** Prints the failures and returns the closing count line, which main prints last. */
function report(results: Results, unfinished = 0): { ok: boolean; summary: string } {
  if (results.failures.length > 0) {
    console.log(`\n${results.failures.length} failure(s):`);
    for (const failure of results.failures) console.log(`\n  ${failure.title}\n${indent(failure.error, '    ')}`);
  }
  if (results.error) console.log(`\nthe run itself failed:\n${indent(results.error, '    ')}`);
  const ok = results.failed === 0 && unfinished === 0 && !results.error && results.passed > 0;
  return { ok, summary: `${label}: ${results.passed} passed, ${results.failed + unfinished} failed` };
}

/** What helps most with a failed run: page errors, the extension host's warnings and errors, and the extension's own output channels. */
function printErrors(tmp: string, server: CodeServer | undefined, pageLog: string[]): void {
  const noise = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|404 \(Not Found\)/;
  const section = (title: string, lines: string[]): void => {
    if (lines.length > 0) console.log(`\n${title}:\n${indent(lines.join('\n'), '    ')}`);
  };
  section('page errors (last 20)', pageLog.filter((line) => /^\[(error|pageerror)\]/.test(line) && !noise.test(line)).slice(-20));
  for (const file of logFiles(path.join(tmp, 'user-data', 'logs'))) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const relative = path.relative(tmp, file);
    if (path.basename(file) === 'remoteexthost.log')
      section(`${relative}, warnings and errors (last 30)`, lines.filter((line) => /\[(warning|error)\]/.test(line) && !noise.test(line)).slice(-30));
    else if (file.includes(`${path.sep}certutil-tools.`)) section(`${relative} (last 40 lines)`, lines.filter((line) => line.trim() !== '').slice(-40));
  }
  if (server) section('code-server output (last 20 lines)', server.output.slice(-20));
}

function logFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => file.endsWith('.log') && fs.statSync(file).isFile());
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[${label}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.log(`${label}: 0 passed, 1 failed`);
    process.exit(1);
  },
);
