import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startTestServer, type TestServer } from './lspClient';

/** A request INF with the slips of issue 12 part 7: the cmdlet's provider spelling, a KSP KeySpec, a Subject placeholder. */
const request = [
  '[Version]',
  'Signature="$Windows NT$"',
  '[NewRequest]',
  'Subject = "CN=SERVER_FQDN"',
  'ProviderName = "RSA#Microsoft Software Key Storage Provider"',
  'KeySpec = 1',
  'KeyLength = 2048',
  '[BasicConstraints]',
  'PathLength = 0',
  '',
].join('\r\n');

describe('language server over stdio: the INF rules of issue 12 part 7', () => {
  let server: TestServer;
  const uri = pathToFileURL(path.join('/tmp', 'request.inf')).toString();
  let diagnostics: Diagnostic[];
  before(async () => {
    server = await startTestServer();
    server.open(uri, 'certutil-inf', request);
    diagnostics = await server.diagnostics(uri);
  });
  after(async () => server.stop());

  it('publishes each finding on its line, KeySpec in a request at the non-CA default severity (warning)', () => {
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.severity]),
      [
        ['certreq.placeholder', 3, 1],
        ['provider.algorithm-prefix', 4, 1],
        ['keyspec.ksp-nonzero', 5, 2],
        ['inf.misspelt-section', 7, 2],
      ],
    );
  });

  it('writes the provider name alone', async () => {
    const diagnostic = diagnostics.find((d) => d.code === 'provider.algorithm-prefix')!;
    const actions = await server.codeActions(uri, diagnostic);
    const edits = actions[0]?.edit?.changes?.[uri];
    assert.deepEqual(
      edits?.map((e) => [e.range.start.line, e.newText]),
      [[4, '"Microsoft Software Key Storage Provider"']],
    );
  });
});
