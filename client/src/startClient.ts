/**
 * The language client's start-up both builds share (extension.ts for Node, loaded by entry.ts on the first
 * dump; browserExtension.ts for the browser): the commands, the health report, the status bar and the
 * language client, given the client each makes (its server in a Node process, or in a web worker). Dump
 * detection is the entries' own (it runs before any client exists).
 */

import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { configFileGlob } from '../../common/configFile';
import { languageIds } from '../../common/languageIds';
import { readDirectoryRequest, repairFileTextLimit } from '../../common/protocol';
import { registerCommands, type CommandHooks } from './commands';
import type { DetectionHooks } from './detectDumps';
import { registerHealthReport } from './healthReportView';
import { showRepairStatus } from './statusBar';

/** What `activate` returns (both entries): the detection hooks at once, the language client's part once it has started. */
export interface CertutilExtensionApi {
  detection: DetectionHooks;
  /** The language client's hooks, client and status bar, or undefined while no dump, INF or command has needed them. */
  readonly languageClient: LanguageClientApi | undefined;
  /** Loads the language client and starts the server, if that has not happened yet. */
  startLanguageClient(): Promise<LanguageClientApi>;
}

/** What the started language client gives the extension's own tests: hooks to answer pickers, the client, the status bar. */
export interface LanguageClientApi {
  hooks: CommandHooks;
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
): Promise<LanguageClientApi> {
  const output = vscode.window.createOutputChannel('Certutil', { log: true });
  context.subscriptions.push(output);
  const configWatcher = vscode.workspace.createFileSystemWatcher(configFileGlob);
  context.subscriptions.push(configWatcher);
  const { client, serverRunsIn, why } = await makeClient({
    documentSelector: [{ language: languageIds.dump }, { language: languageIds.inf }],
    // The config files (certutil-keyspec.json, .certutilrc.json) are read by the server; it hears of each change.
    synchronize: { configurationSection: 'certutil', fileEvents: configWatcher },
    outputChannel: output,
  });
  // The browser server has no file system: it asks for the names in a folder before it names repair files.
  client.onRequest(readDirectoryRequest, async ({ uri }) => {
    try {
      const folder = vscode.Uri.parse(uri);
      const entries = await vscode.workspace.fs.readDirectory(folder);
      const texts: Record<string, string> = {};
      // Only plain files that could be repair files, and only small ones: a folder of dumps reads nothing big.
      for (const [name, type] of entries) {
        if (type !== vscode.FileType.File || !/\.(inf|cmd|ps1)$/i.test(name)) continue;
        const file = vscode.Uri.joinPath(folder, name);
        if ((await vscode.workspace.fs.stat(file)).size > repairFileTextLimit) continue;
        texts[name] = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
      }
      return { names: entries.map(([name]) => name), texts };
    } catch {
      return null;
    }
  });
  const hooks = registerCommands(context, client);
  registerHealthReport(context, client);
  const statusBar = showRepairStatus(context, client);
  await client.start();
  output.info(`The Certutil language server runs in the ${serverRunsIn}${why ? ` (${why})` : ''}.`);
  return { hooks, client, statusBar, serverRunsIn, ...(why ? { serverWhy: why } : {}) };
}
