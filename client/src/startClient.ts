/**
 * The start-up both entries share (extension.ts for Node, browserExtension.ts for the browser): dump
 * detection, the commands, the health report, the status bar and the language client, given the client
 * each entry makes (its server in a Node process, or in a web worker).
 */

import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { languageIds } from '../../common/languageIds';
import { readDirectoryRequest } from '../../common/protocol';
import { registerCommands, type CommandHooks } from './commands';
import { watchForDumps, type DetectionHooks } from './detectDumps';
import { registerHealthReport } from './healthReportView';
import { showRepairStatus } from './statusBar';

/** What `activate` returns: hooks the extension's own tests use to answer pickers. */
export interface CertutilExtensionApi {
  hooks: CommandHooks;
  detection: DetectionHooks;
  client: BaseLanguageClient;
  statusBar: vscode.StatusBarItem;
  /** Where the language server runs: a Node process, a web worker, or this extension host (browser build, no worker). */
  serverRunsIn: ServerLocation;
  /** Why it runs there, when that is not the entry's first choice (a browser host that cannot make a worker). */
  serverWhy?: string;
}

export type ServerLocation = 'node process' | 'worker' | 'extension host';

/** The language client an entry made, and where its server runs. */
export interface StartedClient {
  client: BaseLanguageClient;
  serverRunsIn: ServerLocation;
  /** Why the server runs where it does, when that is not the first choice. */
  why?: string;
}

export async function startClient(
  context: vscode.ExtensionContext,
  makeClient: (options: LanguageClientOptions) => StartedClient | Promise<StartedClient>,
): Promise<CertutilExtensionApi> {
  const output = vscode.window.createOutputChannel('Certutil', { log: true });
  context.subscriptions.push(output);
  const detection = watchForDumps(context);
  const { client, serverRunsIn, why } = await makeClient({
    documentSelector: [{ language: languageIds.dump }, { language: languageIds.inf }],
    synchronize: { configurationSection: 'certutil' },
    outputChannel: output,
  });
  // The browser server has no file system: it asks for the names in a folder before it names repair files.
  client.onRequest(readDirectoryRequest, async ({ uri }) => {
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
      return { names: entries.map(([name]) => name) };
    } catch {
      return null;
    }
  });
  const hooks = registerCommands(context, client);
  registerHealthReport(context, client);
  const statusBar = showRepairStatus(context);
  await client.start();
  output.info(`The Certutil language server runs in the ${serverRunsIn}${why ? ` (${why})` : ''}.`);
  return { hooks, detection, client, statusBar, serverRunsIn, ...(why ? { serverWhy: why } : {}) };
}
