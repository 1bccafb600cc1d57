import * as assert from 'node:assert/strict';
import { isKspKey, splitAlgorithmPrefix } from '../../server/src/service/data/providers';
import { defaultInfCheckOptions, infFixes, validateInf, type InfCheckOptions } from '../../server/src/service/inf/infChecks';
import { infCompletions } from '../../server/src/service/inf/infCompletion';
import { infHover } from '../../server/src/service/inf/infHover';
import { infKind, parseInf } from '../../server/src/service/inf/infParser';
import { infQuickFixes, type DumpContainer } from '../../server/src/service/inf/infQuickFixes';
import { keySchemaOf } from '../../server/src/service/inf/infSchema';
import { knownSectionFor } from '../../server/src/service/inf/suggest';
import { rules, ruleCodes } from '../../server/src/service/rules';
import type { TextEdit } from '../../server/src/service/types';
import { checkInf, keyProv, type Expected } from './infCheck';

/** The problems of `input`: codes in order, each on its `⟦ ⟧` range (and severity where given). */
const check = (input: string, expected: Expected[], options?: InfCheckOptions): void => checkInf(input, expected, undefined, options);

const capolicy = (...rows: string[]): string => ['[Version]', 'Signature="$Windows NT$"', ...rows, ''].join('\n');

/** [name, input, expected]: a failing and a passing input per rule. */
type Case = [string, string, Expected[]];

