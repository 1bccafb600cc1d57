/**
 * Browser entry of the language server (dist/browserServer.js). In a web worker it talks to the client over
 * the worker's own port, and first says it is ready (the client waits for that). Where the extension host cannot create a worker, the client evaluates this bundle in
 * the extension host with `certutilServerPort`, one end of a MessageChannel, in scope: then it talks there.
 */

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { workerReadyMessage } from '../../common/protocol';
import { BrowserWorkspaceHost } from './browserWorkspaceHost';
import { startServer } from './startServer';

/** A worker's scope or a MessagePort: the shape BrowserMessageReader and BrowserMessageWriter use (no DOM types here). */
interface Port {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}
/** The port given by the in-host start (client/src/browserExtension.ts); not defined in a worker. */
declare const certutilServerPort: Port | undefined;
/** The worker's own scope, which posts to and hears from the client. */
declare const self: Port;

const inWorker = typeof certutilServerPort === 'undefined';
const port = inWorker ? self : certutilServerPort;
const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
startServer(connection, (c) => new BrowserWorkspaceHost(c));
// The client sends nothing before this arrives, so it cannot be taken for an LSP message.
if (inWorker) port.postMessage(workerReadyMessage);
