/**
 * Realistic inputs for the benchmark, made from a seed so every run measures the same text: `certutil -v -store`
 * dumps shaped like docs/formats.md §1.4-1.6 (CRLF, about 150 lines and 6 KB per certificate, a mix of KSP and CSP
 * keys, some KeySpec 2, CA and leaf certificates), and a large CAPolicy.inf (§2.4).
 */

/** A small deterministic PRNG (mulberry32): the same seed gives the same dump on every machine. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const hex = (random: Random, bytes: number): string => {
  let out = '';
  for (let i = 0; i < bytes; i++)
    out += Math.floor(random() * 256)
      .toString(16)
      .padStart(2, '0');
  return out;
};

const guid = (random: Random): string => {
  const h = hex(random, 16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** `    0000  30 82 01 0a 02 82 01 01  00 ce 12 c8 a4 26 00 71`: certutil's hex dump, 16 bytes a line. */
function hexDump(random: Random, bytes: number, prefix = ''): string[] {
  const lines: string[] = [];
  for (let offset = 0; offset < bytes; offset += 16) {
    const row: string[] = [];
    for (let i = offset; i < Math.min(bytes, offset + 16); i++) row.push((i === 0 && prefix ? prefix : hex(random, 1)).slice(0, 2));
    const left = row.slice(0, 8).join(' ');
    const right = row.slice(8).join(' ');
    lines.push(`    ${offset.toString(16).padStart(4, '0')}  ${left}${right ? `  ${right}` : ''}`);
  }
  return lines;
}

/** One key as the `CERT_KEY_PROV_INFO_PROP_ID(2)` block shows it. */
interface Key {
  container: string;
  uniqueName?: string;
  simpleName?: string;
  provider: string;
  providerType: string;
  flags: string;
  decodes: string[];
  keySpec: string;
  ksp: boolean;
}

function keyOf(random: Random, subject: string, isCA: boolean): Key {
  const machine = random() < 0.85;
  const flags = machine ? '20 (32)' : '0';
  const decodes = machine ? ['  CRYPT_MACHINE_KEYSET -- 20 (32)'] : [];
  const roll = random();
  if (roll < 0.55) {
    // A KSP: KeySpec 0 normally; KeySpec 2 where a CA key was imported or migrated the wrong way (the seed case).
    const broken = random() < (isCA ? 0.3 : 0.05);
    const provider =
      random() < 0.9
        ? 'Microsoft Software Key Storage Provider'
        : pick(random, ['nCipher Security World Key Storage Provider', 'SafeNet Key Storage Provider', 'Microsoft Platform Crypto Provider']);
    return {
      container: isCA ? subject : `te-${pick(random, ['WebServer', 'Computer', 'User', 'CodeSigning'])}-${guid(random)}`,
      uniqueName: `${hex(random, 16)}_${guid(random)}`,
      provider,
      providerType: '0',
      flags,
      decodes,
      keySpec: broken ? '2 -- AT_SIGNATURE' : '0 -- XCN_AT_NONE',
      ksp: true,
    };
  }
  const [provider, providerType] = pick(random, [
    ['Microsoft Enhanced RSA and AES Cryptographic Provider', '18 (24)'],
    ['Microsoft RSA SChannel Cryptographic Provider', 'c (12)'],
    ['Microsoft Strong Cryptographic Provider', '1'],
    ['Microsoft Enhanced Cryptographic Provider v1.0', '1'],
  ] as const);
  return {
    container: `${hex(random, 16)}_${guid(random)}`,
    simpleName: `le-${pick(random, ['WebServer', 'Machine', 'DomainController', 'User'])}-${guid(random)}`,
    provider,
    providerType,
    flags,
    decodes,
    keySpec: random() < 0.7 ? '1 -- AT_KEYEXCHANGE' : '2 -- AT_SIGNATURE',
    ksp: false,
  };
}

const hosts = ['web', 'app', 'sql', 'dc', 'adfs', 'exch', 'rds', 'wsus', 'sccm', 'print', 'file', 'vpn'];

function rdnLines(cn: string, ou: boolean): string[] {
  return [`    CN=${cn}`, ...(ou ? ['    OU=Infrastructure'] : []), '    O=Fabrikam, Inc.', '    C=US'];
}

