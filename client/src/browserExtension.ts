/**
 * The VS Code side in the browser (the manifest's `browser` entry, dist/browserClient.js): the same start-up
 * as the Node build's language client (startClient.ts) and the same dump detection, with the language server in a web worker (dist/browserServer.js).
 * VS Code's web worker extension host refuses a worker from a `vscode-remote:` URL (code-server, where every
 * extension is remote), so the same bundle is then started from a `blob:` URL of its text. Where no worker
 * can be made at all, the bundle runs in the extension host itself and the two talk over a MessageChannel.
 * No Node API here: files are read and written through vscode.workspace.fs.
 */

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { isWorkerReady } from '../../common/protocol';
import { watchForDumps } from './detectDumps';
import { registerWalkthroughCommands } from './walkthrough';
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
declare const Worker: (new (url: string, options?: { name?: string }) => WorkerPort) | undefined;
type WorkerPort = Port & { terminate(): void };
/** The bundle's body as a function of the port it answers on. */
type ServerBody = (certutilServerPort: unknown) => void;

let client: LanguageClient | undefined;
let stopServer: (() => void) | undefined;

/** Unlike the Node entry, the browser build starts its client at activation: it is one bundle, already loaded. */
export async function activate(context: vscode.ExtensionContext): Promise<CertutilExtensionApi> {
  registerWalkthroughCommands(context);
  const detection = watchForDumps(context);
  const started = startClient(context, async (clientOptions) => {
    const { port, serverRunsIn, why } = await startServer(context.extensionUri);
    client = new LanguageClient('certutil', vscode.l10n.t('Certutil language server'), clientOptions, port);
    return { client, serverRunsIn, ...(why ? { why } : {}) };
  });
  const languageClient = await started;
  return { detection, languageClient, startLanguageClient: () => started };
}

/**
 * Starts dist/browserServer.js in a web worker: from its own URL, else from a `blob:` URL of its text; else
 * in this extension host. Each refusal is kept, to say in the output channel why the server runs where it does.
 */
async function startServer(extensionUri: vscode.Uri): Promise<{ port: Port; serverRunsIn: ServerLocation; why?: string }> {
  const serverMain = vscode.Uri.joinPath(extensionUri, 'dist', 'browserServer.js');
  const refusals: string[] = [];
  let source: string | undefined;
  // Read through VS Code: the bundle may be on a remote machine.
  const read = async (): Promise<string> => (source ??= new TextDecoder().decode(await vscode.workspace.fs.readFile(serverMain)));
  if (typeof Worker === 'function') {
    const fromUrl = await loadedWorker(serverMain.toString(true), refusals);
    if (fromUrl) return { port: fromUrl, serverRunsIn: 'worker' };
    const text = await read();
    const blobUrl = URL.createObjectURL(new Blob([text], { type: 'application/javascript' }));
    const fromBlob = await loadedWorker(blobUrl, refusals);
    // The worker has read its script (or failed to): the URL is no longer needed.
    URL.revokeObjectURL(blobUrl);
    if (fromBlob) return { port: fromBlob, serverRunsIn: 'worker', why: `from a blob: URL; ${refusals.join('; ')}` };
  } else {
    refusals.push('this extension host has no Worker');
  }
  // The bundle reads `certutilServerPort` when it is in scope (server/src/browserServer.ts), so it answers on
  // one end of the channel; the client talks on the other.
  const channel = new MessageChannel();
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the extension's own bundle, read from its own folder
  const body = new Function('certutilServerPort', `${await read()}\n//# sourceURL=${serverMain.toString(true)}`) as ServerBody;
  body(channel.port1);
  stopServer = () => channel.port1.close();
  return { port: channel.port2 as unknown as Port, serverRunsIn: 'extension host', why: refusals.join('; ') };
}

/**
 * A worker running the server once it says it is ready, or undefined (the reason added to `refusals`) when the
 * host refuses to create it or its script fails to load: one of the two events always comes.
 */
async function loadedWorker(url: string, refusals: string[]): Promise<WorkerPort | undefined> {
  let worker: WorkerPort;
  try {
    worker = new Worker!(url, { name: 'Certutil language server' });
  } catch (error) {
    refusals.push(`creating a worker failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const loaded = await new Promise<boolean>((resolve) => {
    worker.onmessage = (event) => resolve(isWorkerReady(event.data));
    worker.addEventListener('error', () => resolve(false));
  });
  // The language client sets its own onmessage; nothing else is posted before it sends `initialize`.
  worker.onmessage = null;
  if (!loaded) {
    refusals.push('the worker did not load the server');
    worker.terminate();
    return undefined;
  }
  stopServer = () => worker.terminate();
  return worker;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  stopServer?.();
}
