import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { infKind, parseInf } from '../../server/src/service/inf/infParser';
import { validateInf } from '../../server/src/service/inf/infChecks';

import { corpusFolder } from './corpusFolder';

/** The corpus of real INFs (never copied into the project). */
const corpus = corpusFolder();
const extracted = path.join(corpus, 'extracted');

/**
 * Every problem expected in each file, as `code@line` (1-based). A file not listed must be clean: the
 * help example, the generated and vendor request INFs, the Microsoft-style CAPolicy files.
 */
const expected: Record<string, string[]> = {
  // The renewal article's KeyProv.inf (docs/formats.md §2.2.1): the `//` remark and the CONTAINER_NAME it asks to replace.
  'repairstore-inf-and-certutil-v-store_SupportArticles-docs_ca-certificate-renewal-fails-existing-key-pair--2.inf': [
    'inf.placeholder@3',
    'inf.slash-comment@3',
  ],
  // AWS CloudHSM (docs/formats.md §2.2): a backquoted placeholder, and a KSP with KeySpec=2.
  'repairstore-inf_aws-cloudhsm_repair.txt': ['inf.placeholder@4', 'keyspec.ksp-nonzero@7'],
  'repairstore-inf-cavium-ksp-keyspec2_aws-cloudhsm-ksp-migrate-to-sdk-5_EXCERPT--2.inf': ['inf.placeholder@4', 'keyspec.ksp-nonzero@7'],
  // bendusz: an unlisted policy section, `OID=OID: ...`, `CRLPeriod=Year`.
  'capolicy_bendusz-server-setup_CAPolicy.inf': ['capolicy.unreferenced-policy@4', 'capolicy.bad-value@5', 'capolicy.bad-value@13'],
  // PIKACHUIM: a smart-card CSP given ProviderType 0.
  'certreq_PIKACHUIM-TPMSmartCard_request.inf': ['provider.type-mismatch@6'],
  // Information only: the docs' sample OID, and a 1024-bit RSA key.
  'capolicy_SandmanZac-public_CAPolicy.inf': ['capolicy.sample-oid@6'],
  'capolicy_SandmanZac-public_issueCAPolicy.inf': ['capolicy.sample-oid@6'],
  'certreq_nvecode-resetpasswordUserAD_request.inf': ['certreq.weak-key@6'],
  // Templates whose Subject still holds its placeholders: `CN=ACTIVE_DIRECTORY_FQDN`; `TODO`, `TODO_City` ... (issue 12 part 7).
  'certreq_farrowking37-SEC-440_request.inf': ['certreq.placeholder@5'],
  'certutil-store-v-ncipher-ksp_commercialization-public_secure-boot-hsm-example--1.inf': Array(5).fill('certreq.placeholder@6'),
  'certutil-store-v_acrn-hypervisor_waag-secure-boot--1.inf': Array(5).fill('certreq.placeholder@6'),
};

function infFiles(): string[] {
  if (!fs.existsSync(extracted)) return [];
  const inRoot = fs.readdirSync(corpus).filter((f) => /\.inf$/i.test(f) || f === 'repairstore-inf_aws-cloudhsm_repair.txt');
  const inExtracted = fs.readdirSync(extracted).filter((f) => /\.inf$/i.test(f));
  return [...inRoot.map((f) => path.join(corpus, f)), ...inExtracted.map((f) => path.join(extracted, f))];
}

function problemsOf(file: string): { found: string[]; kind: string } {
  const text = fs.readFileSync(file, 'utf8');
  const doc = parseInf(text);
  const kind = infKind(doc, file);
  const lineOf = (offset: number): number => text.slice(0, offset).split(/\r\n|\r|\n/).length;
  return { found: validateInf(doc, kind).map((p) => `${p.code}@${lineOf(p.start)}`), kind };
}

describe('INF corpus', () => {
  const files = infFiles();

  it('finds the shared corpus with every INF this test names', () => {
    assert.ok(fs.existsSync(extracted), `The shared corpus is missing: expected ${extracted} (see the corpus's INDEX.md). This test never skips.`);
    const names = files.map((f) => path.basename(f));
    for (const name of Object.keys(expected)) assert.ok(names.includes(name), `corpus file ${name} is missing`);
    assert.ok(files.length >= 15, `only ${files.length} INF files found in ${corpus}`);
  });

  for (const file of files) {
    const name = path.basename(file);
    it(name, () => {
      const { found, kind } = problemsOf(file);
      assert.deepEqual(found, expected[name] ?? [], `kind ${kind}`);
    });
  }

  it('reads the kinds right: help and vendor INFs are repairstore, requests certreq, policies capolicy', () => {
    const kinds = Object.fromEntries(files.map((f) => [path.basename(f), problemsOf(f).kind]));
    assert.equal(kinds['certutil-v-help_davidkel-FabricOnWindows_certutil--1.inf'], 'repairstore');
    // certutil -sign's [Extensions] INF is of no kind this extension judges: lexical checks only.
    assert.equal(kinds['certutil-v-help_davidkel-FabricOnWindows_certutil--2.inf'], 'other');
    assert.equal(kinds['certreq_bondr007-HowTo-ActiveDirectory-LDAPS-Openssl_request.inf'], 'certreq');
    assert.equal(kinds['capolicy_bendusz-server-setup_CAPolicy.inf'], 'capolicy');
  });
});
