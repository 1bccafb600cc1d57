/**
 * Issue 13 part 6: no request from any client creates a file outside the workspace or over an existing one.
 * One test per file-system rule, through workspace/executeCommand and through the KeySpec code action.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ExecuteCommandRequest,
  type CodeAction,
  type CreateFile,
  type Diagnostic,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { serverCommands } from '../../common/commandIds';
import { renewed, serials, takenInOtherCase, writtenAroundTaken } from './renewedCa';
import type { TestServer } from './lspClient';
import { startInTempFolder, stopAndRemove } from './setup';

describe('language server over stdio: writes stay in the workspace and never over a file', () => {
  let server: TestServer;
  let folder: string;
  let opened = 0;
  before(async () => ({ server, folder } = await startInTempFolder('certutil-writes-')));
  after(() => stopAndRemove(server, folder));

  /** Opens the fixture dump at `uri` and waits for its diagnostics. */
  async function openDump(uri: string): Promise<Diagnostic[]> {
    opened++;
    server.open(uri, 'certutil-dump', renewed);
    return server.diagnostics(uri);
  }
  const repairFiles = (dumpUri: string, folderUri?: string): Promise<unknown> =>
    server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: serverCommands.repairFiles,
      arguments: folderUri === undefined ? [dumpUri] : [dumpUri, folderUri],
    });
  async function keySpecAction(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction> {
    const diagnostic = diagnostics.find((d) => d.code === 'keyspec.ksp-nonzero')!;
    const actions = await server.codeActions(uri, diagnostic);
    assert.equal(actions.length, 1);
    return actions[0];
  }
  /** The files an edit creates, by path; every one of them a create that fails over an existing file. */
  function created(edit: WorkspaceEdit): string[] {
    const creates = (edit.documentChanges as (CreateFile | TextDocumentEdit)[]).filter((c): c is CreateFile => 'kind' in c);
    for (const c of creates) assert.deepEqual(c.options, { overwrite: false, ignoreIfExists: false });
    return creates.map((c) => new URL(c.uri).pathname);
  }
  /** A folder of its own for each test, inside the workspace. */
  function subfolder(): string {
    const dir = path.join(folder, `t${opened}`);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  for (const [what, outside] of [
    ['a `..` out of the workspace', (name: string) => `${pathToFileURL(os.tmpdir()).toString()}/../${name}/machine.txt`],
    ['a percent-escaped `..` out of the workspace', (name: string) => `${pathToFileURL(os.tmpdir()).toString()}/%2E%2E/${name}/machine.txt`],
    ['a `..` written with a backslash', (name: string) => `${pathToFileURL(os.tmpdir()).toString()}/..%5C${name}/machine.txt`],
  ] as const) {
    it(`a dump behind ${what} counts as outside: no files beside it, only unsaved INF text`, async () => {
      const uri = outside(`certutil-outside-${opened}`);
      const diagnostics = await openDump(uri);
      await assert.rejects(repairFiles(uri), /outside the workspace/);
      const action = await keySpecAction(uri, diagnostics);
      assert.equal(action.edit, undefined);
      assert.equal(action.command?.command, 'certutil.openUntitledInf');
    });
  }

  for (const uri of ['untitled:Untitled-7', 'vscode-vfs://github/owner/repo/machine.txt']) {
    it(`a dump that is not a local file (${uri.split(':')[0]}) gets no files beside it, only unsaved INF text`, async () => {
      const diagnostics = await openDump(uri);
      await assert.rejects(repairFiles(uri), /outside the workspace|local folders \(file: URIs\) only/);
      const action = await keySpecAction(uri, diagnostics);
      assert.equal(action.edit, undefined);
      assert.equal(action.command?.command, 'certutil.openUntitledInf');
    });
  }

  it('a dump inside the workspace reached through `.` and `..` writes to the normalised folder', async () => {
    const dir = subfolder();
    const uri = `${pathToFileURL(dir).toString()}/./x/../machine.txt`;
    await openDump(uri);
    const files = created((await repairFiles(uri)) as WorkspaceEdit);
    assert.deepEqual(
      files.map((f) => path.dirname(f)),
      files.map(() => pathToFileURL(dir).pathname),
    );
  });

  it('a name taken in another case counts as taken (Windows folds case)', async () => {
    const dir = subfolder();
    for (const name of takenInOtherCase) fs.writeFileSync(path.join(dir, name), 'mine');
    const uri = pathToFileURL(path.join(dir, 'machine.txt')).toString();
    const diagnostics = await openDump(uri);
    const files = created((await repairFiles(uri)) as WorkspaceEdit).map((f) => path.basename(f));
    assert.deepEqual(files, writtenAroundTaken);
    const action = await keySpecAction(uri, diagnostics);
    assert.deepEqual(
      created(action.edit!).map((f) => path.basename(f)),
      [`KeyProv-${serials[0]}-2.inf`],
    );
  });

  it('a dangling symbolic link counts as taken', async () => {
    const dir = subfolder();
    fs.symlinkSync(path.join(dir, 'nowhere', 'gone.inf'), path.join(dir, `KeyProv-${serials[0]}.inf`));
    const uri = pathToFileURL(path.join(dir, 'machine.txt')).toString();
    const diagnostics = await openDump(uri);
    const files = created((await repairFiles(uri)) as WorkspaceEdit).map((f) => path.basename(f));
    assert.equal(files[0], `KeyProv-${serials[0]}-2.inf`);
    const action = await keySpecAction(uri, diagnostics);
    assert.deepEqual(
      created(action.edit!).map((f) => path.basename(f)),
      [`KeyProv-${serials[0]}-2.inf`],
    );
  });

  for (const name of ['CON', 'NUL.inf', 'COM1.inf', 'aux.txt', 'lpt9', 'a.', 'a%20']) {
    it(`refuses to write into a folder named ${name} (a Windows device name, or one Windows changes)`, async () => {
      const dir = subfolder();
      const dumpUri = pathToFileURL(path.join(dir, 'machine.txt')).toString();
      await openDump(dumpUri);
      await assert.rejects(repairFiles(dumpUri, `${pathToFileURL(dir).toString()}/${name}`), /cannot be written to/);
      // The same folder as the dump's own: its KeySpec quick fix writes nothing there.
      const inside = `${pathToFileURL(dir).toString()}/${name}/machine.txt`;
      const diagnostics = await openDump(inside);
      await assert.rejects(repairFiles(inside), /cannot be written to/);
      const action = await keySpecAction(inside, diagnostics);
      assert.equal(action.edit, undefined);
    });
  }

  it('refuses an empty folder, a folder that climbs above the root and a folder that is not on the local disk', async () => {
    const dumpUri = pathToFileURL(path.join(subfolder(), 'machine.txt')).toString();
    await openDump(dumpUri);
    await assert.rejects(repairFiles(dumpUri, ''), /empty/);
    await assert.rejects(repairFiles(dumpUri, 'file:///../..'), /above the root/);
    await assert.rejects(repairFiles(dumpUri, 'vscode-vfs://github/owner/repo'), /file: URIs/);
    await assert.rejects(repairFiles(dumpUri, 'untitled:Untitled-1'), /file: URIs/);
  });

  it('a folder the user picked outside the workspace is written to, normalised, and never over a file', async () => {
    const picked = fs.mkdtempSync(path.join(os.tmpdir(), 'certutil-picked-'));
    try {
      fs.writeFileSync(path.join(picked, `KEYPROV-${serials[1]}.INF`), 'mine');
      const dumpUri = pathToFileURL(path.join(subfolder(), 'machine.txt')).toString();
      await openDump(dumpUri);
      const files = created((await repairFiles(dumpUri, `${pathToFileURL(picked).toString()}/sub/%2E%2E`)) as WorkspaceEdit);
      assert.deepEqual(
        files.map((f) => path.basename(f)),
        [
          `KeyProv-${serials[0]}.inf`,
          `KeyProv-${serials[1]}-2.inf`,
          `rollback-${serials[0]}.inf`,
          `rollback-${serials[1]}.inf`,
          'repair-keyspec.cmd',
          'repair-keyspec.ps1',
        ],
      );
      for (const f of files) assert.equal(path.dirname(f), pathToFileURL(picked).pathname);
    } finally {
      fs.rmSync(picked, { recursive: true, force: true });
    }
  });
});
