/**
 * The language client's part of the Node build (dist/client.js), loaded by the entry (client/src/entry.ts)
 * when the first Certutil Dump or INF document opens or a command runs: starts the language server in a Node
 * process, then the shared start-up (startClient.ts): the commands that need the editor, the status bar, the client.
 */

import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { startClient, type LanguageClientApi } from './startClient';

export type { LanguageClientApi } from './startClient';

let client: LanguageClient | undefined;

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClientApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  return startClient(context, (clientOptions) => {
    client = new LanguageClient('certutil', vscode.l10n.t('Certutil language server'), serverOptions, clientOptions);
    return { client, serverRunsIn: 'node process' };
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
