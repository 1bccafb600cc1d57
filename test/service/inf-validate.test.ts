import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { infKind, parseInf } from '../../server/src/service/inf/infParser';
import type { InfKind } from '../../server/src/service/inf/model';
import { validateInf } from '../../server/src/service/inf/infChecks';
import { defaultCheckOptions, diagnose, parse } from '../../server/src/service/languageService';
import { writeRepairInf } from '../../server/src/service/repair/repairInf';
import { checkInf as check, keyProv, type Expected } from './infCheck';

const ksp = 'Provider=Microsoft Software Key Storage Provider&';
/** Marks the `2` key, where problems about the whole string (a missing pair) are reported. */
const marked = (inf: string): string => inf.replace('\n2 =', '\n⟦2⟧ =');

/** [name, input, expected problems, kind]: one failing and at least one passing input per rule. */
type Case = [string, string, Expected[], InfKind?];

const lexical: Case[] = [
  ['unterminated quote', '[Properties]\n11 = ⟦"{text}Friendly ; not a comment⟧\n', ['inf.unterminated-quote']],
  ['closed quote', '[Properties]\n11 = "{text}Friendly" ; a comment\n', []],
  ['entry outside any section', '⟦Signature="$Windows NT$"⟧\n[Version]\n', ['inf.outside-section']],
  ['section header without ]', '⟦[Properties⟧\n11 = Empty\n', ['inf.bad-section-header']],
  ['text after a section header', '[Properties] ⟦junk⟧\n11 = Empty\n', ['inf.bad-section-header']],
  ['section header with a comment', '[Properties] ; fine\n11 = Empty\n', []],
  ['`//` after a value (the seed article)', '[Properties]\n11 = "{text}x"   ⟦// friendly name⟧ ; c\n', [{ code: 'inf.slash-comment', severity: 'error' }]],
  ['`//` line', '[Properties]\n⟦// a note⟧\n11 = Empty\n', ['inf.slash-comment']],
  ['`#` line', '[Properties]\n⟦#a note⟧\n11 = Empty\n', ['inf.slash-comment']],
  ['`# ` after a value', '[Version]\n[Certsrv_Server]\nCRLPeriodUnits=26 ⟦# half a year⟧\n', ['inf.slash-comment']],
  ['`//` in a URL, in base64, in quotes, in a comment', '[Extensions]\n2.5.29.17=MDiC//Q+\nURL=http://pki/cps.txt\nN="a // b" ; c // d\nK=#1\n', []],
  ['a line that is not key = value', '[Properties]\n⟦just some text⟧\n', ['inf.not-key-value']],
  ['a bare line in a driver INF', '[Version]\nSignature="$Windows NT$"\n[SourceDisksFiles]\nfoo.sys\n', []],
  ['misspelt section', '[⟦Propertes⟧]\n11 = "{text}x"\n', [{ code: 'inf.misspelt-section', severity: 'warning' }]],
  ['misspelt section in a certreq INF', '[NewRequest]\nSubject="CN=x"\n[⟦EnhancedKeyUsageExtention⟧]\nOID=1.3.6.1.5.5.7.3.1\n', ['inf.misspelt-section']],
  [
    "sections of the admin's and of drivers",
    '[Version]\n[PolicyStatementExtension]\nPolicies=LegalPolicy\n[LegalPolicy]\nOID=2.5.29.32.0\n[Manufacturer]\n',
    [],
  ],
  ['curly quotes in the signature', '[Version]\nSignature=⟦”$Windows NT$”⟧\n[Properties]\n11 = Empty\n', [{ code: 'inf.signature', severity: 'warning' }]],
  ['straight quotes in the signature', '[Version]\nSignature= "$Windows NT$"\n[Properties]\n11 = Empty\n', []],
  ['a key set twice', '[NewRequest]\nKeyLength = 2048\n⟦KeyLength⟧ = 4096\n', ['inf.duplicate-key']],
  [
    'keys that repeat by design, and a delete as the alternative',
    '[Properties]\n19 = Empty\n19 =\n[EnhancedKeyUsageExtension]\nOID=1.3.6.1.5.5.7.3.1\nOID=1.3.6.1.5.5.7.3.2\n',
    [],
  ],
  ['_continue_ with nothing above it', '[Properties]\n; first\n⟦_continue_⟧ = "Flags=0&"\n', ['inf.continue-without-key']],
  ['driver INF: lexical checks only', '[Version]\nSignature="$Chicago$"\n[Strings]\nKeyLength = big\n', []],
];

