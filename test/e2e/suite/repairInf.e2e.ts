// Issue 4: "Certutil: Generate repair INF" with one affected certificate, with several, and with none.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RepairCandidate } from '../../../common/protocol';
import {
  closeAllEditors,
  copyFixture,
  describeDiagnostics,
  fileNames,
  languageServerCaughtUp,
  readDiskText,
  showInLanguage,
  unexpectedPicker,
  waitForDiagnostic,
  withHooks,
  workspaceFile,
} from '../util';
import { assertSameLines, expectedKeyProv, fixtures } from './expected';

const generate = async (...args: unknown[]): Promise<vscode.Uri[] | undefined> =>
  vscode.commands.executeCommand<vscode.Uri[]>('certutil.generateRepairInf', ...args);
const names = (uris: readonly vscode.Uri[] | undefined): string[] => (uris ?? []).map((uri) => uri.path.split('/').pop()!).sort();
const keyProv = (cert: { serial: string }, attempt = 1): string => `KeyProv-${cert.serial}${attempt > 1 ? `-${attempt}` : ''}.inf`;

describe('generate repair INF command', () => {
  afterEach(closeAllEditors);

  it('writes the one INF of a dump with one affected certificate, without asking', async () => {
    const cert = fixtures.janeAdmin;
    const dump = workspaceFile('single/machine.txt');
    const folder = vscode.Uri.joinPath(dump, '..');
    await showInLanguage(dump, 'certutil-dump');
    await waitForDiagnostic(dump, 'keyspec.ksp-nonzero');

    const written = await withHooks({ pickCertificates: unexpectedPicker('the certificate picker'), pickFolder: unexpectedPicker('the folder picker') }, () =>
      generate(),
    );
    assert.deepEqual(names(written), [keyProv(cert)], 'the command (on the active editor) returned other files');
    // A user key: Flags=0 and -user in both commands.
    assertSameLines(await readDiskText(vscode.Uri.joinPath(folder, keyProv(cert))), expectedKeyProv(cert, keyProv(cert)), keyProv(cert));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), written![0].toString(), 'the written INF is not shown');

    // Again, as the CodeLens calls it (the dump's URI as a string, and the serial): the file is there as this run
    // would write it, so it is used; nothing new is written.
    const same = await withHooks({ pickCertificates: unexpectedPicker('the certificate picker') }, () => generate(dump.toString(), cert.serial));
    assert.deepEqual(names(same), [keyProv(cert)]);
    assert.deepEqual(await fileNames(folder), [keyProv(cert), 'machine.txt'].sort());

    // Once the admin changed it, a different file of that name is never overwritten: a new name, the first file untouched.
    const firstFile = vscode.Uri.joinPath(folder, keyProv(cert));
    const edited = `${await readDiskText(firstFile)}\r\n`;
    await vscode.workspace.fs.writeFile(firstFile, new TextEncoder().encode(edited));
    const again = await withHooks({ pickCertificates: unexpectedPicker('the certificate picker') }, () => generate(dump.toString(), cert.serial));
    assert.deepEqual(names(again), [keyProv(cert, 2)]);
    assert.equal(await readDiskText(firstFile), edited, `${keyProv(cert)} after the second run`);
    assertSameLines(await readDiskText(vscode.Uri.joinPath(folder, keyProv(cert, 2))), expectedKeyProv(cert, keyProv(cert, 2)), keyProv(cert, 2));
    assert.deepEqual(await fileNames(folder), [keyProv(cert), keyProv(cert, 2), 'machine.txt'].sort());
  });

  it('asks which of several certificates sharing one key to repair: one, then all', async () => {
    const { tailspinGen1: gen1, tailspinGen2: gen2 } = fixtures;
    const dump = await copyFixture('renewed/machine.txt', 'repair-inf-several');
    const folder = vscode.Uri.joinPath(dump, '..');
    await showInLanguage(dump, 'certutil-dump');
    await waitForDiagnostic(dump, 'keyspec.ksp-nonzero');

    const offered: RepairCandidate[][] = [];
    const pickOne = (candidates: RepairCandidate[]): Promise<RepairCandidate[]> => {
      offered.push(candidates);
      return Promise.resolve(candidates.filter((c) => c.target.serial === gen2.serial));
    };
    const one = await withHooks({ pickCertificates: pickOne, pickFolder: unexpectedPicker('the folder picker') }, () => generate(dump));
    assert.equal(offered.length, 1, 'the certificate picker was not called exactly once');
    assert.deepEqual(
      offered[0].map((c) => `${c.target.serial} ${c.target.container} CA=${c.target.isCA}`),
      [`${gen1.serial} ${gen1.container} CA=true`, `${gen2.serial} ${gen2.container} CA=true`],
      'the picker did not get both CA certificates (and not the web server certificate, whose legacy CSP key is fine)',
    );
    const keySpecLines = (await vscode.workspace.openTextDocument(dump))
      .getText()
      .split('\n')
      .flatMap((line, i) => (line.includes('KeySpec = 2') ? [i] : []));
    assert.deepEqual(
      offered[0].map((c) => c.line),
      keySpecLines,
      'candidate lines are not the KeySpec lines',
    );
    assert.deepEqual(names(one), [keyProv(gen2)]);
    assertSameLines(await readDiskText(one![0]), expectedKeyProv(gen2, keyProv(gen2)), keyProv(gen2));

    const pickAll = (candidates: RepairCandidate[]): Promise<RepairCandidate[]> => {
      offered.push(candidates);
      return Promise.resolve(candidates);
    };
    const all = await withHooks({ pickCertificates: pickAll, pickFolder: unexpectedPicker('the folder picker') }, () => generate(dump));
    assert.equal(offered.length, 2);
    assert.equal(offered[1].length, 2);
    // gen2's INF is there from the first run, as this run would write it: it is used, not written again as -2.
    assert.deepEqual(names(all), [keyProv(gen1), keyProv(gen2)].sort());
    assertSameLines(await readDiskText(vscode.Uri.joinPath(folder, keyProv(gen1))), expectedKeyProv(gen1, keyProv(gen1)), keyProv(gen1));
    assertSameLines(
      await readDiskText(vscode.Uri.joinPath(folder, keyProv(gen2))),
      expectedKeyProv(gen2, keyProv(gen2)),
      `${keyProv(gen2)} after the second run`,
    );
    assert.deepEqual(await fileNames(folder), [keyProv(gen1), keyProv(gen2), 'machine.txt'].sort());

    // A different file of gen2's name (the admin edited it) is never overwritten: the next run writes -2.
    const gen2File = vscode.Uri.joinPath(folder, keyProv(gen2));
    const edited = `${await readDiskText(gen2File)}\r\n`;
    await vscode.workspace.fs.writeFile(gen2File, new TextEncoder().encode(edited));
    const third = await withHooks({ pickCertificates: pickAll, pickFolder: unexpectedPicker('the folder picker') }, () => generate(dump));
    assert.deepEqual(names(third), [keyProv(gen1), keyProv(gen2, 2)].sort());
    assertSameLines(await readDiskText(vscode.Uri.joinPath(folder, keyProv(gen2, 2))), expectedKeyProv(gen2, keyProv(gen2, 2)), keyProv(gen2, 2));
    assert.equal(await readDiskText(gen2File), edited, `${keyProv(gen2)} after the third run`);

    // Dismissing the picker writes nothing.
    const none = await withHooks({ pickCertificates: () => Promise.resolve(undefined) }, () => generate(dump));
    assert.deepEqual(names(none), []);
    assert.equal((await fileNames(folder)).length, 4);
  });

  it('finds nothing to repair in a clean dump: no problems, no files', async () => {
    const dump = workspaceFile('clean/machine.txt');
    const folder = vscode.Uri.joinPath(dump, '..');
    const document = await showInLanguage(dump, 'certutil-dump');
    await languageServerCaughtUp();
    // A KSP key with KeySpec 0 and a legacy CSP key with KeySpec 2 (AT_SIGNATURE) are both right.
    assert.deepEqual(describeDiagnostics(document.uri), [], 'the clean dump has problems');
    const written = await withHooks({ pickCertificates: unexpectedPicker('the certificate picker'), pickFolder: unexpectedPicker('the folder picker') }, () =>
      generate(dump),
    );
    assert.deepEqual(names(written), []);
    assert.deepEqual(await fileNames(folder), ['machine.txt']);
  });
});
