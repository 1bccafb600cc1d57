/** test/fixtures/dump/renewed-ca.txt, the dump most LSP tests open, and what its repair writes. */

import { fixtureText } from '../fixtureText';

/** Two generations of one CA in the machine store, both KSP keys recorded with KeySpec 2. */
export const renewed = fixtureText('dump', 'renewed-ca.txt');

/** Its certificates' serials, in dump order. */
export const serials = ['6100000002c0ffee4ab8d1e300000000000002', '6100000005d1a2b3c4d5e6f700000000000005'];

/** Names a folder may already hold: the first KeyProv.inf and the cmd script in another case (Windows folds case: taken). */
export const takenInOtherCase = [`keyprov-${serials[0]}.inf`, 'REPAIR-KEYSPEC.CMD'];

/** The repair files of both certificates, written beside a folder's `takenInOtherCase`. */
export const writtenAroundTaken = [
  `KeyProv-${serials[0]}-2.inf`,
  `KeyProv-${serials[1]}.inf`,
  `rollback-${serials[0]}.inf`,
  `rollback-${serials[1]}.inf`,
  'repair-keyspec-2.cmd',
  'repair-keyspec.ps1',
];

/** The line of the first KeySpec (`    KeySpec = 2 -- AT_SIGNATURE`) and the column of its digit: where the edit tests type. */
export const keySpecLine = renewed.split('\n').findIndex((line) => line.includes('KeySpec = 2'));
export const keySpecDigit = renewed.split('\n')[keySpecLine].indexOf('2');
