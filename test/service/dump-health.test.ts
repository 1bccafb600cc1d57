import * as assert from 'node:assert/strict';
import { checkDump, type DumpCheckOptions } from '../../server/src/service/dump/dumpChecks';
import { defaultHealthOptions, type HealthOptions } from '../../server/src/service/dump/checks/healthContext';
import { dumpHover } from '../../server/src/service/dump/dumpHover';
import { parseDump } from '../../server/src/service/dump/dumpParser';
import { unmark } from './marked';
import { healthCodes } from './ruleCodes';

/** 1 December 2026, the fixed "today" of these tests. */
const TODAY = Date.UTC(2026, 11, 1, 10, 0);

/** Asserts the health problems of `input` (codes and severities in order, on the `⟦ ⟧` ranges). */
function check(
  input: string,
  expected: { code: string; severity?: string }[],
  health: Partial<HealthOptions> = {},
  extra: Partial<DumpCheckOptions> = {},
): void {
  const { text, ranges } = unmark(input);
  const options: DumpCheckOptions = { nonCaKeySpecSeverity: 'warning', today: TODAY, health: { ...defaultHealthOptions, ...health }, ...extra };
  const problems = checkDump(parseDump(text), options, text).filter((p) => healthCodes.includes(p.code));
  assert.deepEqual(
    problems.map((p) => ({ code: p.code, severity: p.severity, range: text.slice(p.start, p.end) })),
    expected.map((e, i) => ({
      code: e.code,
      severity: e.severity ?? problems[i]?.severity,
      range: ranges[i] ? text.slice(ranges[i].start, ranges[i].end) : '<no marker>',
    })),
  );
  problems.forEach((p, i) => assert.deepEqual({ start: p.start, end: p.end }, ranges[i], `range of ${p.code}`));
}

interface Cert {
  index?: number;
  serial?: string;
  subject?: string;
  issuer?: string;
  notAfter?: string;
  signature?: string;
  keyBits?: number;
  ca?: boolean;
  eku?: string[];
  keyIdHash?: string;
  keyProv?: string[];
  status?: string[];
}

const SHA256 = '1.2.840.113549.1.1.11 sha256RSA';
const SHA1 = '1.2.840.113549.1.1.5 sha1RSA';

/** A `certutil -v -store my` certificate block in the shape of docs/formats.md §1.4 (own values). */
function cert(c: Cert): string {
  const lines = [
    `================ Certificate ${c.index ?? 0} ================`,
    'X509 Certificate:',
    'Version: 3',
    `Serial Number: ${c.serial ?? '1a2b'}`,
    'Signature Algorithm:',
    `    Algorithm ObjectId: ${c.signature ?? SHA256}`,
    '    Algorithm Parameters:',
    '    05 00',
    'Issuer:',
    `    CN=${c.issuer ?? 'Fabrikam Root CA'}`,
    '',
    ' NotBefore: 3/2/2020 9:24 AM',
    ` NotAfter: ${c.notAfter ?? '3/2/2030 9:24 AM'}`,
    '',
    'Subject:',
    `    CN=${c.subject ?? 'Fabrikam Issuing CA'}`,
    '',
    'Public Key Algorithm:',
    '    Algorithm ObjectId: 1.2.840.113549.1.1.1 RSA',
    '    Algorithm Parameters:',
    '    05 00',
    `Public Key Length: ${c.keyBits ?? 2048} bits`,
    'Public Key: UnusedBits = 0',
    '    0000  30 82 01 0a 02 82 01 01  00 ce 12 c8 a4 26 00 71',
    'Certificate Extensions: 2',
  ];
  if (c.ca ?? true)
    lines.push('    2.5.29.19: Flags = 1(Critical), Length = 5', '    Basic Constraints', '        Subject Type=CA', '        Path Length Constraint=None', '');
  if (c.eku) lines.push('    2.5.29.37: Flags = 0, Length = 16', '    Enhanced Key Usage', ...c.eku.map((e) => `        ${e}`), '');
  lines.push(
    'Signature Algorithm:',
    `    Algorithm ObjectId: ${c.signature ?? SHA256}`,
    'Signature: UnusedBits=0',
    '    0000  ba de 4c 1d',
    'Signature matches Public Key',
    `Key Id Hash(sha1): ${c.keyIdHash ?? '2e442e64aa00bb11cc22dd33ee44ff5566778899'}`,
    'Cert Hash(sha1): 1abb2ad73583007e9de803291960146d94ad9a52',
    '',
  );
  if (c.keyProv) lines.push('  CERT_KEY_PROV_INFO_PROP_ID(2):', ...c.keyProv, '');
  lines.push(...(c.status ?? ['Signature test passed']));
  return lines.join('\n');
}

