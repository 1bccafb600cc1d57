import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  type CreateFile,
  type Diagnostic,
  type DocumentSymbol,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { writeRepairInf } from '../../server/src/service/repair/repairInf';
import { repairCandidatesRequest, repairEditRequest } from '../../common/protocol';
import { seedTarget } from '../service/repairTargets';
import type { TestServer } from './lspClient';
import { startInTempFolder, stopAndRemove } from './setup';
import { fixtureText } from '../fixtureText';

const fixture = (name: string): string => fixtureText('dump', name);
/** The seed excerpt names no store: behind the echoed command that made it, its store is shown (docs/formats.md §D.1). */
const seed = (): string => `C:\\>certutil -v -store my\r\nmy "Personal"\r\n${fixture('seed-flattened.txt')}`;
/**
 * The seed's KeySpec finding, by its code: the server judges validity on the real day, so in a few years the
 * certificate's expiry is a finding of its own, and it stands before this one.
 */
const keySpecFinding = (diagnostics: Diagnostic[]): Diagnostic => {
  const found = diagnostics.find((d) => d.code === 'keyspec.ksp-nonzero');
  assert.ok(found, `no keyspec.ksp-nonzero among ${diagnostics.map((d) => String(d.code)).join(', ')}`);
  return found;
};

describe('language server over stdio: dumps', () => {
  let server: TestServer;
  let folder: string;
  before(async () => ({ server, folder } = await startInTempFolder('certutil-lsp-')));
  after(() => stopAndRemove(server, folder));

  it('publishes the KeySpec errors on the KeySpec lines with code and severity', async () => {
    const uri = pathToFileURL(path.join(folder, 'machine.txt')).toString();
    server.open(uri, 'certutil-dump', fixture('renewed-ca.txt'));
    // The fixture's earlier CA generation has expired: cert.expired (Information) is the health tests' business.
    const diagnostics = (await server.diagnostics(uri)).filter((d) => d.code !== 'cert.expired');
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.source]),
      [
        ['keyspec.ksp-nonzero', 1, 80, 'certutil'],
        ['keyspec.ksp-nonzero', 1, 172, 'certutil'],
      ],
    );
    assert.deepEqual(
      diagnostics[0].relatedInformation?.map((r) => r.location.range.start.line),
      [74, 76, 43],
    );
  });

  it('offers a preferred quick fix that creates KeyProv-<serial>.inf beside the dump with the full text', async () => {
    const uri = pathToFileURL(path.join(folder, 'seed.txt')).toString();
    server.open(uri, 'certutil-dump', seed());
    const diagnostic = keySpecFinding(await server.diagnostics(uri));
    const actions = await server.codeActions(uri, diagnostic);
    assert.equal(actions.length, 1);
    const [action] = actions;
    assert.equal(action.isPreferred, true);
    const infUri = pathToFileURL(path.join(folder, 'KeyProv-21000000044a30cdeaaaae7b08000000000004.inf')).toString();
    const [create, edit] = action.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    assert.deepEqual(create, { kind: 'create', uri: infUri, options: { overwrite: false, ignoreIfExists: false } });
    assert.equal(edit.textDocument.uri, infUri);
    const expected = writeRepairInf(seedTarget);
    assert.ok(expected.ok);
    assert.equal(edit.edits[0].newText, expected.text);
    assert.match(edit.edits[0].newText, /_continue_ = "Container=Contoso CA&"\r\n/);
  });

  it('numbers the file when KeyProv-<serial>.inf already exists', async () => {
    fs.writeFileSync(path.join(folder, 'KeyProv-21000000044a30cdeaaaae7b08000000000004.inf'), 'mine');
    const uri = pathToFileURL(path.join(folder, 'seed2.txt')).toString();
    server.open(uri, 'certutil-dump', seed());
    const diagnostic = keySpecFinding(await server.diagnostics(uri));
    const [action] = await server.codeActions(uri, diagnostic);
    const [create] = action.edit!.documentChanges! as [CreateFile];
    assert.ok(create.uri.endsWith('KeyProv-21000000044a30cdeaaaae7b08000000000004-2.inf'));
    assert.equal(fs.readFileSync(path.join(folder, 'KeyProv-21000000044a30cdeaaaae7b08000000000004.inf'), 'utf8'), 'mine');
  });

  it('gives an untitled dump a command that opens an untitled INF', async () => {
    const uri = 'untitled:Untitled-1';
    server.open(uri, 'certutil-dump', seed());
    const diagnostic = keySpecFinding(await server.diagnostics(uri));
    const [action] = await server.codeActions(uri, diagnostic);
    assert.equal(action.edit, undefined);
    assert.equal(action.command?.command, 'certutil.openUntitledInf');
    assert.match(String(action.command?.arguments?.[0]), /"KeySpec=0"/);
  });

  it('opens an untitled INF instead of writing beside a dump outside the workspace', async () => {
    const uri = 'file:///srv/outside/machine.txt';
    server.open(uri, 'certutil-dump', seed());
    const diagnostic = keySpecFinding(await server.diagnostics(uri));
    const [action] = await server.codeActions(uri, diagnostic);
    assert.equal(action.edit, undefined);
    assert.equal(action.command?.command, 'certutil.openUntitledInf');
  });

  it('outlines certificates with their key-provider block', async () => {
    const uri = pathToFileURL(path.join(folder, 'machine.txt')).toString();
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.range.start.line]),
      [
        // Two generations of one CA: told apart by index, validity and the whole serial.
        ['Fabrikam Issuing CA 1', '#0 · 3/2/2021 9:14 AM – 3/2/2026 9:24 AM · serial 6100000002c0ffee4ab8d1e300000000000002 · CA', 1],
        ['Fabrikam Issuing CA 1', '#1 · 2/20/2026 10:02 AM – 2/20/2031 10:12 AM · serial 6100000005d1a2b3c4d5e6f700000000000005 · CA', 105],
        ['web01.fabrikam.com', '#2 · 4/11/2025 8:00 AM – 4/11/2027 8:00 AM · serial 3a00000017be5f9c1d2e3f40a50000000017', 180],
      ],
    );
    assert.equal(symbols[0].children?.[0].name, 'Key provider');
    assert.equal(symbols[0].children?.[0].detail, 'Fabrikam Issuing CA 1 · KSP · KeySpec 2');
  });

  it('explains KeySpec on hover', async () => {
    const uri = pathToFileURL(path.join(folder, 'machine.txt')).toString();
    const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 80, character: 8 } }))!;
    assert.match((hover.contents as { value: string }).value, /AT_SIGNATURE/);
    assert.equal(hover.range?.start.line, 80);
  });

  it('folds certificates and property blocks', async () => {
    const uri = pathToFileURL(path.join(folder, 'machine.txt')).toString();
    const ranges = (await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
    assert.ok(
      ranges.some((r) => r.startLine === 1 && r.endLine === 103),
      JSON.stringify(ranges.slice(0, 3)),
    );
    assert.ok(ranges.some((r) => r.startLine === 73 && r.endLine === 80));
  });

  it('answers the repair requests the client commands use', async () => {
    const uri = pathToFileURL(path.join(folder, 'machine.txt')).toString();
    const candidates = await server.connection.sendRequest(repairCandidatesRequest, { uri });
    assert.deepEqual(
      candidates.map((c) => [c.target.serial, c.line]),
      [
        ['6100000002c0ffee4ab8d1e300000000000002', 80],
        ['6100000005d1a2b3c4d5e6f700000000000005', 172],
      ],
    );
    const inf = await server.connection.sendRequest(repairEditRequest, {
      uri,
      serials: [candidates[0].target.serial],
      folder: pathToFileURL(folder).toString(),
    });
    assert.ok(inf.ok && 'edit' in inf && JSON.stringify(inf.edit).includes('_continue_ = \\"Container=Fabrikam Issuing CA 1&\\"'), JSON.stringify(inf));
  });

  it('re-checks after an edit and publishes for the new version', async () => {
    const uri = pathToFileURL(path.join(folder, 'machine.txt')).toString();
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 80, character: 14 }, end: { line: 80, character: 31 } }, text: '0 -- XCN_AT_NONE' }],
    });
    const diagnostics = (await server.diagnostics(uri, 2)).filter((d) => d.code !== 'cert.expired');
    assert.deepEqual(
      diagnostics.map((d) => d.range.start.line),
      [172],
    );
  });
});