const cases: Record<string, Case[]> = {
  'keyspec.csp-none': [
    [
      'a CSP with KeySpec 0 in a KeyProv.inf',
      keyProv('Container=c&', 'Provider=Microsoft Strong Cryptographic Provider&', 'ProviderType=1&', 'KeySpec=⟦0⟧'),
      [{ code: 'keyspec.csp-none', severity: 'error' }],
    ],
    [
      'an unknown provider of a CSP type with KeySpec 0',
      keyProv('Container=c&', 'Provider=Contoso CSP&', 'ProviderType=24&', 'KeySpec=⟦0⟧'),
      ['keyspec.csp-none'],
    ],
    [
      'a CSP with AT_NONE in a request (CertEnroll substitutes AT_SIGNATURE)',
      '[NewRequest]\nProviderName = "Microsoft Enhanced RSA and AES Cryptographic Provider"\nKeySpec = ⟦AT_NONE⟧\n',
      [{ code: 'keyspec.csp-none', severity: 'warning' }],
    ],
    ['a CSP with KeySpec 1', keyProv('Container=c&', 'Provider=Microsoft Strong Cryptographic Provider&', 'ProviderType=1&', 'KeySpec=1'), []],
    ['a KSP with KeySpec 0', keyProv('Container=c&', 'Provider=Microsoft Software Key Storage Provider&', 'ProviderType=0&', 'KeySpec=0'), []],
  ],
  'provider.algorithm-prefix': [
    [
      'RSA# in a KeyProv.inf, still judged as the KSP it names',
      keyProv('Container=c&', 'Provider=⟦RSA#Microsoft Software Key Storage Provider⟧&', 'KeySpec=⟦2⟧'),
      [{ code: 'provider.algorithm-prefix', severity: 'error' }, 'keyspec.ksp-nonzero'],
    ],
    ['ECDSA_P256# in a request', '[NewRequest]\nProviderName = ⟦"ECDSA_P256#Microsoft Software Key Storage Provider"⟧\n', ['provider.algorithm-prefix']],
    ['the provider name alone', '[NewRequest]\nProviderName = "Microsoft Software Key Storage Provider"\n', []],
    ['a # that is no algorithm prefix', keyProv('Container=c&', 'Provider=Contoso #1 HSM&', 'ProviderType=1&', 'KeySpec=1'), []],
  ],
  'provider.type-unknown': [
    [
      'a ProviderType no PROV_* value has',
      keyProv('Container=c&', 'Provider=Contoso HSM&', 'ProviderType=⟦7⟧&', 'KeySpec=1'),
      [{ code: 'provider.type-unknown', severity: 'warning' }],
    ],
    ['in a request', '[NewRequest]\nProviderType = ⟦99⟧\n', ['provider.type-unknown']],
    ['PROV_RSA_AES', '[NewRequest]\nProviderType = 24\n', []],
    [
      'a known provider with a wrong type is a mismatch, not an unknown type',
      '[NewRequest]\nProviderName = "Microsoft Strong Cryptographic Provider"\nProviderType = ⟦99⟧\n',
      ['provider.type-mismatch'],
    ],
  ],
  'inf.misspelt-section (alias table)': [
    [
      '[AuthorityInfoAccess]',
      capolicy('[⟦AuthorityInfoAccess⟧]', 'URL=http://pki/ca.crt', '[Certsrv_Server]'),
      [{ code: 'inf.misspelt-section', severity: 'warning' }],
    ],
    ['an alias with a slip: [AuthorityInfoAcess]', capolicy('[⟦AuthorityInfoAcess⟧]', 'URL=http://pki/ca.crt'), ['inf.misspelt-section']],
    ['[BasicConstraints] in a request', '[NewRequest]\nSubject="CN=x"\n[⟦BasicConstraints⟧]\nPathLength=0\n', ['inf.misspelt-section']],
    ['the documented name', capolicy('[AuthorityInformationAccess]', 'URL=http://pki/ca.crt', '[Certsrv_Server]'), []],
  ],
  'capolicy.unknown-section': [
    [
      'a section CA setup does not read',
      capolicy('[Certsrv_Server]', 'RenewalKeyLength=4096', '[⟦KeyUsageExtension⟧]', 'KeyUsage=0x86'),
      [{ code: 'capolicy.unknown-section', severity: 'warning' }],
    ],
    [
      'sections the file names (policies, name constraints)',
      capolicy(
        '[Certsrv_Server]',
        '[PolicyStatementExtension]',
        'Policies=Legal',
        '[Legal]',
        'OID=1.3.6.1.4.1.311.21.43',
        'URL=http://pki/cps.txt',
        '[NameConstraintsExtension]',
        'Include=Allowed',
        '[Allowed]',
        'DNS=contoso.com',
      ),
      [],
    ],
    [
      'a certreq policy INF may hold sections of other programs',
      capolicy('[PolicyStatementExtension]', 'Policies=Legal', '[Legal]', 'OID=2.5.29.32.0', '[Manufacturer]'),
      [],
    ],
  ],
  'capolicy.policy-without-oid': [
    [
      'a listed policy without OID',
      capolicy('[PolicyStatementExtension]', 'Policies=Legal', '[⟦Legal⟧]', 'Notice="Legal Policy Statement"', 'URL=http://pki/cps.txt'),
      [{ code: 'capolicy.policy-without-oid', severity: 'error' }],
    ],
    [
      'with its OID (same-named sections merge)',
      capolicy('[PolicyStatementExtension]', 'Policies=Legal', '[Legal]', 'Notice="x"', '[Legal]', 'OID=1.3.6.1.4.1.311.21.43'),
      [],
    ],
  ],
  'capolicy.unlisted-policy': [
    [
      'a policy section the Policies= line leaves out',
      capolicy('[PolicyStatementExtension]', 'Policies=Legal', '[Legal]', 'OID=2.5.29.32.0', '[⟦Internal⟧]', 'OID=1.3.6.1.4.1.311.21.43', 'Notice="x"'),
      [{ code: 'capolicy.unlisted-policy', severity: 'warning' }],
    ],
    [
      'every policy listed',
      capolicy('[PolicyStatementExtension]', 'Policies=Legal, Internal', '[Legal]', 'OID=2.5.29.32.0', '[Internal]', 'OID=1.3.6.1.4.1.311.21.43'),
      [],
    ],
  ],
  'certreq.placeholder': [
    ['an upper-case name in the Subject', '[NewRequest]\nSubject = "CN=⟦SERVER_FQDN⟧, O=Contoso"\n', [{ code: 'certreq.placeholder', severity: 'error' }]],
    [
      'TODO as a word and as the head of a name, each once',
      '[NewRequest]\nSubject = "CN=⟦TODO⟧ Web,L=⟦TODO⟧_City,O=x ⟦TODO⟧"\n',
      ['certreq.placeholder', 'certreq.placeholder', 'certreq.placeholder'],
    ],
    [
      'a host name in the SAN extension',
      '[NewRequest]\nSubject="CN=web"\n[Extensions]\n2.5.29.17 = "{text}"\n_continue_ = "dns=web.contoso.com&"\n_continue_ = "dns=⟦YOUR_HOST.contoso.com⟧&"\n',
      ['certreq.placeholder'],
    ],
    ['a SAN request attribute', '[NewRequest]\nSubject="CN=web"\n[RequestAttributes]\nSAN = "dns=web&dns=⟦HOST_NAME⟧"\n', ['certreq.placeholder']],
    [
      'real names, a TODO inside a word, lower-case underscores',
      '[NewRequest]\nSubject = "CN=web01.contoso.com, OU=TODOS, O=Contoso_Ltd"\n[RequestAttributes]\nSAN = "dns=web01&upn=ADMIN_USER@contoso.com"\n',
      [],
    ],
  ],
};

