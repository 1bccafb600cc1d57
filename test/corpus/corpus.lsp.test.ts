/**
 * The corpus check: every real certutil output in the corpus folder goes through the server over stdio.
 * It must not crash, and its KeySpec verdicts must agree with what the file itself says.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { looksLikeDump } from '../../common/dumpSniff';
import { startTestServer, type TestServer } from '../lsp/lspClient';
import { corpusFolder } from './corpusFolder';

const corpus = corpusFolder();

/** An oracle independent of the parser: per key-provider block, ProviderType 0 with a KeySpec other than 0. */
function expectedKeySpecVerdicts(text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  let count = 0;
  lines.forEach((line, i) => {
    if (!line.includes('CERT_KEY_PROV_INFO_PROP_ID(2):')) return;
    const block = lines.slice(i + 1, i + 12).join('\n');
    const type = /ProviderType = (\d+)/.exec(block);
    const keySpec = /KeySpec = (\d+)/.exec(block);
    if (type && keySpec && type[1] === '0' && keySpec[1] !== '0') count++;
  });
  return count;
}

/**
 * The day the server judges the files' validity on. Their dates are other people's, so on the real day a
 * certificate of theirs would turn from valid to expiring to expired under the test (the tokentimer excerpt's certificate ends
 * on 1 January 2027, which made it `cert.expiring` from October 2026).
 */
const JUDGED_ON = '2026-06-01';

/** Files whose verdict a person checked by reading them, as of JUDGED_ON. */
const known: Record<string, string[]> = {
  'repairstore-inf-and-certutil-v-store_SupportArticles-docs_ca-certificate-renewal-fails-existing-key-pair--1.txt': ['keyspec.ksp-nonzero'],
  // Their certificates expired long ago (2025 and 2015): a fact, reported as information only.
  'certutil-store-v_acrn-hypervisor_waag-secure-boot--2.txt': ['cert.expired'],
  'certutil-store-v-ncipher-ksp_commercialization-public_secure-boot-hsm-example--2.txt': ['cert.expired'],
  'certutil-v-user-store_lmmarsano-blog_powershell-remoting--1.txt': [],
  'certutil-store-user-latvian-dates_sysadmins-lv-page_EXCERPT--1.txt': ['dump.not-verbose'],
  'certutil-store-de-fr-en_tokentimer-core_windows-discovery-test_EXCERPT--2.txt': ['dump.not-verbose'],
};

/** Payloads that are fragments of a certificate (one Subject block) or an INF, not certutil output to recognise. */
const notDumps = new Set([
  'repairstore-inf_aws-cloudhsm_repair.txt',
  'certutil-v-user-store_lmmarsano-blog_powershell-remoting--2.txt',
  'certutil-v-user-store_lmmarsano-blog_powershell-remoting--3.txt',
  'certutil-v-user-store_lmmarsano-blog_powershell-remoting--4.txt',
  'certutil-v-user-store_lmmarsano-blog_powershell-remoting--5.txt',
]);

describe('corpus check (the corpus folder through the server)', function () {
  this.timeout(60000);
  let server: TestServer;
  before(async () => {
    assert.ok(fs.existsSync(corpus), `the corpus is missing at ${corpus}: pass it to npm run test:corpus`);
    server = await startTestServer({ today: JUDGED_ON });
  });
  after(async () => server.stop());

  const files = fs.existsSync(corpus)
    ? [
        ...fs.readdirSync(corpus).map((f) => path.join(corpus, f)),
        ...fs.readdirSync(path.join(corpus, 'extracted')).map((f) => path.join(corpus, 'extracted', f)),
      ].filter((f) => fs.statSync(f).isFile() && !f.endsWith('.inf'))
    : [];

  it('has dumps to check', () => assert.ok(files.length > 20, `${files.length} files`));

  for (const file of files) {
    const name = path.basename(file);
    it(name, async () => {
      const text = fs.readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).toString();
      server.open(uri, 'certutil-dump', text);
      const diagnostics = await server.diagnostics(uri);
      const verdicts = diagnostics.filter((d) => d.code === 'keyspec.ksp-nonzero');
      assert.equal(verdicts.length, expectedKeySpecVerdicts(text), 'KeySpec verdicts disagree with the file');
      for (const v of verdicts) assert.match(text.split(/\r\n|\r|\n/)[v.range.start.line], /KeySpec = [1-9]/);
      if (name in known)
        assert.deepEqual(
          diagnostics.map((d) => d.code),
          known[name],
        );
      if (name.endsWith('.txt') && !name.includes('help') && !notDumps.has(name)) {
        assert.ok(looksLikeDump(text), 'recognised as a dump by content');
      }
      assert.equal(server.process.exitCode, null, 'the server is still running');
    });
  }
});
