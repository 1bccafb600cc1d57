import * as assert from 'node:assert/strict';
import { looksLikeDump } from '../../common/dumpSniff';
import type { NoRepair, RepairTarget } from '../../common/repairTarget';
import { checkDump } from '../../server/src/service/dump/dumpChecks';
import { dumpSymbols } from '../../server/src/service/dump/dumpOutline';
import { parseDump } from '../../server/src/service/dump/dumpParser';
import { repairCommand } from '../../server/src/service/repair/repairCommands';
import { fixtureText } from '../fixtureText';

const fixture = (name: string): string => fixtureText('dump', 'fidelity', name);

/** The codes of a fixture's problems, with what a KeySpec problem offers, and its outline's top-level names. */
function outcome(name: string): { sniffed: boolean; problems: string[]; outline: string[] } {
  const text = fixture(name);
  const dump = parseDump(text);
  const problems = checkDump(dump).map((p) => {
    if (p.code !== 'keyspec.ksp-nonzero') return `${p.code} ${text.slice(p.start, p.end)}`;
    const data = p.data as RepairTarget | NoRepair;
    return 'noRepair' in data ? `${p.code} (no repair)` : `${p.code} ${repairCommand(data, 'x.inf')} ${data.storeEvidence?.status}`;
  });
  return { sniffed: looksLikeDump(text), problems, outline: dumpSymbols(dump).map((s) => `${s.kind}:${s.name}`) };
}

const S1 = '1a00000004f00dfeed0c0ffee000000000004';

describe('other certutil outputs: recognised, outlined, judged where they show a KeySpec, never taken for a store dump', () => {
  const cases: [string, ReturnType<typeof outcome>][] = [
    [
      'repairstore-output.txt',
      {
        sniffed: true,
        problems: [`keyspec.ksp-nonzero certutil -repairstore my "${S1}" x.inf shown`],
        outline: [`store:certutil -repairstore my`, 'certificate:Northwind Issuing CA'],
      },
    ],
    ['exportpfx-output.txt', { sniffed: true, problems: [], outline: ['store:certutil -exportpfx my', 'certificate:Northwind Issuing CA'] }],
    ['scinfo.txt', { sniffed: true, problems: [], outline: ['store:certutil -scinfo', 'entry:Contoso Contact Reader 0', 'certificate:alice'] }],
    [
      'key-v.txt',
      {
        sniffed: true,
        problems: ['keyspec.ksp-nonzero (no repair)'],
        outline: ['store:certutil -key', 'entry:Microsoft Software Key Storage Provider', 'certificate:Certificate'],
      },
    ],
    [
      'csplist.txt',
      {
        sniffed: true,
        problems: [],
        outline: [
          'store:certutil -csplist',
          'entry:Microsoft Base Smart Card Crypto Provider',
          'entry:Microsoft Strong Cryptographic Provider',
          'entry:Microsoft Software Key Storage Provider',
          'entry:Microsoft Platform Crypto Provider',
        ],
      },
    ],
    [
      'getreg-csp.txt',
      {
        sniffed: true,
        problems: ['provider.type-mismatch 1'],
        outline: [
          'store:certutil -getreg',
          'entry:CNGHashAlgorithm',
          'entry:HashAlgorithm',
          'entry:MachineKeyset',
          'entry:Provider',
          'entry:ProviderType',
          'entry:CNGPublicKeyAlgorithm',
        ],
      },
    ],
    ['verifykeys.txt', { sniffed: true, problems: [], outline: ['store:certutil -verifykeys', 'certificate:Certificate'] }],
    [
      'pfx-dump.txt',
      { sniffed: true, problems: [`keyspec.ksp-nonzero certutil -repairstore my "${S1}" x.inf missing`], outline: ['certificate:Northwind Issuing CA'] },
    ],
    ['nss-list.txt', { sniffed: false, problems: [], outline: [] }],
  ];
  for (const [name, expected] of cases) it(name, () => assert.deepEqual(outcome(name), expected));
});

describe('detection by content of pasted dumps', () => {
  for (const name of ['mail-quoted.txt', 'latex.txt', 'hash-comments.txt', 'blog-typography.txt', 'crcrlf.txt', 'user-then-machine.txt', 'appended-runs.txt']) {
    it(`${name} opens as a certutil dump`, () => assert.equal(looksLikeDump(fixture(name)), true));
  }
  it('NSS certutil -L output stays Plain Text even with a frame-like line in it', () => {
    assert.equal(looksLikeDump(`${fixture('nss-list.txt')}================ Certificate 0 ================\n`), false);
  });
});
