/**
 * Issue 13 part 3, "indexes instead of scans": a code action, a code lens and a hover on a dump of 20,000 broken
 * certificates find their certificate by binary search or by the serial index, never by a pass over every
 * candidate per request. The floor is the same request on a dump of 200 such certificates, in the same run: a
 * code action and a hover may cost a few floors (O(log n)), the code lenses (one per certificate, so 100 times
 * the output) a few hundred; a scan per candidate would cost 100 times more again.
 */

import * as assert from 'node:assert/strict';
import { CodeActionRequest, CodeLensRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol';
import { machineAccessState } from '../../bench/generate';
import { startTestServer, type TestServer } from './lspClient';

/** One KSP certificate with KeySpec 2 (a repair candidate), serial and container its own. */
function certificate(i: number): string {
  const serial = `61${i.toString(16).padStart(34, '0')}`;
  return [
    `================ Certificate ${i} ================`,
    'X509 Certificate:',
    'Version: 3',
    `Serial Number: ${serial}`,
    'Issuer:',
    '    CN=Example Root CA',
    ' NotBefore: 1/1/2024 12:00 AM',
    ' NotAfter: 1/1/2034 12:00 AM',
    'Subject:',
    `    CN=host${i}.example.com`,
    '',
    '  CERT_KEY_PROV_INFO_PROP_ID(2):',
    `    Key Container = container-${i}`,
    '    Provider = Microsoft Software Key Storage Provider',
    '    ProviderType = 0',
    '  Flags = 20 (32)',
    '  CRYPT_MACHINE_KEYSET -- 20 (32)',
    '    KeySpec = 2 -- AT_SIGNATURE',
    '',
    // The machine store, by the certificate's own evidence: the quick fix writes the file, it does not ask.
    ...machineAccessState,
  ].join('\r\n');
}

const dumpOf = (count: number): string =>
  ['My "Personal"', ...Array.from({ length: count }, (_, i) => certificate(i)), 'CertUtil: -store command completed successfully.', ''].join('\r\n');

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];

describe('language server over stdio: indexes, not scans, on 20,000 broken certificates', function () {
  this.timeout(300_000);
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(async () => server.stop());

  /** Opens a dump of `count` certificates and times each request (median of 15, after a warm-up of 3). */
  async function measure(count: number): Promise<{ codeAction: number; codeLens: number; hover: number; lenses: number }> {
    const uri = `file:///indexes/dump-${count}.txt`;
    const published = server.diagnostics(uri);
    server.open(uri, 'certutil-dump', dumpOf(count));
    const diagnostics = await published;
    const keySpec = diagnostics.filter((d) => d.code === 'keyspec.ksp-nonzero');
    assert.ok(keySpec.length > 50, `${keySpec.length} KeySpec diagnostics`);
    const middle: Diagnostic = keySpec[keySpec.length >> 1];
    const textDocument = { uri };
    const time = async (request: () => Promise<unknown>): Promise<number> => {
      for (let i = 0; i < 3; i++) await request();
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now();
        await request();
        times.push(performance.now() - t0);
      }
      return median(times);
    };
    const codeAction = await time(async () => {
      const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument, range: middle.range, context: { diagnostics: [middle] } });
      assert.ok(
        actions?.some((a) => 'title' in a && a.title.startsWith('Generate')),
        `no KeySpec quick fix: ${JSON.stringify(actions).slice(0, 400)}`,
      );
    });
    let lenses = 0;
    const codeLens = await time(async () => {
      lenses = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument }))?.length ?? 0;
    });
    const hover = await time(async () => {
      const answer = await server.connection.sendRequest(HoverRequest.type, { textDocument, position: middle.range.start });
      assert.ok(answer, 'no hover on the KeySpec line');
    });
    void server.connection.sendNotification('textDocument/didClose', { textDocument });
    return { codeAction, codeLens, hover, lenses };
  }

  it('a code action and a hover cost a few times their cost on 200 certificates, the code lenses linear', async () => {
    const small = await measure(200);
    const big = await measure(20_000);
    const report = (['codeAction', 'codeLens', 'hover'] as const)
      .map((k) => `${k} ${big[k].toFixed(1)} ms (${(big[k] / small[k]).toFixed(1)}x of ${small[k].toFixed(2)} ms)`)
      .join(', ');
    console.log(`      20,000 certificates: ${report}`);
    assert.equal(big.lenses, 20_001, 'a lens per certificate and the summary');
    // A floor of at least 1 ms: below it, timer and pipe noise would decide.
    const floor = (ms: number): number => Math.max(ms, 1);
    assert.ok(big.codeAction <= 5 * floor(small.codeAction), report);
    assert.ok(big.hover <= 5 * floor(small.hover), report);
    assert.ok(big.codeLens <= 300 * floor(small.codeLens), report);
  });
});