const properties: Case[] = [
  ['a property name instead of its id', '[Properties]\n⟦FriendlyName⟧ = "{text}x"\n', ['inf.property-id']],
  ['a hex id', '[Properties]\n⟦0x0b⟧ = "{text}x"\n', ['inf.property-id']],
  ['ids out of range', '[Properties]\n⟦0⟧ = Empty\n⟦70000⟧ = Empty\n', ['inf.property-id', 'inf.property-id']],
  ['an id in a gap of wincrypt.h', '[Properties]\n⟦40⟧ = Empty\n', [{ code: 'inf.property-id-unknown', severity: 'information' }]],
  ['known, custom and user-defined ids', '[Properties]\n11 = "{text}x"\n127 = "{hex}00 01"\n40000 = Empty\n', []],
  [
    'an EKU that is not an OID',
    '[Properties]\n9 = "{text}"\n_continue_ = "1.3.6.1.5.5.7.3.2,"\n_continue_ = "⟦Server Authentication⟧,"\n',
    ['inf.eku-not-oid'],
  ],
  ['an EKU section entry that is not an OID', '[NewRequest]\nSubject="CN=x"\n[EnhancedKeyUsageExtension]\nOID = ⟦ServerAuth⟧\n', ['inf.eku-not-oid']],
  ['a placeholder friendly name', '[Properties]\n11 = "{text}⟦<friendly name>⟧"\n', ['inf.placeholder']],
];

