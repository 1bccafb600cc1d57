/** Drives `node dist/server.js --stdio` through the protocol, as any LSP client would. */

import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  createProtocolConnection,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const serverPath = path.join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Resolves with the next diagnostics published for `uri` (optionally for a given version). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  open(uri: string, languageId: string, text: string, version?: number): void;
  /** The code actions the server offers for `diagnostic` of `uri`, on its range (an empty list where it answers null). */
  codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]>;
  /** Calls `listener` with every publication, in the order the server sent them (for tests of ordering). */
  onPublish(listener: (params: PublishDiagnosticsParams) => void): void;
  stderr(): string;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** Added to the initialize request: the LSP `locale`. */
  locale?: string;
  /** Added to the initialize request. */
  initializationOptions?: unknown;
  /**
   * The client's `certutil` settings section: given, the client says it answers workspace/configuration and
   * answers with what this returns at the time (change it, then send workspace/didChangeConfiguration).
   */
  settings?: () => unknown;
  /**
   * The server's today (YYYY-MM-DD): its clock is moved there (shiftedClock.js), so that the validity findings of
   * a real file, whose dates the test cannot choose, do not change with the day the tests run.
   */
  today?: string;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const clock = options.today === undefined ? [] : ['--require', path.join(__dirname, 'shiftedClock.js')];
  const child = spawn(process.execPath, [...clock, serverPath, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.today === undefined ? {} : { env: { ...process.env, CERTUTIL_TEST_TODAY: options.today } }),
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map<string, { version?: number; diagnostics: Diagnostic[] }[]>();
  const waiters: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];
  const listeners: ((params: PublishDiagnosticsParams) => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    for (const listener of listeners) listener(params);
    const waiter = waiters.findIndex((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (waiter >= 0) waiters.splice(waiter, 1)[0].resolve(params.diagnostics);
    else published.set(params.uri, [...(published.get(params.uri) ?? []), { version: params.version, diagnostics: params.diagnostics }]);
  });
  const { settings } = options;
  if (settings) connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings()));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    // The temp folders the tests write dumps into are inside this workspace folder.
    workspaceFolders: [{ uri: pathToFileURL(os.tmpdir()).toString(), name: 'tmp' }],
    capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, ...(settings ? { configuration: true } : {}) } },
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    diagnostics(uri, version) {
      const queued = published.get(uri) ?? [];
      const index = queued.findIndex((p) => version === undefined || p.version === version);
      if (index >= 0) return Promise.resolve(queued.splice(index, 1)[0].diagnostics);
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    open(uri, languageId, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    async codeActions(uri, diagnostic) {
      const actions = await connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      return (actions ?? []) as CodeAction[];
    },
    onPublish: (listener) => void listeners.push(listener),
    stderr: () => stderr,
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } finally {
        connection.dispose();
        child.kill();
      }
    },
  };
}