const ksp = (container = 'Fabrikam Issuing CA', keySpec = '0 -- XCN_AT_NONE'): string[] => [
  `    Key Container = ${container}`,
  '  Unique container name: 0123456789abcdef0123456789abcdef_6e4d3030-8aae-40f0-9282-d69ccdd4ff34',
  '    Provider = Microsoft Software Key Storage Provider',
  '    ProviderType = 0',
  '  Flags = 20 (32)',
  '  CRYPT_MACHINE_KEYSET -- 20 (32)',
  `    KeySpec = ${keySpec}`,
];
const csp = (provider: string, providerType: number, keySpec: string, container = '{EA75381E-6D9B-4BDC-B6C7-5144C96507DD}'): string[] => [
  `    Key Container = ${container}`,
  `    Provider = ${provider}`,
  `    ProviderType = ${providerType}`,
  '  Flags = 20 (32)',
  '  CRYPT_MACHINE_KEYSET -- 20 (32)',
  `    KeySpec = ${keySpec}`,
];
const dump = (...certs: string[]): string => ['my "Personal"', ...certs].join('\n') + '\nCertUtil: -store command completed successfully.\n';

describe('CA key health: key.missing', () => {
  it('flags "Missing stored keyset" on a CA certificate as an error, on the status line', () => {
    check(dump(cert({ keyProv: ksp(), status: ['⟦Missing stored keyset⟧'] })), [{ code: 'key.missing', severity: 'error' }]);
  });
  it('is a warning on other certificates whose key fails, and reads each status line certutil prints', () => {
    for (const line of ['Encryption test FAILED', 'Signature test FAILED', 'ERROR: Could not verify certificate public key against private key']) {
      check(dump(cert({ ca: false, keyProv: ksp(), status: [`⟦${line}⟧`] })), [{ code: 'key.missing', severity: 'warning' }]);
    }
  });
  it('is Information on a non-CA certificate with no key at all, an error on a CA certificate', () => {
    for (const line of ['No key provider information', 'Cannot find the certificate and private key for decryption.']) {
      check(dump(cert({ ca: false, status: [`⟦${line}⟧`] })), [{ code: 'key.missing', severity: 'information' }]);
      check(dump(cert({ status: [`⟦${line}⟧`] })), [{ code: 'key.missing', severity: 'error' }]);
    }
  });
  it('reads the French "no key provider" line', () => {
    const text = [
      'my "Personnel"',
      '================ Certificat 0 ================',
      'Numéro de série\u00a0: 1a2b',
      'Objet: CN=web',
      '⟦Aucune information sur le fournisseur de clé⟧',
    ].join('\n');
    check(text, [{ code: 'key.missing', severity: 'information' }]);
  });
  it('is silent on keyless certificates outside the personal store, and on healthy keys', () => {
    const root = [
      'root "Trusted Root Certification Authorities"',
      cert({ status: ['No key provider information', 'Cannot find the certificate and private key for decryption.'] }),
    ].join('\n');
    check(root, []);
    check(dump(cert({ keyProv: ksp(), status: ['Encryption test passed', 'Signature test passed'] })), []);
  });
  it('names the container of another certificate with the same Key Id Hash (the INF repair)', () => {
    const { text } = unmark(
      dump(cert({ index: 0, serial: '0aa1', keyProv: ksp('Fabrikam CA key') }), cert({ index: 1, serial: '0bb2', status: ['Missing stored keyset'] })),
    );
    const problem = checkDump(parseDump(text), { nonCaKeySpecSeverity: 'warning', today: TODAY }, text).find((p) => p.code === 'key.missing')!;
    assert.deepEqual(problem.data, {
      kind: 'inf',
      target: {
        serial: '0bb2',
        container: 'Fabrikam CA key',
        provider: 'Microsoft Software Key Storage Provider',
        flags: 32,
        store: 'my',
        userKey: false,
        isCA: true,
        subject: 'Fabrikam Issuing CA',
        index: 1,
        storeEvidence: {
          status: 'missing',
          found: ['the store header "my"'],
          question:
            'The dump shows nothing that tells the machine store from the user store for this certificate (only the store header "my"): choose the store before a repair is written.',
        },
      },
      key: { keySpec: 0, providerType: 0 },
      why: 'certificate 0 has the same key',
    });
  });
  it('takes the first certificate of the same key that can give a repair target: one without a Provider line is passed over', () => {
    const noProvider = ksp('Half key').filter((line) => !line.includes('Provider ='));
    const { text } = unmark(
      dump(
        cert({ index: 0, serial: '0aa1', keyProv: noProvider }),
        cert({ index: 1, serial: '0cc3', keyProv: ksp('Fabrikam CA key') }),
        cert({ index: 2, serial: '0bb2', status: ['Missing stored keyset'] }),
      ),
    );
    const problem = checkDump(parseDump(text), { nonCaKeySpecSeverity: 'warning', today: TODAY }, text).find((p) => p.code === 'key.missing')!;
    const data = problem.data as { kind: string; target: { container: string }; why: string };
    assert.deepEqual([data.kind, data.target.container, data.why], ['inf', 'Fabrikam CA key', 'certificate 1 has the same key']);
  });
  it('falls back to repairstore without an INF when no other certificate shows the key', () => {
    const { text } = unmark(dump(cert({ serial: '0bb2', status: ['Missing stored keyset'] })));
    const problem = checkDump(parseDump(text), { nonCaKeySpecSeverity: 'warning' }, text).find((p) => p.code === 'key.missing')!;
    assert.deepEqual(problem.data, {
      kind: 'repairstore',
      serial: '0bb2',
      store: 'my',
      userKey: false,
      storeEvidence: {
        status: 'missing',
        found: ['the store header "my"'],
        question:
          'The dump shows nothing that tells the machine store from the user store for this certificate (only the store header "my"): choose the store before a repair is written.',
      },
    });
  });
  it('takes its severity from certutil.health.severity', () => {
    check(dump(cert({ keyProv: ksp(), status: ['⟦Missing stored keyset⟧'] })), [{ code: 'key.missing', severity: 'information' }], {
      severities: { 'key.missing': 'information' },
    });
    check(dump(cert({ keyProv: ksp(), status: ['Missing stored keyset'] })), [], { severities: { 'key.missing': 'off' } });
  });
});