describe('INF rules of issue 12 part 7', () => {
  for (const [rule, list] of Object.entries(cases)) {
    describe(rule, () => {
      for (const [name, input, expected] of list) it(name, () => check(input, expected));
    });
  }

  it('has a row for every new code, after the older INF rules', () => {
    // The codes these cases are keyed by (other keys name a case group, not a code), in order: the table ends with them.
    const added = Object.keys(cases).filter((key) => key in rules);
    assert.deepEqual(ruleCodes.slice(-added.length), added);
    for (const code of added) assert.ok(rules[code as keyof typeof rules].doc.length > 0);
  });
});

describe('KeySpec in a certreq request follows the non-CA severity setting', () => {
  const request = '[NewRequest]\nProviderName = "Microsoft Software Key Storage Provider"\nKeySpec = ⟦1⟧\n';
  it('the default (warning): certreq makes a new CNG key, CertEnroll sets AT_NONE', () =>
    check(request, [{ code: 'keyspec.ksp-nonzero', severity: 'warning' }]));
  it('the setting raised to error', () => check(request, [{ code: 'keyspec.ksp-nonzero', severity: 'error' }], { nonCaKeySpecSeverity: 'error' }));
  it('the setting off', () => check(request.replace(/[⟦⟧]/g, ''), [], { nonCaKeySpecSeverity: 'off' }));
  it('a KeyProv.inf stays an error whatever the setting: certutil writes the KeySpec as is', () =>
    check(keyProv('Container=c&', 'Provider=Microsoft Software Key Storage Provider&', 'KeySpec=⟦2⟧'), [{ code: 'keyspec.ksp-nonzero', severity: 'error' }], {
      nonCaKeySpecSeverity: 'off',
    }));
  it('the default options are the setting defaults', () => assert.deepEqual(defaultInfCheckOptions, { nonCaKeySpecSeverity: 'warning' }));
});

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

function fixes(text: string, code: string, dumpContainers?: DumpContainer[]): { title: string; output: string; preferred: boolean }[] {
  const doc = parseInf(text);
  const problem = validateInf(doc, infKind(doc)).find((p) => p.code === code);
  assert.ok(problem, `no ${code}`);
  return infQuickFixes(doc, text, problem, { dumpContainers }).map((f) => ({
    title: f.title,
    output: apply(text, f.edits),
    preferred: f.isPreferred ?? false,
  }));
}

describe('quick fixes of the new rules', () => {
  it('writes the provider name without its algorithm prefix, keeping the quotes', () => {
    const request = '[NewRequest]\nProviderName = "RSA#Microsoft Software Key Storage Provider"\n';
    assert.deepEqual(fixes(request, 'provider.algorithm-prefix'), [
      { title: 'Write the provider name alone: Microsoft Software Key Storage Provider', output: request.replace('RSA#', ''), preferred: true },
    ]);
  });

  it("offers both key specs of a CSP, neither preferred, in the file's spelling", () => {
    const input = keyProv('Container=c&', 'Provider=Microsoft Strong Cryptographic Provider&', 'ProviderType=1&', 'KeySpec=0');
    assert.deepEqual(
      fixes(input, 'keyspec.csp-none').map((f) => [f.preferred, f.output.includes('KeySpec=1"'), f.output.includes('KeySpec=2"')]),
      [
        [false, true, false],
        [false, false, true],
      ],
    );
    const request = '[NewRequest]\nProviderName = "Microsoft Strong Cryptographic Provider"\nKeySpec = AT_NONE\n';
    assert.deepEqual(
      fixes(request, 'keyspec.csp-none').map((f) => f.output.split('\n')[2]),
      ['KeySpec = AT_KEYEXCHANGE', 'KeySpec = AT_SIGNATURE'],
    );
  });

  it('corrects an aliased section to its documented name', () => {
    const input = capolicy('[AuthorityInfoAccess]', 'URL=http://pki/ca.crt');
    assert.deepEqual(fixes(input, 'inf.misspelt-section'), [
      { title: 'Change to [AuthorityInformationAccess]', output: input.replace('InfoAccess', 'InformationAccess'), preferred: true },
    ]);
  });

  it('fills a Container placeholder only with containers the INF writer accepts', () => {
    const input = keyProv('Container=CONTAINER_NAME&', 'Provider=Microsoft Software Key Storage Provider&', 'KeySpec=0');
    const ksp = 'Microsoft Software Key Storage Provider';
    const containers: DumpContainer[] = [
      { container: 'Contoso CA', provider: ksp, serial: '2100aa' },
      { container: 'tab\there', provider: ksp, serial: '2100bb' },
      { container: '100%', provider: ksp, serial: '2100cc' },
      { container: 'Zertifizierungsstelle München', provider: ksp, serial: '2100dd' },
      { container: ' padded', provider: ksp, serial: '2100ee' },
      { container: 'KEY_CONTAINER_NAME', provider: ksp, serial: '2100ff' },
      { container: 'bad&name', provider: ksp, serial: '210011' },
    ];
    assert.deepEqual(
      fixes(input, 'inf.placeholder', containers).map((f) => [f.title, f.preferred]),
      [['Use container "Contoso CA" (serial 2100aa)', true]],
    );
  });

  it('every fix in the table belongs to a rule', () => {
    for (const code of Object.keys(infFixes)) assert.ok(code in rules, code);
  });
});

