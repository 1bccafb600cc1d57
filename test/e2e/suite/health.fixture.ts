/**
 * The renewal-failure dump of the CA key health journey (issue #15): one CA's certificate generations and a TLS
 * certificate, with every kind of finding a renewal meets. Dates are relative to today, so the expiry stays 43 days.
 * Own values in the shape of docs/formats.md §1.4; no corpus text.
 */

const DAY = 86_400_000;

/** `M/D/YYYY h:mm AM` (en-US) for the UTC day `days` from `today`. */
function usDate(today: number, days: number): string {
  const d = new Date(Math.floor(today / DAY) * DAY + days * DAY);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} 9:24 AM`;
}

export const healthSerials = { current: '0aa1', first: '0bb2', lost: '0cc3', web: '0dd4' } as const;

interface Cert {
  index: number;
  serial: string;
  subject: string;
  issuer: string;
  notBefore: number;
  notAfter: number;
  signature: string;
  ca: boolean;
  eku?: string;
  keyIdHash: string;
  tail: string[];
}

const SHA256 = '1.2.840.113549.1.1.11 sha256RSA';
const SHA1 = '1.2.840.113549.1.1.5 sha1RSA';

function cert(today: number, c: Cert): string[] {
  return [
    `================ Certificate ${c.index} ================`,
    'X509 Certificate:',
    'Version: 3',
    `Serial Number: ${c.serial}`,
    'Signature Algorithm:',
    `    Algorithm ObjectId: ${c.signature}`,
    '    Algorithm Parameters:',
    '    05 00',
    'Issuer:',
    `    CN=${c.issuer}`,
    '',
    ` NotBefore: ${usDate(today, c.notBefore)}`,
    ` NotAfter: ${usDate(today, c.notAfter)}`,
    '',
    'Subject:',
    `    CN=${c.subject}`,
    '',
    'Public Key Algorithm:',
    '    Algorithm ObjectId: 1.2.840.113549.1.1.1 RSA (RSA_SIGN)',
    '    Algorithm Parameters:',
    '    05 00',
    'Public Key Length: 2048 bits',
    `Certificate Extensions: ${c.ca || c.eku ? 1 : 0}`,
    ...(c.ca
      ? ['    2.5.29.19: Flags = 1(Critical), Length = 5', '    Basic Constraints', '        Subject Type=CA', '        Path Length Constraint=None', '']
      : []),
    ...(c.eku ? ['    2.5.29.37: Flags = 0, Length = 16', '    Enhanced Key Usage', `        ${c.eku}`, ''] : []),
    `Key Id Hash(sha1): ${c.keyIdHash}`,
    '',
    '  CERT_ACCESS_STATE_PROP_ID(14):',
    '    AccessState = 6',
    '      CERT_ACCESS_STATE_SYSTEM_STORE_FLAG -- 2',
    '      CERT_ACCESS_STATE_LM_SYSTEM_STORE_FLAG -- 4',
    '',
    ...c.tail,
  ];
}

const keyProv = (container: string, provider: string, type: number, keySpec: string): string[] => [
  '  CERT_KEY_PROV_INFO_PROP_ID(2):',
  `    Key Container = ${container}`,
  `    Provider = ${provider}`,
  `    ProviderType = ${type}`,
  '  Flags = 20 (32)',
  '    CRYPT_MACHINE_KEYSET -- 20 (32)',
  `    KeySpec = ${keySpec}`,
  '',
];

/** The dump, CRLF, as `certutil -v -store my > ca.txt` on the CA would write it (dates from `today`). */
export function healthJourneyDump(today: number): string {
  const ca = 'Fabrikam Issuing CA';
  const root = 'Fabrikam Root CA';
  return [
    'my "Personal"',
    // Generation 2, the current one: the key moved to the Software KSP with KeySpec left at 2; expires in 43 days.
    ...cert(today, {
      index: 0,
      serial: healthSerials.current,
      subject: ca,
      issuer: root,
      notBefore: -700,
      notAfter: 43,
      signature: SHA256,
      ca: true,
      keyIdHash: '2e442e64aa00bb11cc22dd33ee44ff5566778899',
      tail: [...keyProv(ca, 'Microsoft Software Key Storage Provider', 0, '2 -- AT_SIGNATURE'), 'Private key is NOT exportable', 'Signature test passed', ''],
    }),
    // Generation 1, still valid: SHA-1 signed, its key in a CSP that cannot sign with SHA-2, the container name certutil disowns.
    ...cert(today, {
      index: 1,
      serial: healthSerials.first,
      subject: ca,
      issuer: root,
      notBefore: -2500,
      notAfter: 30,
      signature: SHA1,
      ca: true,
      keyIdHash: '99887766554433221100ffeeddccbbaa00112233',
      tail: [
        ...keyProv('Fabrikam Issuing CA(1)', 'Microsoft Strong Cryptographic Provider', 1, '2 -- AT_SIGNATURE'),
        'ERROR: Container name inconsistent: Fabrikam Issuing CA(1)',
        'Signature test passed',
        '',
      ],
    }),
    // Generation 0, still valid (it signs the CRLs of what it issued): its key is gone, and no other certificate shows it.
    ...cert(today, {
      index: 2,
      serial: healthSerials.lost,
      subject: ca,
      issuer: root,
      notBefore: -3000,
      notAfter: 20,
      signature: SHA256,
      ca: true,
      keyIdHash: '1111111111111111111111111111111111111111',
      tail: ['Missing stored keyset', ''],
    }),
    // A TLS server certificate (IIS on the CA for web enrollment) whose CSP key has KeySpec 2: Schannel needs 1.
    ...cert(today, {
      index: 3,
      serial: healthSerials.web,
      subject: 'pki.fabrikam.test',
      issuer: ca,
      notBefore: -30,
      notAfter: 400,
      signature: SHA256,
      ca: false,
      eku: 'Server Authentication (1.3.6.1.5.5.7.3.1)',
      keyIdHash: '2222222222222222222222222222222222222222',
      tail: [...keyProv('pki-web-key', 'Microsoft Enhanced RSA and AES Cryptographic Provider', 24, '2 -- AT_SIGNATURE'), 'Encryption test passed', ''],
    }),
    'CertUtil: -store command completed successfully.',
    '',
    'C:\\> certutil -repairstore my "0aa1"',
    'CertUtil: -repairstore command FAILED: 0x80090016 (-2146893802 NTE_BAD_KEYSET)',
    'CertUtil: Keyset does not exist',
    '',
    'C:\\> certutil -getreg ca\\csp',
    `HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\CertSvc\\Configuration\\${ca}\\CSP:`,
    '',
    '  Provider                     REG_SZ = Microsoft Strong Cryptographic Provider',
    '  ProviderType                 REG_DWORD = 1',
    '  CNGHashAlgorithm             REG_SZ = SHA256',
    '  HashAlgorithm                REG_DWORD = 0x8004 (32772)',
    'CertUtil: -getreg command completed successfully.',
    '',
  ].join('\r\n');
}