describe('CA key health: key.container-inconsistent', () => {
  it('flags certutil\'s own "Container name inconsistent" line', () => {
    check(dump(cert({ keyProv: ksp(), status: ['⟦ERROR: Container name inconsistent: Fabrikam Issuing CA⟧'] })), [{ code: 'key.container-inconsistent' }]);
  });
  it('flags an empty Key Container', () => {
    const keyProv = ksp();
    keyProv[0] = '    ⟦Key Container =⟧';
    check(dump(cert({ keyProv })), [{ code: 'key.container-inconsistent' }]);
  });
  it('flags a Key Container that is neither the Simple container name nor its unique name', () => {
    const keyProv = csp('Microsoft Enhanced RSA and AES Cryptographic Provider', 24, '1 -- AT_KEYEXCHANGE', 'Old name');
    keyProv[0] = '    ⟦Key Container = Old name⟧';
    keyProv.splice(1, 0, '    Simple container name: {EA75381E-6D9B-4BDC-B6C7-5144C96507DD}');
    check(dump(cert({ ca: false, keyProv })), [{ code: 'key.container-inconsistent' }]);
  });
  it('accepts a Key Container in the unique form beside its Simple container name (CSPs open both)', () => {
    const keyProv = csp(
      'Microsoft Enhanced RSA and AES Cryptographic Provider',
      24,
      '1 -- AT_KEYEXCHANGE',
      '3d40ebea7d109ee93b238b96721f0e6d_4be58f30-7127-42f5-9b76-f47187495247',
    );
    keyProv.splice(1, 0, '    Simple container name: {EA75381E-6D9B-4BDC-B6C7-5144C96507DD}');
    check(dump(cert({ ca: false, keyProv })), []);
  });
});

