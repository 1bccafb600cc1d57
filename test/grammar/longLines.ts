/**
 * 100,000-character lines for the catastrophic-backtracking guard (backtracking.test.ts) and the benchmark:
 * each real line shape of a `-v` dump and of the INF kinds, with its value or its repeating part stretched,
 * and every line of the fixtures joined into one line, so that each rule meets a huge input somewhere.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';

const fixtures = path.join(__dirname, '..', 'fixtures');

/** `prefix`, then `unit` repeated, cut to `length` characters. */
function stretch(length: number, prefix: string, unit: string): string {
  return (prefix + unit.repeat(Math.ceil(length / unit.length))).slice(0, length);
}

/** Every line of a fixture, joined with `separator` and repeated to `length`. */
function joined(length: number, file: string, separator: string): string {
  const lines = fs
    .readFileSync(path.join(fixtures, file), 'utf8')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '');
  return stretch(length, '', lines.join(separator) + separator);
}

export function longLineShapes(length = 100_000): Record<string, string> {
  const shapes: [string, string, string][] = [
    // dump lines (docs/formats.md §1.4-1.6)
    ['a frame whose end never comes', '================ Certificate ', '1'],
    ['a store header with a long display name', 'my "', 'Personal '],
    ['a long Key Container value', '    Key Container = ', 'te-0125d557-d02e-'],
    ['a long unique container name', '  Unique container name: ', 'b59b1bf435f36edf_'],
    ['a long provider name', '    Provider = Microsoft Software Key Storage ', 'Provider '],
    ['ProviderType with many digits', '    ProviderType = ', '1'],
    ['Flags as hex with no closing parenthesis', '  Flags = 20 (', '3'],
    ['KeySpec with a long symbol', '    KeySpec = 2 -- ', 'AT_SIGNATURE_'],
    ['a flag decode name that never ends', '  CRYPT_', 'MACHINE_KEYSET_'],
    ['a property id that never closes', '  CERT_KEY_PROV_INFO_PROP_ID(', '2'],
    ['a property name that never ends', '  CERT_', 'KEY_PROV_INFO_'],
    ['an unknown property with a long suffix', '  Unknown Property(98)', ' disallowedHash'],
    ['an extension OID that never ends', '    2.5.29.', '19.'],
    ['a serial number of spaced hex', 'Serial Number: ', '0a '],
    ['a hash label with a long value', 'Cert Hash(sha1): ', '4d5e6f708192a3b4c5d6'],
    ['an RDN with escaped commas', '    CN=', 'a\\, b'],
    ['a one-line DN', 'Subject: ', 'CN=web01, OU=IT, '],
    ['a long LDAP URL', '                  URL=ldap:///CN=', 'Fabrikam%20Issuing%20CA,CN=AIA,'],
    ['a date with many parts', ' NotBefore: ', '3/16/2018 12:00 AM '],
    ['a status line repeated', '', 'Signature test passed '],
    ['NBSP, tabs and spaces', '', '\u00a0\t '],
    ['mojibake and replacement characters', 'Schl\ufffdsselcontainer', '\u00c3\u00bc\ufffd'],
    // INF lines (docs/formats.md §2)
    ['a section header that never closes', '[', 'PolicyStatementExtension'],
    ['a quoted value with "" escapes', 'Notice="', 'see the ""CPS"" '],
    ['a long key without =', '', 'RenewalKeyLength'],
    ['a _continue_ string of pairs', '_continue_ = "', 'Container=x&'],
    ['a %strkey% run', 'Signature="$Windows NT$', '%a%'],
    ['a comment with quotes', '; ', '"x" ; '],
    ['a // remark', '// run: certutil -repairstore my ', '0a1b '],
    ['a list of policies', 'Policies=', 'LegalPolicy, '],
    ['a line continued with backslashes', 'URL=http://pki/', 'a\\'],
  ];
  const result: Record<string, string> = {};
  for (const [name, prefix, unit] of shapes) result[name] = stretch(length, prefix, unit);
  result['every line of a -v dump on one line'] = joined(length, 'dump/renewed-ca.txt', ' ');
  result['every line of a KeyProv.inf on one line'] = joined(length, 'inf/keyprov-broken.inf', ' ');
  result['every line of a CAPolicy.inf on one line'] = joined(length, 'inf/capolicy-issuing.inf', ' ');
  return result;
}
