/**
 * The VS Code side in the browser (the manifest's `browser` entry, dist/browserClient.js): the same start-up
 * as the Node entry (startClient.ts), with the language server in a web worker (dist/browserServer.js).
 * Where the extension host cannot create a worker, the server bundle runs in the extension host itself and
 * the two talk over a MessageChannel. No Node API here: files are read and written through vscode.workspace.fs.
 */

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startClient, type CertutilExtensionApi, type ServerLocation } from './startClient';

export type { CertutilExtensionApi } from './startClient';

/**
 * What the client posts to and hears from: the worker, or the extension host's end of a MessageChannel (the
 * shape vscode-jsonrpc's BrowserMessageReader and BrowserMessageWriter use; the DOM types are not in this build).
 */
interface Port {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}
/** The extension host's Worker, when it has one (a web worker extension host may not). */
declare const Worker: (new (url: string, options?: { name?: string }) => Port & { terminate(): void }) | undefined;
/** The bundle's body as a function of the port it answers on. */
type ServerBody = (certutilServerPort: unknown) => void;

let client: LanguageClient | undefined;
let stopServer: (() => void) | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CertutilExtensionApi> {
  return startClient(context, async (clientOptions) => {
    const { port, serverRunsIn, why } = await startServer(context.extensionUri);
    client = new LanguageClient('certutil', 'Certutil language server', clientOptions, port);
    return { client, serverRunsIn, ...(why ? { why } : {}) };
  });
}

/** Starts dist/browserServer.js in a web worker, or in this extension host when no worker can be made. */
async function startServer(extensionUri: vscode.Uri): Promise<{ port: Port; serverRunsIn: ServerLocation; why?: string }> {
  const serverMain = vscode.Uri.joinPath(extensionUri, 'dist', 'browserServer.js');
  let why = 'this extension host has no Worker';
  if (typeof Worker === 'function') {
    try {
      const worker = new Worker(serverMain.toString(true), { name: 'Certutil language server' });
      stopServer = () => worker.terminate();
      return { port: worker, serverRunsIn: 'worker' };
    } catch (error) {
      // A host that forbids workers (a SecurityError): run the server here instead.
      why = `creating a worker failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  // The bundle reads `certutilServerPort` when it is in scope (server/src/browserServer.ts), so it answers on
  // one end of the channel; the client talks on the other. Read through VS Code: the bundle may be remote.
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(serverMain));
  const channel = new MessageChannel();
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the extension's own bundle, read from its own folder
  const body = new Function('certutilServerPort', `${source}\n//# sourceURL=${serverMain.toString(true)}`) as ServerBody;
  body(channel.port1);
  stopServer = () => channel.port1.close();
  return { port: channel.port2 as unknown as Port, serverRunsIn: 'extension host', why };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  stopServer?.();
}
