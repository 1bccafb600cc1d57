import * as assert from 'node:assert/strict';
import { checkDump } from '../../server/src/service/dump/dumpChecks';
import { parseDump } from '../../server/src/service/dump/dumpParser';
import type { NoRepair, RepairTarget } from '../../common/repairTarget';
import { repairCommand } from '../../server/src/service/repair/repairCommands';
import { fixtureText } from '../fixtureText';

const fixture = (name: string): string => fixtureText('dump', 'fidelity', name);

const S1 = '1a00000004f00dfeed0c0ffee000000000004';
const S2 = '3b0000000711aa22bb33cc44dd0000000000007';
const S3 = '44000000091234abcd5678ef0000000000000009';
const H1 = '8e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5';

/** What a KeySpec diagnostic offers: the repair command with its evidence status, or `no repair`. */
type Offer = [command: string, status: string] | 'no repair';

function offers(text: string): Offer[] {
  const problems = checkDump(parseDump(text)).filter((p) => p.code === 'keyspec.ksp-nonzero');
  for (const p of problems)
    assert.match(text.slice(p.start, p.end), /^KeySpec\W+[12]\W+(--|—)\W+AT_(SIGNATURE|KEYEXCHANGE)$/u, 'the range is the KeySpec line of the original text');
  return problems.map((p) => {
    const data = p.data as RepairTarget | NoRepair;
    if ('noRepair' in data) return 'no repair';
    return [repairCommand(data, 'x.inf'), data.storeEvidence?.status ?? '?'];
  });
}

const machine = (serial: string, store = 'my'): Offer => [`certutil -repairstore ${store} "${serial}" x.inf`, 'shown'];

describe('dump fidelity: the repair of every certificate comes from its own text', () => {
  const cases: [fixture: string, expected: Offer[]][] = [
    ['appended-runs.txt', [machine(S1), machine(S2, 'root')]],
    ['machine-flags0.txt', [machine(S1)]],
    ['user-then-machine.txt', [[`certutil -user -repairstore my "${S3}" x.inf`, 'shown'], machine(S1)]],
    ['conflict.txt', [[`certutil -repairstore my "${S1}" x.inf`, 'conflict']]],
    ['no-evidence.txt', [[`certutil -repairstore my "${S1}" x.inf`, 'missing']]],
    ['enterprise.txt', [[`certutil -enterprise -repairstore NTAuth "${S1}" x.inf`, 'shown']]],
    ['excerpt-ca-line.txt', [[`certutil -repairstore my "${S1}" x.inf`, 'missing']]],
    ['hash-only.txt', [machine(H1)]],
    ['no-container.txt', ['no repair']],
    ['cloud-kms.txt', ['no repair', machine(S1)]],
    ['smartcard-ksp.txt', ['no repair']],
    ['pt-br.txt', [machine(S1)]],
    // Pasted text: the same verdict and repair as the clean dump, on the original text's KeySpec line.
    ['blog-typography.txt', [machine(S1)]],
    ['mail-quoted.txt', [machine(S1)]],
    ['crcrlf.txt', [machine(S1)]],
    ['latex.txt', [machine(S1)]],
    ['hash-comments.txt', [machine(S1)]],
    ['markdown-fenced.md', [machine(S1)]],
    ['table-br.md', [machine(S1)]],
    ['wrapped76.txt', [machine(S1)]],
  ];
  for (const [name, expected] of cases) {
    it(name, () => assert.deepEqual(offers(fixture(name)), expected));
  }

  it('the store question names what was found (conflict) and what is missing', () => {
    const [conflict] = checkDump(parseDump(fixture('conflict.txt'))).map((p) => p.data as RepairTarget);
    assert.equal(conflict.storeEvidence?.found.length, 3);
    const [missing] = checkDump(parseDump(fixture('no-evidence.txt'))).map((p) => p.data as RepairTarget);
    assert.deepEqual(missing.storeEvidence?.found, []);
  });

  it('says which rule won for a provider that needs a legacy key spec', () => {
    const problems = checkDump(parseDump(fixture('cloud-kms.txt'))).filter((p) => p.code === 'keyspec.ksp-nonzero');
    assert.deepEqual(
      problems.map((p) => p.severity),
      ['information', 'error'],
    );
    assert.ok((problems[0].data as NoRepair).noRepair.includes('kms-integrations/issues/67'));
    assert.ok(problems[1].message.includes('the CA rule wins'));
  });

  it('keeps the certificate spans of a normalized paste on the original text', () => {
    const text = fixture('mail-quoted.txt');
    const [certificate] = parseDump(text).certificates;
    assert.equal(text.slice(certificate.start, certificate.start + 20), '================ Cer');
    assert.ok(text.slice(certificate.serial!.start, certificate.serial!.end) === S1);
  });

  it('ends a certificate before the next run, and starts the next run with its own store', () => {
    const text = fixture('appended-runs.txt');
    const dump = parseDump(text);
    assert.deepEqual(
      dump.certificates.map((c) => c.context?.header?.name),
      ['my', 'root'],
    );
    assert.ok(text.slice(dump.certificates[0].start, dump.certificates[0].end).endsWith('CertUtil: -store command completed successfully.'));
  });
});