/** The AccessState property of a certificate in the local machine's system store (6: SYSTEM_STORE | LM_SYSTEM_STORE), with certutil's flag decode. */
export const machineAccessState = [
  '  CERT_ACCESS_STATE_PROP_ID(14):',
  '    AccessState = 6',
  '  CERT_ACCESS_STATE_SYSTEM_STORE_FLAG -- 2',
  '  CERT_ACCESS_STATE_LM_SYSTEM_STORE_FLAG -- 4',
  '',
];

/** One certificate of a `-v -store` dump, as lines (without line breaks). */
export function certificateLines(random: Random, index: number): string[] {
  const isCA = random() < 0.1;
  const host = `${pick(random, hosts)}${String(index).padStart(4, '0')}.corp.fabrikam.com`;
  const subject = isCA ? `Fabrikam Issuing CA ${1 + (index % 7)}` : host;
  const issuer = isCA ? 'Fabrikam Root CA' : `Fabrikam Issuing CA ${1 + (index % 3)}`;
  const bits = isCA ? 4096 : 2048;
  const key = random() < 0.08 ? undefined : keyOf(random, subject, isCA);
  const serial = `${pick(random, ['61', '3a', '44', '1f'])}${hex(random, 18)}`;
  const thumbprint = hex(random, 20);
  const year = 2019 + Math.floor(random() * 6);
  const lines: string[] = [
    `================ Certificate ${index} ================`,
    'X509 Certificate:',
    'Version: 3',
    `Serial Number: ${serial}`,
    'Signature Algorithm:',
    '    Algorithm ObjectId: 1.2.840.113549.1.1.11 sha256RSA',
    '    Algorithm Parameters:',
    '    05 00',
    'Issuer:',
    ...rdnLines(issuer, false),
    `  Name Hash(sha1): ${hex(random, 20)}`,
    `  Name Hash(md5): ${hex(random, 16)}`,
    '',
    ` NotBefore: ${1 + Math.floor(random() * 12)}/${1 + Math.floor(random() * 28)}/${year} ${1 + Math.floor(random() * 12)}:${String(Math.floor(random() * 60)).padStart(2, '0')} AM`,
    ` NotAfter: ${1 + Math.floor(random() * 12)}/${1 + Math.floor(random() * 28)}/${year + (isCA ? 5 : 2)} ${1 + Math.floor(random() * 12)}:${String(Math.floor(random() * 60)).padStart(2, '0')} PM`,
    '',
    'Subject:',
    ...rdnLines(subject, true),
    `  Name Hash(sha1): ${hex(random, 20)}`,
    `  Name Hash(md5): ${hex(random, 16)}`,
    '',
    'Public Key Algorithm:',
    '    Algorithm ObjectId: 1.2.840.113549.1.1.1 RSA',
    '    Algorithm Parameters:',
    '    05 00',
    `Public Key Length: ${bits} bits`,
    'Public Key: UnusedBits = 0',
    ...hexDump(random, bits / 8 + 14, '30'),
  ];

  const extensions: string[][] = [
    [
      '    2.5.29.15: Flags = 1(Critical), Length = 4',
      '    Key Usage',
      isCA ? '        Digital Signature, Certificate Signing, Off-line CRL Signing, CRL Signing (86)' : '        Digital Signature, Key Encipherment (a0)',
    ],
    [
      '    2.5.29.19: Flags = 1(Critical), Length = 5',
      '    Basic Constraints',
      `        Subject Type=${isCA ? 'CA' : 'End Entity'}`,
      `        Path Length Constraint=${isCA ? '0' : 'None'}`,
    ],
    ['    2.5.29.14: Flags = 0, Length = 16', '    Subject Key Identifier', `        ${hex(random, 20)}`],
    ['    2.5.29.35: Flags = 0, Length = 18', '    Authority Key Identifier', `        KeyID=${hex(random, 20)}`],
    [
      '    2.5.29.31: Flags = 0, Length = 1a5',
      '    CRL Distribution Points',
      '        [1]CRL Distribution Point',
      '             Distribution Point Name:',
      '                  Full Name:',
      `                       URL=ldap:///CN=${issuer},CN=PKI01,CN=CDP,CN=Public%20Key%20Services,CN=Services,CN=Configuration,DC=corp,DC=fabrikam,DC=com?certificateRevocationList?base?objectClass=cRLDistributionPoint`,
      `                       URL=http://pki.fabrikam.com/CertEnroll/${issuer.replace(/ /g, '%20')}.crl`,
    ],
    [
      '    1.3.6.1.5.5.7.1.1: Flags = 0, Length = 1b2',
      '    Authority Information Access',
      '        [1]Authority Info Access',
      '             Access Method=Certification Authority Issuer (1.3.6.1.5.5.7.48.2)',
      '             Alternative Name:',
      `                  URL=ldap:///CN=${issuer},CN=AIA,CN=Public%20Key%20Services,CN=Services,CN=Configuration,DC=corp,DC=fabrikam,DC=com?cACertificate?base?objectClass=certificationAuthority`,
      '        [2]Authority Info Access',
      '             Access Method=On-line Certificate Status Protocol (1.3.6.1.5.5.7.48.1)',
      '             Alternative Name:',
      '                  URL=http://ocsp.fabrikam.com/ocsp',
    ].slice(0, random() < 0.5 ? 6 : 10),
  ];
  if (isCA) {
    extensions.unshift(['    1.3.6.1.4.1.311.20.2: Flags = 0, Length = a', '    Certificate Template Name (Certificate Type)', '        SubCA']);
    extensions.push(['    1.3.6.1.4.1.311.21.1: Flags = 0, Length = 3', '    CA Version', `        V${index % 3}.${index % 3}`]);
  } else {
    if (random() < 0.5)
      extensions.push([
        '    1.3.6.1.4.1.311.21.7: Flags = 0, Length = 2f',
        '    Certificate Template Information',
        `        Template=1.3.6.1.4.1.311.21.8.${Math.floor(random() * 1e7)}.${Math.floor(random() * 1e7)}.1.${Math.floor(random() * 100)}`,
        '        Major Version Number=100',
        '        Minor Version Number=4',
      ]);
    extensions.push(
      [
        '    2.5.29.37: Flags = 0, Length = 16',
        '    Enhanced Key Usage',
        '        Server Authentication (1.3.6.1.5.5.7.3.1)',
        '        Client Authentication (1.3.6.1.5.5.7.3.2)',
      ],
      ['    2.5.29.17: Flags = 0, Length = 2c', '    Subject Alternative Name', `        DNS Name=${host}`, `        DNS Name=${host.split('.')[0]}`],
    );
  }
  lines.push(`Certificate Extensions: ${extensions.length}`);
  extensions.forEach((extension, i) => lines.push(...extension, ...(i + 1 < extensions.length ? [''] : [])));
  lines.push(
    '',
    'Signature Algorithm:',
    '    Algorithm ObjectId: 1.2.840.113549.1.1.11 sha256RSA',
    '    Algorithm Parameters:',
    '    05 00',
    'Signature: UnusedBits=0',
    ...hexDump(random, isCA ? 512 : 256),
    'Non-root Certificate',
    `Key Id Hash(rfc-sha1): ${hex(random, 20)}`,
    `Key Id Hash(sha1): ${hex(random, 20)}`,
    `Key Id Hash(sha256): ${hex(random, 32)}`,
    `Key Id Hash(pin-sha256): ${Buffer.from(hex(random, 32), 'hex').toString('base64')}`,
    `Cert Hash(md5): ${hex(random, 16)}`,
    `Cert Hash(sha1): ${thumbprint}`,
    `Cert Hash(sha256): ${hex(random, 32)}`,
    '',
  );
  if (key) {
    lines.push(
      '  CERT_KEY_PROV_INFO_PROP_ID(2):',
      `    Key Container = ${key.container}`,
      ...(key.uniqueName ? [`  Unique container name: ${key.uniqueName}`] : []),
      ...(key.simpleName ? [`    Simple container name: ${key.simpleName}`] : []),
      `    Provider = ${key.provider}`,
      `    ProviderType = ${key.providerType}`,
      `  Flags = ${key.flags}`,
      ...key.decodes,
      `    KeySpec = ${key.keySpec}`,
      '',
    );
  }
  lines.push(
    '  CERT_SHA1_HASH_PROP_ID(3):',
    `    ${thumbprint}`,
    '',
    '  CERT_MD5_HASH_PROP_ID(4):',
    `    ${hex(random, 16)}`,
    '',
    '  CERT_FRIENDLY_NAME_PROP_ID(11):',
    `    ${subject}`,
    '',
    '  CERT_SUBJECT_PUB_KEY_BIT_LENGTH_PROP_ID(92):',
    `    0x${bits.toString(16).padStart(8, '0')} (${bits})`,
    '',
    ...machineAccessState,
  );
  if (key?.ksp) {
    // The key-container details that follow the properties for a KSP key (docs/formats.md §1.5 rule 7).
    lines.push(
      '  UI Policy = 0',
      '    Version: 0',
      '',
      key.container,
      '',
      '  Export Policy = 0',
      '  Key Usage = 3',
      '    NCRYPT_ALLOW_DECRYPT_FLAG -- 1',
      '    NCRYPT_ALLOW_SIGNING_FLAG -- 2',
    );
  } else if (key) {
    lines.push(
      `  Provider = ${key.provider}`,
      `  ProviderType = ${key.providerType}`,
      `  Simple container name: ${key.simpleName ?? ''}`,
      '  RSA',
      '  PP_KEYSTORAGE = 1',
      '  KP_PERMISSIONS = 3b (59)',
    );
  }
  lines.push(
    key ? 'Private key is NOT exportable' : 'No key provider information',
    key ? (key.keySpec.startsWith('1') ? 'Encryption test passed' : 'Signature test passed') : 'Cannot find the certificate and private key for decryption.',
    '',
  );
  return lines;
}

