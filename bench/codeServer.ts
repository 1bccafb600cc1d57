/**
 * Issue 18, target 8 (real VS Code): `npm run bench -- --code-server` opens generated `.txt` dumps of about
 * 2 MB and 6 MB in code-server (its extension host, driven by headless Chromium through playwright-core, as
 * the e2e runner does) and times, in the extension host, VS Code's delivery of each document and our part
 * from there to the Problems count (bench/codeServerHost.ts). Each size is opened twice: first in a window
 * where no dump was open yet (the first one starts the language client and server), then a second file of
 * the same size. Needs `npm run build` (the bench script does it) and the e2e runtime
 * (`npm run runtime`).
 */

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { defaultCheckOptions, diagnose, parse } from '../server/src/service/languageService';
import { chromiumArgs, chromiumPath, remotePath, startCodeServer, workbenchUrl, type CodeServer } from '../test/e2e/codeServer';
import type { HostInput, HostResults, HostSample } from './codeServerHost';
import { generateDump } from './generate';

const root = path.join(__dirname, '..');
const MB = 1024 * 1024;

/** The certificates that make a generated dump of about `mb` MB (about 6.6 KB each). */
function certificatesFor(mb: number): number {
  return Math.round((mb * MB) / 6_600);
}

/** The diagnostics the server publishes for `text`: the Problems count to wait for. */
function expectedProblems(text: string): number {
  const parsed = parse('certutil-dump', text, 'machine.txt');
  if (!parsed) throw new Error('the generated dump did not parse');
  return diagnose(parsed, { ...defaultCheckOptions, today: Date.now() }).length;
}

export interface CodeServerSample extends HostSample {
  megabytes: number;
}

export async function measureCodeServer(timeoutMs = 300_000): Promise<CodeServerSample[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-bench-code-server-'));
  const folder = path.join(tmp, 'workspace');
  fs.mkdirSync(folder);
  const hostBundle = path.join(tmp, 'host', 'codeServerHost.js');
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'codeServerHost.ts')],
    outfile: hostBundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const dumps: HostInput['dumps'] = [];
  const sizes: number[] = [];
  for (const [index, mb] of [2, 6, 2, 6].entries()) {
    // A seed per file: the second file of a size shares no certificate with the first.
    const text = generateDump(certificatesFor(mb), 40 + index);
    const file = path.join(folder, `machine-${mb}mb-${index < 2 ? 'first' : 'second'}.txt`);
    fs.writeFileSync(file, text);
    dumps.push({ file, label: path.basename(file), expectedProblems: expectedProblems(text) });
    sizes.push(Buffer.byteLength(text) / MB);
  }
  const resultsFile = path.join(tmp, 'results.json');
  const input: HostInput = { resultsFile, dumps };

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({ stateDir: tmp, folder, port: 0, env: { CERTUTIL_BENCH_INPUT: JSON.stringify(input) } });
    const url = workbenchUrl(server, folder, [remotePath(server, 'extensionDevelopmentPath', root), remotePath(server, 'extensionTestsPath', hostBundle)]);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(url);
    const deadline = Date.now() + timeoutMs;
    while (!fs.existsSync(resultsFile)) {
      if (server.process.exitCode !== null) throw new Error(`code-server exited with ${server.process.exitCode}`);
      if (Date.now() > deadline) throw new Error(`code-server bench: no results after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as HostResults;
    if (results.error) throw new Error(`code-server bench: ${results.error}`);
    return results.samples.map((sample, i) => ({ ...sample, megabytes: sizes[i] }));
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