const keyProvCases: Case[] = [
  [
    "certutil's own help example (a CSP with KeySpec 2)",
    keyProv('Container=Container Name&', 'Provider=Microsoft Strong Cryptographic Provider&', 'ProviderType=1&', 'Flags=0&', 'KeySpec=2'),
    [],
  ],
  ['the INF the repair command writes', keyProv('Container=Contoso CA&', ksp, 'ProviderType=0&', 'Flags=0x20&', 'KeySpec=0'), []],
  ['all pairs in one string', '[Properties]\n2 = "{text}Container=c&Provider=Microsoft Software Key Storage Provider&KeySpec=0"\n', []],
  [
    'a fragment without its &',
    keyProv('Container=c&', '⟦Provider=Microsoft Software Key Storage Provider⟧', 'ProviderType=0&', 'KeySpec=0'),
    [{ code: 'keyprov.missing-ampersand', severity: 'error' }],
  ],
  ['a long name continued over two strings', keyProv('Container=Contoso Issuing ', 'CA 2&', ksp, 'KeySpec=0'), []],
  ['a trailing & on the last pair', keyProv('Container=c&', ksp, 'KeySpec=0⟦&⟧'), [{ code: 'keyprov.trailing-ampersand', severity: 'warning' }]],
  ['an unknown pair name', marked(keyProv('Container=c&', ksp, '⟦KeySepc⟧=0')), ['keyprov.missing-pair', 'keyprov.unknown-pair']],
  [
    'a piece without =',
    marked(keyProv('Container=c&', '⟦Microsoft Software Key Storage Provider⟧&', 'KeySpec=0')),
    ['keyprov.missing-pair', 'keyprov.bad-pair'],
  ],
  ['a pair given twice', keyProv('Container=c&', ksp, '⟦Provider⟧=Microsoft Software Key Storage Provider&', 'KeySpec=0'), ['keyprov.duplicate-pair']],
  [
    'Container and Provider missing',
    '[Properties]\n⟦⟦2⟧⟧ = "{text}"\n_continue_ = "KeySpec=0"\n',
    [
      { code: 'keyprov.missing-pair', severity: 'error' },
      { code: 'keyprov.missing-pair', severity: 'error' },
    ],
  ],
  [
    'KeySpec missing for a KSP',
    '[Properties]\n⟦2⟧ = "{text}"\n_continue_ = "Container=c&"\n_continue_ = "Provider=Microsoft Software Key Storage Provider"\n',
    [{ code: 'keyprov.missing-pair', severity: 'warning' }],
  ],
  [
    'ProviderType missing for a CSP',
    '[Properties]\n⟦2⟧ = "{text}"\n_continue_ = "Container=c&"\n_continue_ = "Provider=Microsoft Strong Cryptographic Provider&"\n_continue_ = "KeySpec=2"\n',
    [{ code: 'keyprov.missing-pair', severity: 'warning' }],
  ],
  ['ProviderType missing for a KSP (the AWS INF)', keyProv('Container=c&', ksp, 'Flags=0&', 'KeySpec=0'), []],
  ['deleting or emptying the property', '[Properties]\n2 =\n[Properties]\n2 = Empty\n', []],
  ['a CONTAINER_NAME placeholder', keyProv('Container = ⟦CONTAINER_NAME⟧&', ksp, 'KeySpec=0'), [{ code: 'inf.placeholder', severity: 'error' }]],
  ['a backquoted placeholder', keyProv('Container=⟦`key-container-name`⟧&', ksp, 'KeySpec=0'), ['inf.placeholder']],
  [
    'real container names',
    keyProv('Container={5F5DD854-CC3B-4F6F-8B99-89FB55FFB67D}&', ksp, 'KeySpec=0') +
      keyProv('Container=Certificate-LTD-CA(1)&', ksp, 'KeySpec=0').replace('[Properties]\n2', '[Properties]\n3'),
    [],
  ],
  ['Flags without 0x', keyProv('Container=c&', ksp, 'Flags=⟦20⟧&', 'KeySpec=0'), [{ code: 'keyprov.flags-not-hex', severity: 'warning' }]],
  ['Flags that read the same in any base', keyProv('Container=c&', ksp, 'Flags=1&', 'KeySpec=0'), []],
  [
    'values that are not numbers',
    keyProv('Container=c&', 'Provider=Contoso HSM&', 'ProviderType=⟦CNG⟧&', 'Flags=⟦machine⟧&', 'KeySpec=⟦7⟧'),
    ['keyprov.bad-value', 'keyprov.bad-value', 'keyprov.bad-value'],
  ],
  [
    'a symbolic KeySpec',
    keyProv('Container=c&', 'Provider=Microsoft Strong Cryptographic Provider&', 'ProviderType=1&', 'KeySpec=⟦AT_SIGNATURE⟧'),
    [{ code: 'keyprov.bad-value', severity: 'warning' }],
  ],
  ['an empty Container', keyProv('⟦Container=⟧&', ksp, 'KeySpec=0'), ['keyprov.bad-value']],
  ['a KSP with KeySpec 2', keyProv('Container=c&', ksp, 'ProviderType=0&', 'KeySpec=⟦2⟧'), [{ code: 'keyspec.ksp-nonzero', severity: 'error' }]],
  [
    'an unknown provider with ProviderType 0 and KeySpec 1',
    keyProv('Container=c&', 'Provider=Contoso HSM&', 'ProviderType=0&', 'KeySpec=⟦1⟧'),
    ['keyspec.ksp-nonzero'],
  ],
  ['a KSP with a CSP ProviderType', keyProv('Container=c&', ksp, 'ProviderType=⟦1⟧&', 'KeySpec=0'), [{ code: 'provider.type-mismatch', severity: 'warning' }]],
  [
    'a CSP with the wrong type',
    keyProv('Container=c&', 'Provider=Microsoft RSA SChannel Cryptographic Provider&', 'ProviderType=⟦1⟧&', 'KeySpec=1'),
    ['provider.type-mismatch'],
  ],
];