describe('CA key health: key.container-hash', () => {
  // Real pairs of container name and unique name from public dumps (docs/formats.md "CA key health" §H3).
  const kspSample = [
    '    Key Container = te-0125d557-d02e-41dc-8476-36f189060ce9',
    '  Unique container name: b59b1bf435f36edf92e0609b0f6826a0_a1b49e9a-fc4c-4d42-a1f8-12bc38b17eb7',
    '    Provider = Microsoft Software Key Storage Provider',
    '    ProviderType = 0',
    '  Flags = 0',
    '    KeySpec = 0 -- XCN_AT_NONE',
  ];
  const cspSample = [
    '    Key Container = 3d40ebea7d109ee93b238b96721f0e6d_4be58f30-7127-42f5-9b76-f47187495247',
    '    Simple container name: {EA75381E-6D9B-4BDC-B6C7-5144C96507DD}',
    '    Provider = Microsoft Enhanced RSA and AES Cryptographic Provider',
    '    ProviderType = 24',
    '    Flags = 20 (32)',
    '    KeySpec = 1 -- AT_KEYEXCHANGE',
  ];
  const on = { severities: { 'key.container-hash': 'information' as const } };
  it('is off by default', () => {
    const edited = kspSample.map((l) => l.replace('te-0125', 'te-9999'));
    check(dump(cert({ ca: false, keyProv: edited })), []);
  });
  it('agrees with real KSP (UTF-16LE) and CSP (ANSI) samples', () => {
    check(dump(cert({ ca: false, keyProv: kspSample })), [], on);
    check(dump(cert({ ca: false, keyProv: cspSample })), [], on);
  });
  it('flags an edited container name, never above Information', () => {
    const edited = kspSample.map((l) => l.replace('te-0125', 'te-9999'));
    edited[1] = `⟦${edited[1].trim()}⟧`.padStart(edited[1].length + 2, ' ');
    check(dump(cert({ ca: false, keyProv: edited })), [{ code: 'key.container-hash', severity: 'information' }], {
      severities: { 'key.container-hash': 'error' },
    });
  });
});

describe('CA key health: ca.csp-no-sha2', () => {
  it('flags a CA key in a PROV_RSA_FULL CSP, on the Provider line', () => {
    const keyProv = csp('Microsoft Strong Cryptographic Provider', 1, '2 -- AT_SIGNATURE');
    keyProv[1] = '    ⟦Provider = Microsoft Strong Cryptographic Provider⟧';
    check(dump(cert({ keyProv })), [{ code: 'ca.csp-no-sha2', severity: 'warning' }]);
  });
  it('leaves providers that do SHA-2, and non-CA certificates, alone', () => {
    check(dump(cert({ keyProv: csp('Microsoft Enhanced RSA and AES Cryptographic Provider', 24, '2 -- AT_SIGNATURE') })), []);
    check(dump(cert({ keyProv: ksp() })), []);
    check(dump(cert({ ca: false, keyProv: csp('Microsoft Enhanced Cryptographic Provider v1.0', 1, '1 -- AT_KEYEXCHANGE') })), []);
  });
});

describe('CA key health: an expired earlier CA generation is history (Information at most)', () => {
  // TODAY is 1 December 2026: the earlier generation expired in March 2025, the current one is valid until 2030.
  const earlier = (c: Partial<Cert>): string =>
    cert({ index: 0, serial: '0aa1', notAfter: '3/2/2025 9:24 AM', keyIdHash: '1111111111111111111111111111111111111111', ...c });
  const current = cert({ index: 1, serial: '0bb2', keyProv: ksp('Fabrikam Issuing CA(1)') });
  it('reports SHA-1 and a SHA-2-less CSP on the expired earlier generation as Information, beside its expiry', () => {
    const keyProv = csp('Microsoft Strong Cryptographic Provider', 1, '2 -- AT_SIGNATURE');
    keyProv[1] = '    ⟦Provider = Microsoft Strong Cryptographic Provider⟧';
    const text = dump(earlier({ signature: SHA1, keyProv }), current)
      .replace(`    Algorithm ObjectId: ${SHA1}`, `    ⟦Algorithm ObjectId: ${SHA1}⟧`)
      .replace(' NotAfter: 3/2/2025 9:24 AM', ' ⟦NotAfter: 3/2/2025 9:24 AM⟧');
    check(text, [
      { code: 'ca.sha1', severity: 'information' },
      { code: 'cert.expired', severity: 'information' },
      { code: 'ca.csp-no-sha2', severity: 'information' },
    ]);
  });
  it('keeps them warnings on an expired CA certificate nothing supersedes, and on a valid earlier generation', () => {
    const keyProv = csp('Microsoft Strong Cryptographic Provider', 1, '2 -- AT_SIGNATURE');
    const alone = dump(earlier({ keyProv }));
    const problems = (text: string): string[] =>
      checkDump(parseDump(text), { nonCaKeySpecSeverity: 'warning', today: TODAY }, text)
        .filter((p) => p.code === 'ca.csp-no-sha2')
        .map((p) => p.severity);
    assert.deepEqual(problems(alone), ['warning']);
    assert.deepEqual(problems(dump(earlier({ keyProv, notAfter: '3/2/2028 9:24 AM' }), current)), ['warning']);
  });
});

