/**
 * Issue 18 part 3: a document's pending diagnostics are published before the server answers another request
 * on that document, so VS Code's documentSymbol, foldingRange and codeLens requests after an edit never hold
 * back the Problems of the edit.
 */

import * as assert from 'node:assert/strict';
import { CodeLensRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { startTestServer, type TestServer } from './lspClient';
import { keySpecDigit as digit, keySpecLine, renewed as text } from './renewedCa';

const uri = 'file:///diagnostics-first/machine.txt';

describe('language server over stdio: diagnostics before the requests that follow an edit', () => {
  let server: TestServer;
  /** What arrived, in order: `publish <version>` or the name of the answered request. */
  const events: string[] = [];

  before(async () => {
    server = await startTestServer();
    server.onPublish((params) => params.uri === uri && events.push(`publish ${String(params.version)}`));
    server.open(uri, 'certutil-dump', text);
    await server.diagnostics(uri, 1);
  });
  after(async () => server.stop());

  const requests = [
    { name: 'documentSymbol', send: () => server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) },
    { name: 'foldingRange', send: () => server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }) },
    { name: 'codeLens', send: () => server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) },
    {
      name: 'hover',
      send: () => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: keySpecLine, character: digit } }),
    },
  ];

  let version = 1;
  for (const request of requests) {
    it(`publishes the edit's diagnostics before answering ${request.name}`, async () => {
      events.length = 0;
      version++;
      const published = server.diagnostics(uri, version);
      void server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          {
            range: { start: { line: keySpecLine, character: digit }, end: { line: keySpecLine, character: digit + 1 } },
            text: version % 2 === 0 ? '0' : '2',
          },
        ],
      });
      // Sent at once, well inside the debounce: without "diagnostics first" it would be answered before them.
      await request.send().then(() => events.push(request.name));
      const diagnostics = await published;
      assert.deepEqual(events, [`publish ${version}`, request.name]);
      assert.equal(diagnostics.filter((d) => d.code === 'keyspec.ksp-nonzero').length, version % 2 === 0 ? 1 : 2);
    });
  }
});
