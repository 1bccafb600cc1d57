import * as assert from 'node:assert/strict';
import { CA_REGISTRY_MARK } from '../../server/src/service/dump/caRegistry';
import { ERROR_LINE_MARK } from '../../server/src/service/dump/certificateFacts';
import { CERTUTIL_OUTPUT, CERTUTIL_WORD, parseDump, type KeyProvInfo } from '../../server/src/service/dump/dumpParser';
import { fixtureText } from '../fixtureText';

const fixture = (name: string): string => fixtureText('dump', name);

/** The key-provider values of every certificate, as plain data. */
function keyProvValues(text: string): Record<string, unknown>[] {
  return parseDump(text).certificates.map((c) => values(c.keyProv));
}

function values(k: KeyProvInfo | undefined): Record<string, unknown> {
  if (!k) return {};
  return {
    container: k.container?.value,
    containerName: k.containerName?.value,
    provider: k.provider?.value,
    providerType: k.providerType?.value,
    flags: k.flags?.value,
    keySpec: k.keySpec?.value,
  };
}

const block = (...rows: string[]): string => ['================ Certificate 0 ================', 'Serial Number: 0a1b', ...rows].join('\n');

describe('dump parser', () => {
  const cases: { name: string; text: string; expected: Record<string, unknown> }[] = [
    {
      name: 'canonical -v block (Windows 10+, KSP)',
      text: block(
        '  CERT_KEY_PROV_INFO_PROP_ID(2):',
        '    Key Container = te-0125',
        '  Unique container name: b59b_a1b4',
        '    Provider = Microsoft Software Key Storage Provider',
        '    ProviderType = 0',
        '  Flags = 0',
        '    KeySpec = 0 -- XCN_AT_NONE',
      ),
      expected: {
        container: 'te-0125',
        containerName: 'b59b_a1b4',
        provider: 'Microsoft Software Key Storage Provider',
        providerType: 0,
        flags: 0,
        keySpec: 0,
      },
    },
    {
      name: 'tabs instead of spaces',
      text: block(
        '\tCERT_KEY_PROV_INFO_PROP_ID(2):',
        '\t\tKey Container = Contoso CA',
        '\tUnique container name: 944d_6e4d',
        '\t\tProvider = Microsoft Software Key Storage Provider',
        '\t\tProviderType = 0',
        '\tFlags = 20 (32)',
        '\tCRYPT_MACHINE_KEYSET -- 20 (32)',
        '\t\tKeySpec = 2 -- AT_SIGNATURE',
      ),
      expected: {
        container: 'Contoso CA',
        containerName: '944d_6e4d',
        provider: 'Microsoft Software Key Storage Provider',
        providerType: 0,
        flags: 32,
        keySpec: 2,
      },
    },
    {
      name: 'old build: Flags in bare hex, bare KeySpec',
      text: block(
        '  CERT_KEY_PROV_INFO_PROP_ID(2):',
        '    Key Container = PKContainer',
        '    Provider = nCipher Security World Key Storage Provider',
        '    ProviderType = 0',
        '    Flags = 20',
        '    KeySpec = 0',
      ),
      expected: {
        container: 'PKContainer',
        containerName: undefined,
        provider: 'nCipher Security World Key Storage Provider',
        providerType: 0,
        flags: 0x20,
        keySpec: 0,
      },
    },
    {
      name: 're-indented copy with a blank line before the flag decode',
      text: block(
        '      CERT_KEY_PROV_INFO_PROP_ID(2):',
        '        Key Container = 3d40_4be5',
        '        Simple container name: {EA75381E}',
        '        Provider = Microsoft Strong Cryptographic Provider',
        '        ProviderType = 1',
        '        Flags = 20 (32)',
        '',
        '      CRYPT_MACHINE_KEYSET -- 20 (32)',
        '        KeySpec = 2 -- AT_SIGNATURE',
      ),
      expected: {
        container: '3d40_4be5',
        containerName: '{EA75381E}',
        provider: 'Microsoft Strong Cryptographic Provider',
        providerType: 1,
        flags: 32,
        keySpec: 2,
      },
    },
    {
      name: 'ProviderType printed as hex with its decimal',
      text: block(
        '  CERT_KEY_PROV_INFO_PROP_ID(2):',
        '    Key Container = x',
        '    Provider = Microsoft RSA SChannel Cryptographic Provider',
        '    ProviderType = c (12)',
        '  Flags = 20 (32)',
        '    KeySpec = 1 -- AT_KEYEXCHANGE',
      ),
      expected: {
        container: 'x',
        containerName: undefined,
        provider: 'Microsoft RSA SChannel Cryptographic Provider',
        providerType: 12,
        flags: 32,
        keySpec: 1,
      },
    },
    {
      name: 'localized labels read by position (German, with OEM mojibake)',
      text: block(
        '  CERT_KEY_PROV_INFO_PROP_ID(2):',
        '    Schl\ufffdsselcontainer = Contoso CA',
        '  Eindeutiger Containername: 944d_6e4d',
        '    Anbieter = Microsoft Software Key Storage Provider',
        '    Anbietertyp = 0',
        '  Flaggen = 20 (32)',
        '    Schl\u00c3\u00bcsselspezifikation = 2 -- AT_SIGNATURE',
      ),
      expected: {
        container: 'Contoso CA',
        containerName: '944d_6e4d',
        provider: 'Microsoft Software Key Storage Provider',
        providerType: 0,
        flags: 32,
        keySpec: 2,
      },
    },
    {
      name: 'French labels with NBSP before = (claimed by a third-party test, docs/formats.md §4)',
      text: block(
        '  CERT_KEY_PROV_INFO_PROP_ID(2):',
        '    Conteneur de cl\u00e9\u00a0= Contoso CA',
        '    Fournisseur = Microsoft Software Key Storage Provider',
        '    ProviderType = 0',
        '  Flags = 20 (32)',
        '    KeySpec = 2 -- AT_SIGNATURE',
      ),
      expected: {
        container: 'Contoso CA',
        containerName: undefined,
        provider: 'Microsoft Software Key Storage Provider',
        providerType: 0,
        flags: 32,
        keySpec: 2,
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(keyProvValues(c.text), [c.expected]));
    it(`${c.name}, CRLF`, () => assert.deepEqual(keyProvValues(c.text.replace(/\n/g, '\r\n')), [c.expected]));
    it(`${c.name}, lone CR`, () => assert.deepEqual(keyProvValues(c.text.replace(/\n/g, '\r')), [c.expected]));
  }

  it('keeps the later key-details Provider lines from overwriting the property values', () => {
    const text = fixture('renewed-ca.txt').replace(
      '  CERT_SHA1_HASH_PROP_ID(3):',
      '    Provider = Microsoft Strong Cryptographic Provider\n    ProviderType = 1\n\n  CERT_SHA1_HASH_PROP_ID(3):',
    );
    const [first] = keyProvValues(text);
    assert.equal(first.provider, 'Microsoft Software Key Storage Provider');
    assert.equal(first.providerType, 0);
  });

  it('reads the store header, certificate indexes, serials, subjects and CA evidence', () => {
    const dump = parseDump(fixture('renewed-ca.txt'));
    assert.equal(dump.store?.name, 'my');
    assert.equal(dump.store?.displayName, 'Personal');
    assert.equal(dump.verbose, true);
    assert.deepEqual(
      dump.certificates.map((c) => [c.index, c.serial?.value, c.subject?.value, c.issuer?.value, c.caEvidence !== undefined]),
      [
        [0, '6100000002c0ffee4ab8d1e300000000000002', 'Fabrikam Issuing CA 1', 'Fabrikam Root CA', true],
        [1, '6100000005d1a2b3c4d5e6f700000000000005', 'Fabrikam Issuing CA 1', 'Fabrikam Root CA', true],
        [2, '3a00000017be5f9c1d2e3f40a50000000017', 'web01.fabrikam.com', 'Fabrikam Issuing CA 1', false],
      ],
    );
  });

  it("reads an old build's bare store header and spaced hashes", () => {
    const dump = parseDump(fixture('old-build-hsm.txt'));
    assert.equal(dump.store?.name, 'my');
    assert.equal(dump.store?.displayName, undefined);
    assert.deepEqual(values(dump.certificates[0].keyProv), {
      container: 'TailspinRootKey',
      containerName: undefined,
      provider: 'nCipher Security World Key Storage Provider',
      providerType: 0,
      flags: 32,
      keySpec: 2,
    });
  });

  it('reads a German dump: frame word, serial, subject, CA by Basic Constraints', () => {
    const dump = parseDump(fixture('german-v.txt'));
    assert.equal(dump.store?.name, 'My');
    const [certificate] = dump.certificates;
    assert.equal(certificate.index, 2);
    assert.equal(certificate.serial?.value, '5f00000009a1b2c3d4e5f6a7b800000000000009');
    assert.equal(certificate.subject?.value, 'Müller Ausstellende ZS');
    assert.ok(certificate.caEvidence);
    assert.equal(certificate.keyProv?.container?.value, 'Mueller Ausstellende ZS');
  });

  it('reads a flattened copy (the seed article layout)', () => {
    const dump = parseDump(fixture('seed-flattened.txt'));
    const [certificate] = dump.certificates;
    assert.equal(certificate.serial?.value, '21000000044a30cdeaaaae7b08000000000004');
    assert.equal(certificate.subject?.value, 'Contoso CA');
    assert.deepEqual(values(certificate.keyProv), {
      container: 'Contoso CA',
      containerName: '944d5680c2e1d7f395b1cb4f50ba2b71_6e4d3030-8aae-40f0-9282-d69ccdd4ff34',
      provider: 'Microsoft Software Key Storage Provider',
      providerType: 0,
      flags: 32,
      keySpec: 2,
    });
  });

  it('reads a frameless -dump of one certificate', () => {
    const dump = parseDump(
      [
        'X509 Certificate:',
        'Version: 3',
        'Serial Number: 01ff',
        'Subject:',
        '    CN=Single',
        '',
        '  CERT_KEY_PROV_INFO_PROP_ID(2):',
        '    Key Container = k',
        '    Provider = Microsoft Software Key Storage Provider',
        '    ProviderType = 0',
        '  Flags = 0',
        '    KeySpec = 2 -- AT_SIGNATURE',
      ].join('\n'),
    );
    assert.equal(dump.certificates.length, 1);
    assert.equal(dump.certificates[0].index, undefined);
    assert.equal(dump.certificates[0].serial?.value, '01ff');
    assert.equal(dump.certificates[0].keyProv?.keySpec?.value, 2);
  });

  it('reads non-verbose key lines without a key-provider block', () => {
    const dump = parseDump(
      [
        'My "Eigene Zertifikate"',
        '================ Zertifikat 14 ================',
        'Seriennummer: 1a2b3c4d5e',
        'Antragsteller: CN=www.example.com',
        '  Schl\ufffdsselcontainer = job-1',
        '  Anbieter = Microsoft Software Key Storage Provider',
      ].join('\r\n'),
    );
    assert.equal(dump.verbose, false);
    const [certificate] = dump.certificates;
    assert.equal(certificate.subject?.value, 'www.example.com');
    assert.equal(certificate.plainKey?.container?.value, 'job-1');
    assert.equal(certificate.plainKey?.provider?.value, 'Microsoft Software Key Storage Provider');
  });

  it('gives offsets that point at the values', () => {
    const text = fixture('renewed-ca.txt');
    const keyProv = parseDump(text).certificates[0].keyProv!;
    assert.equal(text.slice(keyProv.container!.start, keyProv.container!.end), 'Fabrikam Issuing CA 1');
    assert.equal(text.slice(keyProv.keySpec!.start, keyProv.keySpec!.end), '2 -- AT_SIGNATURE');
    assert.equal(text.slice(keyProv.header.start, keyProv.header.end), 'CERT_KEY_PROV_INFO_PROP_ID(2):');
  });

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '\ufeff',
      '================ Certificate 0 ================',
      '  CERT_KEY_PROV_INFO_PROP_ID(2):',
      'Serial Number:',
      '\u0000\u0001',
      '='.repeat(10000),
    ]) {
      assert.doesNotThrow(() => parseDump(text));
    }
  });
});

describe("dump parser: the search that rules out certutil's own lines", () => {
  // Every word the three searches look for (each an alternation of plain words; `\\` a backslash), in several cases.
  const words = [CERTUTIL_WORD.source, ERROR_LINE_MARK, CA_REGISTRY_MARK].flatMap((source) => source.split('|')).map((word) => word.replace(/\\\\/g, '\\'));
  const cases = (word: string): string[] => [
    word,
    word.toLowerCase(),
    word.toUpperCase(),
    [...word].map((c, i) => (i % 2 ? c.toLowerCase() : c.toUpperCase())).join(''),
  ];

  it('finds a piece of each word, in any case: a part it rules out holds none of them', () => {
    assert.deepEqual(words, ['certutil', 'CertUtil:', 'failed:', '\\CSP:']);
    for (const word of words) for (const text of cases(word)) assert.ok(CERTUTIL_OUTPUT.test(`  0000  ${text} 2a`), text);
  });
});