describe('CA key health: ca.sha1 and key.short', () => {
  it('flags a SHA-1 signature on a subordinate CA certificate, on the first algorithm line', () => {
    const text = dump(cert({ signature: SHA1, keyProv: ksp() })).replace(`    Algorithm ObjectId: ${SHA1}`, `    ⟦Algorithm ObjectId: ${SHA1}⟧`);
    check(text, [{ code: 'ca.sha1' }]);
  });
  it("leaves a root's SHA-1 self-signature and SHA-256 alone", () => {
    check(dump(cert({ signature: SHA1, subject: 'Fabrikam Root CA', issuer: 'Fabrikam Root CA', keyProv: ksp() })), []);
    check(dump(cert({ keyProv: ksp() })), []);
  });
  it('flags an RSA key below the minimum from the settings', () => {
    check(dump(cert({ keyBits: 1024, keyProv: ksp() })).replace('Public Key Length: 1024 bits', '⟦Public Key Length: 1024 bits⟧'), [{ code: 'key.short' }]);
    check(dump(cert({ keyBits: 2048, keyProv: ksp() })), []);
    check(dump(cert({ keyBits: 2048, keyProv: ksp() })).replace('Public Key Length: 2048 bits', '⟦Public Key Length: 2048 bits⟧'), [{ code: 'key.short' }], {
      minRsaKeyBits: 3072,
    });
  });
});

describe('CA key health: cert.expired and cert.expiring', () => {
  it('flags an expired CA certificate as an error, and an expiring one within 90 days', () => {
    check(dump(cert({ notAfter: '11/20/2026 9:24 AM', keyProv: ksp() })).replace(' NotAfter: 11/20/2026 9:24 AM', ' ⟦NotAfter: 11/20/2026 9:24 AM⟧'), [
      { code: 'cert.expired', severity: 'error' },
    ]);
    check(dump(cert({ notAfter: '1/13/2027 9:24 AM', keyProv: ksp() })).replace(' NotAfter: 1/13/2027 9:24 AM', ' ⟦NotAfter: 1/13/2027 9:24 AM⟧'), [
      { code: 'cert.expiring', severity: 'warning' },
    ]);
    check(dump(cert({ notAfter: '3/13/2027 9:24 AM', keyProv: ksp() })), []);
  });
  it('uses 30 days for other certificates, and the settings', () => {
    check(dump(cert({ ca: false, notAfter: '1/13/2027 9:24 AM', keyProv: ksp() })), []);
    check(
      dump(cert({ ca: false, notAfter: '1/13/2027 9:24 AM', keyProv: ksp() })).replace(' NotAfter: 1/13/2027 9:24 AM', ' ⟦NotAfter: 1/13/2027 9:24 AM⟧'),
      [{ code: 'cert.expiring' }],
      { expiringDays: 60 },
    );
  });
  it('keeps an earlier generation of a renewed CA at Information', () => {
    const text = dump(
      cert({ index: 0, serial: '01', notAfter: '11/20/2026 9:24 AM', keyProv: ksp() }),
      cert({ index: 1, serial: '02', notAfter: '11/20/2031 9:24 AM', keyProv: ksp() }),
    );
    check(text.replace(' NotAfter: 11/20/2026 9:24 AM', ' ⟦NotAfter: 11/20/2026 9:24 AM⟧'), [{ code: 'cert.expired', severity: 'information' }]);
  });
  it('reads German dates (Nicht nach, day first)', () => {
    const text = dump(cert({ keyProv: ksp() }))
      .replace(' NotAfter: 3/2/2030 9:24 AM', ' ⟦Nicht nach: 20.11.2026 09:24⟧')
      .replace(' NotBefore: 3/2/2020 9:24 AM', ' Nicht vor: 02.03.2020 09:24');
    check(text, [{ code: 'cert.expired', severity: 'error' }]);
  });
  it('gives no verdict on an undecided day/month order unless both readings agree', () => {
    // en-GB style: English labels, 24-hour clock, every number at most 12.
    const base = (notAfter: string): string => dump(cert({ notAfter, keyProv: ksp() })).replace(' NotBefore: 3/2/2020 9:24 AM', ' NotBefore: 03/02/2020 09:24');
    // 1 December 2027 or 12 January 2027: fine one way, expiring the other.
    check(base('12/01/2027 09:24'), []);
    // 12 March 2026 or 3 December 2026: expired one way, expiring the other.
    check(base('03/12/2026 09:24'), []);
    // 2 January or 1 February 2027: within 90 days either way.
    check(base('02/01/2027 09:24').replace(' NotAfter: 02/01/2027 09:24', ' ⟦NotAfter: 02/01/2027 09:24⟧'), [{ code: 'cert.expiring' }]);
  });
  it("decides the order from the dump's language (French: day first)", () => {
    const text = [
      'my "Personnel"',
      '================ Certificat 0 ================',
      'Numéro de série\u00a0: 1a2b',
      ' NotBefore\u00a0: 03/02/2020 09:24',
      ' ⟦NotAfter\u00a0: 12/01/2027 09:24⟧',
      'Objet: CN=web',
      '    2.5.29.19: Flags = 1(Critical), Length = 5',
      '    Basic Constraints',
      '        Subject Type=CA',
      '',
    ].join('\n');
    check(text, [{ code: 'cert.expiring' }]);
  });
  it('needs today: no clock, no verdict', () => {
    check(dump(cert({ notAfter: '11/20/2026 9:24 AM', keyProv: ksp() })), [], {}, { today: undefined });
  });
});

