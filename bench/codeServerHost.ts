/**
 * The extension-host half of `npm run bench -- --code-server` (bench/codeServer.ts bundles it as the
 * extensionTestsPath and awaits its results file). For each dump it times, in the extension host:
 *   delivery: `workspace.openTextDocument` until it resolves with the document: VS Code reads the file and
 *             sends its text to the extension host (in code-server: from the remote file system to the
 *             browser's workbench, then over the socket to the extension host);
 *   ours:     from then until the Problems count is the expected one: the sniff switches the document to
 *             Certutil Dump, the language client starts the server (first dump only) and sends the text,
 *             the server parses, checks and publishes, the client converts;
 *   total:    the two together.
 * Of ours, `switched` is the part until the document is a Certutil Dump in the extension host (the sniff and
 * VS Code's language change); the editor is shown meanwhile, as when an admin opens the file.
 */

import * as fs from 'node:fs';
import * as vscode from 'vscode';

/** What bench/codeServer.ts passes in CERTUTIL_BENCH_INPUT. */
export interface HostInput {
  resultsFile: string;
  dumps: { file: string; label: string; expectedProblems: number }[];
}

export interface HostSample {
  label: string;
  deliveryMs: number;
  oursMs: number;
  /** Of ours: until the document is a Certutil Dump in the extension host. */
  switchedMs: number;
  totalMs: number;
  problems: number;
}

export interface HostResults {
  samples: HostSample[];
  error?: string;
}

const timeoutMs = 120_000;

/** Resolves when `check` is true, checking on every diagnostics change and language switch; rejects after the timeout. */
function until(check: () => boolean, what: () => string): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const done = (error?: Error): void => {
      subscriptions.forEach((s) => void s.dispose());
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const test = (): void => {
      if (check()) done();
    };
    const timer = setTimeout(() => done(new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`)), timeoutMs);
    subscriptions.push(vscode.languages.onDidChangeDiagnostics(test), vscode.workspace.onDidOpenTextDocument(test));
  });
}

async function measure(dump: HostInput['dumps'][number]): Promise<HostSample> {
  const uri = vscode.Uri.file(dump.file);
  const count = (): number => vscode.languages.getDiagnostics(uri).length;
  const start = performance.now();
  const document = await vscode.workspace.openTextDocument(uri);
  const delivered = performance.now();
  const shown = vscode.window.showTextDocument(document, { preview: false });
  const isDump = (): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === 'certutil-dump');
  await until(isDump, () => `${dump.label} to become a Certutil Dump`);
  const switched = performance.now();
  await until(
    () => count() === dump.expectedProblems,
    () => `${dump.expectedProblems} problems on ${dump.label} (there are ${count()})`,
  );
  const end = performance.now();
  await shown;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return {
    label: dump.label,
    deliveryMs: delivered - start,
    oursMs: end - delivered,
    switchedMs: switched - delivered,
    totalMs: end - start,
    problems: count(),
  };
}

export async function run(): Promise<void> {
  const input = JSON.parse(process.env.CERTUTIL_BENCH_INPUT ?? '{}') as HostInput;
  const results: HostResults = { samples: [] };
  try {
    for (const dump of input.dumps) results.samples.push(await measure(dump));
  } catch (error) {
    results.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  fs.writeFileSync(input.resultsFile, JSON.stringify(results));
}
