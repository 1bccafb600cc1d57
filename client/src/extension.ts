/**
 * The VS Code side (Node entry): starts the language server in a Node process, then the shared start-up
 * (startClient.ts): dump detection, the commands that need the editor (pick, write, open) and the client.
 */

import * as path from 'path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { warnAboutUnsyncedFiles } from './largeFiles';
import { startClient, type CertutilExtensionApi } from './startClient';

export type { CertutilExtensionApi } from './startClient';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CertutilExtensionApi> {
  warnAboutUnsyncedFiles(context);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  return startClient(context, (clientOptions) => {
    client = new LanguageClient('certutil', 'Certutil language server', serverOptions, clientOptions);
    return { client, serverRunsIn: 'node process' };
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