describe('CA key health: keyspec.consumer', () => {
  it('flags KeySpec 2 on a CSP key of a TLS server certificate (Server Authentication EKU)', () => {
    const keyProv = csp('Microsoft Enhanced RSA and AES Cryptographic Provider', 24, '2 -- AT_SIGNATURE');
    keyProv[5] = '    ⟦KeySpec = 2 -- AT_SIGNATURE⟧';
    check(dump(cert({ ca: false, eku: ['Server Authentication (1.3.6.1.5.5.7.3.1)'], keyProv })), [{ code: 'keyspec.consumer', severity: 'warning' }]);
  });
  it('leaves KeySpec 1, KSP keys, and certificates without a TLS role alone', () => {
    check(
      dump(
        cert({
          ca: false,
          eku: ['Server Authentication (1.3.6.1.5.5.7.3.1)'],
          keyProv: csp('Microsoft Enhanced RSA and AES Cryptographic Provider', 24, '1 -- AT_KEYEXCHANGE'),
        }),
      ),
      [],
    );
    check(
      dump(
        cert({
          ca: false,
          eku: ['Client Authentication (1.3.6.1.5.5.7.3.2)'],
          keyProv: csp('Microsoft Enhanced RSA and AES Cryptographic Provider', 24, '2 -- AT_SIGNATURE'),
        }),
      ),
      [],
    );
  });
  it('follows the roles setting where the EKU does not decide', () => {
    const keyProv = csp('Microsoft Enhanced RSA and AES Cryptographic Provider', 24, '2 -- AT_SIGNATURE');
    keyProv[5] = '    ⟦KeySpec = 2 -- AT_SIGNATURE⟧';
    check(dump(cert({ ca: false, serial: '0c0d', keyProv })), [{ code: 'keyspec.consumer' }], { roles: { '0c0d': 'adfs' } });
    check(
      dump(
        cert({
          ca: false,
          serial: '0c0d',
          eku: ['Server Authentication (1.3.6.1.5.5.7.3.1)'],
          keyProv: csp('Microsoft Enhanced RSA and AES Cryptographic Provider', 24, '2 -- AT_SIGNATURE'),
        }),
      ),
      [],
      { roles: { '0c0d': 'none' } },
    );
  });
});

