import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeLensRequest,
  HoverRequest,
  InlayHintRequest,
  type CodeAction,
  type CreateFile,
  type Diagnostic,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { healthReportRequest, healthSummaryRequest } from '../../common/protocol';
import { writeRepairStoreScript } from '../../server/src/service/repair/keyRepair';
import { writeRepairInf } from '../../server/src/service/repair/repairInf';
import type { TestServer } from './lspClient';
import { caExtension, certificateHead, healthyKspKey } from './healthDump';
import { startInTempFolder, stopAndRemove } from './setup';

const DAY = 86_400_000;
/** `M/D/YYYY h:mm AM` (en-US) for the UTC day `days` from today: the server reads dates with its own clock. */
function usDate(days: number): string {
  const d = new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} 11:30 PM`;
}

const HASH_A = '2e442e64aa00bb11cc22dd33ee44ff5566778899';
const HASH_B = '99887766554433221100ffeeddccbbaa00112233';

function cert(index: number, serial: string, subject: string, notAfter: string, hash: string, tail: string[], ca = true, eku?: string): string[] {
  return [
    ...certificateHead(index, serial, subject, notAfter),
    'Certificate Extensions: 1',
    ...(ca ? caExtension : []),
    ...(eku ? ['    2.5.29.37: Flags = 0, Length = 16', '    Enhanced Key Usage', `        ${eku}`, ''] : []),
    `Key Id Hash(sha1): ${hash}`,
    '',
    // AccessState 6: a local-machine system store, the evidence a repair command's store comes from.
    '  CERT_ACCESS_STATE_PROP_ID(14):',
    '    AccessState = 6',
    '',
    ...tail,
  ];
}

const dumpText = (): string =>
  [
    'my "Personal"',
    ...cert(0, '0aa1', 'Fabrikam Issuing CA', usDate(43), HASH_A, healthyKspKey('Fabrikam CA key')),
    ...cert(1, '0bb2', 'Fabrikam Issuing CA', usDate(-12), HASH_A, ['Missing stored keyset']),
    ...cert(
      2,
      '0cc3',
      'web.fabrikam.test',
      usDate(400),
      HASH_B,
      [
        '  CERT_KEY_PROV_INFO_PROP_ID(2):',
        '    Key Container = web-key',
        '    Provider = Microsoft Enhanced RSA and AES Cryptographic Provider',
        '    ProviderType = 24',
        '  Flags = 20 (32)',
        '    KeySpec = 2 -- AT_SIGNATURE',
        '',
        'Encryption test passed',
      ],
      false,
      'Server Authentication (1.3.6.1.5.5.7.3.1)',
    ),
    ...cert(3, '0dd4', 'Old Partner CA', usDate(900), '1111111111111111111111111111111111111111', ['Missing stored keyset']),
    'CertUtil: -repairstore command FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)',
    '',
  ].join('\r\n');

describe('language server over stdio: CA key health', () => {
  let server: TestServer;
  let folder: string;
  let uri: string;
  let diagnostics: Diagnostic[];
  const text = dumpText();
  before(async () => {
    ({ server, folder } = await startInTempFolder('certutil-health-'));
    uri = pathToFileURL(path.join(folder, 'ca.txt')).toString();
    server.open(uri, 'certutil-dump', text);
    diagnostics = await server.diagnostics(uri);
  });
  after(() => stopAndRemove(server, folder));
  const lineOf = (needle: string, from = 0): number => text.split('\r\n').findIndex((l, i) => i >= from && l.includes(needle));
  const codeActions = (diagnostic: Diagnostic): Promise<CodeAction[]> => server.codeActions(uri, diagnostic);
  const created = (action: CodeAction): { uri: string; text: string } => {
    const [create, edit] = action.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    assert.deepEqual(create.options, { overwrite: false, ignoreIfExists: false });
    return { uri: create.uri, text: edit.edits[0].newText };
  };

  it('publishes every finding on its line, each linking to its section of docs/rules.md', () => {
    const health = diagnostics.filter((d) => d.code !== 'keyspec.ksp-nonzero');
    assert.deepEqual(
      health.map((d) => [d.code, d.range.start.line]),
      [
        ['cert.expiring', lineOf('NotAfter')],
        ['cert.expired', lineOf('NotAfter', lineOf('Certificate 1'))],
        ['key.missing', lineOf('Missing stored keyset')],
        ['keyspec.consumer', lineOf('KeySpec = 2')],
        ['key.missing', lineOf('Missing stored keyset', lineOf('Certificate 3'))],
        ['certutil.failed', lineOf('CertUtil: -repairstore')],
      ],
    );
    for (const d of health)
      assert.equal(d.codeDescription?.href, `https://github.com/certutil-tools/certutil-keyspec/blob/main/docs/rules.md#${String(d.code)}`);
  });

  it('repairs a lost key with a KeyProv INF naming the container of the certificate with the same key', async () => {
    const missing = diagnostics.find((d) => d.code === 'key.missing' && d.range.start.line === lineOf('Missing stored keyset'))!;
    const [action] = await codeActions(missing);
    const file = created(action);
    assert.equal(file.uri, pathToFileURL(path.join(folder, 'KeyProv-0bb2.inf')).toString());
    const expected = writeRepairInf({
      serial: '0bb2',
      subject: 'Fabrikam Issuing CA',
      container: 'Fabrikam CA key',
      provider: 'Microsoft Software Key Storage Provider',
      flags: 0x20,
      store: 'my',
      userKey: false,
      isCA: true,
      index: 1,
    });
    assert.ok(expected.ok);
    assert.equal(file.text, expected.text);
  });

  it('repairs a lost key nobody else shows with repairstore and no INF', async () => {
    const missing = diagnostics.find((d) => d.code === 'key.missing' && d.range.start.line > lineOf('Certificate 3'))!;
    const [action] = await codeActions(missing);
    const file = created(action);
    assert.equal(file.uri, pathToFileURL(path.join(folder, 'repairstore-0dd4.cmd')).toString());
    const expected = writeRepairStoreScript({ serial: '0dd4', store: 'my', userKey: false }, 'repairstore-0dd4.cmd');
    assert.ok(expected.ok);
    assert.equal(file.text, expected.text);
    assert.match(file.text, /^"%SystemRoot%\\System32\\certutil\.exe" -repairstore my "0dd4"\r$/m);
  });

  it("repairs a TLS server's AT_SIGNATURE CSP key with a KeySpec=1 INF through the same writer", async () => {
    const consumer = diagnostics.find((d) => d.code === 'keyspec.consumer')!;
    const [action] = await codeActions(consumer);
    const file = created(action);
    const expected = writeRepairInf(
      {
        serial: '0cc3',
        subject: 'web.fabrikam.test',
        container: 'web-key',
        provider: 'Microsoft Enhanced RSA and AES Cryptographic Provider',
        flags: 0x20,
        store: 'my',
        userKey: false,
        isCA: false,
        index: 2,
      },
      'KeyProv-0cc3.inf',
      { keySpec: 1, providerType: 24 },
    );
    assert.ok(expected.ok);
    assert.equal(file.text, expected.text);
    assert.match(file.text, /_continue_ = "ProviderType=24&"\r\n_continue_ = "Flags=0x20&"\r\n_continue_ = "KeySpec=1"\r\n/);
  });

  it('explains the certutil error line from the HRESULT table', async () => {
    const line = lineOf('CertUtil: -repairstore');
    const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 50 } })) as {
      contents: { value: string };
    } | null;
    assert.match(hover!.contents.value, /\*\*0x80090016 NTE_BAD_KEYSET\*\* \(-2146893802\)/);
  });

  it('shows how long each certificate has left after NotAfter', async () => {
    const hints =
      (await server.connection.sendRequest(InlayHintRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } },
      })) ?? [];
    assert.deepEqual(
      hints.map((h) => [h.position.line, h.label]),
      [
        [lineOf('NotAfter'), 'expires in 43 days'],
        [lineOf('NotAfter', lineOf('Certificate 1')), 'expired 12 days ago'],
        [lineOf('NotAfter', lineOf('Certificate 2')), 'expires in 400 days'],
        [lineOf('NotAfter', lineOf('Certificate 3')), 'expires in 900 days'],
      ],
    );
  });

  it('sums the dump up in one line on the store header (code lens and hover)', async () => {
    const lenses = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    const summary = 'CA key health: 2 lost keys, 1 TLS key with KeySpec 2, 1 CA certificate expires in 43 days, 1 certutil error';
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command]),
      [[0, summary, '']],
    );
    const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } })) as {
      contents: { value: string };
    } | null;
    assert.equal(hover?.contents.value, `**CA key health**: ${summary.slice('CA key health: '.length)}.`);
  });

  it("answers the status bar's summary request with the code lens's line", async () => {
    const summary = await server.connection.sendRequest(healthSummaryRequest, { uri });
    assert.deepEqual(summary, {
      text: '2 lost keys, 1 TLS key with KeySpec 2, 1 CA certificate expires in 43 days, 1 certutil error',
      count: 5,
      keySpecRepairs: 0,
    });
    assert.equal(await server.connection.sendRequest(healthSummaryRequest, { uri: `${uri}.not-open` }), null);
  });

  it('answers the report request with HTML for a strict webview, and refuses a nonce it cannot put in a CSP', async () => {
    const report = await server.connection.sendRequest(healthReportRequest, { uri, nonce: 'Zm9vYmFyYmF6cXV4MTIzNA==' });
    assert.match(report!.html, /content="default-src 'none'; style-src 'nonce-Zm9vYmFyYmF6cXV4MTIzNA==';"/);
    assert.match(report!.html, /<svg role="img"/);
    assert.equal(await server.connection.sendRequest(healthReportRequest, { uri, nonce: "'unsafe-inline'" }), null);
  });
});