const certreq: Case[] = [
  [
    'a clean request (the LDAPS samples)',
    '[Version]\n Signature="$Windows NT$"\n[NewRequest]\n Subject = "CN=example.com"\n KeySpec = 1\n KeyLength = 4096\n Exportable = TRUE\n MachineKeySet = TRUE\n ProviderName = "Microsoft RSA SChannel Cryptographic Provider"\n ProviderType = 12\n RequestType = PKCS10\n KeyUsage = 0xa0\n HashAlgorithm = SHA256\n',
    [],
  ],
  [
    'symbolic KeyUsage and a %substitution%',
    '[NewRequest]\nKeyUsage = "CERT_DIGITAL_SIGNATURE_KEY_USAGE | CERT_KEY_ENCIPHERMENT_KEY_USAGE"\nSubject = %subject%\nKeyLength = %len%\n[Strings]\nsubject = "CN=x"\n',
    [],
  ],
  ['an unknown key', '[NewRequest]\n⟦KeyLenght⟧ = 2048\n', [{ code: 'certreq.unknown-key', severity: 'warning' }]],
  [
    'values outside the documented set',
    '[NewRequest]\nKeyLength = ⟦big⟧\nRequestType = ⟦PKCS11⟧\nValidityPeriod = ⟦Year⟧\nExportable = ⟦maybe⟧\nKeyUsage = ⟦"DIGITAL | SIGN"⟧\n',
    ['certreq.bad-value', 'certreq.bad-value', 'certreq.bad-value', 'certreq.bad-value', 'certreq.bad-value'],
  ],
  ['a hash outside a list known to be incomplete', '[NewRequest]\nHashAlgorithm = ⟦sha3_256⟧\n', [{ code: 'certreq.bad-value', severity: 'warning' }]],
  [
    'a KSP with AT_KEYEXCHANGE',
    '[NewRequest]\nProviderName = "Microsoft Software Key Storage Provider"\nKeySpec = ⟦AT_KEYEXCHANGE⟧\n',
    ['keyspec.ksp-nonzero'],
  ],
  [
    'a KSP with KeySpec 0 (the nCipher sample)',
    '[NewRequest]\nProviderName = "nCipher Security World Key Storage Provider"\nKeySpec = 0\nKeyLength = 2048\n',
    [],
  ],
  [
    'a smart-card CSP with ProviderType 0 (PIKACHUIM)',
    '[NewRequest]\nProviderName = "Microsoft Base Smart Card Crypto Provider"\nProviderType = ⟦0⟧\nKeySpec = AT_KEYEXCHANGE\n',
    ['provider.type-mismatch'],
  ],
  ['a short RSA key', '[NewRequest]\nKeyLength = ⟦1024⟧\n', [{ code: 'certreq.weak-key', severity: 'information' }]],
  ['a short key that is not RSA', '[NewRequest]\nKeyAlgorithm = ECDSA_P256\nKeyLength = 256\n', []],
];