describe('CA key health: certutil.failed', () => {
  it("flags certutil's FAILED line anywhere in the dump, with the HRESULT", () => {
    const text = '⟦CertUtil: -repairstore command FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)⟧\nCertUtil: Keyset does not exist\n';
    check(text, [{ code: 'certutil.failed', severity: 'error' }]);
    const { text: plain } = unmark(text);
    const problem = checkDump(parseDump(plain), { nonCaKeySpecSeverity: 'warning' }, plain)[0];
    assert.deepEqual(problem.data, { hresult: 0x80090016 });
  });
  it('reads the German trailer and a bare API line', () => {
    check('⟦CertUtil: -store-Befehl ist FEHLGESCHLAGEN: 0x8009000f (-2146893809 NTE_EXISTS)⟧\n', [{ code: 'certutil.failed' }]);
    check(dump(cert({ keyProv: ksp(), status: ['⟦NCryptOpenKey failed: 80090016⟧'] })), [{ code: 'certutil.failed' }]);
  });
  it('is silent on success lines', () => {
    check('CertUtil: -store command completed successfully.\n', []);
    check('CertUtil: -repairstore command completed successfully.\nEncryption test passed\n', []);
  });
});

describe('CA key health: incremental parse', () => {
  it('gives the same problems after an edit as a parse from scratch (facts move with their certificate)', () => {
    const before = dump(
      cert({ index: 0, serial: '01', notAfter: '11/20/2026 9:24 AM', keyProv: ksp() }),
      cert({ index: 1, serial: '02', status: ['Missing stored keyset'] }),
      cert({ index: 2, serial: '03', keyBits: 1024, keyProv: ksp() }),
    );
    const options: DumpCheckOptions = { nonCaKeySpecSeverity: 'warning', today: TODAY };
    const first = parseDump(before);
    checkDump(first, options, before);
    const after = before.replace('Serial Number: 01', 'Serial Number: 01ab');
    const incremental = checkDump(parseDump(after, { text: before, dump: first }), options, after);
    const fresh = checkDump(parseDump(after), options, after);
    assert.deepEqual(incremental, fresh);
    assert.ok(fresh.some((p) => p.code === 'key.short') && fresh.some((p) => p.code === 'key.missing'));
  });
});

describe('CA key health: what is pasted after the store listing', () => {
  it("reads certutil's error lines and a getreg ca\\csp block after the store's closing line and another echoed command", () => {
    const text =
      dump(cert({ keyProv: ksp() })) +
      [
        'C:\\> certutil -repairstore my "1a2b"',
        '⟦CertUtil: -repairstore command FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)⟧',
        '',
        'C:\\> certutil -getreg ca\\csp',
        'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\CertSvc\\Configuration\\Fabrikam Issuing CA\\CSP:',
        '',
        '  Provider                     REG_SZ = Microsoft Software Key Storage Provider',
        '  ProviderType                 REG_DWORD = 0',
        '  ⟦HashAlgorithm                REG_DWORD = 0x8004 (32772)⟧',
        'CertUtil: -getreg command completed successfully.',
      ].join('\n');
    check(text, [{ code: 'certutil.failed' }, { code: 'careg.hash-confusion' }]);
  });
  it('hovers such an error line with the HRESULT from the one table, as one before the first certificate', () => {
    const line = 'CertUtil: -repairstore command FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)';
    const hoverOn = (text: string): string | undefined => dumpHover(parseDump(text), text.indexOf(line) + 45, text)?.contents;
    const after = dump(cert({ index: 0, keyProv: ksp() }), cert({ index: 1, serial: '02' })) + `C:\\> certutil -repairstore my "02"\n${line}\n`;
    const between = dump(cert({ index: 0, keyProv: ksp() })) + `${line}\n` + dump(cert({ index: 1, serial: '02' }));
    const before = `${line}\n` + dump(cert({ keyProv: ksp() }));
    for (const text of [after, between, before]) assert.match(hoverOn(text) ?? '', /\*\*0x80090016 NTE_BAD_KEYSET\*\* \(-2146893802\)/);
  });
});