describe('one key schema for hover, completion and the checks', () => {
  const text = capolicy(
    '[PolicyStatementExtension]',
    'Policies=AuthorityInfoAccess',
    '[AuthorityInfoAccess]',
    'OID=1.3.6.1.4.1.311.21.43',
    'Notice="x"',
    '[NameConstraintsExtension]',
    'Include=Allowed',
    '[Allowed]',
    'DNS=contoso.com',
    '[Orphan]',
    'OID=1.3.6.1.4.1.311.21.44',
  );
  const doc = parseInf(text);
  const section = (name: string) => doc.sections.find((s) => s.name === name)!;
  const keysOf = (name: string): string[] | undefined => keySchemaOf(doc, section(name))?.map((k) => k.name);

  it("a section Policies= names as written is a policy section, even with a known section's alias as its name", () => {
    assert.deepEqual(keysOf('AuthorityInfoAccess'), ['OID', 'Notice', 'URL']);
    assert.deepEqual(
      validateInf(doc, 'capolicy').map((p) => p.code),
      ['capolicy.unlisted-policy'],
    );
  });

  it('a name-constraints section and an unlisted policy section', () => {
    assert.equal(keysOf('Allowed'), undefined);
    assert.deepEqual(keysOf('Orphan'), ['OID', 'Notice', 'URL']);
  });

  it('hover and completion read the same schema', () => {
    const at = (needle: string): number => text.indexOf(needle) + 1;
    assert.match(infHover(doc, text, at('Notice="x"'))?.contents ?? '', /\*\*Notice\*\*/);
    assert.equal(infHover(doc, text, at('DNS=contoso')), undefined);
    const cursor = text.indexOf('Notice="x"');
    const labels = infCompletions(doc, text, cursor).map((i) => i.label);
    assert.deepEqual(labels, ['OID', 'Notice', 'URL']);
  });
});

describe('the shared KSP rule and the section names', () => {
  it('a known provider decides by its kind; ProviderType 0 only for a provider the table does not know', () => {
    const table: [string | undefined, number | undefined, boolean | undefined][] = [
      ['Microsoft Software Key Storage Provider', 0, true],
      ['Microsoft Software Key Storage Provider', 1, true],
      ['Microsoft Base Smart Card Crypto Provider', 0, false],
      ['Contoso HSM Key Storage Provider', undefined, true],
      ['Contoso HSM', 0, true],
      ['Contoso HSM', 1, false],
      ['Contoso HSM', undefined, undefined],
      [undefined, undefined, undefined],
    ];
    for (const [provider, type, expected] of table) assert.equal(isKspKey(provider, type), expected, `${provider} / ${type}`);
  });

  it('splits an algorithm prefix, and only that', () => {
    assert.deepEqual(splitAlgorithmPrefix('RSA#Microsoft Software Key Storage Provider'), {
      algorithm: 'RSA',
      provider: 'Microsoft Software Key Storage Provider',
    });
    assert.deepEqual(splitAlgorithmPrefix('ECDSA_P384#SafeNet Key Storage Provider'), { algorithm: 'ECDSA_P384', provider: 'SafeNet Key Storage Provider' });
    for (const value of ['Microsoft Software Key Storage Provider', '#x', 'RSA#', 'Contoso #1 HSM'])
      assert.equal(splitAlgorithmPrefix(value), undefined, value);
  });

  it('aliases and slips lead to the documented name; driver sections do not', () => {
    assert.equal(knownSectionFor('AIA'), 'AuthorityInformationAccess');
    assert.equal(knownSectionFor('CRLDistributionPoints'), 'CRLDistributionPoint');
    assert.equal(knownSectionFor('EnhancedKeyUsage'), 'EnhancedKeyUsageExtension');
    for (const name of ['Manufacturer', 'DefaultInstall', 'SourceDisksFiles', 'Legal']) assert.equal(knownSectionFor(name), undefined, name);
  });

  it('reads a long Subject of separators and many TODOs (linear scans; the bench times it)', () => {
    const long = `[NewRequest]\nSubject = "${',='.repeat(50_000)}${' TODO'.repeat(20_000)}"\n`;
    const doc = parseInf(long);
    assert.equal(validateInf(doc, 'certreq').filter((p) => p.code === 'certreq.placeholder').length, 20_000);
  });
});
