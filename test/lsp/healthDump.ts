/** The certificate lines the CA key health suites build their dumps from (certutil -v -store layout, en-US). */

/** The head of a certificate the Fabrikam root issued on 2 March 2020: frame, serial, issuer, dates, subject. */
export function certificateHead(index: number, serial: string, subject: string, notAfter = '3/2/2090 9:24 AM'): string[] {
  return [
    `================ Certificate ${index} ================`,
    `Serial Number: ${serial}`,
    'Issuer:',
    '    CN=Fabrikam Root CA',
    ' NotBefore: 3/2/2020 9:24 AM',
    ` NotAfter: ${notAfter}`,
    'Subject:',
    `    CN=${subject}`,
  ];
}

/** The Basic Constraints extension that makes a certificate a CA's. */
export const caExtension = ['    2.5.29.19: Flags = 1(Critical), Length = 5', '    Basic Constraints', '        Subject Type=CA', ''];

/** A key in the Software KSP recorded with KeySpec 0, whose signature test passes: a healthy CA key. */
export const healthyKspKey = (container: string): string[] => [
  '  CERT_KEY_PROV_INFO_PROP_ID(2):',
  `    Key Container = ${container}`,
  '    Provider = Microsoft Software Key Storage Provider',
  '    ProviderType = 0',
  '  Flags = 20 (32)',
  '    KeySpec = 0 -- XCN_AT_NONE',
  '',
  'Signature test passed',
];
