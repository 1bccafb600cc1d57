/**
 * The browser server (dist/browserServer.js) as the browser client starts it where no worker can be made:
 * evaluated with one end of a MessageChannel in scope, spoken to through the other. It has no file system,
 * so it asks the client for the names in a folder (certutil/readDirectory) and writes to VS Code's file
 * systems (vscode-remote:), never over a name the listing shows.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  CodeActionRequest,
  createProtocolConnection,
  ExecuteCommandRequest,
  HoverRequest,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type CodeAction,
  type CreateFile,
  type Diagnostic,
  type ProtocolConnection,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/browser';
import { serverCommands } from '../../common/commandIds';
import { readDirectoryRequest } from '../../common/protocol';
import { renewed, serials, takenInOtherCase, writtenAroundTaken } from './renewedCa';

const bundle = path.join(__dirname, '..', '..', 'dist', 'browserServer.js');
const workspace = 'vscode-remote://ca-jump-host/pki';

describe('browser language server in the extension host, over a MessageChannel', () => {
  let connection: ProtocolConnection;
  let channel: InstanceType<typeof MessageChannel>;
  /** What the fake client's file system holds, by folder URI; and the folders the server asked about. */
  const folders = new Map<string, string[]>();
  const asked: string[] = [];
  const published = new Map<string, (d: Diagnostic[]) => void>();

  before(async () => {
    channel = new MessageChannel();
    // As client/src/browserExtension.ts does: the bundle answers on the port it finds in scope.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the project's own bundle, as the client runs it
    const body = new Function('certutilServerPort', fs.readFileSync(bundle, 'utf8')) as (port: unknown) => void;
    body(channel.port1);
    connection = createProtocolConnection(new BrowserMessageReader(channel.port2), new BrowserMessageWriter(channel.port2));
    connection.onRequest(readDirectoryRequest, ({ uri }) => {
      asked.push(uri);
      const names = folders.get(uri);
      return names ? { names } : null;
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => published.get(params.uri)?.(params.diagnostics));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      workspaceFolders: [{ uri: workspace, name: 'pki' }],
      capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
    });
    await connection.sendNotification('initialized', {});
  });
  after(() => {
    connection.dispose();
    channel.port1.close();
    channel.port2.close();
  });

  function openDump(uri: string): Promise<Diagnostic[]> {
    const diagnostics = new Promise<Diagnostic[]>((resolve) => published.set(uri, resolve));
    void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'certutil-dump', version: 1, text: renewed } });
    return diagnostics;
  }
  function created(edit: WorkspaceEdit): string[] {
    const creates = (edit.documentChanges as (CreateFile | TextDocumentEdit)[]).filter((c): c is CreateFile => 'kind' in c);
    for (const c of creates) assert.deepEqual(c.options, { overwrite: false, ignoreIfExists: false });
    return creates.map((c) => c.uri);
  }

  it('publishes the same problems and hovers as the Node server', async () => {
    const uri = `${workspace}/hover/machine.txt`;
    const diagnostics = await openDump(uri);
    const keySpec = diagnostics.filter((d) => d.code === 'keyspec.ksp-nonzero');
    assert.equal(keySpec.length, 2);
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: keySpec[0].range.start });
    assert.ok(hover, 'no hover on the KeySpec line');
    assert.deepEqual(hover.range, keySpec[0].range, 'the hover is not on the KeySpec value');
  });

  it('asks the client for the folder and writes the repair files beside the dump, around the names taken there', async () => {
    const folder = `${workspace}/ca`;
    folders.set(folder, takenInOtherCase);
    const uri = `${folder}/machine.txt`;
    await openDump(uri);
    const edit = (await connection.sendRequest(ExecuteCommandRequest.type, { command: serverCommands.repairFiles, arguments: [uri] })) as WorkspaceEdit;
    assert.ok(asked.includes(folder), `the server did not ask for ${folder}: ${JSON.stringify(asked)}`);
    assert.deepEqual(
      created(edit).map((f) => f.slice(folder.length + 1)),
      writtenAroundTaken,
    );
  });

  it('names the quick fix after the listing too', async () => {
    const folder = `${workspace}/fix`;
    folders.set(folder, [`KeyProv-${serials[0]}.inf`]);
    const uri = `${folder}/machine.txt`;
    const diagnostic = (await openDump(uri)).find((d) => d.code === 'keyspec.ksp-nonzero' && JSON.stringify(d.data).includes(serials[0]))!;
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    assert.ok(actions[0].edit, 'the quick fix has no edit');
    assert.deepEqual(created(actions[0].edit), [`${folder}/KeyProv-${serials[0]}-2.inf`]);
  });

  it('writes only to the file systems a browser writes through, never to another scheme', async () => {
    const uri = `${workspace}/other/machine.txt`;
    await openDump(uri);
    await assert.rejects(
      connection.sendRequest(ExecuteCommandRequest.type, { command: serverCommands.repairFiles, arguments: [uri, 'git:/pki/other'] }),
      /folders only, not to git:/,
    );
  });
});
