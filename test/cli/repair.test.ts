/**
 * `repair` against the editor: the same dump through the language server's `certutil.server.repairFiles`
 * and through the command line must give the same file names and the same bytes. And `scan` must report
 * what the editor publishes: the same codes, messages and ranges.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExecuteCommandRequest, type CreateFile, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { serverCommands } from '../../common/commandIds';
import { startTestServer, type TestServer } from '../lsp/lspClient';
import { fixtures, repoRoot, runCli, scanJson, tempFolder } from './cliRun';

const renewed = path.join(fixtures, 'dump', 'renewed-ca.txt');
const seed = path.join(fixtures, 'dump', 'seed-flattened.txt');

/** The files a WorkspaceEdit of create-only files would create, by name. */
function editFiles(edit: WorkspaceEdit): Map<string, string> {
  const files = new Map<string, string>();
  for (const change of (edit.documentChanges ?? []) as (CreateFile | TextDocumentEdit)[]) {
    if ('textDocument' in change) files.set(path.basename(new URL(change.textDocument.uri).pathname), change.edits[0].newText);
  }
  return files;
}

function folderFiles(folder: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(folder)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]),
  );
}

describe('certutil-keyspec repair and the editor', function () {
  this.timeout(60000);
  let server: TestServer;
  let folder: string;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => server.stop());
  beforeEach(() => (folder = tempFolder('repair')));
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  async function editorRepair(dumpFile: string, out: string): Promise<WorkspaceEdit> {
    const uri = pathToFileURL(dumpFile).toString();
    server.open(uri, 'certutil-dump', fs.readFileSync(dumpFile, 'utf8'));
    await server.diagnostics(uri);
    return (await server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: serverCommands.repairFiles,
      arguments: [uri, pathToFileURL(out).toString()],
    })) as WorkspaceEdit;
  }

  it("writes byte for byte the files the editor's repairFiles creates, around the same taken names", async () => {
    const editorOut = path.join(folder, 'editor');
    const cliOut = path.join(folder, 'cli');
    for (const out of [editorOut, cliOut]) {
      fs.mkdirSync(out);
      fs.writeFileSync(path.join(out, 'repair-keyspec.cmd'), 'rem mine\r\n');
    }
    const dump = path.join(folder, 'machine.txt');
    fs.copyFileSync(renewed, dump);
    const expected = editFiles(await editorRepair(dump, editorOut));
    // Two KeyProv INFs, their two rollback INFs, and the two scripts.
    assert.equal(expected.size, 6);
    const run = runCli(['repair', dump, '--out', cliOut]);
    assert.equal(run.status, 0, run.stderr);
    const written = folderFiles(cliOut);
    assert.equal(written.get('repair-keyspec.cmd'), 'rem mine\r\n');
    written.delete('repair-keyspec.cmd');
    assert.deepEqual([...written.keys()].sort(), [...expected.keys()].sort());
    for (const [name, text] of expected) assert.ok(Buffer.from(text, 'utf8').equals(fs.readFileSync(path.join(cliOut, name))), name);
    assert.match(run.stdout, /certutil -repairstore my "6100000002c0ffee4ab8d1e300000000000002" KeyProv-6100000002c0ffee4ab8d1e300000000000002\.inf/);
  });

  it('never writes over a file: names taken in any case, and dangling links, get the next free name', () => {
    const out = path.join(folder, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'KEYPROV-6100000002C0FFEE4AB8D1E300000000000002.INF'), 'mine');
    fs.symlinkSync(path.join(out, 'nowhere'), path.join(out, 'repair-keyspec.ps1'));
    const run = runCli(['repair', renewed, '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), [
      'KEYPROV-6100000002C0FFEE4AB8D1E300000000000002.INF',
      'KeyProv-6100000002c0ffee4ab8d1e300000000000002-2.inf',
      'KeyProv-6100000005d1a2b3c4d5e6f700000000000005.inf',
      'repair-keyspec-2.ps1',
      'repair-keyspec.cmd',
      'repair-keyspec.ps1',
      'rollback-6100000002c0ffee4ab8d1e300000000000002.inf',
      'rollback-6100000005d1a2b3c4d5e6f700000000000005.inf',
    ]);
    assert.equal(fs.readFileSync(path.join(out, 'KEYPROV-6100000002C0FFEE4AB8D1E300000000000002.INF'), 'utf8'), 'mine');
    assert.ok(fs.lstatSync(path.join(out, 'repair-keyspec.ps1')).isSymbolicLink());
  });

  it("refuses with the editor's reason when nothing needs a repair", async () => {
    const dump = path.join(folder, 'clean.txt');
    fs.copyFileSync(path.join(fixtures, 'grammar', 'german-store.txt'), dump);
    const out = path.join(folder, 'out');
    const editor = await editorRepair(dump, out).then(
      () => assert.fail('the editor wrote files'),
      (error: Error) => error.message,
    );
    const run = runCli(['repair', dump, '--out', out]);
    assert.equal(run.status, 1);
    assert.equal(run.stderr.trim(), `certutil-keyspec: ${editor}`);
    assert.equal(fs.existsSync(out), false);
  });

  it('takes --store and --user only where the dump does not show its store', () => {
    const out = path.join(folder, 'seed');
    const run = runCli(['repair', seed, '--out', out, '--store', 'CA', '--user']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      fs.readFileSync(path.join(out, 'repair-keyspec.cmd'), 'utf8'),
      /"%CERTUTIL%" -user -repairstore "CA" "21000000044a30cdeaaaae7b08000000000004" "KeyProv-21000000044a30cdeaaaae7b08000000000004\.inf"/,
    );
    const known = runCli(['repair', renewed, '--out', path.join(folder, 'renewed'), '--store', 'Root']);
    assert.equal(known.status, 1);
    assert.match(known.stderr, /the dump shows that serial \S+ is in the my store/i);
    assert.equal(runCli(['repair', renewed, '--out', path.join(folder, 'renewed'), '--store', 'my']).status, 0);
    const bad = runCli(['repair', seed, '--out', path.join(folder, 'bad'), '--store', 'my & calc']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /not a plain store name/);
  });

  it('scan reports what the editor publishes: the same codes, messages and ranges', async () => {
    const files = [
      renewed,
      seed,
      path.join(fixtures, 'dump', 'german-v.txt'),
      path.join(fixtures, 'inf', 'keyprov-broken.inf'),
      path.join(fixtures, 'inf', 'capolicy-issuing.inf'),
      path.join(fixtures, 'grammar', 'keyprov-seed.inf'),
    ];
    const report = scanJson(
      files.map((f) => path.relative(repoRoot, f)),
      { clock: 'now' },
    );
    for (const [i, file] of files.entries()) {
      const uri = pathToFileURL(file).toString();
      server.open(uri, file.endsWith('.inf') ? 'certutil-inf' : 'certutil-dump', fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
      const published = await server.diagnostics(uri);
      assert.ok(published.length > 0, file);
      assert.deepEqual(
        report.files[i].findings.map((f) => [f.code, f.message, f.line, f.column, f.endLine, f.endColumn]),
        published.map((d) => [d.code, d.message, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1]),
        file,
      );
    }
  });
});
