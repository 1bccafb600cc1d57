/**
 * Issue #15, finding 9: the CA's registry view (`certutil -getreg ca\csp`) open as a document of its own beside the
 * dump (`csp.txt`, recognised by content) is compared with the dump's current CA certificate: where they disagree,
 * each document has a `careg.provider-mismatch` on its own line. Through the protocol, waiting for publications.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { TestServer } from './lspClient';
import { caExtension, certificateHead, healthyKspKey } from './healthDump';
import { startInTempFolder, stopAndRemove } from './setup';

const CRLF = '\r\n';

/** A CA certificate whose key is in the Software KSP. */
const dumpText = [
  'my "Personal"',
  ...certificateHead(0, '0aa1', 'Fabrikam Issuing CA'),
  'Certificate Extensions: 1',
  ...caExtension,
  '  CERT_ACCESS_STATE_PROP_ID(14):',
  '    AccessState = 6',
  '',
  ...healthyKspKey('Fabrikam Issuing CA'),
  'CertUtil: -store command completed successfully.',
  '',
].join(CRLF);

/** `certutil -getreg ca\csp` output naming `provider` with `type`. */
const getreg = (provider: string, type: number): string =>
  [
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\CertSvc\\Configuration\\Fabrikam Issuing CA\\CSP:',
    '',
    `  Provider                     REG_SZ = ${provider}`,
    `  ProviderType                 REG_DWORD = ${type}`,
    '  CNGHashAlgorithm             REG_SZ = SHA256',
    'CertUtil: -getreg command completed successfully.',
    '',
  ].join(CRLF);

const lineOf = (text: string, needle: string): number => text.split(CRLF).findIndex((l) => l.includes(needle));
const mismatches = (diagnostics: readonly Diagnostic[]): number[] =>
  diagnostics.filter((d) => d.code === 'careg.provider-mismatch').map((d) => d.range.start.line);

describe('language server over stdio: the CA registry view open beside the dump', () => {
  let server: TestServer;
  let root: string;
  /** The last diagnostics published per URI, and who waits for a publication. */
  const latest = new Map<string, Diagnostic[]>();
  let waiters: { test: () => boolean; resolve: () => void }[] = [];

  /** Resolves when the last publications satisfy `test`; fails after 10 s with `what` and what was published. */
  function until(test: () => boolean, what: string): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no publication where ${what}; last: ${JSON.stringify([...latest].map(([u, d]) => [path.basename(u), mismatches(d)]))}`)),
        10_000,
      );
      waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  before(async () => {
    ({ server, folder: root } = await startInTempFolder('certutil-careg-'));
    server.onPublish((params: PublishDiagnosticsParams) => {
      latest.set(params.uri, params.diagnostics);
      const ready = waiters.filter((w) => w.test());
      waiters = waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve();
    });
  });
  after(() => stopAndRemove(server, root));

  const uriIn = (folder: string, name: string): string => {
    fs.mkdirSync(path.join(root, folder), { recursive: true });
    return pathToFileURL(path.join(root, folder, name)).toString();
  };
  const mismatchesOf = (uri: string): number[] | undefined => {
    const published = latest.get(uri);
    return published && mismatches(published);
  };
  const same = (a: number[] | undefined, b: number[]): boolean => JSON.stringify(a) === JSON.stringify(b);

  it('reports the mismatch on both documents (registry view opened first), and not on a registry view in another folder', async () => {
    const csp = uriIn('a', 'csp.txt');
    const dump = uriIn('a', 'ca.txt');
    const elsewhere = uriIn('b', 'csp.txt');
    const cspText = getreg('Microsoft Enhanced Cryptographic Provider v1.0', 1);
    server.open(csp, 'certutil-dump', cspText);
    server.open(elsewhere, 'certutil-dump', cspText);
    await until(() => same(mismatchesOf(csp), []) && same(mismatchesOf(elsewhere), []), 'the registry views alone have no mismatch');
    server.open(dump, 'certutil-dump', dumpText);
    await until(
      () => same(mismatchesOf(dump), [lineOf(dumpText, 'Provider = ')]) && same(mismatchesOf(csp), [lineOf(cspText, 'Provider ')]),
      'both documents in folder a have the mismatch on their Provider line',
    );
    const onDump = latest.get(dump)!.find((d) => d.code === 'careg.provider-mismatch')!;
    assert.equal(onDump.severity, 2, 'a warning');
    assert.match(onDump.message, /\(in csp\.txt\)/);
    assert.match(latest.get(csp)!.find((d) => d.code === 'careg.provider-mismatch')!.message, /certificate 0 of ca\.txt/);
    assert.deepEqual(mismatchesOf(elsewhere), [], 'the registry view in folder b was compared with the dump of folder a');
  });

  it('(dump opened first) clears both when the registry view is edited to agree, and raises them again when it disagrees', async () => {
    const csp = uriIn('c', 'csp.txt');
    const dump = uriIn('c', 'ca.txt');
    server.open(dump, 'certutil-dump', dumpText);
    const wrong = getreg('SafeNet Key Storage Provider', 0);
    server.open(csp, 'certutil-dump', wrong);
    await until(() => mismatchesOf(dump)?.length === 1 && mismatchesOf(csp)?.length === 1, 'both have the mismatch');
    const right = getreg('Microsoft Software Key Storage Provider', 0);
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: csp, version: 2 },
      contentChanges: [{ text: right }],
    });
    await until(() => same(mismatchesOf(dump), []) && same(mismatchesOf(csp), []), 'the agreeing registry view clears both');
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: csp, version: 3 },
      contentChanges: [{ text: wrong }],
    });
    await until(() => mismatchesOf(dump)?.length === 1 && mismatchesOf(csp)?.length === 1, 'the mismatch is back on both');
  });

  it("drops the dump's mismatch when the registry view beside it closes", async () => {
    const csp = uriIn('d', 'csp.txt');
    const dump = uriIn('d', 'ca.txt');
    server.open(dump, 'certutil-dump', dumpText);
    server.open(csp, 'certutil-dump', getreg('SafeNet Key Storage Provider', 0));
    await until(() => mismatchesOf(dump)?.length === 1, 'the dump has the mismatch');
    void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: csp } });
    await until(() => same(mismatchesOf(dump), []), 'the dump has no mismatch once the registry view closed');
  });
});
