/**
 * The language client's part (dist/client.js), loaded by the entry (client/src/entry.ts) when the first
 * Certutil Dump or INF document opens or a command runs: starts the language client and server and
 * registers the commands that need it and the repair status bar item.
 */

import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { languageIds } from '../../common/languageIds';
import { registerCommands, type CommandHooks } from './commands';

import { registerHealthReport } from './healthReportView';
import { showRepairStatus } from './statusBar';

let client: LanguageClient | undefined;

/** What the started language client gives the extension's own tests: hooks to answer pickers, the client, the status bar. */
export interface LanguageClientApi {
  hooks: CommandHooks;
  client: LanguageClient;
  statusBar: vscode.StatusBarItem;
}

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClientApi> {
  const output = vscode.window.createOutputChannel('Certutil', { log: true });
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: languageIds.dump }, { language: languageIds.inf }],
    synchronize: { configurationSection: 'certutil' },
    outputChannel: output,
  };
  client = new LanguageClient('certutil', 'Certutil language server', serverOptions, clientOptions);
  const hooks = registerCommands(context, client);
  registerHealthReport(context, client);
  const statusBar = showRepairStatus(context);
  await client.start();
  return { hooks, client, statusBar };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