/** A whole `certutil -v -store my` dump of `count` certificates, CRLF like cmd.exe writes it. */
export function generateDump(count: number, seed = 6): string {
  const random = randomSource(seed + count);
  const lines = ['my "Personal"'];
  for (let i = 0; i < count; i++) lines.push(...certificateLines(random, i));
  lines.push('CertUtil: -store command completed successfully.', '');
  return lines.join('\r\n');
}

/** The CAPolicy.inf: this many policy sections make it 1 MB, the size the INF keystroke budget is set at. */
export const INF_POLICIES = 3900;

/** A large CAPolicy.inf: many policy statements, each with its section, and the usual slips here and there. */
export function generateInf(policies: number, seed = 6): string {
  const random = randomSource(seed);
  const names = Array.from({ length: policies }, (_, i) => `Policy${String(i).padStart(4, '0')}`);
  const lines = [
    '; CAPolicy.inf for Fabrikam Issuing CA: generated policy set for the benchmark',
    '[Version]',
    'Signature="$Windows NT$"',
    '',
    '[PolicyStatementExtension]',
    `Policies=${names.join(', ')}`,
    'Critical=FALSE',
    '',
  ];
  names.forEach((name, i) => {
    // One in fifty has a misspelt key, a slip with a quick fix, as hand-edited files do.
    const notice = i % 50 === 7 ? 'Notcie' : 'Notice';
    lines.push(
      `[${name}]`,
      `; ${name}: statement ${i} of the certificate policy`,
      `OID=1.3.6.1.4.1.311.21.8.${Math.floor(random() * 1e7)}.${i}`,
      `${notice}="Certificates issued under ${name} follow section ${i % 12}.${i % 7} of the CPS; see the URL below."`,
      `URL=http://pki.fabrikam.com/cps/${name.toLowerCase()}.html`,
      '',
    );
  });
  lines.push(
    '[CRLDistributionPoint]',
    'URL=ldap:///CN=Fabrikam Issuing CA,CN=CDP,CN=Public Key Services,CN=Services,CN=Configuration,DC=fabrikam,DC=com',
    'URL=https://pki.fabrikam.com/cdp/issuing.crl',
    '',
    '[Certsrv_Server]',
    'RenewalKeyLength=4096',
    'RenewalValidityPeriod=Years',
    'RenewalValidityPeriodUnits=5',
    'LoadDefaultTemplates=0',
    'CRLPeriod=Weeks',
    '',
  );
  return lines.join('\r\n');
}
