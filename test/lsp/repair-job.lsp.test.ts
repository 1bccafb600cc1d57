import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeLensRequest, ExecuteCommandRequest, type CreateFile, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { serverCommands } from '../../common/commandIds';
import { compareRequest, repairEditRequest } from '../../common/protocol';
import type { TestServer } from './lspClient';
import { renewed } from './renewedCa';
import { startInTempFolder, stopAndRemove } from './setup';

describe('language server over stdio: the whole repair job', () => {
  let server: TestServer;
  let folder: string;
  let dumpUri: string;
  before(async () => {
    ({ server, folder } = await startInTempFolder('certutil-job-'));
    dumpUri = pathToFileURL(path.join(folder, 'machine.txt')).toString();
    server.open(dumpUri, 'certutil-dump', renewed);
    await server.diagnostics(dumpUri);
  });
  after(() => stopAndRemove(server, folder));

  it('returns every repair file as a WorkspaceEdit from workspace/executeCommand', async () => {
    fs.writeFileSync(path.join(folder, 'repair-keyspec.cmd'), 'rem mine');
    const edit = (await server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: serverCommands.repairFiles,
      arguments: [dumpUri],
    })) as WorkspaceEdit;
    const changes = edit.documentChanges as (CreateFile | TextDocumentEdit)[];
    const created = changes.filter((c): c is CreateFile => 'kind' in c).map((c) => path.basename(new URL(c.uri).pathname));
    assert.deepEqual(created, [
      'KeyProv-6100000002c0ffee4ab8d1e300000000000002.inf',
      'KeyProv-6100000005d1a2b3c4d5e6f700000000000005.inf',
      'rollback-6100000002c0ffee4ab8d1e300000000000002.inf',
      'rollback-6100000005d1a2b3c4d5e6f700000000000005.inf',
      'repair-keyspec-2.cmd',
      'repair-keyspec.ps1',
    ]);
    for (const c of changes.filter((c): c is CreateFile => 'kind' in c)) assert.deepEqual(c.options, { overwrite: false, ignoreIfExists: false });
    const texts = changes.filter((c): c is TextDocumentEdit => 'textDocument' in c).map((c) => c.edits[0].newText);
    assert.match(texts[4], /"%CERTUTIL%" -repairstore "my" "6100000005d1a2b3c4d5e6f700000000000005" "KeyProv-6100000005d1a2b3c4d5e6f700000000000005.inf"/);
    assert.match(texts[2], /_continue_ = "KeySpec=2"/, 'the rollback puts back the KeySpec the dump shows');
    assert.equal(fs.readFileSync(path.join(folder, 'repair-keyspec.cmd'), 'utf8'), 'rem mine');
  });

  it('"all" after the quick fix: the KeyProv.inf the quick fix wrote is used as it is, not written again as a -2 copy', async () => {
    const own = fs.mkdtempSync(path.join(folder, 'once-'));
    const uri = pathToFileURL(path.join(own, 'machine.txt')).toString();
    server.open(uri, 'certutil-dump', renewed);
    await server.diagnostics(uri);
    const quickFix = await server.connection.sendRequest(repairEditRequest, { uri, serials: ['6100000002c0ffee4ab8d1e300000000000002'] });
    assert.ok(quickFix.ok && 'edit' in quickFix);
    const written = (quickFix.edit.documentChanges as (CreateFile | TextDocumentEdit)[]).filter((c): c is TextDocumentEdit => 'textDocument' in c);
    fs.writeFileSync(new URL(written[0].textDocument.uri), written[0].edits[0].newText);
    const all = await server.connection.sendRequest(repairEditRequest, { uri, scripts: true });
    assert.ok(all.ok && 'edit' in all);
    assert.deepEqual(
      all.files.map((f) => [f.fileName, f.alreadyWritten === true]),
      [
        ['KeyProv-6100000002c0ffee4ab8d1e300000000000002.inf', true],
        ['KeyProv-6100000005d1a2b3c4d5e6f700000000000005.inf', false],
        ['rollback-6100000002c0ffee4ab8d1e300000000000002.inf', false],
        ['rollback-6100000005d1a2b3c4d5e6f700000000000005.inf', false],
        ['repair-keyspec.cmd', false],
        ['repair-keyspec.ps1', false],
      ],
    );
    const created = (all.edit.documentChanges as (CreateFile | TextDocumentEdit)[])
      .filter((c): c is CreateFile => 'kind' in c)
      .map((c) => path.basename(new URL(c.uri).pathname));
    assert.ok(!created.some((name) => name.startsWith('KeyProv-6100000002c0ffee4ab8d1e300000000000002')), created.join(', '));
    assert.equal(created.length, 5);
  });

  it('answers an unknown document with an error, and stays up', async () => {
    await assert.rejects(
      server.connection.sendRequest(ExecuteCommandRequest.type, { command: serverCommands.repairFiles, arguments: ['file:///nowhere.txt'] }),
      /not an open certutil dump/,
    );
    await assert.rejects(
      server.connection.sendRequest(ExecuteCommandRequest.type, { command: serverCommands.repairFiles, arguments: [42] }),
      /takes the dump's URI/,
    );
  });

  it('puts a "Generate repair INF" lens above each affected certificate', async () => {
    // The first lens, on the store header, is the CA key health summary (test/lsp/health.lsp.test.ts).
    const lenses = ((await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: dumpUri } })) ?? []).filter(
      (l) => l.command?.command !== '',
    );
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.command, l.command?.arguments]),
      [
        [1, 'certutil.generateRepairInf', [dumpUri, '6100000002c0ffee4ab8d1e300000000000002']],
        [105, 'certutil.generateRepairInf', [dumpUri, '6100000005d1a2b3c4d5e6f700000000000005']],
      ],
    );
  });

  it('compares with the dump taken after the repair and marks the fixed certificates on it', async () => {
    const afterUri = pathToFileURL(path.join(folder, 'machine-after.txt')).toString();
    server.open(afterUri, 'certutil-dump', renewed.replace(/KeySpec = 2 -- AT_SIGNATURE/g, 'KeySpec = 0 -- XCN_AT_NONE'));
    // The fixture's earlier CA generation has expired: cert.expired (Information) is the health tests' business.
    const notExpiry = (d: { code?: unknown }): boolean => d.code !== 'cert.expired';
    assert.deepEqual((await server.diagnostics(afterUri)).filter(notExpiry), []);
    const result = await server.connection.sendRequest(compareRequest, { beforeUri: dumpUri, afterUri });
    assert.equal(result?.allCaFixed, true);
    assert.match(result.markdown, /# KeySpec repair: machine.txt → machine-after.txt/);
    assert.match(result.markdown, /2 fixed, 0 still broken, 1 unchanged and fine/);
    const diagnostics = (await server.diagnostics(afterUri)).filter(notExpiry);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['compare.fixed', 80],
        ['compare.fixed', 172],
      ],
    );
  });
});
