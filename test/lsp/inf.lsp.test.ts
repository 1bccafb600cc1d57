import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, HoverRequest, type CodeAction, type CompletionItem, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol';
import { startTestServer, type TestServer } from './lspClient';

const seedLike = [
  '[Properties]',
  '2 = "{text}"',
  '_continue_ = "Container=CONTAINER_NAME&"   // copy the Key Container here',
  '_continue_ = "Provider=Microsoft Software Key Storage Provider"',
  '_continue_ = "ProviderType=0&"',
  '_continue_ = "Flags=0x20&"',
  '_continue_ = "KeySpec=2"',
  '',
].join('\r\n');

const dump = [
  'my "Personal"',
  '================ Certificate 0 ================',
  'Serial Number: 21000000044a30cdeaaaae7b08000000000004',
  'Subject: CN=Contoso CA',
  '  CERT_KEY_PROV_INFO_PROP_ID(2):',
  '    Key Container = Contoso CA',
  '    Provider = Microsoft Software Key Storage Provider',
  '    ProviderType = 0',
  '  Flags = 20 (32)',
  '    KeySpec = 2 -- AT_SIGNATURE',
  '',
].join('\r\n');

describe('language server over stdio: INF files', () => {
  let server: TestServer;
  const infUri = pathToFileURL(path.join('/tmp', 'KeyProv.inf')).toString();
  let diagnostics: Diagnostic[];
  before(async () => {
    server = await startTestServer();
    const dumpUri = pathToFileURL(path.join('/tmp', 'machine.txt')).toString();
    server.open(dumpUri, 'certutil-dump', dump);
    await server.diagnostics(dumpUri);
    server.open(infUri, 'certutil-inf', seedLike);
    diagnostics = await server.diagnostics(infUri);
  });
  after(async () => server.stop());

  const actionsFor = async (code: string): Promise<CodeAction[]> => {
    const diagnostic = diagnostics.find((d) => d.code === code)!;
    return server.codeActions(infUri, diagnostic);
  };
  const apply = (edits: TextEdit[]): string => {
    const lines = seedLike.split('\r\n');
    const offsetOf = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 2, 0) + p.character;
    return [...edits]
      .sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start))
      .reduce((text, e) => text.slice(0, offsetOf(e.range.start)) + e.newText + text.slice(offsetOf(e.range.end)), seedLike);
  };

  it("flags the seed article's mistakes on their lines", () => {
    const byCode = diagnostics.map((d) => [d.code, d.range.start.line, d.severity]);
    assert.deepEqual(byCode, [
      ['inf.placeholder', 2, 1],
      ['inf.slash-comment', 2, 1],
      ['keyprov.missing-ampersand', 3, 1],
      ['keyspec.ksp-nonzero', 6, 1],
    ]);
  });

  it('turns a // remark into a ; comment line', async () => {
    const [fix] = await actionsFor('inf.slash-comment');
    const text = apply(fix.edit!.changes![infUri]);
    assert.match(text, /\r\n; copy the Key Container here\r\n_continue_ = "Container=CONTAINER_NAME&"\r\n/);
  });

  it('adds the missing &', async () => {
    const [fix] = await actionsFor('keyprov.missing-ampersand');
    assert.match(apply(fix.edit!.changes![infUri]), /"Provider=Microsoft Software Key Storage Provider&"/);
  });

  it('sets KeySpec to 0 for a KSP', async () => {
    const fixes = await actionsFor('keyspec.ksp-nonzero');
    assert.equal(fixes[0].isPreferred, true);
    assert.match(apply(fixes[0].edit!.changes![infUri]), /_continue_ = "KeySpec=0"/);
  });

  it('fills the container placeholder from the open dump', async () => {
    const fixes = await actionsFor('inf.placeholder');
    const fromDump = fixes.find((f) => f.title.includes('Contoso CA'));
    assert.ok(fromDump, fixes.map((f) => f.title).join(' | '));
    assert.match(apply(fromDump.edit!.changes![infUri]), /"Container=Contoso CA&"/);
  });

  it('completes provider names inside a Provider= fragment', async () => {
    const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: infUri }, position: { line: 3, character: 23 } });
    const items: CompletionItem[] = Array.isArray(result) ? result : (result?.items ?? []);
    assert.ok(
      items.some((i) => i.label === 'Microsoft Software Key Storage Provider'),
      items.map((i) => i.label).join(', '),
    );
  });

  it('explains property 2 on hover', async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: infUri }, position: { line: 1, character: 0 } });
    assert.match(JSON.stringify(hover?.contents), /CERT_KEY_PROV_INFO_PROP_ID/);
  });
});
