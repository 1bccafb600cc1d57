/**
 * The VS Code side: starts the language client, turns plain-text documents that hold certutil output
 * into Certutil Dumps, and registers the few commands that need the editor (pick, write, open).
 */

import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { configFileGlob } from '../../common/configFile';
import { languageIds } from '../../common/languageIds';
import { registerCommands, type CommandHooks } from './commands';
import { watchForDumps, type DetectionHooks } from './detectDumps';

import { registerHealthReport } from './healthReportView';
import { warnAboutUnsyncedFiles } from './largeFiles';
import { showRepairStatus } from './statusBar';

let client: LanguageClient | undefined;

/** What `activate` returns: hooks the extension's own tests use to answer pickers. */
export interface CertutilExtensionApi {
  hooks: CommandHooks;
  detection: DetectionHooks;
  client: LanguageClient;
  statusBar: vscode.StatusBarItem;
}

export async function activate(context: vscode.ExtensionContext): Promise<CertutilExtensionApi> {
  const output = vscode.window.createOutputChannel('Certutil', { log: true });
  context.subscriptions.push(output);
  const detection = watchForDumps(context);
  warnAboutUnsyncedFiles(context);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const configWatcher = vscode.workspace.createFileSystemWatcher(configFileGlob);
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: languageIds.dump }, { language: languageIds.inf }],
    // The config files (certutil-keyspec.json, .certutilrc.json) are read by the server; it hears of each change.
    synchronize: { configurationSection: 'certutil', fileEvents: configWatcher },
    outputChannel: output,
  };
  client = new LanguageClient('certutil', 'Certutil language server', serverOptions, clientOptions);
  const hooks = registerCommands(context, client);
  registerHealthReport(context, client);
  const statusBar = showRepairStatus(context);
  await client.start();
  return { hooks, detection, client, statusBar };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