describe('CA key health: the CA registry view (certutil -getreg ca\\csp)', () => {
  const getreg = (...values: string[]): string =>
    [
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\CertSvc\\Configuration\\Fabrikam Issuing CA\\CSP:',
      '',
      ...values,
      'CertUtil: -getreg command completed successfully.',
    ].join('\n');
  const kspCa = (): string => cert({ keyProv: ksp() });
  it("flags a Provider that is not the current CA certificate's, on both lines", () => {
    const keyProv = ksp();
    keyProv[2] = '    ⟦Provider = Microsoft Software Key Storage Provider⟧';
    const text =
      dump(cert({ keyProv })) +
      getreg(
        '  ⟦Provider                     REG_SZ = SafeNet Key Storage Provider⟧',
        '  ProviderType                 REG_DWORD = 0',
        '  CNGHashAlgorithm             REG_SZ = SHA256',
      );
    check(text, [{ code: 'careg.provider-mismatch' }, { code: 'careg.provider-mismatch' }]);
  });
  it('is silent when the registry agrees with the certificate', () => {
    check(
      dump(kspCa()) +
        getreg(
          '  CNGHashAlgorithm             REG_SZ = SHA256',
          '  Interactive                  REG_DWORD = 0',
          '  Provider                     REG_SZ = Microsoft Software Key Storage Provider',
          '  ProviderType                 REG_DWORD = 0',
        ),
      [],
    );
  });
  it('flags CNGHashAlgorithm on a CSP CA, and a KSP CA with only HashAlgorithm', () => {
    const cspCa = cert({ keyProv: csp('Microsoft Enhanced RSA and AES Cryptographic Provider', 24, '2 -- AT_SIGNATURE') });
    check(
      dump(cspCa) +
        getreg(
          '  ⟦CNGHashAlgorithm             REG_SZ = SHA256⟧',
          '  HashAlgorithm                REG_DWORD = 800c (32780)',
          '  Provider                     REG_SZ = Microsoft Enhanced RSA and AES Cryptographic Provider',
          '  ProviderType                 REG_DWORD = 18 (24)',
        ),
      [{ code: 'careg.cng-hash-on-csp' }],
    );
    check(
      dump(kspCa()) +
        getreg(
          '  ⟦HashAlgorithm                REG_DWORD = 8004 (32772)⟧',
          '  Provider                     REG_SZ = Microsoft Software Key Storage Provider',
          '  ProviderType                 REG_DWORD = 0',
        ),
      [{ code: 'careg.hash-confusion' }],
    );
  });
  it('flags Interactive = 1 with an HSM provider only', () => {
    const hsm = ksp();
    hsm[2] = '    Provider = SafeNet Key Storage Provider';
    check(
      dump(cert({ keyProv: hsm })) +
        getreg(
          '  CNGHashAlgorithm             REG_SZ = SHA256',
          '  ⟦Interactive                  REG_DWORD = 1⟧',
          '  Provider                     REG_SZ = SafeNet Key Storage Provider',
          '  ProviderType                 REG_DWORD = 0',
        ),
      [{ code: 'careg.interactive', severity: 'information' }],
    );
    check(
      dump(kspCa()) +
        getreg(
          '  CNGHashAlgorithm             REG_SZ = SHA256',
          '  Interactive                  REG_DWORD = 1',
          '  Provider                     REG_SZ = Microsoft Software Key Storage Provider',
          '  ProviderType                 REG_DWORD = 0',
        ),
      [],
    );
  });
});

describe('CA key health: hovers', () => {
  const hoverAt = (text: string, needle: string): string | undefined => dumpHover(parseDump(text), text.indexOf(needle) + 1, text)?.contents;
  it('says when the day/month order of a NotAfter is undecided, with both readings', () => {
    const text = dump(cert({ notAfter: '03/12/2026 09:24', keyProv: ksp() })).replace(' NotBefore: 3/2/2020 9:24 AM', ' NotBefore: 03/02/2020 09:24');
    assert.match(
      hoverAt(text, 'NotAfter')!,
      /does not say whether this date is month\/day or day\/month.*Read month first it is 2026-03-12 09:24, day first 2026-12-03 09:24/s,
    );
  });
  it('names the order it used and why', () => {
    assert.match(hoverAt(dump(cert({ notAfter: '3/2/2030 9:24 AM', keyProv: ksp() })), 'NotAfter')!, /2030-03-02 09:24 .*month first/);
  });
  it('explains a code the HRESULT table does not know without inventing a name', () => {
    const text = 'CertUtil: -store command FAILED: 0x800b0109 (-2146762487 CERT_E_UNTRUSTEDROOT)\n';
    assert.match(hoverAt(text, 'CertUtil')!, /^\*\*0x800b0109\*\* \(-2146762487\): not in this extension's table/);
  });
  it('gives the repairstore command on a lost-key line', () => {
    assert.match(hoverAt(dump(cert({ serial: '0bb2', status: ['Missing stored keyset'] })), 'Missing stored')!, /`certutil -repairstore my "0bb2"`/);
  });
});
