import * as assert from 'node:assert/strict';
import type { RepairHost } from '../../server/src/service/repair/fileNames';
import { repairFiles } from '../../server/src/service/repair/repairJob';
import type { RepairTarget } from '../../server/src/service/repair/repairTargetOf';
import { caTarget } from './repairTargets';

const target = (serial: string): RepairTarget => caTarget(serial, { index: 1 });
const first = target('610000000aa1');
const second = target('610000000bb2');

/** A folder holding `files` (name -> text), as the host reads it; `readable: false` is a host that cannot read. */
function folderWith(files: Record<string, string>, readable = true): RepairHost {
  const byName = new Map(Object.entries(files).map(([name, text]) => [name.toLowerCase(), text]));
  return {
    inWorkspace: () => true,
    isTaken: (_folder, name) => byName.has(name.toLowerCase()),
    ...(readable ? { readText: (_folder: string, name: string) => byName.get(name.toLowerCase()) } : {}),
  };
}

/** What the quick fix wrote for one certificate, saved by the editor with CRLF (and what a save may add). */
function quickFixInf(serial: RepairTarget, saved: (text: string) => string = (t) => t): Record<string, string> {
  const job = repairFiles({ targets: [serial], folder: 'file:///ws', scripts: false }, folderWith({}));
  assert.ok(job.ok);
  return { [job.files[0].fileName]: saved(job.files[0].text) };
}

const summary = (host: RepairHost): [string, boolean, string | undefined][] => {
  const job = repairFiles({ targets: [first, second], folder: 'file:///ws', scripts: true }, host);
  assert.ok(job.ok, job.ok ? '' : job.reason);
  return job.files.map((f) => [f.fileName, f.alreadyWritten === true, f.note]);
};

describe('repair job: each file written once', () => {
  it('"all" after the quick fix uses the KeyProv.inf the quick fix wrote, and writes the rest', () => {
    assert.deepEqual(summary(folderWith(quickFixInf(first))), [
      ['KeyProv-610000000aa1.inf', true, undefined],
      ['KeyProv-610000000bb2.inf', false, undefined],
      ['rollback-610000000aa1.inf', false, undefined],
      ['rollback-610000000bb2.inf', false, undefined],
      ['repair-keyspec.cmd', false, undefined],
      ['repair-keyspec.ps1', false, undefined],
    ]);
  });

  it('counts a file saved with other line ends, a byte order mark or another case of its name as the same file', () => {
    const saved = quickFixInf(first, (text) => `\ufeff${text.replace(/\r\n/g, '\n')}`);
    const upper = Object.fromEntries(Object.entries(saved).map(([name, text]) => [name.toUpperCase(), text]));
    assert.deepEqual(summary(folderWith(upper))[0], ['KeyProv-610000000aa1.inf', true, undefined]);
  });

  it('run twice, the second run writes nothing new', () => {
    const once = repairFiles({ targets: [first, second], folder: 'file:///ws', scripts: true }, folderWith({}));
    assert.ok(once.ok);
    const all = Object.fromEntries(once.files.map((f) => [f.fileName, f.text]));
    assert.deepEqual(
      summary(folderWith(all)).map(([name, reused]) => [name, reused]),
      once.files.map((f) => [f.fileName, true]),
    );
  });

  it('never overwrites a different file of that name: the copy gets the next name and a note says why', () => {
    const edited = quickFixInf(first, (text) => text.replace('Flags=0x20&', 'Flags=0x0&'));
    assert.ok(!Object.values(edited)[0].includes('Flags=0x20&'), 'the hand edit changed nothing');
    const files = summary(folderWith(edited));
    assert.deepEqual(files[0].slice(0, 2), ['KeyProv-610000000aa1-2.inf', false]);
    assert.match(files[0][2] ?? '', /KeyProv-610000000aa1\.inf .*KeyProv-610000000aa1-2\.inf/);
  });

  it('never takes a file the host cannot read for the one it would write', () => {
    assert.deepEqual(summary(folderWith(quickFixInf(first), false))[0].slice(0, 2), ['KeyProv-610000000aa1-2.inf', false]);
  });
});