const capolicy: Case[] = [
  [
    'a clean root CAPolicy.inf',
    '[Version]\nSignature="$Windows NT$"\n[PolicyStatementExtension]\nPolicies=InternalPolicy\nCritical=False\n[InternalPolicy]\nOID=1.3.6.1.4.1.311.21.43\nNotice="Legal Policy Statement"\nURL=https://pki.contoso.com/cps.txt\n[Certsrv_Server]\nRenewalKeyLength=4096\nRenewalValidityPeriod=Years\nRenewalValidityPeriodUnits=20\nCRLPeriod=weeks\nCRLPeriodUnits=26\nCRLDeltaPeriodUnits=0\nLoadDefaultTemplates=False\nAlternateSignatureAlgorithm=0\n[BasicConstraintsExtension]\nPathLength=2\nCritical=Yes\n[CRLDistributionPoint]\n[AuthorityInformationAccess]\nURL=http://pki.contoso.com/ca.crt\n',
    [],
  ],
  ['an unknown key', '[Version]\nSignature="$Windows NT$"\n[Certsrv_Server]\n⟦CRLPeriodUnit⟧=1\n', [{ code: 'capolicy.unknown-key', severity: 'warning' }]],
  [
    'values outside the documented set (bendusz)',
    '[Version]\nSignature="$Windows NT$"\n[PolicyStatementExtension]\nPolicies=P\n[P]\nOID=⟦OID: 1.3.6.1.4.1.49378.1⟧\n[Certsrv_Server]\nCRLPeriod=⟦Year⟧\nRenewalKeyLength=⟦big⟧\nLoadDefaultTemplates=⟦maybe⟧\n',
    ['capolicy.bad-value', 'capolicy.bad-value', 'capolicy.bad-value', 'capolicy.bad-value'],
  ],
  [
    'https in a CDP',
    '[Version]\nSignature="$Windows NT$"\n[CRLDistributionPoint]\nURL=⟦https://pki.contoso.com/ca.crl⟧\n[Certsrv_Server]\n',
    [{ code: 'capolicy.https-url', severity: 'warning' }],
  ],
  [
    'a policy name without its section',
    '[Version]\nSignature="$Windows NT$"\n[PolicyStatementExtension]\nPolicies=⟦LegalPolicy⟧, Other\n[Other]\nOID=2.5.29.32.0\n',
    ['capolicy.missing-policy-section'],
  ],
  [
    'a policy section nothing names',
    '[Version]\nSignature="$Windows NT$"\n[⟦InternalPolicy⟧]\nOID=1.3.6.1.4.1.49378.1\n[Certsrv_Server]\n',
    [{ code: 'capolicy.unreferenced-policy', severity: 'information' }],
  ],
  [
    "the docs' sample OID",
    '[Version]\nSignature="$Windows NT$"\n[PolicyStatementExtension]\nPolicies=P\n[P]\nOID= ⟦1.2.3.4.1455.67.89.5⟧\n',
    [{ code: 'capolicy.sample-oid', severity: 'information' }],
  ],
  ['no [Version]', '⟦[Certsrv_Server]⟧\nRenewalKeyLength=2048\n', [{ code: 'capolicy.missing-version', severity: 'warning' }]],
  ['no [Version] in a certreq INF is fine', '[NewRequest]\nSubject="CN=x"\n', []],
];

describe('INF validation', () => {
  for (const [group, cases] of [
    ['lexical', lexical],
    ['[Properties]', properties],
    ['key provider string', keyProvCases],
    ['certreq', certreq],
    ['CAPolicy', capolicy],
  ] as const) {
    describe(group, () => {
      for (const [name, input, expected, kind] of cases) it(name, () => check(input, expected, kind));
    });
  }

  describe('whole-file fixtures (their first line says what to expect)', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'inf');
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.inf'))) {
      it(name, () => {
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        const header = /^\ufeff?; expect: (.*)/.exec(text);
        assert.ok(header, `${name} has no "; expect:" first line`);
        const want = header[1].trim() === '(none)' ? [] : header[1].trim().split(/\s+/);
        const doc = parseInf(text);
        const lineOf = (offset: number): number => text.slice(0, offset).split(/\r\n|\r|\n/).length;
        assert.deepEqual(
          validateInf(doc, infKind(doc, name)).map((p) => `${p.code}@${lineOf(p.start)}`),
          want,
        );
      });
    }
  });

  it('finds nothing in the KeyProv.inf the repair command writes', () => {
    const written = writeRepairInf({
      serial: '21000000044a30cdeaaaae7b08000000000004',
      container: 'Contoso CA',
      provider: 'Microsoft Software Key Storage Provider',
      flags: 0x20,
      store: 'my',
      userKey: false,
      isCA: true,
      subject: 'CN=Contoso CA',
    });
    assert.ok(written.ok);
    check(written.text, []);
  });

  it('reads a misspelt [Properties] as the KeyProv.inf its author meant, and checks it as one', () => {
    check(
      '[⟦Propertes⟧]\n2 = "{text}"\n_continue_ = "Container=c&"\n_continue_ = "Provider=Microsoft Software Key Storage Provider&"\n_continue_ = "KeySpec=⟦2⟧"\n',
      ['inf.misspelt-section', 'keyspec.ksp-nonzero'],
    );
  });
});

describe('INF size limit', () => {
  it('does not parse an INF over 1 MB and says so', () => {
    const text = `[Properties]\r\n${'; filler\r\n'.repeat(120_000)}`;
    const parsed = parse('certutil-inf', text, 'KeyProv.inf')!;
    assert.deepEqual(
      diagnose(parsed, defaultCheckOptions).map((p) => p.code),
      ['limits.inf-too-large'],
    );
  });
});
